/**
 * Divergence detectors: small pure functions over an aligned comparison.
 * PLACEHOLDER: only unaligned segments, to be replaced by the real detectors.
 */
import type { Anchor, Bead, Divergence, DocumentSide } from '../types.js';

/** Everything a detector may look at. */
export interface DivergenceContext {
  source: DocumentSide;
  target: DocumentSide;
  beads: Bead[];
  /** Anchors per segment, per side. */
  sourceAnchors: Anchor[][];
  targetAnchors: Anchor[][];
}

export function findDivergences(context: DivergenceContext): Divergence[] {
  const found: Divergence[] = [];
  context.beads.forEach((bead, beadIndex) => {
    const oneSided = bead.source.length === 0 ? 'target' : bead.target.length === 0 ? 'source' : null;
    if (!oneSided) return;
    for (const index of bead[oneSided]) {
      const seg = context[oneSided].segments[index]!;
      found.push({
        kind: 'unaligned-segment', severity: 'warning', side: oneSided, bead: beadIndex, segment: index,
        start: seg.start, end: seg.end, text: seg.text,
        message: `This ${oneSided} segment has no counterpart on the other side.`,
      });
    }
  });
  return found;
}

/**
 * Alignment: which source segments pair with which target segments.
 * PLACEHOLDER: Gale–Church-like length DP over 1-1, 1-0, 0-1, to be replaced by the real aligner.
 */
import type { Anchor, Bead } from '../types.js';

/** One side as the aligner sees it. */
export interface AlignSide {
  /** Segment texts, in order. */
  texts: string[];
  /** Anchors per segment (same length as `texts`), if known. */
  anchors?: Anchor[][];
  /** Block index per segment, if known. */
  blocks?: number[];
}

export interface AlignOptions {
  /** Optional caller-supplied similarity in [0, 1] between a group of source and target segments. */
  similarity?: (source: string[], target: string[]) => number;
}

/** Aligns two sides; every segment ends up in exactly one bead, beads in order. */
export function alignSegments(source: AlignSide, target: AlignSide, options: AlignOptions = {}): Bead[] {
  void options;
  const n = source.texts.length;
  const m = target.texts.length;
  const total = (xs: string[]) => xs.reduce((a, s) => a + s.length, 0) || 1;
  const ratio = total(target.texts) / total(source.texts);
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const back = new Uint8Array((n + 1) * W);
  cost[0] = 0;
  const SKIP = 4;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * W + j]!;
      if (i === 0 && j === 0) continue;
      let best = here;
      let move = 0;
      if (i > 0 && j > 0) {
        const a = source.texts[i - 1]!.length * ratio + 1;
        const b = target.texts[j - 1]!.length + 1;
        const c = cost[(i - 1) * W + j - 1]! + Math.abs(Math.log(a / b)) * 2;
        if (c < best) { best = c; move = 1; }
      }
      if (i > 0) { const c = cost[(i - 1) * W + j]! + SKIP; if (c < best) { best = c; move = 2; } }
      if (j > 0) { const c = cost[i * W + j - 1]! + SKIP; if (c < best) { best = c; move = 3; } }
      cost[i * W + j] = best;
      back[i * W + j] = move;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = back[i * W + j];
    const prev = move === 1 ? [i - 1, j - 1] : move === 2 ? [i - 1, j] : [i, j - 1];
    const [pi, pj] = prev as [number, number];
    const step = cost[i * W + j]! - cost[pi * W + pj]!;
    beads.push({
      source: pi < i ? [pi] : [],
      target: pj < j ? [pj] : [],
      score: Math.exp(-step),
    });
    i = pi;
    j = pj;
  }
  return beads.reverse();
}

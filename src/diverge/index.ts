/**
 * Divergence detectors: small pure functions over an aligned comparison, one file per kind.
 * `findDivergences` runs them all (or the kinds asked for) and returns the findings sorted by bead, then by
 * side (source, both, target), then by offset.
 */
import type { Divergence, DivergenceKind } from '../types.js';
import { detectArtifacts } from './artifacts.js';
import { isTwoSided, type Detector, type DivergenceContext } from './context.js';
import { detectEntityMismatches } from './entities.js';
import { detectFormatMismatches } from './format.js';
import { detectLengthRatio } from './length-ratio.js';
import { sideText } from './number-matching.js';
import { detectNumberMismatches, detectShiftedNumbers } from './numbers.js';
import { detectSameLanguage } from './same-language.js';
import { detectUnalignedSegments } from './unaligned.js';
import { detectUntranslated } from './untranslated.js';

export type { Detector, DivergenceContext } from './context.js';
export { chromeReason, type ChromeReason } from './chrome.js';
export { estimateLengthModel, lengthZ, type LengthModel } from './length-ratio.js';
export {
  detectArtifacts, detectEntityMismatches, detectFormatMismatches, detectLengthRatio, detectNumberMismatches,
  detectSameLanguage, detectShiftedNumbers, detectUnalignedSegments, detectUntranslated,
};

/** The detector of each kind, in the order they run. */
export const DETECTORS: Readonly<Record<DivergenceKind, Detector>> = {
  'same-language': detectSameLanguage,
  'unaligned-segment': detectUnalignedSegments,
  'number-mismatch': detectNumberMismatches,
  'number-shifted': detectShiftedNumbers,
  'entity-mismatch': detectEntityMismatches,
  untranslated: detectUntranslated,
  artifact: detectArtifacts,
  'length-ratio': detectLengthRatio,
  'format-mismatch': detectFormatMismatches,
};

export interface DivergenceOptions {
  /** Run only these kinds (default: all). */
  kinds?: readonly DivergenceKind[];
  /** Skip these kinds. */
  exclude?: readonly DivergenceKind[];
}

/**
 * When two findings point at overlapping text on the same side, the more specific one says it better:
 * "September" is an untranslated month, not also a name without counterpart.
 */
const SPAN_PRIORITY: readonly DivergenceKind[] = ['artifact', 'untranslated', 'number-shifted', 'number-mismatch', 'entity-mismatch'];

function dropRepeats(found: Divergence[]): Divergence[] {
  const kept: Divergence[] = [];
  const ranked = found
    .map((divergence, order) => ({ divergence, order, rank: SPAN_PRIORITY.indexOf(divergence.kind) }))
    .sort((a, b) => (a.rank < 0 ? 99 : a.rank) - (b.rank < 0 ? 99 : b.rank) || a.order - b.order);
  // Overlaps can only happen inside one bead side, so spans are kept per bead side: linear overall.
  const spans = new Map<string, Divergence[]>();
  for (const { divergence, rank } of ranked) {
    if (rank >= 0) {
      const where = `${divergence.side}:${divergence.bead}`;
      const here = spans.get(where) ?? [];
      const overlapped = here.some((other) => other.start < divergence.end && divergence.start < other.end && other.kind !== divergence.kind);
      if (overlapped) continue;
      here.push(divergence);
      spans.set(where, here);
    }
    kept.push(divergence);
  }
  return kept;
}

const SIDE_ORDER = { source: 0, both: 1, target: 2 } as const;

/**
 * Where a bead's two sides are the very same text, the versions do not part there: debris that both
 * carry (a glued word, a file name) is not a divergence between them. Only the findings that say the
 * text was copied instead of translated stay.
 */
const saysTextWasCopied = (divergence: Divergence): boolean =>
  divergence.kind === 'same-language' || (divergence.kind === 'untranslated' && divergence.category === 'copied');

function dropFindingsInIdenticalBeads(found: Divergence[], context: DivergenceContext): Divergence[] {
  const identical = context.beads.map((bead) =>
    isTwoSided(bead) && sideText(context, bead, 'source') === sideText(context, bead, 'target'));
  return found.filter((divergence) => saysTextWasCopied(divergence) || !identical[divergence.bead]);
}

/** Runs the detectors over an aligned comparison. */
export function findDivergences(context: DivergenceContext, options: DivergenceOptions = {}): Divergence[] {
  const kinds = (options.kinds ?? (Object.keys(DETECTORS) as DivergenceKind[]))
    .filter((kind) => !options.exclude?.includes(kind));
  const found = dropFindingsInIdenticalBeads(kinds.flatMap((kind) => DETECTORS[kind](context)), context);
  return dropRepeats(found).sort((a, b) =>
    a.bead - b.bead || SIDE_ORDER[a.side] - SIDE_ORDER[b.side] || a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

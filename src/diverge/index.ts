/**
 * Divergence detectors: small pure functions over an aligned comparison, one file per kind.
 * `findDivergences` runs them all (or the kinds asked for) and returns the findings sorted by bead, then by
 * side (source, both, target), then by offset.
 */
import type { Divergence, DivergenceKind } from '../types.js';
import { detectArtifacts } from './artifacts.js';
import { isTwoSided, type Detector, type DivergenceContext, type SharedWork } from './context.js';
import { detectEntityMismatches } from './entities.js';
import { detectFormatMismatches } from './format.js';
import { detectLengthRatio } from './length-ratio.js';
import { sideText } from './number-matching.js';
import { detectNumberMismatches, detectShiftedNumbers } from './numbers.js';
import { detectSameLanguage } from './same-language.js';
import { detectUnalignedSegments } from './unaligned.js';
import { detectUntranslated } from './untranslated.js';

export type { Detector, DivergenceContext, SharedWork } from './context.js';
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

/** Spans on one bead side, sorted by start and merged where they overlap, so their ends are sorted too. */
type ClaimedSpans = Array<{ start: number; end: number }>;

/** Whether [start, end) overlaps a claimed span: a binary search for the first span ending after `start`. */
function overlapsClaimed(claimed: ClaimedSpans, start: number, end: number): boolean {
  let low = 0;
  let high = claimed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (claimed[middle]!.end > start) high = middle;
    else low = middle + 1;
  }
  return low < claimed.length && claimed[low]!.start < end;
}

function claim(claimed: ClaimedSpans, spans: readonly Divergence[]): ClaimedSpans {
  const all = [...claimed, ...spans.map(({ start, end }) => ({ start, end }))].sort((a, b) => a.start - b.start);
  const merged: ClaimedSpans = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function dropRepeats(found: Divergence[]): Divergence[] {
  const kept: Divergence[] = [];
  // Overlaps can only happen inside one bead side, so spans are grouped per bead side; each group is
  // settled kind by kind, most specific first, against the spans the kinds before it kept: O(n log n).
  const groups = new Map<string, Divergence[]>();
  for (const divergence of found) {
    if (!SPAN_PRIORITY.includes(divergence.kind)) {
      kept.push(divergence);
      continue;
    }
    const where = `${divergence.side}:${divergence.bead}`;
    const group = groups.get(where);
    if (group) group.push(divergence);
    else groups.set(where, [divergence]);
  }
  for (const group of groups.values()) {
    let claimed: ClaimedSpans = [];
    for (const kind of SPAN_PRIORITY) {
      const survivors = group.filter((divergence) => divergence.kind === kind && !overlapsClaimed(claimed, divergence.start, divergence.end));
      if (survivors.length === 0) continue;
      // A loop, not push(...survivors): spreading a group of a million spans overflows the call stack.
      for (const item of survivors) kept.push(item);
      claimed = claim(claimed, survivors);
    }
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
  // Only the beads with findings are compared, each once.
  const identical = new Map<number, boolean>();
  const isIdentical = (index: number): boolean => {
    let same = identical.get(index);
    if (same === undefined) {
      const bead = context.beads[index];
      same = bead !== undefined && isTwoSided(bead) && sideText(context, bead, 'source') === sideText(context, bead, 'target');
      identical.set(index, same);
    }
    return same;
  };
  return found.filter((divergence) => saysTextWasCopied(divergence) || !isIdentical(divergence.bead));
}

/** Runs the detectors over an aligned comparison. */
export function findDivergences(context: DivergenceContext, options: DivergenceOptions = {}): Divergence[] {
  const kinds = (options.kinds ?? (Object.keys(DETECTORS) as DivergenceKind[]))
    .filter((kind) => !options.exclude?.includes(kind));
  // The number detectors share their analysis of the beads' numbers (most of their time, when each made it).
  const shared: SharedWork = {};
  const found = dropFindingsInIdenticalBeads(kinds.flatMap((kind) => DETECTORS[kind](context, shared)), context);
  return dropRepeats(found).sort((a, b) =>
    a.bead - b.bead || SIDE_ORDER[a.side] - SIDE_ORDER[b.side] || a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

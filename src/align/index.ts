/**
 * Alignment: which source segments pair with which target segments. Three parts kept apart (as in
 * Vecalign): candidates (the band of the grid the search may use: the whole grid for short input, a
 * sliding window on long input), scoring (scoring.ts: what a bead costs) and search (search.ts: the cheapest path). Three passes:
 * the first uses numbers, names, cognates, punctuation and length; its confident beads teach a translation
 * lexicon and the length model; the second pass uses those too, and its 1-1 beads teach the lexicon again for
 * a third pass in a band around its path. See docs/alignment.md.
 */
import { findAnchors } from '../anchors/index.js';
import type { Anchor, Bead, LanguageCode } from '../types.js';
import { continuationCues } from './continuation.js';
import { type AnchorSource, finishFeatures, KeyTable, scanFeatures, type SideFeatures, type SideScan, withLexiconKeys, type WordAnalysisMemo } from './features.js';
import { learnLexicon, relearningBeads } from './lexicon.js';
import { estimateEvidenceLevels, noiseCalibratedPriors } from './calibration.js';
import { estimateBeadPriors } from './priors.js';
import {
  BEAD_TYPES,
  type CostParameters,
  DEFAULT_COST,
  estimateLengthModel,
  initialLengthModel,
  lengthCost,
  type LengthModel,
  KeyIndex,
  makePairPenalty,
  maskWeight,
  weightOfMask,
  matchMasks,
  ORPHAN_TARGET_BIT,
  orphanCost,
  relativeOrphans,
  squareCost,
  squareDiagonalCost,
} from './scoring.js';
import {
  CONFIDENT_SIMILARITY,
  FULL_SEARCH_NODES,
  longFirstPass,
  secondPassBand,
  SECOND_PASS_RADIUS,
  secondPassPieces,
  sliceSide,
  THIRD_PASS_RADIUS,
} from './long.js';
import { buildPostings, type KeyPostings, matchRow, SegmentKeys, withLearntPostings } from './postings.js';
import { type Band, type BeadCost, type BeadType, fullBand, type PathStep, searchBand } from './search.js';
import { narrowedSearch, SHORT_SECOND_PASS_RADIUS, SHORT_THIRD_PASS_RADIUS, shortFirstPass } from './short.js';
import { Workspace } from './workspace.js';

export { DEFAULT_COST, type CostParameters } from './scoring.js';
export { createWordAnalysisMemo, DEFAULT_MEMO_ENTRIES, scanBuffers, type SideScan, type WordAnalysisMemo } from './features.js';

/** One side as the aligner sees it. */
export interface AlignSide {
  /** Segment texts, in order. */
  texts: string[];
  /** Anchors per segment (same length as `texts`), if known; computed with `findAnchors` when missing. */
  anchors?: Anchor[][];
  /** Block index per segment, if known: a bead should not straddle blocks, and block starts should pair. */
  blocks?: number[];
  /** ISO 639-1 code, used to find anchors when they are not given. */
  language?: LanguageCode;
}

export interface AlignOptions {
  /**
   * A caller-supplied similarity in [0, 1] between a group of source and a group of target segments (for
   * example the cosine of sentence embeddings computed elsewhere). It is mixed half and half with the
   * aligner's own lexical similarity and used by the same search.
   */
  similarity?: (source: string[], target: string[]) => number;
  /** Override cost constants (for experiments; the defaults are fitted on the development sets). */
  cost?: Partial<CostParameters>;
  /**
   * Word analyses kept across calls (`createWordAnalysisMemo`), for a caller that aligns many documents:
   * the same beads, less work per document. Without it each call analyses its words afresh.
   */
  wordMemo?: WordAnalysisMemo;
}

/** Most segments on one side of a bead (BEAD_TYPES goes up to 4-1). */
const MAX_GROUP = 4;
/** Rows whose group weights `makeScorer` keeps (a power of two, more than MAX_GROUP). */
const RING = 8;
/**
 * A merged group's matched weight is at most the sum of what its members match anywhere (see `cost`), but
 * added member by member, while the bound adds a source sum and a target sum: with at most 2 × MAX_GROUP
 * non-negative terms the two orders differ by far less than this factor (about 8 × 2^-53 relative).
 */
const BOUND_SLACK = 1 + 2 ** -30;
/**
 * The merged groups' second lower bound (`groupCellBound`) adds the group's cached 1-1 matched weights, which
 * are float32 (relative rounding up to 2^-24 each, below the true weight as often as above): this factor lifts
 * the sum back above the exact one with room to spare (the float64 sums add a few 2^-53 more).
 */
const CELL_SLACK = 1 + 2 ** -20;
/** BEAD_TYPES as flat arrays, for the cost function's inner loop. */
const TYPE_A = Int32Array.from(BEAD_TYPES, (t) => t.a);
const TYPE_B = Int32Array.from(BEAD_TYPES, (t) => t.b);
const TYPE_PRIOR = Float64Array.from(BEAD_TYPES, (t) => t.prior);

/** The total length of segments `from` … `from + count − 1`, added in order. */
function groupLength(lengths: Float64Array, from: number, count: number): number {
  let sum = 0;
  for (let k = from; k < from + count; k++) sum += lengths[k]!;
  return sum;
}

/**
 * Prefix sums of segment lengths (`count + 1` entries), or undefined when a length is not a whole number
 * below 2^31 (then a prefix difference could differ from the members' sum in the last bit).
 */
function lengthPrefix(lengths: Float64Array): Float64Array | undefined {
  const prefix = new Float64Array(lengths.length + 1);
  for (let k = 0; k < lengths.length; k++) {
    const length = lengths[k]!;
    if (!Number.isInteger(length) || length < 0 || length > 2 ** 31) return undefined;
    prefix[k + 1] = prefix[k]! + length;
  }
  return prefix;
}

/** A caller's similarity function with the texts it is called on. */
export interface External {
  fn: (s: string[], t: string[]) => number;
  sourceTexts: string[];
  targetTexts: string[];
}

/** The target side's key postings, and where the scored target segments start in them (a window's offset). */
export interface TargetPostings {
  postings: KeyPostings;
  offset: number;
}

/** The largest key id a side uses (-1 when it has none). */
function maxKey(side: SideFeatures): number {
  let max = -1;
  for (let x = side.keyStart[side.tokenStart[0]!]!; x < side.keyStart[side.tokenStart[side.count]!]!; x++) if (side.keys[x]! > max) max = side.keys[x]!;
  // Learnt keys: every stem's, a superset of those the tokens carry (buildPostings only needs an upper bound).
  if (side.extraKeys) for (const key of side.extraKeys) if (key > max) max = key;
  return max;
}

/** Token weight of an average segment pair: the unit in which a bead's shared evidence is counted. */
function meanPairWeight(source: SideFeatures, target: SideFeatures): number {
  let weightSum = 0;
  for (let i = 0; i < source.count; i++) weightSum += source.totalWeight[i]!;
  const meanSourceWeight = weightSum / Math.max(1, source.count);
  weightSum = 0;
  for (let j = 0; j < target.count; j++) weightSum += target.totalWeight[j]!;
  return Math.max(1, meanSourceWeight + weightSum / Math.max(1, target.count));
}

export interface Scorer {
  sourceCount: number;
  targetCount: number;
  /** See `BeadCost` (search.ts): with `before` and `limit`, a losing bead may get a partial cost. */
  cost: BeadCost;
  similarity: (i: number, a: number, j: number, b: number) => number;
}

/** What a scorer may be told beyond the two sides, the band, the length model and the parameters. */
export interface ScorerOptions {
  /**
   * The evidence unit (`meanPairWeight`) of the whole document when the sides are windows of it, so that a
   * window scores beads as the whole-document search would.
   */
  documentPairWeight?: number;
  /** The bead shapes the search will ask for (only their group widths are cached); all of them by default. */
  types?: readonly BeadType[];
  /** The target's key postings, shared by the windows or pieces of one document. */
  targetPostings?: TargetPostings;
  /**
   * The postings of the target's learnt keys alone (`buildPostings(target, size, false)`), when
   * `targetPostings` holds those of its own keys only (built before the lexicon, once for the three passes).
   */
  learntPostings?: KeyPostings;
  /** Tables lent from one window or piece to the next (workspace.ts) instead of new arrays per scorer. */
  workspace?: Workspace | undefined;
  /** Per bead type, replaces the global prior costs (BEAD_TYPES' priors × `priorScale`; priors.ts). */
  typePriors?: Float64Array | undefined;
  /** Whether a merge's orphans are judged against the group's share too (`relativeOrphanShare`; pass 3). */
  relativeOrphans?: boolean;
  /**
   * The previous pass's path in this scorer's coordinates: when given, the merges with two or more segments on
   * both sides get dearer by the chance evidence measured around its 1-1 beads (calibration.ts; pass 3).
   */
  mergeCalibrationPath?: readonly PathStep[] | undefined;
}

/** What sets one pass's scorers apart from another's, on short and long input alike. */
type PassOptions = Pick<ScorerOptions, 'typePriors' | 'relativeOrphans'> & {
  /** Whether each scorer calibrates the merges' priors along the path its band is built around (`mergeCalibrationPath`). */
  calibrateMerges?: boolean;
};

/**
 * The cost of every bead inside a band: the token match masks of every segment pair in the band (and a few
 * columns beyond) are computed up front, the weights of merged groups row by row as the search reaches them.
 * Exported for tests only (test/align/long-scale.test.ts); not part of the package's API.
 */
export function makeScorer(
  source: SideFeatures,
  target: SideFeatures,
  band: Band,
  lengthModel: LengthModel,
  params: CostParameters,
  external: External | undefined,
  options: ScorerOptions = {},
): Scorer {
  const { documentPairWeight, types = BEAD_TYPES, targetPostings, learntPostings, workspace, typePriors, relativeOrphans: relative = false, mergeCalibrationPath } = options;
  const n = source.count;
  // The cache covers each band row widened by MAX_GROUP - 1 columns on both sides, so that the pairs inside
  // a wide bead starting at a band node (whose later rows may start further right) are all cached.
  const m = target.count;
  // With a workspace (one piece after another), the tables below are views of its arrays: every element
  // read is written or filled first.
  const cacheLo = workspace ? workspace.int32('cacheLo', n) : new Int32Array(n);
  const cacheHi = workspace ? workspace.int32('cacheHi', n) : new Int32Array(n);
  const rowOffset = workspace ? workspace.int32('rowOffset', n + 1) : new Int32Array(n + 1);
  rowOffset[0] = 0;
  for (let i = 0; i < n; i++) {
    cacheLo[i] = Math.max(0, band.lo[i]! - (MAX_GROUP - 1));
    cacheHi[i] = Math.min(m - 1, band.hi[i]! + (MAX_GROUP - 1));
    rowOffset[i + 1] = rowOffset[i]! + Math.max(0, cacheHi[i]! - cacheLo[i]! + 1);
  }
  const cacheSize = rowOffset[n]!;
  const masks = workspace ? workspace.uint32('masks', cacheSize * 2).fill(0) : new Uint32Array(cacheSize * 2);
  // Matched token weight of each cached 1-1 pair (both sides), the evidence of the commonest bead.
  const pairMatched = workspace ? workspace.float32('pairMatched', cacheSize).fill(0) : new Float32Array(cacheSize);
  const scratch = new Uint32Array(2);
  const blocksKnown = source.count > 0 && target.count > 0 && source.block[0]! >= 0 && target.block[0]! >= 0;

  // Match masks of every segment pair in the band, row by row: each key of the source segment is looked up
  // once in the target's postings (postings.ts), and only its occurrences inside the row are visited. At
  // 10 000 a side hashing every key of every target segment of the row (KeyIndex.match) was 8 % of the time.
  const { postings, offset } = targetPostings ?? { postings: buildPostings(target, maxKey(target) + 1), offset: 0 };
  // What each segment matches anywhere in the cache: per source segment, the weight of its tokens that
  // match some cached target segment of its row; per target segment, of its tokens that match some source
  // segment whose row caches it. A group inside the cache matches at most these (see `cost`).
  const sourceAny = workspace ? workspace.float64('sourceAny', n).fill(0) : new Float64Array(n);
  const targetAnyMask = workspace ? workspace.uint32('targetAnyMask', m).fill(0) : new Uint32Array(m);
  const targetAny = workspace ? workspace.float64('targetAny', m) : new Float64Array(m);
  // The sides' arrays in locals, here and in the closures below (read through the side objects per cell or per
  // bead, they cost: the sides of passes 2 and 3 have another shape than pass 1's).
  const sourceTotal = source.totalWeight;
  const targetTotal = target.totalWeight;
  const sourceTokenStart = source.tokenStart;
  const targetTokenStart = target.tokenStart;
  const sourceTokenDf = source.tokenDf;
  const targetTokenDf = target.tokenDf;
  const sourceDfWeight = source.dfWeight;
  const targetDfWeight = target.dfWeight;
  const rowKeys = new SegmentKeys();
  let index: KeyIndex | undefined;
  for (let i = 0; i < n; i++) {
    const lo = cacheLo[i]!;
    const hi = cacheHi[i]!;
    if (hi < lo) continue;
    rowKeys.load(source, i);
    if (rowKeys.full) {
      // More distinct keys than KeyIndex holds: match the row as KeyIndex does, to keep the same masks.
      index ??= new KeyIndex();
      index.load(source, i);
      for (let j = lo; j <= hi; j++) {
        index.match(target, j, scratch);
        const at = rowOffset[i]! + j - lo;
        masks[2 * at] = scratch[0]!;
        masks[2 * at + 1] = scratch[1]!;
      }
    } else {
      matchRow(rowKeys, postings, offset, lo, hi, masks, rowOffset[i]!);
      if (learntPostings) matchRow(rowKeys, learntPostings, offset, lo, hi, masks, rowOffset[i]!);
    }
    let rowAny = 0;
    for (let j = lo; j <= hi; j++) {
      const at = rowOffset[i]! + j - lo;
      if (masks[2 * at] !== 0) {
        pairMatched[at] =
          weightOfMask(sourceTokenDf, sourceDfWeight, sourceTokenStart[i]!, masks[2 * at]!) + weightOfMask(targetTokenDf, targetDfWeight, targetTokenStart[j]!, masks[2 * at + 1]!);
        rowAny |= masks[2 * at]!;
        targetAnyMask[j] = targetAnyMask[j]! | masks[2 * at + 1]!;
      }
    }
    sourceAny[i] = maskWeight(source, i, rowAny);
  }
  for (let j = 0; j < m; j++) targetAny[j] = maskWeight(target, j, targetAnyMask[j]!);
  // The evidence term of the cost counts matched weight in units of an average segment pair, so a bead
  // gains nothing by absorbing a neighbour that matches nothing (it would by a share, which short additions
  // barely dilute), and a typical 1-1 bead gets about its similarity.
  const pairWeight = documentPairWeight ?? meanPairWeight(source, target);
  // The same per group: for the source rows i0 … i0 + a − 1 (at i0 * MAX_GROUP + a − 1) the sum of their
  // sourceAny in row order, the target columns all of them cache (the latest cacheLo, the earliest cacheHi)
  // and whether any has token weight; for the target columns j0 … j0 + b − 1 the sum of their targetAny and
  // whether any has token weight. The merged groups' lower bound in `cost` reads these instead of looping
  // over the members (most of the 29 000 groups of the seed sv-ar article's three passes stop there). The
  // sums are kept as evidence terms, times BOUND_SLACK / pairWeight, so that the bound adds two numbers
  // instead of dividing per group (the division was a tenth of the search's own time, CPU profile): each
  // product and their sum are within 3 × 2^-53 of the exact value, far inside BOUND_SLACK.
  const boundScale = BOUND_SLACK / pairWeight;
  const groupSize = MAX_GROUP * Math.max(n, m);
  const sourceGroupEvidence = workspace ? workspace.float64('sourceGroupEvidence', groupSize) : new Float64Array(groupSize);
  const sourceGroupLo = workspace ? workspace.int32('sourceGroupLo', groupSize) : new Int32Array(groupSize);
  const sourceGroupHi = workspace ? workspace.int32('sourceGroupHi', groupSize) : new Int32Array(groupSize);
  const targetGroupEvidence = workspace ? workspace.float64('targetGroupEvidence', groupSize) : new Float64Array(groupSize);
  // Bit 0: a source group has token weight; bit 1: a target group has.
  const groupWeighed = workspace ? workspace.uint8('groupWeighed', groupSize).fill(0) : new Uint8Array(groupSize);
  for (let i0 = 0; i0 < n; i0++) {
    let sum = 0;
    let lo = 0;
    let hi = m - 1;
    let weighed = 0;
    for (let a = 1; a <= MAX_GROUP && i0 + a <= n; a++) {
      const i = i0 + a - 1;
      sum += sourceAny[i]!;
      lo = Math.max(lo, cacheLo[i]!);
      hi = Math.min(hi, cacheHi[i]!);
      if (source.totalWeight[i]! > 0) weighed = 1;
      const at = i0 * MAX_GROUP + a - 1;
      sourceGroupEvidence[at] = sum * boundScale;
      sourceGroupLo[at] = lo;
      sourceGroupHi[at] = hi;
      groupWeighed[at] = weighed;
    }
  }
  for (let j0 = 0; j0 < m; j0++) {
    let sum = 0;
    let weighed = 0;
    for (let b = 1; b <= MAX_GROUP && j0 + b <= m; b++) {
      const j = j0 + b - 1;
      sum += targetAny[j]!;
      if (target.totalWeight[j]! > 0) weighed = 2;
      const at = j0 * MAX_GROUP + b - 1;
      targetGroupEvidence[at] = sum * boundScale;
      groupWeighed[at] = groupWeighed[at]! | weighed;
    }
  }

  const pair = (i: number, j: number, which: 0 | 1): number => {
    const lo = cacheLo[i]!;
    if (j < lo || j > cacheHi[i]!) {
      // Outside the band (a wide bead at its edge): rare, computed directly.
      matchMasks(source, i, target, j, scratch);
      return scratch[which]!;
    }
    return masks[2 * (rowOffset[i]! + j - lo) + which]!;
  };

  // Matched and total token weight of the last group looked at, and its members that share nothing with
  // the other side (the sign of swallowed chrome): scratch values, not state between calls. A typed array,
  // not three `let`s: a double stored in a closure variable is boxed, so every `+=` on one allocated.
  const measured = new Float64Array(3);
  // Each member's matched and total token weight in the last group measured (ORPHAN_TARGET_BIT's layout), for
  // the relative orphan test; scratch like `measured`.
  const memberMatched = new Float64Array(ORPHAN_TARGET_BIT + MAX_GROUP);
  const memberOwn = new Float64Array(ORPHAN_TARGET_BIT + MAX_GROUP);
  const relativeShare = relative ? params.relativeOrphanShare : 0;
  /** Fills `measured` for a bead: 1-1 from the pair cache, a merged group from the row caches (`measureGroup`). */
  const measure = (i0: number, a: number, j0: number, b: number): void => {
    if (a + b > 2) {
      measureGroup(i0, a, j0, b);
      return;
    }
    const lo = cacheLo[i0]!;
    if (j0 >= lo && j0 <= cacheHi[i0]!) {
      measured[0] = pairMatched[rowOffset[i0]! + j0 - lo]!;
    } else {
      matchMasks(source, i0, target, j0, scratch);
      measured[0] = maskWeight(source, i0, scratch[0]!) + maskWeight(target, j0, scratch[1]!);
    }
    measured[1] = source.totalWeight[i0]! + target.totalWeight[j0]!;
    measured[2] = 0;
  };
  // The search asks for the same groups again and again: the bead starting at (i, j) and the one starting
  // at (i, j + 1) share rows, and every shape re-reads them. So each cell's weights are worked out once, for
  // every group width the bead shapes use: rowWeight (source segment i against target segments
  // j … j + b − 1) and columnWeight (target segment j against source segments i … i + a − 1), kept for the
  // last RING rows (the search moves down the rows; a bead reaches MAX_GROUP − 1 rows ahead). NaN marks a
  // group that reaches outside the cached band, which is then computed from the masks directly. Same numbers,
  // in the same order, as the direct computation: the beads do not change (bench/scale/identity.ts; test/align/long-scale).
  // Measured only together with the other scale changes (docs/alignment.md, "Speed: the scale pass").
  let maxA = 1;
  let maxB = 1;
  for (const { a, b } of types) {
    maxA = Math.max(maxA, a);
    maxB = Math.max(maxB, b);
  }
  let ringWidth = 1;
  for (let i = 0; i < n; i++) ringWidth = Math.max(ringWidth, cacheHi[i]! - cacheLo[i]! + 1);
  const rowWeight = new Float64Array(RING * ringWidth * MAX_GROUP);
  const columnWeight = new Float64Array(RING * ringWidth * MAX_GROUP);
  // The row whose weights a ring cell holds (-1: none yet), for rowWeight and columnWeight apart. A cell's
  // weights are worked out when a group first reads them, not the whole cached row at once: a search in a
  // band narrower than the scorer's cache (the short input's passes, short.ts) reads a third of the row or
  // less. (Round 4 found the two the same when the search read whole rows.)
  const rowCellOf = new Int32Array(RING * ringWidth).fill(-1);
  const columnCellOf = new Int32Array(RING * ringWidth).fill(-1);
  /** Where cell (r, j) (j inside row r's cache) starts in rowWeight: its weights against 1 … maxB targets. */
  const rowCell = (r: number, j: number): number => {
    const lo = cacheLo[r]!;
    const c = (r & (RING - 1)) * ringWidth + j - lo;
    const cell = c * MAX_GROUP;
    if (rowCellOf[c] === r) return cell;
    rowCellOf[c] = r;
    const hi = cacheHi[r]!;
    const rowAt = rowOffset[r]! - lo;
    let mask = 0;
    for (let b = 1; b <= maxB; b++) {
      if (j + b - 1 > hi) {
        for (; b <= maxB; b++) rowWeight[cell + b - 1] = NaN;
        break;
      }
      mask |= masks[2 * (rowAt + j + b - 1)]!;
      rowWeight[cell + b - 1] = weightOfMask(sourceTokenDf, sourceDfWeight, sourceTokenStart[r]!, mask);
    }
    return cell;
  };
  /** Where cell (r, j) (j inside row r's cache) starts in columnWeight: target j against 1 … maxA sources from r. */
  const columnCell = (r: number, j: number): number => {
    const c = (r & (RING - 1)) * ringWidth + j - cacheLo[r]!;
    const cell = c * MAX_GROUP;
    if (columnCellOf[c] === r) return cell;
    columnCellOf[c] = r;
    let mask = 0;
    for (let a = 1; a <= maxA; a++) {
      const i = r + a - 1;
      if (i >= n || j < cacheLo[i]! || j > cacheHi[i]!) {
        for (; a <= maxA; a++) columnWeight[cell + a - 1] = NaN;
        break;
      }
      mask |= masks[2 * (rowOffset[i]! + j - cacheLo[i]!) + 1]!;
      columnWeight[cell + a - 1] = weightOfMask(targetTokenDf, targetDfWeight, targetTokenStart[j]!, mask);
    }
    return cell;
  };
  /** `measure` for a group of more than two segments, from the row caches. */
  const measureGroup = (i0: number, a: number, j0: number, b: number): void => {
    let matched = 0;
    let total = 0;
    let orphans = 0;
    for (let i = i0; i < i0 + a; i++) {
      let w = j0 >= cacheLo[i]! && j0 <= cacheHi[i]! ? rowWeight[rowCell(i, j0) + b - 1]! : NaN;
      if (w !== w) {
        let mask = 0;
        for (let j = j0; j < j0 + b; j++) mask |= pair(i, j, 0);
        w = maskWeight(source, i, mask);
      }
      const own = sourceTotal[i]!;
      if (own > 0 && w < params.orphanShare * own) orphans |= 1 << (i - i0);
      memberMatched[i - i0] = w;
      memberOwn[i - i0] = own;
      matched += w;
      total += own;
    }
    const lo = cacheLo[i0]!;
    const hi = cacheHi[i0]!;
    for (let j = j0; j < j0 + b; j++) {
      let w = j >= lo && j <= hi ? columnWeight[columnCell(i0, j) + a - 1]! : NaN;
      if (w !== w) {
        let mask = 0;
        for (let i = i0; i < i0 + a; i++) {
          const rowLo = cacheLo[i]!;
          mask |= j >= rowLo && j <= cacheHi[i]! ? masks[2 * (rowOffset[i]! + j - rowLo) + 1]! : pair(i, j, 1);
        }
        w = maskWeight(target, j, mask);
      }
      const own = targetTotal[j]!;
      if (own > 0 && w < params.orphanShare * own) orphans |= 1 << (ORPHAN_TARGET_BIT + j - j0);
      memberMatched[ORPHAN_TARGET_BIT + j - j0] = w;
      memberOwn[ORPHAN_TARGET_BIT + j - j0] = own;
      matched += w;
      total += own;
    }
    measured[0] = matched;
    measured[1] = total;
    measured[2] = relativeShare > 0 ? relativeOrphans(orphans, memberMatched, memberOwn, matched, total, relativeShare) : orphans;
  };

  const externalSimilarity = (i0: number, a: number, j0: number, b: number): number => {
    const s = external!.fn(external!.sourceTexts.slice(i0, i0 + a), external!.targetTexts.slice(j0, j0 + b));
    return Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
  };

  /** Share of the group's token weight that finds a partner, in [0, 1]: what the confidence reports. */
  const similarity = (i0: number, a: number, j0: number, b: number): number => {
    measure(i0, a, j0, b);
    const matched = measured[0]!;
    const total = measured[1]!;
    const sim = total === 0 ? params.emptySimilarity : matched / (total + params.similaritySmoothing);
    if (!external) return sim;
    return params.externalSimilarityShare * externalSimilarity(i0, a, j0, b) + (1 - params.externalSimilarityShare) * sim;
  };

  const evidence = (i0: number, a: number, j0: number, b: number): number => {
    measure(i0, a, j0, b);
    const matched = measured[0]!;
    const total = measured[1]!;
    const own = total === 0 ? params.emptySimilarity : matched / pairWeight;
    if (!external) return own;
    return params.externalSimilarityShare * externalSimilarity(i0, a, j0, b) * ((a + b) / 2) + (1 - params.externalSimilarityShare) * own;
  };

  /** Matched weight of the 1-1 pair (i, j), both sides; leaves `measured` alone. */
  const pairMatchedAt = (i: number, j: number): number => {
    const lo = cacheLo[i]!;
    if (j >= lo && j <= cacheHi[i]!) return pairMatched[rowOffset[i]! + j - lo]!;
    matchMasks(source, i, target, j, scratch);
    return maskWeight(source, i, scratch[0]!) + maskWeight(target, j, scratch[1]!);
  };
  // Block starts from the sides' arrays in locals (not the side object per call: see makePairPenalty).
  const sourceBlock = source.block;
  const targetBlock = target.block;
  const startsBlock = (block: Int32Array, k: number) => k === 0 || block[k] !== block[k - 1];
  // Evidence-dependent bead terms (scoring.ts): page chrome, evidence-free pairs in comparable texts, weak
  // pairs of a segment with a rival nearby, digits on one side only, a segment skipped beside its partner.
  // The pair penalty looks at a bead's neighbours (rivals, partners beside a skip, diagonal neighbours): a
  // neighbour outside the cached band counts as sharing nothing. Matching it on demand (matchMasks) was
  // 2.6 % of the CPU at 10 000 a side, and the beads come out the same on every development set.
  const pairPenalty = makePairPenalty(
    source,
    target,
    params,
    lengthModel,
    { lo: cacheLo, hi: cacheHi, offset: rowOffset, matched: pairMatched },
    workspace?.uint8('pairFlags', cacheSize),
  );
  const partneredSkip = pairPenalty.skip;

  const sourceLength = source.length;
  const targetLength = target.length;
  // Every term added after the first line of `cost` (squares, orphans, pair penalty, blocks) is ≥ 0 when
  // these parameters are, so a bead whose partial cost already loses at its end node (`before + c ≥ limit`,
  // the search's own comparison) loses whatever they add: `cost` returns the partial cost and the search
  // rejects it just as it would the full one (adding a non-negative number never lowers an IEEE sum), so the
  // beads are the same. A new term that can be negative must go before the first check. orphanCost, the
  // pair penalty's matchMasks and squareCost were 16 % of an article's CPU, mostly for losing beads; the
  // seed sv-ar article went from 21.4 to 14.9 ms of CPU in alignSegments (bench/scale/article.ts).
  const earlyExit =
    params.orphanPenalty >= 0 &&
    params.squarePenalty >= 0 &&
    params.squareDiagonalPenalty >= 0 &&
    params.chromePatternPenalty >= 0 &&
    params.chromePairPenalty >= 0 &&
    params.noEvidencePenalty >= 0 &&
    params.straddlePenalty >= 0 &&
    params.blockStartPenalty >= 0 &&
    params.rivalPenalty >= 0 &&
    params.digitPenalty >= 0 &&
    params.partneredSkipPenalty >= 0;
  // The lower bound of a merged group's cost (in `cost`) needs non-negative token weights and evidence
  // that can only lower the cost; with a caller's similarity the group is always weighed.
  let boundGroups = earlyExit && !external && params.similarityWeight >= 0 && pairWeight > 0;
  for (const { tokenStart, tokenDf, dfWeight, count } of [source, target]) {
    // The arrays in locals: read through the side object, this loop was a tenth of makeScorer's own time.
    for (let k = tokenStart[0]!, end = tokenStart[count]!; k < end && boundGroups; k++) if (!(dfWeight[tokenDf[k]!]! >= 0)) boundGroups = false;
  }
  // Segment lengths as prefix sums, so a group's length is one subtraction: exact (the same number as
  // adding the members in order) because lengths are whole character counts; if a side's lengths were not
  // whole numbers the members are added one by one as before.
  const sourcePrefix = lengthPrefix(sourceLength);
  const targetPrefix = lengthPrefix(targetLength);
  // The lower bound reads group lengths from the prefix sums only (it is off without them).
  if (!sourcePrefix || !targetPrefix) boundGroups = false;
  const sourceLengthSums = sourcePrefix ?? sourceLength;
  const targetLengthSums = targetPrefix ?? targetLength;
  // The constants of the formula, read once per scorer rather than from `params` at every bead.
  const skipCost = params.skipCost;
  const lengthWeight = params.lengthWeight;
  const lengthCap = params.lengthCap;
  const pairOffset = params.pairOffset;
  const similarityWeight = params.similarityWeight;
  // Prior cost per bead type: the global priors, or the ones estimated from the previous pass (priors.ts),
  // with the chance evidence of the merges' extra cells charged when a path to measure it along is given
  // (calibration.ts): its 1-1 beads and their near misses lie inside the band, so this reads the pair cache.
  const estimatedPrior = typePriors ?? TYPE_PRIOR.map((prior) => prior * params.priorScale);
  const typePrior = mergeCalibrationPath
    ? noiseCalibratedPriors(
        estimatedPrior,
        estimateEvidenceLevels(
          mergeCalibrationPath.filter((step) => step.type === 0).map((step) => [step.i, step.j] as const),
          n,
          m,
          (i, j, out) => {
            out[0] = pairMatchedAt(i, j);
            out[1] = sourceTotal[i]! + targetTotal[j]!;
          },
        ),
        params,
      )
    : estimatedPrior;
  const emptySimilarity = params.emptySimilarity;
  const orphanShare = params.orphanShare;
  /**
   * The first line of a two-sided bead's cost (scoring.ts): length, evidence (matched weight in pair units,
   * or the mixed external similarity) and the shape's prior, for `a` source segments of total length `ls`
   * against `b` target segments of total length `lt`. The merged groups' lower bound in `cost` uses it too.
   */
  const firstLine = (a: number, b: number, type: number, ls: number, lt: number, evidenceTerm: number): number =>
    ((a + b) / 2) * (lengthWeight * lengthCost(ls, lt, lengthModel, lengthCap) + pairOffset) -
    similarityWeight * evidenceTerm +
    typePrior[type]!;
  // Whether the length term of `firstLine` is never negative (a non-negative weight and cap, a length
  // model whose cost is a number), so that leaving it out gives a lower bound too.
  const lengthTermNonNegative =
    lengthWeight >= 0 && lengthCap >= 0 && lengthModel.variance > 0 && Number.isFinite(lengthModel.variance) && lengthModel.ratio > 0 && Number.isFinite(lengthModel.ratio);
  /**
   * A lower bound of a merged group's cost, or -Infinity where there is none. Its members match at most what
   * they match anywhere in the cache (sourceAny, targetAny; summed per group up front), so the first line
   * with that instead of the matched weight is a lower bound of the cost (each term of the bound at least
   * as large as the matched weight's, IEEE addition of non-negative numbers monotone, BOUND_SLACK for the
   * order of addition), and if even that loses, the bead loses. The first line without its length term
   * (≥ 0; the same operations on a smaller operand, so never more in floating point either) is tried first:
   * it settles most of the groups the bound rejects (8 704 of 14 278 in the seed sv-ar article's pass 1,
   * counted in round 4) without the square root and division of `lengthCost`.
   */
  const groupLowerBound = (i0: number, j0: number, type: number, a: number, b: number, before: number, limit: number): number => {
    const rows = i0 * MAX_GROUP + a - 1;
    const columns = j0 * MAX_GROUP + b - 1;
    // (A group with no token weight at all scores emptySimilarity, not its matched weight.) The bound
    // holds only while more matched weight can never make `firstLine` dearer.
    if (!(j0 >= sourceGroupLo[rows]! && j0 + b - 1 <= sourceGroupHi[rows]! && ((groupWeighed[rows]! & 1) | (groupWeighed[columns]! & 2)) !== 0)) return -Infinity;
    // The two sums added in another order than the members one by one, and scaled before they are added:
    // BOUND_SLACK covers the rounding.
    const evidenceTerm = sourceGroupEvidence[rows]! + targetGroupEvidence[columns]!;
    if (lengthTermNonNegative) {
      const lengthless = ((a + b) / 2) * pairOffset - similarityWeight * evidenceTerm + typePrior[type]!;
      if (before + lengthless >= limit) return lengthless;
    }
    const ls = sourceLengthSums[i0 + a]! - sourceLengthSums[i0]!;
    return firstLine(a, b, type, ls, targetLengthSums[j0 + b]! - targetLengthSums[j0]!, evidenceTerm);
  };
  /**
   * A second lower bound of a merged group's cost, for a group that `groupLowerBound` did not stop, before it
   * is weighed (`measureGroup`: each member's tokens against the group's other side, the dearest part of a
   * merge: without this bound the seed sv-ar article's passes weighed 290–380 merges each, with it 66–163, nearly
   * all of them priced in full). A member's matched weight is that of
   * the OR of its masks against the group's other side, at most the sum of its weights against each member
   * apart (token weights are non-negative, checked with `boundGroups`), so the group matches at most the sum
   * of its cells' cached 1-1 matched weights (`pairMatched`, both sides). That bound counts only the group's
   * own cells, where `groupLowerBound` counts what each member matches anywhere in its row's range: a
   * 2-1 group beside the path, whose second member's partner lies outside the group, is stopped here. The
   * same first line as `groupLowerBound` (lengthless first), with CELL_SLACK for the float32 cells; -Infinity
   * (no bound) for a group with a cell outside the cache or without token weight.
   */
  const cellScale = CELL_SLACK / pairWeight;
  const groupCellBound = (i0: number, j0: number, type: number, a: number, b: number, before: number, limit: number): number => {
    const rows = i0 * MAX_GROUP + a - 1;
    const columns = j0 * MAX_GROUP + b - 1;
    if (!(j0 >= sourceGroupLo[rows]! && j0 + b - 1 <= sourceGroupHi[rows]! && ((groupWeighed[rows]! & 1) | (groupWeighed[columns]! & 2)) !== 0)) return -Infinity;
    let sum = 0;
    for (let i = i0; i < i0 + a; i++) {
      const base = rowOffset[i]! - cacheLo[i]!;
      for (let j = j0; j < j0 + b; j++) sum += pairMatched[base + j]!;
    }
    const evidenceTerm = sum * cellScale;
    if (lengthTermNonNegative) {
      const lengthless = ((a + b) / 2) * pairOffset - similarityWeight * evidenceTerm + typePrior[type]!;
      if (before + lengthless >= limit) return lengthless;
    }
    const ls = sourceLengthSums[i0 + a]! - sourceLengthSums[i0]!;
    return firstLine(a, b, type, ls, targetLengthSums[j0 + b]! - targetLengthSums[j0]!, evidenceTerm);
  };
  /**
   * The cost of a bead (scoring.ts has the formula and its terms). `cost` is the search's entry: small, so
   * that the search can inline it, it settles the beads that lose before they are weighed (a skip on its
   * constant, a merged group on its lower bound) without a call, and hands the rest to `weigh`. Most of
   * the 39 000 beads the three passes of the seed sv-ar article ask for end here. Keep it small: V8 inlines
   * a function of at most 460 bytes of bytecode (`node --print-bytecode --print-bytecode-filter=cost`);
   * this one is 240 (455 before the bound moved to `groupLowerBound`, which is inlined into it in turn), and
   * inlined it saves a call and the boxing of three doubles per bead.
   */
  const cost = (i0: number, j0: number, type: number, before = 0, limit = Infinity): number => {
    const a = TYPE_A[type]!;
    const b = TYPE_B[type]!;
    if (a === 0 || b === 0) {
      // The partnered-skip term (≥ 0, four pair-cache reads) only for a skip that can still win, as below.
      const skip = skipCost * (a + b);
      return earlyExit && before + skip >= limit ? skip : skip + partneredSkip(i0, a, j0);
    }
    if (boundGroups && a + b > 2 && limit !== Infinity) {
      // A merged group can lose before it is weighed, on a lower bound of its cost (`groupLowerBound`).
      const lower = groupLowerBound(i0, j0, type, a, b, before, limit);
      if (before + lower >= limit) return lower;
    }
    return weigh(i0, j0, type, a, b, before, limit);
  };
  /**
   * A two-sided bead that `cost` did not settle. The first line (length, evidence, prior) is computed from
   * the caches without a call per group: a 1-1 bead reads its pair's matched weight, a merged group goes
   * through `measureGroup` (the row caches).
   */
  const weigh = (i0: number, j0: number, type: number, a: number, b: number, before: number, limit: number): number => {
    if (boundGroups && a + b > 2 && limit !== Infinity) {
      const lower = groupCellBound(i0, j0, type, a, b, before, limit);
      if (before + lower >= limit) return lower;
    }
    const ls = sourcePrefix ? sourcePrefix[i0 + a]! - sourcePrefix[i0]! : groupLength(sourceLength, i0, a);
    const lt = targetPrefix ? targetPrefix[j0 + b]! - targetPrefix[j0]! : groupLength(targetLength, j0, b);
    let matched: number;
    let total: number;
    let orphans = 0;
    let evidenceTerm: number;
    if (external) {
      evidenceTerm = evidence(i0, a, j0, b);
      matched = measured[0]!;
      total = measured[1]!;
      orphans = measured[2]!;
    } else {
      if (a + b > 2) {
        // A group that survived both bounds (about 370 of the 12 000 merges the seed sv-ar article's three
        // passes ask for, counted with its variations): weighed from the row caches.
        measureGroup(i0, a, j0, b);
        matched = measured[0]!;
        total = measured[1]!;
        orphans = measured[2]!;
      } else {
        matched = pairMatchedAt(i0, j0);
        total = sourceTotal[i0]! + targetTotal[j0]!;
      }
      evidenceTerm = total === 0 ? emptySimilarity : matched / pairWeight;
    }
    if (earlyExit && lengthTermNonNegative) {
      // The first line without its length term is a lower bound of it (as in `groupLowerBound`): a bead that
      // loses on it loses without the square root and divisions of `lengthCost`.
      const lengthless = ((a + b) / 2) * pairOffset - similarityWeight * evidenceTerm + typePrior[type]!;
      if (before + lengthless >= limit) return lengthless;
    }
    let c = firstLine(a, b, type, ls, lt, evidenceTerm);
    if (earlyExit && before + c >= limit) return c;
    // A merge must be earned by every member: one that matches nothing costs what leaving it alone costs.
    if (a === 2 && b === 2 && params.squarePenalty > 0) {
      c += squareCost(sourceLength[i0]!, sourceLength[i0 + 1]!, targetLength[j0]!, targetLength[j0 + 1]!, lengthModel, params);
    }
    if (a + b > 2 && orphans !== 0) c += orphanCost(orphans, i0, a, j0, b, source, target, params);
    if (a === 2 && b === 2 && params.squareDiagonalPenalty > 0) {
      const first = pairMatchedAt(i0, j0);
      const second = pairMatchedAt(i0 + 1, j0 + 1);
      c += squareDiagonalCost(first + second, matched, first > 0 && second > 0, params);
    }
    if (earlyExit && before + c >= limit) return c;
    c += pairPenalty.cost(i0, a, j0, b, matched, total);
    if (blocksKnown) {
      for (let i = i0 + 1; i < i0 + a; i++) if (startsBlock(sourceBlock, i)) c += params.straddlePenalty;
      for (let j = j0 + 1; j < j0 + b; j++) if (startsBlock(targetBlock, j)) c += params.straddlePenalty;
      if (startsBlock(sourceBlock, i0) !== startsBlock(targetBlock, j0)) c += params.blockStartPenalty;
    }
    return c;
  };

  return { sourceCount: source.count, targetCount: target.count, cost, similarity };
}

/** Turns a path into beads with a confidence each. */
function toBeads(steps: readonly PathStep[], scorer: Scorer, params: CostParameters): Bead[] {
  return steps.map((step) => {
    const { a, b } = BEAD_TYPES[step.type]!;
    // Plain loops: toBeads was 1.2 % of an article's alignment (CPU profile), mostly `Array.from({ length }, fn)`.
    // Sized arrays, not `push` onto []: a pushed array keeps a backing store of 17 elements, and at a million
    // beads that was about 300 MB more peak memory (bench/scale, 1 000 000 a side: 1.89–2.04 GB against 1.5–1.7).
    const source = indexRange(step.i, a);
    const target = indexRange(step.j, b);
    let score: number;
    if (a === 0 || b === 0) {
      // Confidence that a segment has no counterpart: high when even its best neighbour on the path is a
      // poor match for it.
      score = 1 - Math.min(1, neighbourSimilarity(step, a, b, scorer));
    } else {
      // Confidence that a bead is right: how much cheaper it is than leaving its segments unaligned,
      // squashed into (0, 1). A bead as costly as skipping everything scores 0.5.
      const margin = params.skipCost * (a + b) - step.cost;
      score = 1 / (1 + Math.exp(-margin));
    }
    return { source, target, score: Math.round(score * 1e4) / 1e4 };
  });
}

function neighbourSimilarity(step: PathStep, a: number, b: number, scorer: Scorer): number {
  // The one-sided segment against the segments just before and after its position on the other side.
  let best = 0;
  for (const d of [-1, 0]) {
    if (a === 1) {
      const j = step.j + d;
      if (j >= 0 && j < scorer.targetCount) best = Math.max(best, scorer.similarity(step.i, 1, j, 1));
    } else {
      const i = step.i + d;
      if (i >= 0 && i < scorer.sourceCount) best = Math.max(best, scorer.similarity(i, 1, step.j, 1));
    }
  }
  return best;
}

/**
 * Reads one side for the aligner: its anchors (found segment by segment when not given, and dropped once
 * folded in: at 100 000 segments a side, keeping every anchor object alive was most of the memory), words,
 * lengths, chrome and continuation cues. The costly half of alignment set-up, one side at a time: a caller
 * with a spare core can scan the two sides in parallel (the CLI scans the target in a worker thread) and
 * hand both to `alignScanned`. The result is typed arrays and strings (`scanBuffers` lists the arrays'
 * buffers, to transfer them without copying).
 */
export function scanSide(side: AlignSide, wordMemo?: WordAnalysisMemo): SideScan {
  const anchors: AnchorSource =
    side.anchors ??
    ((i: number) => {
      const text = side.texts[i]!;
      return findAnchors({ index: 0, text, start: 0, end: text.length, block: 0 }, side.language ?? 'und');
    });
  const scan = scanFeatures(side.texts, anchors, side.blocks, new KeyTable(), wordMemo);
  scan.continues = continuationCues(side.texts, scan.chromeLike);
  return scan;
}

/**
 * Aligns two sides: every segment ends up in exactly one bead, beads in document order, indices contiguous.
 * Each bead's `score` is a confidence in [0, 1] (see docs/alignment.md).
 */
export function alignSegments(source: AlignSide, target: AlignSide, options: AlignOptions = {}): Bead[] {
  const external = options.similarity
    ? { fn: options.similarity, sourceTexts: source.texts, targetTexts: target.texts }
    : undefined;
  return alignScans(scanSide(source, options.wordMemo), scanSide(target, options.wordMemo), options.cost, external);
}

/**
 * `alignSegments` on two sides scanned beforehand (`scanSide`, perhaps on another thread): the same beads.
 * The scans are used up: their raw token arrays are released once weighed, so that the caller's references
 * do not keep them through the whole search (at 100 000 segments a side the target's scan is 30 MB of arrays).
 */
export function alignScanned(source: SideScan, target: SideScan, options: Pick<AlignOptions, 'cost'> = {}): Bead[] {
  return alignScans(source, target, options.cost, undefined);
}

/** Empties a scan's raw token arrays (the part `finishFeatures` folds into the features). */
function release(scan: SideScan): void {
  scan.rawStart = scan.rawDf = scan.rawKeySet = scan.setStart = scan.setSize = scan.setKeys = new Int32Array(0);
  scan.documentFrequency = scan.dfStem = new Int32Array(0);
  scan.keyNames = [];
}

function alignScans(sourceScan: SideScan, targetScan: SideScan, cost: Partial<CostParameters> | undefined, external: External | undefined): Bead[] {
  const params: CostParameters = { ...DEFAULT_COST, ...cost };
  const n = sourceScan.count;
  const m = targetScan.count;
  if (n === 0 || m === 0) {
    return [
      ...Array.from({ length: n }, (_, i) => ({ source: [i], target: [], score: 1 })),
      ...Array.from({ length: m }, (_, j) => ({ source: [], target: [j], score: 1 })),
    ];
  }
  // The source side's keys are interned first, as when each side was built straight into one table.
  const keys = new KeyTable();
  let sf = finishFeatures(sourceScan, keys);
  release(sourceScan);
  let tf = finishFeatures(targetScan, keys);
  release(targetScan);
  // Every key so far is a side's own; the lexicon's keys come after them (postings.ts, withLearntPostings).
  const ownKeyCount = keys.size;

  // Pass 1: anchors, cognates, punctuation, length. Short input: a guide, then every bead shape in a band
  // around it, the whole grid when a path meets its band's edge (short.ts). Long input: a guide (a
  // sliding window with 1-1 beads and skips only), then the first eight bead shapes in a band of ±4 around
  // it (long.ts, longFirstPass): the first pass teaches the lexicon and places the second pass's band.
  const long = (n + 1) * (m + 1) > FULL_SEARCH_NODES;
  // Pass 1 without the rival term (scoring.ts, `rivalPenalty`): before the lexicon, a pair's rival is only
  // an anchor or cognate match, and on long input the term lowered strict F1 at 10 000 a side from 0.843
  // to 0.838 (bench/scale/quick.ts); the development sets and Text+Berg do not move either way. Nor the
  // one-sided digit term (`digitPenalty`): in pass 1 it moved a confident bead of a handbook document,
  // and through the lexicon learnt from it sv-ar lost a bead (pooled strict F1 0.9699 → 0.9689).
  const firstParams: CostParameters = { ...params, rivalPenalty: 0, digitPenalty: 0 };
  // On long input, one set of scorer and DP tables for pass 1's windows and the pieces of passes 2 and 3
  // (workspace.ts): each window's or piece's scorer is done with before the next is made.
  const workspace = long ? new Workspace() : undefined;
  // On short input, the postings of the target's own keys, built once for the three passes' scorers (passes
  // 2 and 3 add those of the learnt keys): buildPostings was 5 % of an article's alignment, three times over.
  const ownPostings = long ? undefined : buildPostings(tf, keys.size);
  let lengthModel = initialLengthModel(sf, tf);
  let steps1: PathStep[];
  let confident: [number, number][];
  // On long input, the target's postings of the last pass: the next pass copies their own keys' part.
  let lastPostings: KeyPostings | undefined;
  if (long) {
    const pairWeight = meanPairWeight(sf, tf);
    const firstSource = sf;
    const firstTarget = tf;
    const firstModel = lengthModel;
    const firstPostings = buildPostings(tf, keys.size);
    lastPostings = firstPostings;
    // Each window (of the guide) and each piece (of the first pass around it) is scored with the whole
    // document's evidence unit, so it scores a bead as a whole-document search would.
    const scoreWindow = (i0: number, i1: number, j0: number, j1: number, band: Band, types: readonly BeadType[]) =>
      makeScorer(
        sliceSide(firstSource, i0, i1),
        sliceSide(firstTarget, j0, j1),
        band,
        firstModel,
        firstParams,
        external && { fn: external.fn, sourceTexts: external.sourceTexts.slice(i0, i1), targetTexts: external.targetTexts.slice(j0, j1) },
        { documentPairWeight: pairWeight, types, targetPostings: { postings: firstPostings, offset: j0 }, workspace },
      );
    ({ steps: steps1, confident } = longFirstPass(sf, tf, scoreWindow, workspace));
  } else {
    // One scorer of the whole grid (so a bead costs what it costs in the whole grid's search), searched in
    // a band around a guide (short.ts): the same path for about a third of the bead costs on an article.
    const scorer1 = makeScorer(sf, tf, fullBand(n, m), lengthModel, firstParams, external, { targetPostings: { postings: ownPostings!, offset: 0 } });
    steps1 = shortFirstPass(sf, tf, scorer1.cost);
    confident = [];
    for (const step of steps1) {
      const { a, b } = BEAD_TYPES[step.type]!;
      if (a === 1 && b === 1 && scorer1.similarity(step.i, 1, step.j, 1) >= CONFIDENT_SIMILARITY) confident.push([step.i, step.j]);
    }
  }

  // Learn from the first pass: the length model from all its 1-1 beads, the lexicon from the confident ones.
  const oneToOne: [number, number][] = [];
  for (const step of steps1) {
    const { a, b } = BEAD_TYPES[step.type]!;
    if (a === 1 && b === 1) oneToOne.push([sf.length[step.i]!, tf.length[step.j]!]);
  }
  lengthModel = estimateLengthModel(oneToOne, lengthModel);
  // The features without lexicon keys, which pass 3 extends again. The extended sides share their token
  // arrays and add only per-stem tables of learnt keys (withLexiconKeys), so keeping them costs nothing.
  const base = { source: sf, target: tf };
  ({ source: sf, target: tf } = withLexiconKeys(base.source, base.target, learnLexicon(base.source, base.target, confident), keys));

  // Pass 2: everything, in a band around the first path (secondPassBand). The full grid gave the same
  // beads on every development set (bench/scale/identity.ts) at up to twice the cost: dev-set documents of
  // ~120 segments a side 77.6 → 51.0 ms CPU each, the seed sv-ar article 15.6 → 13.4 (bench/scale/article.ts,
  // back to back, load ~3.5). On long input, the same band, searched piece by piece, cut where the first
  // path runs straight (secondPassPieces), so its tables (masks, DP) take the memory of one piece, not of the
  // document. All twelve shapes, not pass 1's five: with five, pass 3's band was placed by a path that could
  // not merge, and strict F1 at 100 000 a side fell to 0.814 against 0.844 on the single document it is made
  // of (bench/scale); twelve give 0.840 (with MAX_LEXICON_BEADS 200 000, 0.843) for 15-20 % more time.
  // Short input searches SHORT_SECOND_PASS_RADIUS around the first path first, the band's scorer unchanged,
  // and the whole band only when that path meets its edge (short.ts, narrowedSearch): the same beads.
  let steps2: PathStep[];
  if (!long) {
    const band2 = secondPassBand(steps1, n, m);
    const scorer2 = makeScorer(sf, tf, band2, lengthModel, params, external, {
      targetPostings: { postings: ownPostings!, offset: 0 },
      learntPostings: buildPostings(tf, keys.size, false),
    });
    steps2 = narrowedSearch(steps1, band2, scorer2.cost, SHORT_SECOND_PASS_RADIUS);
  } else {
    steps2 = [];
    searchPieces(sf, tf, steps1, {}, (piece, scorer, path) => {
      for (const step of path) steps2.push({ i: step.i + piece.i0, j: step.j + piece.j0, type: step.type, cost: step.cost });
    });
  }

  // Pass 3: the lexicon learnt again from pass 2's 1-1 beads (lexicon.ts, relearningBeads), searched in a
  // band around pass 2's path (on short input the full grid gave the same beads on every development set;
  // on long input the band is narrower, THIRD_PASS_RADIUS: there the relearnt lexicon moved no bead; short
  // input searches SHORT_THIRD_PASS_RADIUS first, as pass 2 does).
  const oneToOne2: [number, number][] = [];
  for (const step of steps2) if (step.type === 0) oneToOne2.push([step.i, step.j]);
  const relearnt = learnLexicon(base.source, base.target, relearningBeads(oneToOne2, confident));
  // Pass 3's bead-shape priors, estimated from pass 2's path (priors.ts): cheaper merges in a document whose
  // translator splits or joins sentences throughout (Text+Berg 0.853 → 0.875); the global ones elsewhere. Then
  // dearer 2-2, 2-3 and 3-2 merges where pass 3's lexicon makes neighbouring pairs share more by chance
  // (calibration.ts: each scorer measures it around pass 2's 1-1 beads in its band, on long input piece by
  // piece). Pass 3 also judges a merge's orphans against the group's share (scoring.ts, `relativeOrphans`).
  const pass3: PassOptions = {
    typePriors: estimateBeadPriors(steps2, params.priorScale, params.mergePriorWeight),
    relativeOrphans: true,
    calibrateMerges: true,
  };
  ({ source: sf, target: tf } = withLexiconKeys(base.source, base.target, relearnt, keys));
  if (!long) {
    const band3 = secondPassBand(steps2, n, m);
    const { calibrateMerges, ...scorerOptions } = pass3;
    const scorer3 = makeScorer(sf, tf, band3, lengthModel, params, external, {
      ...scorerOptions,
      ...(calibrateMerges ? { mergeCalibrationPath: steps2 } : {}),
      targetPostings: { postings: ownPostings!, offset: 0 },
      learntPostings: buildPostings(tf, keys.size, false),
    });
    return toBeads(narrowedSearch(steps2, band3, scorer3.cost, SHORT_THIRD_PASS_RADIUS), scorer3, params);
  }
  const beads: Bead[] = [];
  searchPieces(sf, tf, steps2, pass3, (piece, scorer, path) => {
    for (const bead of toBeads(path, scorer, params)) {
      for (let k = 0; k < bead.source.length; k++) bead.source[k]! += piece.i0;
      for (let k = 0; k < bead.target.length; k++) bead.target[k]! += piece.j0;
      beads.push(bead);
    }
  }, THIRD_PASS_RADIUS);
  return beads;

  /**
   * The banded search around `path` on long input, piece by piece (secondPassPieces), with every bead shape
   * and the pass's own scorer options; `emit` gets each piece's path in the piece's coordinates, with its scorer.
   */
  function searchPieces(
    sourceSide: SideFeatures,
    targetSide: SideFeatures,
    path: readonly PathStep[],
    passOptions: PassOptions,
    emit: (piece: { i0: number; j0: number }, scorer: Scorer, piecePath: PathStep[]) => void,
    radius = SECOND_PASS_RADIUS,
  ): void {
    const pairWeight = meanPairWeight(sourceSide, targetSide);
    const postings = lastPostings ? withLearntPostings(lastPostings, ownKeyCount, targetSide, keys.size) : buildPostings(targetSide, keys.size);
    lastPostings = postings;
    for (const piece of secondPassPieces(path, n, m)) {
      const band = secondPassBand(piece.steps, piece.i1 - piece.i0, piece.j1 - piece.j0, radius);
      const scorer = makeScorer(
        sliceSide(sourceSide, piece.i0, piece.i1),
        sliceSide(targetSide, piece.j0, piece.j1),
        band,
        lengthModel,
        params,
        external && {
          fn: external.fn,
          sourceTexts: external.sourceTexts.slice(piece.i0, piece.i1),
          targetTexts: external.targetTexts.slice(piece.j0, piece.j1),
        },
        {
          typePriors: passOptions.typePriors,
          relativeOrphans: passOptions.relativeOrphans ?? false,
          ...(passOptions.calibrateMerges ? { mergeCalibrationPath: piece.steps } : {}),
          documentPairWeight: pairWeight,
          targetPostings: { postings, offset: piece.j0 },
          workspace,
        },
      );
      emit(piece, scorer, searchBand(band, BEAD_TYPES, scorer.cost, workspace));
    }
  }
}

/** `[first, first + 1, …]`, `count` indices, in an array of exactly that size. */
function indexRange(first: number, count: number): number[] {
  const range = new Array<number>(count);
  for (let k = 0; k < count; k++) range[k] = first + k;
  return range;
}

/**
 * Alignment: which source segments pair with which target segments. Three parts kept apart (as in
 * Vecalign): candidates (the band of the grid the search may use: the whole grid for short input, a
 * sliding window on long input), scoring (scoring.ts: what a bead costs) and search (search.ts: the cheapest path). Two passes:
 * the first uses numbers, names, cognates, punctuation and length; its confident beads teach a translation
 * lexicon and the length model; the second pass uses those too. See docs/alignment.md.
 */
import { findAnchors } from '../anchors/index.js';
import type { Anchor, Bead, LanguageCode } from '../types.js';
import { buildFeatures, KeyTable, type SideFeatures, withExtraKeys } from './features.js';
import { continuationCues } from './continuation.js';
import { learnLexicon } from './lexicon.js';
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
  matchMasks,
  ORPHAN_TARGET_BIT,
  orphanCost,
  squareCost,
} from './scoring.js';
import { type Band, bandAroundPath, type BeadType, fullBand, type PathStep, searchBand } from './search.js';

export { DEFAULT_COST, type CostParameters } from './scoring.js';

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
}

/** Bead shapes of the first pass on long input: 1-1, 1-0, 0-1, 2-1, 1-2. */
const FIRST_PASS_TYPES = 5;
/** Most segments on one side of a bead (BEAD_TYPES goes up to 4-1). */
const MAX_GROUP = 4;
/** The full grid is searched when it has at most this many nodes (≈ 550 × 550); beyond, a sliding window. */
const FULL_SEARCH_NODES = 300_000;
/**
 * Long input: the first pass searches windows of this many source segments (and the target stretch their
 * cumulative length predicts) and keeps the path's first COMMIT_ROWS rows; the next window starts where
 * the kept part ends. The last quarter is thrown away because a window's end is forced to its corner, so
 * its path is only sure well before the end. Measured on bench/scale's concatenated Text+Berg copies
 * (strict F1, 10 000 / 100 000 a side): 256/192 rows with radius 24 → 0.779 / 0.782; 256/128 rows with
 * radius 40 → 0.779 / 0.753 (a wider band lets the window wander); 128/96 and 512/384 rows gave the
 * same 0.779 at 10 000.
 */
const WINDOW_ROWS = 256;
const COMMIT_ROWS = 192;
/** Columns on either side of the length-predicted target position inside a window (see WINDOW_ROWS). */
const WINDOW_RADIUS = 24;
/**
 * When a window's kept path runs along its band's edge, the band was in the way (a long untranslated stretch
 * or a run of page chrome on one side): the window is searched again with the radius times
 * WINDOW_WIDENING, up to WINDOW_MAX_RADIUS (a 256 × 1 500 window, still cheap when rare).
 */
const WINDOW_WIDENING = 4;
const WINDOW_MAX_RADIUS = 1536;
/**
 * Path nodes on the band's edge that make a window search again, wider. One is not enough: an ordinary
 * window touches its edge now and then, and widening it lets the path wander (strict F1 at 100 000 a
 * side: 0.775 with 1, 0.782 with 4 or 8; the 120-line gap of the long-document test is found with all three).
 */
const WINDOW_EDGE_NODES = 4;
/**
 * The second pass searches this far around the first pass's path (when the full grid is too big); 5 gave
 * the same beads as 10 on concatenated development documents at half the cells.
 */
const SECOND_PASS_RADIUS = 5;
/** First-pass 1-1 beads at least this similar teach the lexicon and the length model. */
const CONFIDENT_SIMILARITY = 0.1;

/** A caller's similarity function with the texts it is called on. */
interface External {
  fn: (s: string[], t: string[]) => number;
  sourceTexts: string[];
  targetTexts: string[];
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

interface Scorer {
  sourceCount: number;
  targetCount: number;
  cost: (i: number, j: number, type: number) => number;
  similarity: (i: number, a: number, j: number, b: number) => number;
}

/**
 * Caches the token match masks of segment pairs inside a band, computing each one on first use.
 * `documentPairWeight` is the evidence unit (`meanPairWeight`) of the whole document when the sides are
 * windows of it, so that a window scores beads as the whole-document search would.
 */
function makeScorer(
  source: SideFeatures,
  target: SideFeatures,
  band: Band,
  lengthModel: LengthModel,
  params: CostParameters,
  external: External | undefined,
  documentPairWeight?: number,
): Scorer {
  const n = source.count;
  // The cache covers each band row widened by MAX_GROUP - 1 columns on both sides, so that the pairs inside
  // a wide bead starting at a band node (whose later rows may start further right) are all cached.
  const m = target.count;
  const cacheLo = new Int32Array(n);
  const cacheHi = new Int32Array(n);
  const rowOffset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    cacheLo[i] = Math.max(0, band.lo[i]! - (MAX_GROUP - 1));
    cacheHi[i] = Math.min(m - 1, band.hi[i]! + (MAX_GROUP - 1));
    rowOffset[i + 1] = rowOffset[i]! + Math.max(0, cacheHi[i]! - cacheLo[i]! + 1);
  }
  const cacheSize = rowOffset[n]!;
  const masks = new Uint32Array(cacheSize * 2);
  // Matched token weight of each cached 1-1 pair (both sides), the evidence of the commonest bead.
  const pairMatched = new Float32Array(cacheSize);
  const scratch = new Uint32Array(2);
  const blocksKnown = source.count > 0 && target.count > 0 && source.block[0]! >= 0 && target.block[0]! >= 0;

  // Match masks of every segment pair in the band, row by row: one hash table per source segment.
  const index = new KeyIndex();
  for (let i = 0; i < n; i++) {
    index.load(source, i);
    const lo = cacheLo[i]!;
    const hi = cacheHi[i]!;
    for (let j = lo; j <= hi; j++) {
      index.match(target, j, scratch);
      const at = rowOffset[i]! + j - lo;
      masks[2 * at] = scratch[0]!;
      masks[2 * at + 1] = scratch[1]!;
      if (scratch[0] !== 0) pairMatched[at] = maskWeight(source, i, scratch[0]!) + maskWeight(target, j, scratch[1]!);
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

  // Matched and total token weight of the last group looked at (scratch values, not state between calls).
  let matched = 0;
  let total = 0;
  /**
   * Members of a merged group that share (almost) nothing with the other side (the sign of swallowed
   * chrome), as a bit mask: source member k is bit k, target member k bit ORPHAN_TARGET_BIT + k.
   */
  let orphans = 0;
  const measure = (i0: number, a: number, j0: number, b: number): void => {
    matched = 0;
    total = 0;
    orphans = 0;
    if (a === 1 && b === 1) {
      const lo = cacheLo[i0]!;
      if (j0 >= lo && j0 <= cacheHi[i0]!) {
        matched = pairMatched[rowOffset[i0]! + j0 - lo]!;
      } else {
        matchMasks(source, i0, target, j0, scratch);
        matched = maskWeight(source, i0, scratch[0]!) + maskWeight(target, j0, scratch[1]!);
      }
      total = source.totalWeight[i0]! + target.totalWeight[j0]!;
      return;
    }
    for (let i = i0; i < i0 + a; i++) {
      let mask = 0;
      const lo = cacheLo[i]!;
      if (j0 >= lo && j0 + b - 1 <= cacheHi[i]!) {
        // The common case, inlined: every pair of the row is cached.
        const at = 2 * (rowOffset[i]! + j0 - lo);
        for (let d = 0; d < b; d++) mask |= masks[at + 2 * d]!;
      } else for (let j = j0; j < j0 + b; j++) mask |= pair(i, j, 0);
      const w = maskWeight(source, i, mask);
      if (source.totalWeight[i]! > 0 && w < params.orphanShare * source.totalWeight[i]!) orphans |= 1 << (i - i0);
      matched += w;
      total += source.totalWeight[i]!;
    }
    for (let j = j0; j < j0 + b; j++) {
      let mask = 0;
      for (let i = i0; i < i0 + a; i++) {
        const lo = cacheLo[i]!;
        mask |= j >= lo && j <= cacheHi[i]! ? masks[2 * (rowOffset[i]! + j - lo) + 1]! : pair(i, j, 1);
      }
      const w = maskWeight(target, j, mask);
      if (target.totalWeight[j]! > 0 && w < params.orphanShare * target.totalWeight[j]!) orphans |= 1 << (ORPHAN_TARGET_BIT + j - j0);
      matched += w;
      total += target.totalWeight[j]!;
    }
  };
  const externalSimilarity = (i0: number, a: number, j0: number, b: number): number => {
    const s = external!.fn(external!.sourceTexts.slice(i0, i0 + a), external!.targetTexts.slice(j0, j0 + b));
    return Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
  };

  /** Share of the group's token weight that finds a partner, in [0, 1]: what the confidence reports. */
  const similarity = (i0: number, a: number, j0: number, b: number): number => {
    measure(i0, a, j0, b);
    const sim = total === 0 ? params.emptySimilarity : matched / (total + params.similaritySmoothing);
    if (!external) return sim;
    return params.externalSimilarityShare * externalSimilarity(i0, a, j0, b) + (1 - params.externalSimilarityShare) * sim;
  };

  // The evidence term of the cost counts matched weight in units of an average segment pair, so a bead
  // gains nothing by absorbing a neighbour that matches nothing (it would by a share, which short additions
  // barely dilute), and a typical 1-1 bead gets about its similarity.
  const pairWeight = documentPairWeight ?? meanPairWeight(source, target);
  const evidence = (i0: number, a: number, j0: number, b: number): number => {
    measure(i0, a, j0, b);
    const own = total === 0 ? params.emptySimilarity : matched / pairWeight;
    if (!external) return own;
    return params.externalSimilarityShare * externalSimilarity(i0, a, j0, b) * ((a + b) / 2) + (1 - params.externalSimilarityShare) * own;
  };

  const startsBlock = (side: SideFeatures, k: number) => k === 0 || side.block[k] !== side.block[k - 1];
  // Evidence-dependent bead terms (scoring.ts): page chrome, and evidence-free pairs in comparable texts.
  const pairPenalty = makePairPenalty(source, target, params, lengthModel);

  const cost = (i0: number, j0: number, type: number): number => {
    const { a, b, prior } = BEAD_TYPES[type]!;
    if (a === 0 || b === 0) return params.skipCost * (a + b);
    let ls = 0;
    let lt = 0;
    for (let i = i0; i < i0 + a; i++) ls += source.length[i]!;
    for (let j = j0; j < j0 + b; j++) lt += target.length[j]!;
    let c =
      ((a + b) / 2) * (params.lengthWeight * lengthCost(ls, lt, lengthModel, params.lengthCap) + params.pairOffset) -
      params.similarityWeight * evidence(i0, a, j0, b) +
      prior * params.priorScale;
    // A merge must be earned by every member: one that matches nothing costs what leaving it alone costs.
    if (a === 2 && b === 2 && params.squarePenalty > 0) {
      c += squareCost(source.length[i0]!, source.length[i0 + 1]!, target.length[j0]!, target.length[j0 + 1]!, lengthModel, params);
    }
    if (a + b > 2 && orphans !== 0) c += orphanCost(orphans, i0, a, j0, b, source, target, params);
    c += pairPenalty.cost(i0, a, j0, b, matched, total);
    if (blocksKnown) {
      for (let i = i0 + 1; i < i0 + a; i++) if (startsBlock(source, i)) c += params.straddlePenalty;
      for (let j = j0 + 1; j < j0 + b; j++) if (startsBlock(target, j)) c += params.straddlePenalty;
      if (startsBlock(source, i0) !== startsBlock(target, j0)) c += params.blockStartPenalty;
    }
    return c;
  };

  return { sourceCount: source.count, targetCount: target.count, cost, similarity };
}

/**
 * Path steps → the nodes a band is built around: the start of every two-sided bead, plus both ends. Nodes
 * inside a run of one-sided beads are left out, so the band covers the whole rectangle such a run spans: a
 * run of skips on one side followed by skips on the other is an L through the grid, and the true path
 * usually cuts across it.
 */
function pathNodes(steps: readonly PathStep[], n: number, m: number) {
  const nodesI: number[] = [0];
  const nodesJ: number[] = [0];
  for (const step of steps) {
    const { a, b } = BEAD_TYPES[step.type]!;
    if (a === 0 || b === 0) continue;
    nodesI.push(step.i);
    nodesJ.push(step.j);
  }
  nodesI.push(n);
  nodesJ.push(m);
  return { nodesI: Int32Array.from(nodesI), nodesJ: Int32Array.from(nodesJ) };
}

/** A view of segments [from, to) of a side, sharing its token arrays (O(1): no copying). */
function sliceSide(side: SideFeatures, from: number, to: number): SideFeatures {
  return {
    ...side,
    count: to - from,
    length: side.length.subarray(from, to),
    chromeLike: side.chromeLike.subarray(from, to),
    block: side.block.subarray(from, to),
    ...(side.continues ? { continues: side.continues.subarray(from, to) } : {}),
    // Token offsets stay absolute, so the token and key arrays are shared with the whole side.
    tokenStart: side.tokenStart.subarray(from, to + 1),
    totalWeight: side.totalWeight.subarray(from, to),
  };
}

/** Cumulative segment lengths (+1 each, so empty segments still advance): `count + 1` entries. */
function cumulativeLengths(side: SideFeatures): Float64Array {
  const sums = new Float64Array(side.count + 1);
  for (let i = 0; i < side.count; i++) sums[i + 1] = sums[i]! + side.length[i]! + 1;
  return sums;
}

/**
 * The band of one window: around the target position that the source's cumulative length predicts
 * (`centre[r]`, relative to the window's origin), widened by `radius` columns, ending at (rows, cols). Rows
 * overlap so that every node is reachable from (0, 0) and reaches (rows, cols).
 */
function windowBand(centre: Int32Array, rows: number, cols: number, radius: number): Band {
  const lo = new Int32Array(rows + 1);
  const hi = new Int32Array(rows + 1);
  for (let r = 0; r <= rows; r++) {
    lo[r] = Math.min(cols, Math.max(0, centre[r]! - radius));
    hi[r] = Math.min(cols, centre[r]! + radius);
  }
  lo[0] = 0;
  hi[rows] = cols;
  // centre never decreases, so lo and hi do not either; a jump of more than 2 · radius (one long
  // segment facing many short ones) is bridged by widening the row before it.
  for (let r = rows - 1; r >= 0; r--) if (hi[r]! < lo[r + 1]!) hi[r] = lo[r + 1]!;
  return { n: rows, m: cols, lo, hi };
}

/** Whether the path's nodes up to row `rows` run along an edge of the band (not the grid's) often enough. */
function touchesEdge(path: readonly PathStep[], band: Band, rows: number): boolean {
  let touching = 0;
  for (const step of path) {
    if (step.i > rows) break;
    const lo = band.lo[step.i]!;
    const hi = band.hi[step.i]!;
    if ((lo > 0 && step.j <= lo) || (hi < band.m && step.j >= hi)) touching++;
  }
  return touching >= WINDOW_EDGE_NODES;
}

/**
 * The first pass on long input, as a sliding window: the banded search on WINDOW_ROWS source segments and
 * the target stretch their length predicts, keeping only the path's first COMMIT_ROWS rows and starting
 * the next window where the kept part ends. Each window costs the same, so time is linear, and no global
 * coarse path can lead the search astray: a window only ever has to find a local alignment that starts at
 * an already aligned point. Returns the steps (document coordinates) and the confident 1-1 beads.
 */
function windowedFirstPass(
  sf: SideFeatures,
  tf: SideFeatures,
  lengthModel: LengthModel,
  params: CostParameters,
  external: External | undefined,
  types: readonly BeadType[],
): { steps: PathStep[]; confident: [number, number][] } {
  const n = sf.count;
  const m = tf.count;
  const pairWeight = meanPairWeight(sf, tf);
  const sourceSums = cumulativeLengths(sf);
  const targetSums = cumulativeLengths(tf);
  const ratio = targetSums[m]! / Math.max(1, sourceSums[n]!);
  const steps: PathStep[] = [];
  const confident: [number, number][] = [];
  const centre = new Int32Array(WINDOW_ROWS + 1);
  let i0 = 0;
  let j0 = 0;
  while (i0 < n || j0 < m) {
    const last = n - i0 <= WINDOW_ROWS;
    const rows = last ? n - i0 : WINDOW_ROWS;
    // Where each source row should meet the target, by cumulative length from the window's origin.
    let j = j0;
    for (let r = 0; r <= rows; r++) {
      const want = targetSums[j0]! + (sourceSums[i0 + r]! - sourceSums[i0]!) * ratio;
      while (j < m && targetSums[j + 1]! <= want) j++;
      centre[r] = j - j0;
    }
    let radius = WINDOW_RADIUS;
    let path: PathStep[];
    let scorer: Scorer;
    for (;;) {
      const cols = last ? m - j0 : Math.min(m - j0, centre[rows]! + radius);
      const band = windowBand(centre, rows, cols, radius);
      const windowExternal = external && {
        fn: external.fn,
        sourceTexts: external.sourceTexts.slice(i0, i0 + rows),
        targetTexts: external.targetTexts.slice(j0, j0 + cols),
      };
      scorer = makeScorer(sliceSide(sf, i0, i0 + rows), sliceSide(tf, j0, j0 + cols), band, lengthModel, params, windowExternal, pairWeight);
      path = searchBand(band, types, scorer.cost);
      if (radius >= WINDOW_MAX_RADIUS || !touchesEdge(path, band, last ? rows : COMMIT_ROWS)) break;
      radius = Math.min(WINDOW_MAX_RADIUS, radius * WINDOW_WIDENING);
    }
    let endI = 0;
    let endJ = 0;
    for (const step of path) {
      const { a, b } = BEAD_TYPES[step.type]!;
      // The window's end is forced to its corner: the path's last part is a guess, the first part is not.
      if (!last && step.i + a > COMMIT_ROWS) break;
      steps.push({ i: step.i + i0, j: step.j + j0, type: step.type, cost: step.cost });
      if (a === 1 && b === 1 && scorer.similarity(step.i, 1, step.j, 1) >= CONFIDENT_SIMILARITY) confident.push([step.i + i0, step.j + j0]);
      endI = step.i + a;
      endJ = step.j + b;
    }
    if (last) break;
    i0 += endI;
    j0 += endJ;
  }
  return { steps, confident };
}

/** Turns a path into beads with a confidence each. */
function toBeads(steps: readonly PathStep[], scorer: Scorer, params: CostParameters): Bead[] {
  return steps.map((step) => {
    const { a, b } = BEAD_TYPES[step.type]!;
    const source = Array.from({ length: a }, (_, k) => step.i + k);
    const target = Array.from({ length: b }, (_, k) => step.j + k);
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
 * Aligns two sides: every segment ends up in exactly one bead, beads in document order, indices contiguous.
 * Each bead's `score` is a confidence in [0, 1] (see docs/alignment.md).
 */
export function alignSegments(source: AlignSide, target: AlignSide, options: AlignOptions = {}): Bead[] {
  const params: CostParameters = { ...DEFAULT_COST, ...options.cost };
  const n = source.texts.length;
  const m = target.texts.length;
  if (n === 0 || m === 0) {
    return [
      ...source.texts.map((_, i) => ({ source: [i], target: [], score: 1 })),
      ...target.texts.map((_, j) => ({ source: [], target: [j], score: 1 })),
    ];
  }
  const anchorsOf = (side: AlignSide) =>
    side.anchors ?? side.texts.map((text) => findAnchors({ index: 0, text, start: 0, end: text.length, block: 0 }, side.language ?? 'und'));
  const sourceAnchors = anchorsOf(source);
  const targetAnchors = anchorsOf(target);
  const keys = new KeyTable();
  const sourceWords = new KeyTable();
  const targetWords = new KeyTable();
  let sf = buildFeatures(source.texts, sourceAnchors, source.blocks, keys, sourceWords);
  let tf = buildFeatures(target.texts, targetAnchors, target.blocks, keys, targetWords);
  sf.continues = continuationCues(source.texts, sf.chromeLike);
  tf.continues = continuationCues(target.texts, tf.chromeLike);
  const external = options.similarity
    ? { fn: options.similarity, sourceTexts: source.texts, targetTexts: target.texts }
    : undefined;

  // Pass 1: anchors, cognates, punctuation, length. Short input: the whole grid. Long input: a sliding
  // window, with only the five commonest bead shapes (BEAD_TYPES lists them first): the first pass only has
  // to teach the lexicon and place the second pass's band.
  const long = (n + 1) * (m + 1) > FULL_SEARCH_NODES;
  let lengthModel = initialLengthModel(sf, tf);
  let steps1: PathStep[];
  let confident: [number, number][];
  if (long) {
    ({ steps: steps1, confident } = windowedFirstPass(sf, tf, lengthModel, params, external, BEAD_TYPES.slice(0, FIRST_PASS_TYPES)));
  } else {
    const scorer1 = makeScorer(sf, tf, fullBand(n, m), lengthModel, params, external);
    steps1 = searchBand(fullBand(n, m), BEAD_TYPES, scorer1.cost);
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
  const lexicon = learnLexicon(sf, tf, confident);
  if (lexicon.length > 0) {
    const translations = new Map<number, number[]>();
    const inLexicon = new Set<number>();
    for (const entry of lexicon) {
      const list = translations.get(entry.sourceWord) ?? [];
      list.push(keys.id(`x:${entry.targetWord}`));
      translations.set(entry.sourceWord, list);
      inLexicon.add(entry.targetWord);
    }
    const sourceExtra = new Map<number, number[]>();
    for (let k = 0; k < sf.tokenWord.length; k++) {
      const list = translations.get(sf.tokenWord[k]!);
      if (list) sourceExtra.set(k, list);
    }
    const targetExtra = new Map<number, number[]>();
    for (let k = 0; k < tf.tokenWord.length; k++) {
      const w = tf.tokenWord[k]!;
      if (inLexicon.has(w)) targetExtra.set(k, [keys.id(`x:${w}`)]);
    }
    sf = withExtraKeys(sf, sourceExtra);
    tf = withExtraKeys(tf, targetExtra);
  }

  // Pass 2: everything, in a band around the first path (or the full grid when it is small).
  let band2 = fullBand(n, m);
  if (long) {
    const { nodesI, nodesJ } = pathNodes(steps1, n, m);
    band2 = bandAroundPath(nodesI, nodesJ, n, m, SECOND_PASS_RADIUS);
  }
  const scorer2 = makeScorer(sf, tf, band2, lengthModel, params, external);
  const steps2 = searchBand(band2, BEAD_TYPES, scorer2.cost);
  return toBeads(steps2, scorer2, params);
}

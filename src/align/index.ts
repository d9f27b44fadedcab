/**
 * Alignment: which source segments pair with which target segments. Three parts kept apart (as in
 * Vecalign): candidates (the band of the grid the search may use, from a coarse alignment of merged
 * segments), scoring (scoring.ts: what a bead costs) and search (search.ts: the cheapest path). Two passes:
 * the first uses numbers, names, cognates, punctuation and length; its confident beads teach a translation
 * lexicon and the length model; the second pass uses those too. See docs/alignment.md.
 */
import { findAnchors } from '../anchors/index.js';
import type { Anchor, Bead, LanguageCode } from '../types.js';
import { buildFeatures, KeyTable, type SideFeatures, withExtraKeys } from './features.js';
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
  maskWeight,
  matchMasks,
} from './scoring.js';
import { type Band, bandAroundPath, bandSize, fullBand, type PathStep, searchBand } from './search.js';

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
/** The full grid is searched when it has at most this many nodes (≈ 550 × 550); beyond, coarse-to-fine. */
const FULL_SEARCH_NODES = 300_000;
/** Segments merged into one at each coarser level of the coarse-to-fine search (Vecalign halves; 8 is cheaper). */
const COARSE_FACTOR = 8;
/** Extra rows/columns around the projected coarse path in the fine band. */
const BAND_MARGIN = Number(process.env.BM ?? 12);
/** The second pass searches this far around the first pass's path (when the full grid is too big). */
const SECOND_PASS_RADIUS = Number(process.env.SR ?? 10);
/**
 * A member of a merged group counts as an orphan when less than this share of its token weight finds a
 * partner: a learnt pair of function words ("den" ~ "the") must not make page chrome look supported.
 */
const ORPHAN_SHARE = 0.2;
/** First-pass 1-1 beads at least this similar teach the lexicon and the length model. */
const CONFIDENT_SIMILARITY = 0.1;

interface Scorer {
  sourceCount: number;
  targetCount: number;
  cost: (i: number, j: number, type: number) => number;
  similarity: (i: number, a: number, j: number, b: number) => number;
}

/** Caches the token match masks of segment pairs inside a band, computing each one on first use. */
function makeScorer(
  source: SideFeatures,
  target: SideFeatures,
  band: Band,
  lengthModel: LengthModel,
  params: CostParameters,
  external: { fn: (s: string[], t: string[]) => number; sourceTexts: string[]; targetTexts: string[] } | undefined,
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
  /** Members of a merged group that share nothing with the other side (the sign of swallowed chrome). */
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
      if (source.totalWeight[i]! > 0 && w < ORPHAN_SHARE * source.totalWeight[i]!) orphans++;
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
      if (target.totalWeight[j]! > 0 && w < ORPHAN_SHARE * target.totalWeight[j]!) orphans++;
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
  let weightSum = 0;
  for (let i = 0; i < source.count; i++) weightSum += source.totalWeight[i]!;
  const meanSourceWeight = weightSum / Math.max(1, source.count);
  weightSum = 0;
  for (let j = 0; j < target.count; j++) weightSum += target.totalWeight[j]!;
  const pairWeight = Math.max(1, meanSourceWeight + weightSum / Math.max(1, target.count));
  const evidence = (i0: number, a: number, j0: number, b: number): number => {
    measure(i0, a, j0, b);
    const own = total === 0 ? params.emptySimilarity : matched / pairWeight;
    if (!external) return own;
    return params.externalSimilarityShare * externalSimilarity(i0, a, j0, b) * ((a + b) / 2) + (1 - params.externalSimilarityShare) * own;
  };

  const startsBlock = (side: SideFeatures, k: number) => k === 0 || side.block[k] !== side.block[k - 1];

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
    if (a + b > 2) c += orphans * params.orphanPenalty;
    else if (matched === 0 && source.chromeLike[i0] === 1 && target.chromeLike[j0] === 1) c += params.chromePairPenalty;
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
function pathNodes(steps: readonly PathStep[], scaleI: number, scaleJ: number, n: number, m: number) {
  const nodesI: number[] = [0];
  const nodesJ: number[] = [0];
  for (const step of steps) {
    const { a, b } = BEAD_TYPES[step.type]!;
    if (a === 0 || b === 0) continue;
    nodesI.push(Math.min(n, step.i * scaleI));
    nodesJ.push(Math.min(m, step.j * scaleJ));
  }
  nodesI.push(n);
  nodesJ.push(m);
  return { nodesI: Int32Array.from(nodesI), nodesJ: Int32Array.from(nodesJ) };
}

/** Merges every `factor` consecutive segments into one (texts joined, anchors concatenated). */
function coarsen(texts: readonly string[], anchors: readonly (readonly Anchor[])[], factor: number) {
  const coarseTexts: string[] = [];
  const coarseAnchors: Anchor[][] = [];
  for (let i = 0; i < texts.length; i += factor) {
    coarseTexts.push(texts.slice(i, i + factor).join(' '));
    coarseAnchors.push(anchors.slice(i, i + factor).flat());
  }
  return { texts: coarseTexts, anchors: coarseAnchors };
}

interface Level {
  texts: readonly string[];
  anchors: readonly (readonly Anchor[])[];
}

/**
 * The band for the first pass: the full grid when it is small, else a band around the path found on
 * segments merged COARSE_FACTOR at a time (recursively), so time and memory grow linearly.
 */
function candidateBand(source: Level, target: Level, keys: KeyTable, params: CostParameters): Band {
  const n = source.texts.length;
  const m = target.texts.length;
  if ((n + 1) * (m + 1) <= FULL_SEARCH_NODES) return fullBand(n, m);
  const coarseSource = coarsen(source.texts, source.anchors, COARSE_FACTOR);
  const coarseTarget = coarsen(target.texts, target.anchors, COARSE_FACTOR);
  const cs = buildFeatures(coarseSource.texts, coarseSource.anchors, undefined, keys, new KeyTable());
  const ct = buildFeatures(coarseTarget.texts, coarseTarget.anchors, undefined, keys, new KeyTable());
  const coarseBand = candidateBand(coarseSource, coarseTarget, keys, params);
  const scorer = makeScorer(cs, ct, coarseBand, initialLengthModel(cs, ct), params, undefined);
  const steps = searchBand(coarseBand, BEAD_TYPES, scorer.cost);
  const { nodesI, nodesJ } = pathNodes(steps, COARSE_FACTOR, COARSE_FACTOR, n, m);
  return bandAroundPath(nodesI, nodesJ, n, m, COARSE_FACTOR + BAND_MARGIN);
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
  const external = options.similarity
    ? { fn: options.similarity, sourceTexts: source.texts, targetTexts: target.texts }
    : undefined;

  // Pass 1: anchors, cognates, punctuation, length.
  const band1 = candidateBand({ texts: source.texts, anchors: sourceAnchors }, { texts: target.texts, anchors: targetAnchors }, keys, params);
  let lengthModel = initialLengthModel(sf, tf);
  const scorer1 = makeScorer(sf, tf, band1, lengthModel, params, external);
  // On long input the first pass only has to teach the lexicon and place the second pass's band: the five
  // commonest bead shapes do (BEAD_TYPES lists them first), at less than half the cost of all twelve.
  const firstPassTypes = (n + 1) * (m + 1) <= FULL_SEARCH_NODES ? BEAD_TYPES : BEAD_TYPES.slice(0, FIRST_PASS_TYPES);
  const steps1 = searchBand(band1, firstPassTypes, scorer1.cost);

  // Learn from the first pass: the length model from all its 1-1 beads, the lexicon from the confident ones.
  const oneToOne: [number, number][] = [];
  const confident: [number, number][] = [];
  for (const step of steps1) {
    const { a, b } = BEAD_TYPES[step.type]!;
    if (a !== 1 || b !== 1) continue;
    oneToOne.push([sf.length[step.i]!, tf.length[step.j]!]);
    if (scorer1.similarity(step.i, 1, step.j, 1) >= CONFIDENT_SIMILARITY) confident.push([step.i, step.j]);
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
  let band2 = band1;
  if (bandSize(band1) > FULL_SEARCH_NODES) {
    const { nodesI, nodesJ } = pathNodes(steps1, 1, 1, n, m);
    band2 = bandAroundPath(nodesI, nodesJ, n, m, SECOND_PASS_RADIUS);
  }
  const scorer2 = makeScorer(sf, tf, band2, lengthModel, params, external);
  const steps2 = searchBand(band2, BEAD_TYPES, scorer2.cost);
  return toBeads(steps2, scorer2, params);
}

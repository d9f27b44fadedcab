/**
 * A translation lexicon learnt from the two documents themselves: words that keep turning up together in
 * the beads the first pass is confident about are probably translations (Dice coefficient over
 * co-occurrence, as in hunalign's realign step, Varga et al. 2005, and Moore 2002's second pass). The
 * second pass then treats such word pairs like cognates; the lexicon is then learnt once more from the
 * second pass's path (`relearningBeads`) for a third.
 */
import { MAX_TOKENS, type SideFeatures } from './features.js';

/**
 * Lexicon learning looks at no more than this many beads (every k-th beyond), which bounds its count tables
 * on book-length input. 20 000 cost accuracy at 100 000 segments a side (strict F1 0.840 → 0.843 with
 * 200 000, bench/scale/quick.ts), at 23 MB more heap there.
 */
export const MAX_LEXICON_BEADS = 200_000;
/** A word pair must co-occur at least this often; a single co-occurrence says nothing in a long bead. */
export const MIN_PAIR_COUNT = 2;
/** Dice threshold: 2·c(s,t) / (c(s) + c(t)). 0.5 means at least half their occurrences coincide. */
export const MIN_DICE = 0.5;
/** Translations kept per word, best first. */
export const MAX_TRANSLATIONS = 2;

/** Learnt pairs as (source word id, target word id, dice). */
export interface LexiconEntry {
  sourceWord: number;
  targetWord: number;
  dice: number;
}

/** Learns word pairs from the given 1-1 beads (source segment, target segment). */
export function learnLexicon(
  source: SideFeatures,
  target: SideFeatures,
  beads: readonly [number, number][],
): LexiconEntry[] {
  // Deterministic subsample: every k-th bead.
  const stride = Math.max(1, Math.ceil(beads.length / MAX_LEXICON_BEADS));
  // Word ids are dense (KeyTable ids), so counts and "seen in this bead" marks are typed arrays indexed by
  // id: two Maps and a Set plus an array per bead were 5 % of an article's CPU (bench/scale/article.ts).
  const sourceCount = new Int32Array(maxWord(source) + 1);
  const targetCount = new Int32Array(maxWord(target) + 1);
  const sourceSeen = new Int32Array(sourceCount.length).fill(-1);
  const targetSeen = new Int32Array(targetCount.length).fill(-1);
  // Co-occurrence counts in an open-addressing table of (source, target) pairs on typed arrays: a Map keyed
  // by s · 2^26 + t hashed a non-integer double per pair and was the hottest line of the aligner at
  // 10 000 segments a side (8 % of the samples).
  const pairs = new PairCounter();
  // Each stem once per bead: counts are of beads, as Dice's formula assumes ("konferensen" and "konferenser"
  // in one sentence are one stem; counted twice, a pair's Dice could exceed 1).
  const ws = new Int32Array(MAX_TOKENS);
  const wt = new Int32Array(MAX_TOKENS);
  for (let b = 0; b < beads.length; b += stride) {
    const [i, j] = beads[b]!;
    const ns = distinctWords(source, i, sourceSeen, b, ws);
    const nt = distinctWords(target, j, targetSeen, b, wt);
    for (let x = 0; x < ns; x++) sourceCount[ws[x]!]!++;
    for (let y = 0; y < nt; y++) targetCount[wt[y]!]!++;
  }
  // Only pairs that can pass both thresholds are counted: a pair co-occurs at most min(c(s), c(t)) times,
  // so one whose words occur fewer than MIN_PAIR_COUNT times, or whose Dice with that many co-occurrences
  // stays below MIN_DICE, is left out (the same test as below with its largest possible count, so no pair
  // that passes is lost). Words seen once are most of a document's words: at 20 000 segments a side,
  // counting every pair was 5-7 % of the aligner's CPU (bench/scale profile), mostly cache misses.
  sourceSeen.fill(-1);
  targetSeen.fill(-1);
  for (let b = 0; b < beads.length; b += stride) {
    const [i, j] = beads[b]!;
    const ns = frequentWords(source, i, sourceSeen, b, ws, sourceCount);
    const nt = frequentWords(target, j, targetSeen, b, wt, targetCount);
    for (let x = 0; x < ns; x++) {
      const s = ws[x]!;
      const cs = sourceCount[s]!;
      for (let y = 0; y < nt; y++) {
        const ct = targetCount[wt[y]!]!;
        if ((2 * Math.min(cs, ct)) / (cs + ct) >= MIN_DICE) pairs.add(s, wt[y]!);
      }
    }
  }
  const candidates: LexiconEntry[] = [];
  for (let slot = 0; slot < pairs.capacity; slot++) {
    const count = pairs.slots[3 * slot + 2]!;
    if (count < MIN_PAIR_COUNT) continue;
    const s = pairs.slots[3 * slot]!;
    const t = pairs.slots[3 * slot + 1]!;
    const dice = (2 * count) / (sourceCount[s]! + targetCount[t]!);
    if (dice >= MIN_DICE) candidates.push({ sourceWord: s, targetWord: t, dice });
  }
  // Best first, ties broken by ids so the result does not depend on Map order.
  candidates.sort((x, y) => y.dice - x.dice || x.sourceWord - y.sourceWord || x.targetWord - y.targetWord);
  const perSource = new Map<number, number>();
  const perTarget = new Map<number, number>();
  const kept: LexiconEntry[] = [];
  for (const entry of candidates) {
    const ns = perSource.get(entry.sourceWord) ?? 0;
    const nt = perTarget.get(entry.targetWord) ?? 0;
    if (ns >= MAX_TRANSLATIONS || nt >= MAX_TRANSLATIONS) continue;
    perSource.set(entry.sourceWord, ns + 1);
    perTarget.set(entry.targetWord, nt + 1);
    kept.push(entry);
  }
  return kept;
}

/**
 * The distinct word ids of segment `i` into `out` (at most MAX_TOKENS, a segment's token limit), in order of
 * first occurrence; returns how many. `seen[word] === stamp` marks a word already taken for this bead.
 */
function distinctWords(side: SideFeatures, i: number, seen: Int32Array, stamp: number, out: Int32Array): number {
  let count = 0;
  // The side's arrays in locals, each token's stem read as `tokenWord` reads it (with `maxWord`'s, through the
  // side object per token, learnLexicon took 134 µs an article instead of 113: seed sv-ar and 10 variations,
  // in process, medians of 4 × 50 rounds, load 10).
  const { dfStem, tokenDf } = side;
  for (let k = side.tokenStart[i]!, end = side.tokenStart[i + 1]!; k < end; k++) {
    const word = dfStem[tokenDf[k]!]!;
    if (word < 0 || seen[word] === stamp) continue;
    seen[word] = stamp;
    out[count++] = word;
  }
  return count;
}

/** `distinctWords`, keeping only the words counted in at least MIN_PAIR_COUNT beads. */
function frequentWords(side: SideFeatures, i: number, seen: Int32Array, stamp: number, out: Int32Array, counts: Int32Array): number {
  const all = distinctWords(side, i, seen, stamp, out);
  let kept = 0;
  for (let x = 0; x < all; x++) if (counts[out[x]!]! >= MIN_PAIR_COUNT) out[kept++] = out[x]!;
  return kept;
}

/** The largest word id a side's tokens carry (-1 when none). */
function maxWord(side: SideFeatures): number {
  let max = -1;
  const { dfStem, tokenDf } = side;
  for (let k = 0; k < tokenDf.length; k++) max = Math.max(max, dfStem[tokenDf[k]!]!);
  return max;
}

/**
 * Hash of a (source word, target word) pair, mixed so that its low bits (the slot) depend on every bit of
 * both ids: the products alone left the low bits to the ids' low bits, and probe chains grew long enough to
 * make counting 5 % of the aligner's CPU at 20 000 segments a side (bench/scale profile).
 */
function pairHash(s: number, t: number): number {
  let h = Math.imul(s, 0x9e3779b1) ^ Math.imul(t, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/**
 * Counts of (source word, target word) pairs: open addressing with linear probing, doubling when half full.
 * Slot k is `slots[3k]` (source), `slots[3k + 1]` (target), `slots[3k + 2]` (count, 0 = empty): one array,
 * so a probe touches one cache line, not three (at 20 000 segments a side the table outgrows the caches).
 */
class PairCounter {
  capacity = 1 << 12;
  slots = new Int32Array(3 * this.capacity);
  private size = 0;

  add(s: number, t: number): void {
    const mask = this.capacity - 1;
    const slots = this.slots;
    let h = pairHash(s, t) & mask;
    for (;;) {
      const at = 3 * h;
      const c = slots[at + 2]!;
      if (c === 0) break;
      if (slots[at] === s && slots[at + 1] === t) {
        slots[at + 2] = c + 1;
        return;
      }
      h = (h + 1) & mask;
    }
    slots[3 * h] = s;
    slots[3 * h + 1] = t;
    slots[3 * h + 2] = 1;
    if (++this.size * 2 > this.capacity) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(3 * this.capacity);
    const mask = this.capacity - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      let h = pairHash(old[at]!, old[at + 1]!) & mask;
      while (this.slots[3 * h + 2] !== 0) h = (h + 1) & mask;
      this.slots[3 * h] = old[at]!;
      this.slots[3 * h + 1] = old[at + 1]!;
      this.slots[3 * h + 2] = old[at + 2]!;
    }
  }
}

/**
 * The 1-1 beads the lexicon is learnt from again after the second pass: every 1-1 bead of the second pass's
 * path, with evidence or not, and the first pass's confident ones (`firstConfident`) that the second pass
 * changed. The second path is mostly right (strict F1 0.95–0.99 on the development sets), so its beads
 * without evidence are mostly true pairs, and they are where the words that still find no partner occur:
 * the first pass needs its confidence filter (its path is worse), the second does not. Measured
 * (bench/accuracy/quick.ts, strict F1, Text+Berg / sv-ar / pl-sv / sv-en / ar-en): no third pass 0.829 /
 * 0.937 / 0.959 / 0.985 / 0.959; these beads 0.836 / 0.953 / 0.964 / 0.985 / 0.973; only the second pass's
 * beads with similarity ≥ 0.1 (the first pass's filter) 0.822 / 0.943 / 0.966 / 0.986 / 0.963; all its 1-1
 * beads without the first pass's 0.822 / 0.956 / 0.966 / 0.986 / 0.973.
 */
export function relearningBeads(
  secondOneToOne: readonly (readonly [number, number])[],
  firstConfident: readonly (readonly [number, number])[],
): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const [i, j] of [...secondOneToOne, ...firstConfident]) {
    const key = `${i}:${j}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([i, j]);
  }
  return out;
}

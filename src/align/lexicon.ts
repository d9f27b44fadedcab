/**
 * A translation lexicon learnt from the two documents themselves: words that keep turning up together in
 * the beads the first pass is confident about are probably translations (Dice coefficient over
 * co-occurrence, as in hunalign's realign step, Varga et al. 2005, and Moore 2002's second pass). The
 * second pass then treats such word pairs like cognates; the lexicon is then learnt once more from the
 * second pass's path (`relearningBeads`) for a third.
 */
import type { SideFeatures } from './features.js';

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
  const sourceCount = new Map<number, number>();
  const targetCount = new Map<number, number>();
  // Co-occurrence counts in an open-addressing table of (source, target) pairs on typed arrays: a Map keyed
  // by s · 2^26 + t hashed a non-integer double per pair and was the hottest line of the aligner at
  // 10 000 segments a side (8 % of the samples).
  const pairs = new PairCounter();
  // Each stem once per bead: counts are of beads, as Dice's formula assumes ("konferensen" and "konferenser"
  // in one sentence are one stem; counted twice, a pair's Dice could exceed 1).
  const wordsOf = (side: SideFeatures, i: number) => {
    const out = new Set<number>();
    for (let k = side.tokenStart[i]!; k < side.tokenStart[i + 1]!; k++) if (side.tokenWord[k]! >= 0) out.add(side.tokenWord[k]!);
    return [...out];
  };
  for (let b = 0; b < beads.length; b += stride) {
    const [i, j] = beads[b]!;
    const ws = wordsOf(source, i);
    const wt = wordsOf(target, j);
    for (const s of ws) sourceCount.set(s, (sourceCount.get(s) ?? 0) + 1);
    for (const t of wt) targetCount.set(t, (targetCount.get(t) ?? 0) + 1);
    for (const s of ws) for (const t of wt) pairs.add(s, t);
  }
  const candidates: LexiconEntry[] = [];
  for (let slot = 0; slot < pairs.capacity; slot++) {
    const count = pairs.count[slot]!;
    if (count < MIN_PAIR_COUNT) continue;
    const s = pairs.source[slot]!;
    const t = pairs.target[slot]!;
    const dice = (2 * count) / (sourceCount.get(s)! + targetCount.get(t)!);
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

/** Counts of (source word, target word) pairs: open addressing with linear probing, doubling when half full. */
class PairCounter {
  capacity = 1 << 12;
  source = new Int32Array(this.capacity);
  target = new Int32Array(this.capacity);
  /** 0 marks an empty slot (every stored pair has been seen at least once). */
  count = new Int32Array(this.capacity);
  private size = 0;

  add(s: number, t: number): void {
    const mask = this.capacity - 1;
    let h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(t, 0x85ebca6b)) >>> 0 & mask;
    for (;;) {
      const c = this.count[h]!;
      if (c === 0) break;
      if (this.source[h] === s && this.target[h] === t) {
        this.count[h] = c + 1;
        return;
      }
      h = (h + 1) & mask;
    }
    this.source[h] = s;
    this.target[h] = t;
    this.count[h] = 1;
    if (++this.size * 2 > this.capacity) this.grow();
  }

  private grow(): void {
    const { source, target, count } = this;
    this.capacity *= 2;
    this.source = new Int32Array(this.capacity);
    this.target = new Int32Array(this.capacity);
    this.count = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let slot = 0; slot < count.length; slot++) {
      if (count[slot] === 0) continue;
      let h = (Math.imul(source[slot]!, 0x9e3779b1) ^ Math.imul(target[slot]!, 0x85ebca6b)) >>> 0 & mask;
      while (this.count[h] !== 0) h = (h + 1) & mask;
      this.source[h] = source[slot]!;
      this.target[h] = target[slot]!;
      this.count[h] = count[slot]!;
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

/**
 * Match masks of many segment pairs at once. For every key, the target side lists where it occurs (segment
 * and token, in segment order); a source segment then meets the target segments of a band row by looking
 * up each of its keys once and walking only the occurrences that fall inside the row, instead of hashing
 * every key of every target segment in the row (KeyIndex.match). Same masks, bit for bit.
 */
import type { SideFeatures } from './features.js';

/** Where each key occurs on one side: key k's occurrences are `entries[start[k] .. start[k + 1])`. */
export interface KeyPostings {
  start: Int32Array;
  /** `segment · 32 + token`, token relative to the segment's first (MAX_TOKENS is 32), ascending. */
  entries: Int32Array;
}

/** Bits per entry for the token inside its segment (MAX_TOKENS = 32 tokens per segment). */
const TOKEN_BITS = 5;

/**
 * The postings of every key of `side` (key ids below `keyCount`); with `ownKeys` false, of its learnt keys
 * only (`extraKeys`): a row matched against the postings of the side without learnt keys and then against
 * these gets the same masks as against the postings of both, since a mask is an OR over the occurrences.
 */
export function buildPostings(side: SideFeatures, keyCount: number, ownKeys = true): KeyPostings {
  const start = new Int32Array(keyCount + 1);
  // The side's arrays in locals, and a token's learnt keys found from its stem as `extraBegin`/`extraEnd` do
  // (SideFeatures.extraStart): through the side object per token (extraBegin/extraEnd), the postings of an
  // article's 15 learnt keys took about 58 µs a call, twice its own keys' 27; now about 15 (seed sv-ar and 10
  // variations, in process, load 10; two calls an article).
  const { tokenStart, keyStart, keys, extraKeys, extraStart, dfStem, tokenDf } = side;
  const stems = extraStart ? extraStart.length - 1 : 0;
  const firstToken = tokenStart[0]!;
  const lastToken = tokenStart[side.count]!;
  if (ownKeys) for (let x = keyStart[firstToken]!; x < keyStart[lastToken]!; x++) start[keys[x]! + 1]!++;
  if (extraKeys && extraStart) {
    for (let q = firstToken; q < lastToken; q++) {
      const w = dfStem[tokenDf[q]!]!;
      if (w >= 0 && w < stems) for (let x = extraStart[w]!, end = extraStart[w + 1]!; x < end; x++) start[extraKeys[x]! + 1]!++;
    }
  }
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const entries = new Int32Array(start[keyCount]!);
  for (let j = 0; j < side.count; j++) {
    const from = tokenStart[j]!;
    for (let q = from; q < tokenStart[j + 1]!; q++) {
      if (ownKeys) for (let x = keyStart[q]!; x < keyStart[q + 1]!; x++) entries[fill[keys[x]!]!++] = (j << TOKEN_BITS) | (q - from);
      if (extraKeys && extraStart) {
        const w = dfStem[tokenDf[q]!]!;
        if (w >= 0 && w < stems) for (let x = extraStart[w]!, end = extraStart[w + 1]!; x < end; x++) entries[fill[extraKeys[x]!]!++] = (j << TOKEN_BITS) | (q - from);
      }
    }
  }
  return { start, entries };
}

/**
 * The distinct keys of one source segment, each with the mask of its tokens that carry it. Open addressing
 * on typed arrays, reused row after row. Mirrors scoring.ts's KeyIndex, including its limit: a segment with
 * more than LIMIT distinct keys reports `full` and its row is matched the KeyIndex way.
 */
export class SegmentKeys {
  private readonly slots = new Int32Array(512).fill(-1);
  private readonly bits = new Uint32Array(512);
  /** Slots in use, in order of first appearance. */
  readonly used = new Int32Array(512);
  usedCount = 0;
  full = false;
  /** KeyIndex's table of 512 slots stops taking keys when half full. */
  private static readonly LIMIT = 255;

  load(side: SideFeatures, i: number): void {
    for (let u = 0; u < this.usedCount; u++) this.slots[this.used[u]!] = -1;
    this.usedCount = 0;
    this.full = false;
    // The side's arrays in locals: read through the object in the loops, this was 1–2 % of an alignment. A
    // token's learnt keys are found from its stem as `extraBegin`/`extraEnd` do (SideFeatures.extraStart).
    const { tokenStart, keyStart, keys, extraKeys, extraStart, dfStem, tokenDf } = side;
    const stems = extraKeys && extraStart ? extraStart.length - 1 : 0;
    const start = tokenStart[i]!;
    for (let p = start, end = tokenStart[i + 1]!; p < end; p++) {
      const bit = 1 << (p - start);
      for (let x = keyStart[p]!, keysEnd = keyStart[p + 1]!; x < keysEnd; x++) if (!this.add(keys[x]!, bit)) return;
      if (stems > 0) {
        const w = dfStem[tokenDf[p]!]!;
        if (w >= 0 && w < stems) for (let x = extraStart![w]!, extraStop = extraStart![w + 1]!; x < extraStop; x++) if (!this.add(extraKeys![x]!, bit)) return;
      }
    }
  }

  /** Adds `bit` to `key`'s mask; false (and `full`) when the table is full. */
  private add(key: number, bit: number): boolean {
    let h = (Math.imul(key, 0x9e3779b1) >>> 23) & 511;
    while (this.slots[h] !== -1 && this.slots[h] !== key) h = (h + 1) & 511;
    if (this.slots[h] === -1) {
      if (this.usedCount >= SegmentKeys.LIMIT) {
        this.full = true;
        return false;
      }
      this.slots[h] = key;
      this.bits[h] = 0;
      this.used[this.usedCount++] = h;
    }
    this.bits[h] = (this.bits[h]! | bit) >>> 0;
    return true;
  }

  key(u: number): number {
    return this.slots[this.used[u]!]!;
  }

  mask(u: number): number {
    return this.bits[this.used[u]!]!;
  }
}

/**
 * ORs the matches of the loaded segment into `masks` for target segments `lo … hi` (inclusive, numbered
 * from `offset` in the postings): cell `at + j − lo` gets the source token mask at `2 · cell` and the
 * target token mask at `2 · cell + 1`.
 */
export function matchRow(keys: SegmentKeys, postings: KeyPostings, offset: number, lo: number, hi: number, masks: Uint32Array, at: number): void {
  const { start, entries } = postings;
  const first = (lo + offset) << TOKEN_BITS;
  const end = (hi + offset + 1) << TOKEN_BITS;
  for (let u = 0; u < keys.usedCount; u++) {
    const key = keys.key(u);
    if (key >= start.length - 1) continue;
    let left = start[key]!;
    let right = start[key + 1]!;
    if (left === right || entries[right - 1]! < first || entries[left]! >= end) continue;
    // First occurrence at or after the row's first segment.
    while (left < right) {
      const middle = (left + right) >>> 1;
      if (entries[middle]! < first) left = middle + 1;
      else right = middle;
    }
    const bits = keys.mask(u);
    for (let e = left; e < start[key + 1]! && entries[e]! < end; e++) {
      const entry = entries[e]!;
      const cell = 2 * (at + (entry >> TOKEN_BITS) - offset - lo);
      masks[cell] = masks[cell]! | bits;
      masks[cell + 1] = masks[cell + 1]! | (1 << (entry & ((1 << TOKEN_BITS) - 1)));
    }
  }
}

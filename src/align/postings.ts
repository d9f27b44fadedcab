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
  /**
   * Per key, where matchRow found the key's first occurrence in the row it last matched: a hint, not state
   * (any value gives the same masks). A scorer matches its rows in order and their columns move right, so the
   * next row's first occurrence is at or just after it, and a few steps forward replace a binary search over
   * the key's whole list (a frequent key occurs in most segments of the side).
   */
  cursor?: Int32Array;
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
  return { start, entries, cursor: start.slice(0, keyCount) };
}

/**
 * `buildPostings(side, keyCount)` from postings built earlier for the same side's token arrays (a promise of
 * the caller's: another side's postings are not detected), whose first `ownKeyCount` keys are the side's own:
 * those of the side before the lexicon (`buildPostings`), or an earlier pass's (`withLearntPostings`; only their
 * own part is read). The own keys are interned before any learnt key
 * (both sides are finished before a lexicon is learnt), so the own keys' entries come first in the postings,
 * as one block: that block is copied, and only the learnt keys (`extraKeys`) are walked. On long input passes
 * 2 and 3 each built the target's postings from scratch, a walk of every token's keys (about 190 ms each at
 * 100 000 segments a side, 2.2 million entries); the copy is one `set`. When a learnt key's id is below
 * `ownKeyCount`, or `earlier`'s own block does not hold exactly the side's own keys, the postings are built
 * from scratch (neither happens in `alignSegments`).
 */
export function withLearntPostings(earlier: KeyPostings, ownKeyCount: number, side: SideFeatures, keyCount: number): KeyPostings {
  const extraKeys = side.extraKeys ?? new Int32Array(0);
  const firstToken = side.tokenStart[0]!;
  const lastToken = side.tokenStart[side.count]!;
  const ownEntries = side.keyStart[lastToken]! - side.keyStart[firstToken]!;
  let usable = ownKeyCount <= keyCount && ownKeyCount < earlier.start.length && earlier.start[ownKeyCount] === ownEntries;
  for (let x = 0; x < extraKeys.length && usable; x++) usable = extraKeys[x]! >= ownKeyCount;
  if (!usable) return buildPostings(side, keyCount);
  // A token's learnt keys found from its stem, as buildPostings does.
  const { tokenStart, extraStart, dfStem, tokenDf } = side;
  const stems = extraKeys.length > 0 && extraStart ? extraStart.length - 1 : 0;
  const start = new Int32Array(keyCount + 1);
  start.set(earlier.start.subarray(0, ownKeyCount + 1));
  if (stems > 0) {
    for (let q = firstToken; q < lastToken; q++) {
      const w = dfStem[tokenDf[q]!]!;
      if (w >= 0 && w < stems) for (let x = extraStart![w]!, end = extraStart![w + 1]!; x < end; x++) start[extraKeys[x]! + 1]!++;
    }
  }
  for (let k = ownKeyCount; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const entries = new Int32Array(start[keyCount]!);
  entries.set(earlier.entries.subarray(0, ownEntries));
  if (stems > 0) {
    for (let j = 0; j < side.count; j++) {
      const from = tokenStart[j]!;
      for (let q = from; q < tokenStart[j + 1]!; q++) {
        const w = dfStem[tokenDf[q]!]!;
        if (w >= 0 && w < stems) for (let x = extraStart![w]!, end = extraStart![w + 1]!; x < end; x++) entries[fill[extraKeys[x]!]!++] = (j << TOKEN_BITS) | (q - from);
      }
    }
  }
  return { start, entries, cursor: start.slice(0, keyCount) };
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
  const { start, entries, cursor } = postings;
  const first = (lo + offset) << TOKEN_BITS;
  const end = (hi + offset + 1) << TOKEN_BITS;
  for (let u = 0; u < keys.usedCount; u++) {
    const key = keys.key(u);
    if (key >= start.length - 1) continue;
    const keyStart = start[key]!;
    const keyEnd = start[key + 1]!;
    if (keyStart === keyEnd || entries[keyEnd - 1]! < first || entries[keyStart]! >= end) continue;
    // The first occurrence at or after the row's first segment, in [left, right): from the cursor forward
    // by doubling steps when it is behind (the usual case), else by halving below it.
    let left = keyStart;
    let right = keyEnd;
    const hint = cursor ? cursor[key]! : keyStart;
    if (hint > keyStart && hint <= keyEnd && entries[hint - 1]! >= first) {
      right = hint;
    } else if (hint > keyStart && hint < keyEnd) {
      left = hint;
    }
    if (left === hint) {
      for (let step = 1; left < right && entries[left]! < first; step *= 2) {
        const probe = left + step;
        if (probe >= right || entries[probe]! >= first) {
          left++;
          right = Math.min(right, probe);
          break;
        }
        left = probe + 1;
      }
    }
    while (left < right) {
      const middle = (left + right) >>> 1;
      if (entries[middle]! < first) left = middle + 1;
      else right = middle;
    }
    if (cursor) cursor[key] = left;
    const bits = keys.mask(u);
    for (let e = left; e < keyEnd && entries[e]! < end; e++) {
      const entry = entries[e]!;
      const cell = 2 * (at + (entry >> TOKEN_BITS) - offset - lo);
      masks[cell] = masks[cell]! | bits;
      masks[cell + 1] = masks[cell + 1]! | (1 << (entry & ((1 << TOKEN_BITS) - 1)));
    }
  }
}

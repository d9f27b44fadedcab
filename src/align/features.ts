/**
 * Features: what the aligner knows about each segment, in flat typed arrays so the search never builds
 * per-cell objects. A segment becomes its length in characters, its block, and a short list of weighted
 * tokens; each token carries integer "keys", and two tokens on opposite sides match when they share a key
 * (a number's value, a name's Latin form, a 4-letter cognate prefix, a punctuation class, or, after the
 * first pass, a learnt translation).
 */
import { CHROME_PATTERNS_AR } from '../data/chrome-ar.js';
import { CHROME_PATTERNS_EN } from '../data/chrome-en.js';
import { CHROME_PATTERNS_PL } from '../data/chrome-pl.js';
import { CHROME_PATTERNS_SV } from '../data/chrome-sv.js';
import { codeUnitsMatching } from '../anchors/text.js';
import type { Anchor } from '../types.js';
import { nameSkeletons, stemOf, uncasedNameSkeletons } from './stems.js';

/**
 * At most this many tokens per segment take part in matching (the heaviest ones); a match mask is one
 * 32-bit word per segment pair.
 */
export const MAX_TOKENS = 32;

/**
 * Simard, Foster & Isabelle (1992): two words that share their first four letters are likely cognates
 * ("officielle"/"offizielle", "Himalaya"/"Himalaya"). Shorter words must be identical to match.
 */
export const COGNATE_PREFIX = 4;

/** Interns strings to small integers; lives only as long as one `alignSegments` call. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  peek(key: string): number | undefined {
    return this.ids.get(key);
  }
  /** Number of distinct keys interned so far (ids are 0 … size − 1). */
  get size(): number {
    return this.ids.size;
  }
  /** The interned strings in id order. */
  names(): string[] {
    return [...this.ids.keys()];
  }
}

/**
 * A side's anchors: an array with one list per segment, or a function that finds segment `i`'s anchors when
 * asked (buildFeatures asks once per segment, in order, and keeps only the integers it folds them into, so
 * a long document's anchor objects never all live at once).
 */
export type AnchorSource = readonly (readonly Anchor[])[] | ((i: number) => readonly Anchor[]);

/** One side, flattened. Token `t` of segment `i` is at `tokenStart[i] + t`. */
export interface SideFeatures {
  count: number;
  /** Characters per segment (whitespace runs count once). */
  length: Float64Array;
  /**
   * Page-chrome cues per segment, a bit mask: CHROME_SHAPE for a short line with no sentence-final
   * punctuation (page chrome, but also headings: "Trend", "Bakgrund"), CHROME_PATTERN for a line that
   * matches a chrome pattern of src/data/chrome-*.ts or is a tag line of bare separators ("Dela den här
   * artikeln:", "اترك تعليق", "العلامات: , , ,"). Two such lines that share nothing may well be unrelated.
   */
  chromeLike: Uint8Array;
  /** Block index per segment, or -1 when unknown. */
  block: Int32Array;
  /**
   * Per segment (continuation.ts; set by alignSegments): `& CUE_COUNT` the number of cues (0–2) that it
   * continues the sentence of the segment before it; bit HAS_DIGIT whether it holds a digit.
   */
  continues?: Uint8Array;
  /** Offsets into the token arrays, `count + 1` entries. */
  tokenStart: Int32Array;
  /**
   * Document-frequency id of each token: its weight (inverse document frequency on its own side) is
   * `dfWeight[tokenDf[k]]` and its stem `dfStem[tokenDf[k]]` (tokenWord). Both are tables per df id
   * rather than arrays per token: at 100 000 segments a side a Float64Array of weights and an Int32Array
   * of stems per token were about 14.4 + 7.2 MB a side, the id alone 7.2 MB. (A weight is a logarithm,
   * not exact in a Float32Array, and a stem may carry several df ids, so neither table could be per stem.)
   */
  tokenDf: Int32Array;
  /** Weight per document-frequency id (see tokenDf). */
  dfWeight: Float64Array;
  /** Stem id (per side) per document-frequency id, for lexicon learning; -1 for anchors and structure classes. */
  dfStem: Int32Array;
  /** Sum of token weights per segment. */
  totalWeight: Float64Array;
  /** Match keys of each token: `keys[keyStart[k] .. keyStart[k + 1])` for token k. */
  keyStart: Int32Array;
  keys: Int32Array;
  /**
   * Learnt lexicon keys by stem (withLexiconKeys), read after a token's own keys: token k whose stem
   * w = tokenWord(side, k) has w ≥ 0 and w + 1 < extraStart.length also carries `extraKeys[extraStart[w] ..
   * extraStart[w + 1])`. A table per stem, not a copy of every token's keys (at 100 000 a side that copy was
   * about 16 MB a side, made for pass 2 and again for pass 3 while the base stayed alive).
   */
  extraStart?: Int32Array;
  extraKeys?: Int32Array;
}

/** Stem id of token `k` (per side), for lexicon learning; -1 for anchor and punctuation tokens. */
export function tokenWord(side: SideFeatures, k: number): number {
  return side.dfStem[side.tokenDf[k]!]!;
}

/** The start of token `k`'s learnt keys in `side.extraKeys` (0 when it has none: then extraEnd is 0 too). */
export function extraBegin(side: SideFeatures, k: number): number {
  const table = side.extraStart;
  if (table === undefined) return 0;
  const w = tokenWord(side, k);
  return w >= 0 && w + 1 < table.length ? table[w]! : 0;
}

/** The end of token `k`'s learnt keys in `side.extraKeys` (see extraBegin). */
export function extraEnd(side: SideFeatures, k: number): number {
  const table = side.extraStart;
  if (table === undefined) return 0;
  const w = tokenWord(side, k);
  return w >= 0 && w + 1 < table.length ? table[w + 1]! : 0;
}

/** Lower-cases and strips diacritics so "Malmström" and "Malmstrom", "é" and "e" compare equal. */
export function foldWord(word: string): string {
  // ASCII has nothing to decompose and no marks to strip: only lower-case it (most words of Latin-script
  // text; normalize + replace were 3 % of an article's alignment).
  let ascii = true;
  for (let k = 0; k < word.length && ascii; k++) ascii = word.charCodeAt(k) < 0x80;
  return ascii ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Whether UTF-16 code unit `c` is whitespace as the regular expression `\s` and `String.prototype.trim` see it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The length of `text.replace(/\s+/gu, ' ').trim()` without building it: a run of whitespace inside the
 * text counts once, at either end not at all. At 100 000 segments a side building the string was 3 % of
 * the alignment; it is built only for the few segments whose chrome patterns are tested.
 */
function collapsedLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let k = 0; k < text.length; k++) {
    if (isSpace(text.charCodeAt(k))) {
      pendingSpace = length > 0;
    } else {
      if (pendingSpace) length++;
      pendingSpace = false;
      length++;
    }
  }
  return length;
}

/** A fixed scramble of a key id (Knuth's multiplicative hash), for tie-breaking that both sides agree on. */
function keyHash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0;
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const WORD_RE = /[\p{L}\p{N}]+/gu;
/** Longest line (in characters) that may count as chrome-like; page chrome is a few words. */
export const CHROME_MAX_LENGTH = 60;
/** `chromeLike` bit: short and unpunctuated (chrome or a heading). */
export const CHROME_SHAPE = 1;
/** `chromeLike` bit: matches a page-chrome pattern, or is a tag line of separators. */
export const CHROME_PATTERN = 2;
/** A chrome pattern only counts on a segment of at most this many words (as in src/diverge/chrome.ts). */
export const CHROME_PATTERN_MAX_WORDS = 40;
/**
 * ... and on a punctuated one of at most this many: chrome sentences are imperatives and notices of a few
 * words, and the Arabic patterns match word stems inside body sentences of the UDHR's length (8 words).
 */
export const CHROME_SENTENCE_MAX_WORDS = 6;
/**
 * Every language's patterns, since the aligner is not told the languages: the patterns are specific enough
 * not to fire on body text in another language, and English chrome turns up untranslated on any page.
 */
const CHROME_PATTERNS: readonly RegExp[] = [...CHROME_PATTERNS_SV, ...CHROME_PATTERNS_AR, ...CHROME_PATTERNS_PL, ...CHROME_PATTERNS_EN];
const SEPARATOR_RE = /[,،;؛|·•]/gu;

/** The chrome bits (CHROME_SHAPE, CHROME_PATTERN) of one segment's text. */
export function chromeCues(text: string): number {
  return chromeCuesOf(text, collapsedLength(text), text.match(WORD_RE)?.length ?? 0, text.match(SEPARATOR_RE)?.length ?? 0);
}

/** Closing quotes and brackets that may follow sentence-final punctuation (SENTENCE_END_RE). */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

/** Sentence-final punctuation (SENTENCE_END_RE): . ! ? ؟ 。 … */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x3002 || c === 0x2026;
}

/**
 * `SENTENCE_END_RE.test(text)` read backwards from the end: whitespace, then closers, then the mark. The
 * pattern is not anchored at the start, so the engine tried it at every position of every segment.
 */
function endsSentence(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  while (k >= 0 && isCloser(text.charCodeAt(k))) k--;
  return k >= 0 && isSentenceEnd(text.charCodeAt(k));
}

/** Whether every whitespace code unit of `text` is U+0020 (so collapsing whitespace runs only merges spaces). */
function onlyPlainSpaces(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && isSpace(c)) return false;
  }
  return true;
}

/**
 * chromeCues on a text whose collapsed, trimmed length (`collapsedLength`) and word count are known:
 * buildFeatures counts the words while it tokenises, instead of matching every segment twice. The
 * collapsed text itself is built only when a chrome pattern has to be tested on it; the sentence-end and
 * separator tests give the same answer on the raw text (neither looks at how whitespace is spaced).
 */
function chromeCuesOf(text: string, trimmedLength: number, words: number, separators: number): number {
  let cues = 0;
  const sentence = endsSentence(text);
  if (trimmedLength <= CHROME_MAX_LENGTH && !sentence) cues |= CHROME_SHAPE;
  // A pattern counts on an unpunctuated line (a button, a label, a tag list) or a sentence of a few words
  // ("Lämna en kommentar."): a full sentence that mentions comments or subscribing ("لكل شخص حق التملك
  // بمفرده أو بالاشتراك مع غيره.", "noter och kommentarer") is body text.
  const eligible = sentence ? words <= CHROME_SENTENCE_MAX_WORDS : words <= CHROME_PATTERN_MAX_WORDS;
  if (eligible) {
    // A text without whitespace at its ends, in runs or other than U+0020 is its own collapsed form (most
    // short lines): then it is not rebuilt (the rebuilding was 0.1 s of a 24 s alignment at 100 000 a side).
    const trimmed = trimmedLength === text.length && onlyPlainSpaces(text) ? text : text.replace(/\s+/gu, ' ').trim();
    if (CHROME_PATTERNS.some((pattern) => pattern.test(trimmed))) cues |= CHROME_PATTERN;
  }
  // A tag line whose tags were links and were lost in extraction: "العلامات: , , , ,". Twice as many
  // separators as words, so that a list of words ("tentes , cordes , pitons , vivres , etc. ;") is not one.
  if (separators >= 3 && separators >= 2 * words) cues |= CHROME_PATTERN;
  return cues;
}
const DIGITS_ONLY = /^\p{Nd}+$/u;
const BULLET_RE = /^\s*(?:[•·▪◦‣∙*●○■□–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/u;

/**
 * Punctuation and structure classes that a translation keeps: a question stays a question, a bullet a
 * bullet. Their keys, in the order a segment's tokens take them (`structureBits` gives the mask).
 */
const STRUCTURE_KEYS = ['p:question', 'p:exclamation', 'p:colon', 'p:bullet', 'p:quote'] as const;
const QUESTION = 1;
const EXCLAMATION = 2;
const COLON = 4;
const BULLET = 8;
const QUOTE = 16;

/** Whether code unit `c` is one of QUOTE_RE's quotation marks. */
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201b && c !== 0x201f) || c === 0x2039 || c === 0x203a;
}

/**
 * The structure classes of `text` as a mask of QUESTION … QUOTE: the last two code units of the trimmed
 * text (a question mark among them, else "!", else a colon), a bullet at the start, a quotation mark
 * anywhere (`hasQuote`, which the caller's scan has seen already).
 */
function structureBits(text: string, hasQuote: boolean): number {
  let bits = 0;
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const last = end > 0 ? text.charCodeAt(end - 1) : -1;
  const before = end > 1 ? text.charCodeAt(end - 2) : -1;
  if (last === 0x3f || last === 0x61f || before === 0x3f || before === 0x61f) bits |= QUESTION;
  else if (last === 0x21 || before === 0x21) bits |= EXCLAMATION;
  else if (last === 0x3a || last === 0xff1a || before === 0x3a || before === 0xff1a) bits |= COLON;
  if (BULLET_RE.test(text)) bits |= BULLET;
  if (hasQuote) bits |= QUOTE;
  return bits;
}

/** `[\p{L}\p{N}]` (a character of WORD_RE) for each code unit below WORD_TABLE_SIZE, 1 or 0. Derived data. */
const WORD_TABLE_SIZE = 0x800;
const WORD_CHARACTER: Uint8Array = codeUnitsMatching(/[\p{L}\p{N}]/u, WORD_TABLE_SIZE);
const WORD_CHARACTER_RE = /[\p{L}\p{N}]/u;

/**
 * How many code units of `text` at `k` (whose code unit is `c`) a WORD_RE match would take as one
 * character: 1, 2 for a letter or digit outside the BMP (a surrogate pair), 0 for anything else (a lone
 * surrogate included, which the `u` flag never matches).
 */
function wordCharacterWidth(text: string, k: number, c: number): number {
  if (c < WORD_TABLE_SIZE) return WORD_CHARACTER[c]!;
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c >= 0xdc00) return 0;
    const low = text.charCodeAt(k + 1);
    return low >= 0xdc00 && low <= 0xdfff && WORD_CHARACTER_RE.test(text.slice(k, k + 2)) ? 2 : 0;
  }
  return WORD_CHARACTER_RE.test(String.fromCharCode(c)) ? 1 : 0;
}

/** Whether code unit `c` is one of SEPARATOR_RE's separators: , ، ; ؛ | · • */
function isSeparator(c: number): boolean {
  return c === 0x2c || c === 0x60c || c === 0x3b || c === 0x61b || c === 0x7c || c === 0xb7 || c === 0x2022;
}

/** A word's cognate key: its first letters, or the whole word when short. */
export function cognateKey(folded: string): string {
  return folded.length >= COGNATE_PREFIX ? folded.slice(0, COGNATE_PREFIX) : folded;
}

/**
 * What the features make of one spelling, in any document: its folded form, its stem and its match keys as
 * strings (the cognate key, then for a word of an uncased script its name skeletons). A pure function of
 * the spelling; the per-document part (interning the strings, document frequencies) is `scanFeatures`'.
 */
export interface WordAnalysis {
  folded: string;
  stem: string;
  /** `c:` cognate key, then `n:` name-skeleton keys, in the order `scanFeatures` interns them. */
  keyNames: readonly string[];
}

/**
 * Word analyses kept across documents by a caller that aligns many (a `parallign batch` worker): a news
 * archive's articles share most of their words, and folding, stemming and transliterating them again for
 * every article was about a third of the features' cost. Values depend on the strings only, so a memo
 * changes no result. Bounded: a map that reaches `maxEntries` is emptied and starts again (simpler and
 * cheaper per lookup than an LRU list; the words that matter come back within a few documents).
 */
export interface WordAnalysisMemo {
  /** Analysis per spelling as written; null for a digits-only word. */
  readonly words: Map<string, WordAnalysis | null>;
  /** `n:` keys of an entity anchor's text (`nameSkeletons`). */
  readonly names: Map<string, readonly string[]>;
  readonly maxEntries: number;
}

/**
 * Spellings (and, apart, names) a memo keeps by default: far more than one article's words (the seed EU Reporter
 * article pair has about 750 distinct spellings, both sides), about 8 MB of heap when full (≈ 380 bytes a spelling).
 */
export const DEFAULT_MEMO_ENTRIES = 20_000;

export function createWordAnalysisMemo(maxEntries: number = DEFAULT_MEMO_ENTRIES): WordAnalysisMemo {
  return { words: new Map(), names: new Map(), maxEntries };
}

/** The analysis of a spelling, or null for a digits-only word (numbers are the anchors' job). */
export function analyseWord(spelling: string): WordAnalysis | null {
  const folded = foldWord(spelling);
  // Numbers are the anchors' job (they read every digit system and locale); a bare digit token would
  // count them twice.
  if (DIGITS_ONLY.test(folded)) return null;
  const keyNames = [`c:${cognateKey(folded)}`];
  // A word of a script without case (Arabic) may be a transliterated name: key it by its skeleton so
  // it meets the names of the other side (whose entity anchors carry the same keys).
  if (spelling.toLowerCase() === spelling.toUpperCase()) {
    for (const skeleton of uncasedNameSkeletons(folded)) keyNames.push(`n:${skeleton}`);
  }
  return { folded, stem: stemOf(folded), keyNames };
}

/** `analyseWord`, from `memo` when it has the spelling. */
function analyseSpelling(spelling: string, memo: WordAnalysisMemo | undefined): WordAnalysis | null {
  if (memo === undefined) return analyseWord(spelling);
  let analysis = memo.words.get(spelling);
  if (analysis === undefined) {
    analysis = analyseWord(spelling);
    remember(memo, memo.words, spelling, analysis);
  }
  return analysis;
}

/** Sets `key` in one of a memo's maps, emptying the map first when it is full. */
function remember<V>(memo: WordAnalysisMemo, map: Map<string, V>, key: string, value: V): void {
  if (map.size >= memo.maxEntries) map.clear();
  map.set(key, value);
}

/** The `n:` keys of a name found on a cased side (`nameSkeletons`), from `memo` when it has them. */
function nameSkeletonKeys(name: string, memo: WordAnalysisMemo | undefined): readonly string[] {
  let names = memo?.names.get(name);
  if (names === undefined) {
    names = nameSkeletons(name).map((skeleton) => `n:${skeleton}`);
    if (memo) remember(memo, memo.names, name, names);
  }
  return names;
}

/**
 * Fills `best` (its whole length, at most `n`) with the indices 0 … n − 1 that come first when they are
 * ordered by weight, heaviest first, then by hash, smallest first, then by index: the first `best.length`
 * of `Array.prototype.sort`'s stable order under `(a, b) => weight[b] - weight[a] || hash[a] - hash[b]`.
 * Insertion into a sorted list of `best.length`: linear in `n`, no array of indices, no comparator calls.
 */
export function heaviestFirst(weight: Float64Array, hash: Float64Array, n: number, best: Int32Array): void {
  const size = best.length;
  let kept = 0;
  for (let t = 0; t < n; t++) {
    const w = weight[t]!;
    const h = hash[t]!;
    // Index t goes before an earlier index u when it weighs more, or as much with a smaller hash.
    if (kept === size) {
      const u = best[size - 1]!;
      if (!(w > weight[u]! || (w === weight[u]! && h < hash[u]!))) continue;
    }
    let p = kept < size ? kept++ : size - 1;
    for (; p > 0; p--) {
      const u = best[p - 1]!;
      if (!(w > weight[u]! || (w === weight[u]! && h < hash[u]!))) break;
      best[p] = u;
    }
    best[p] = t;
  }
}

/** A growable Int32Array: the token lists are built without a JS object or array per token. */
class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** FNV-1a over UTF-16 code units: the spelling table's hash, computed while a word is scanned. */
// An int32, as `Math.imul` gives and the table stores: otherwise the empty spelling's hash (the offset itself)
// would be stored as a different number from the one computed, and never found again.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** `SpellingTable`'s hash of `text[start, end)`: the one `scanFeatures` computes while it reads a word. */
export function spellingHash(text: string, start: number = 0, end: number = text.length): number {
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash;
}

/**
 * The distinct spellings of one side's words, each with a value, found by a hash of code units computed
 * during the scan (`spellingHash`) and compared in place: a word seen before (most words of a document) is
 * looked up without a string being cut out of its segment. Open addressing, linear probing, at most half full.
 */
export class SpellingTable<T> {
  private slots = new Int32Array(1024).fill(-1);
  private readonly hashes = new IntBuffer(512);
  /** Each entry's code units, back to back in `units` from `unitStart`: compared without touching its string. */
  private readonly unitStart = new IntBuffer(512);
  private readonly lengths = new IntBuffer(512);
  private units = new Uint16Array(4096);
  private unitCount = 0;
  /** Value per entry (entries are numbered 0 … size − 1 in the order they were added). */
  readonly values: T[] = [];

  /** Number of spellings held. */
  get size(): number {
    return this.values.length;
  }

  /** The entry of `text[start, end)` (hash `hash`, from `spellingHash`), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry < 0) return -1;
      if (this.hashes.data[entry] !== hash || this.lengths.data[entry] !== length) continue;
      const from = this.unitStart.data[entry]!;
      let k = 0;
      while (k < length && this.units[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return entry;
    }
  }

  /** Adds `text[start, end)` (hash `hash`), which `find` did not find. */
  add(text: string, start: number, end: number, hash: number, value: T): void {
    const entry = this.values.length;
    const length = end - start;
    if (this.unitCount + length > this.units.length) {
      const grown = new Uint16Array(Math.max(2 * this.units.length, this.unitCount + length));
      grown.set(this.units);
      this.units = grown;
    }
    for (let k = 0; k < length; k++) this.units[this.unitCount + k] = text.charCodeAt(start + k);
    this.unitStart.push(this.unitCount);
    this.unitCount += length;
    this.lengths.push(length);
    this.values.push(value);
    this.hashes.push(hash);
    if (2 * this.values.length > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      for (let e = 0; e <= entry; e++) this.place(this.hashes.data[e]!, e);
    } else {
      this.place(hash, entry);
    }
  }

  /** The value of `spelling`, or undefined (for a caller that holds the spelling as a string). */
  get(spelling: string): T | undefined {
    const entry = this.find(spelling, 0, spelling.length, spellingHash(spelling));
    return entry < 0 ? undefined : this.values[entry];
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }
}

/**
 * One side read but not yet weighed: every segment's raw tokens (before the MAX_TOKENS cut) as
 * document-frequency ids and key sets, with the key ids of a table of its own (`keyNames`, in the order
 * they were interned). Only typed arrays and strings, so it can be made on another thread (a worker, on
 * the other core) and handed over without copying the arrays; `finishFeatures` then weighs it and maps its
 * keys into the table both sides share.
 */
export interface SideScan {
  count: number;
  length: Float64Array;
  chromeLike: Uint8Array;
  block: Int32Array;
  /** Continuation cues (continuation.ts), when the scan's maker has them. */
  continues?: Uint8Array;
  /** Raw tokens of segment i: `rawStart[i] .. rawStart[i + 1]` in rawDf and rawKeySet. */
  rawStart: Int32Array;
  rawDf: Int32Array;
  rawKeySet: Int32Array;
  /** Key set s is `setKeys[setStart[s] .. setStart[s] + setSize[s])`, in the scan's own key ids. */
  setStart: Int32Array;
  setSize: Int32Array;
  setKeys: Int32Array;
  /** Segments that hold each document-frequency id, and its stem id (-1 for anchors and structure classes). */
  documentFrequency: Int32Array;
  dfStem: Int32Array;
  /** The scan's key id k is the string `keyNames[k]`. */
  keyNames: string[];
}

/** The buffers of a scan's arrays: what a worker lists to transfer it without copying. */
export function scanBuffers(scan: SideScan): ArrayBuffer[] {
  const arrays = [
    scan.length,
    scan.chromeLike,
    scan.block,
    scan.rawStart,
    scan.rawDf,
    scan.rawKeySet,
    scan.setStart,
    scan.setSize,
    scan.setKeys,
    scan.documentFrequency,
    scan.dfStem,
    ...(scan.continues ? [scan.continues] : []),
  ];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/**
 * Builds the features of one side: `scanFeatures`, then `finishFeatures`. `words` keeps this side's stem
 * ids; `keys` is shared by both sides so that equal keys get equal ids.
 */
export function buildFeatures(
  texts: readonly string[],
  anchors: AnchorSource,
  blocks: readonly number[] | undefined,
  keys: KeyTable,
  words: KeyTable,
): SideFeatures {
  return finishFeatures(scanFeatures(texts, anchors, blocks, words), keys);
}

/**
 * Reads one side (the costly part of its features: anchors and words). `words` keeps this side's stem ids.
 *
 * Everything per token is an integer: a token is its document-frequency id (one per distinct word, anchor
 * key or structure class on this side), its stem id and its key set (one per distinct word, anchor or
 * structure class, stored once). Strings are interned once per distinct value, never per token, and key ids
 * are handed out in the same order as a token-by-token build would, so the ids (and with them the MinHash
 * tie-breaks in `finishFeatures`) do not depend on this representation.
 */
export function scanFeatures(
  texts: readonly string[],
  anchors: AnchorSource,
  blocks: readonly number[] | undefined,
  words: KeyTable,
  memo?: WordAnalysisMemo,
): SideScan {
  // This side's own key ids; finishFeatures maps them into the shared table in the order they were
  // interned here, which gives every key the id that interning straight into the shared table would.
  const keys = new KeyTable();
  const count = texts.length;
  const length = new Float64Array(count);
  const block = new Int32Array(count).fill(-1);
  const chromeLike = new Uint8Array(count);

  // Key sets, each stored once: set s is `setKeys[setStart[s] .. setStart[s] + setSize[s])`.
  const setStart = new IntBuffer(1024);
  const setSize = new IntBuffer(1024);
  const setKeys = new IntBuffer(4096);
  const newKeySet = (ids: readonly number[]): number => {
    setStart.push(setKeys.length);
    setSize.push(ids.length);
    for (const id of ids) setKeys.push(id);
    return setStart.length - 1;
  };
  // Document-frequency ids on this side: a word, an anchor key and a structure class never share one
  // (they were "w:", "a:" and "p:" strings).
  const documentFrequency = new IntBuffer(4096);
  /** The last segment in which each document-frequency id was taken: a bag of types per segment. */
  const lastSeen = new IntBuffer(4096);
  /** Stem id of each document-frequency id (one folded word each; -1 for anchors and structure classes). */
  const dfStem = new IntBuffer(4096);
  const newDf = (stem: number): number => {
    documentFrequency.push(0);
    lastSeen.push(-1);
    dfStem.push(stem);
    return documentFrequency.length - 1;
  };

  /** Per distinct folded word: its df id, stem id and key set (keyed by its first spelling's case). */
  interface WordInfo {
    df: number;
    stem: number;
    keySet: number;
  }
  const byFolded = new Map<string, WordInfo>();
  /** Per distinct spelling as written; null for a digits-only word, which is the anchors' job. */
  const bySpelling = new SpellingTable<WordInfo | null>();
  /** The info of a spelling not seen before (and the entry it gets). */
  const newWordInfo = (text: string, start: number, end: number, hash: number): WordInfo | null => {
    let info: WordInfo | null;
    const analysis = analyseSpelling(text.slice(start, end), memo);
    if (analysis === null) {
      info = null;
    } else {
      info = byFolded.get(analysis.folded) ?? null;
      if (info === null) {
        // Interned in the order the keys were always interned: the stem, the cognate key, the skeletons.
        const stem = words.id(analysis.stem);
        const ids = analysis.keyNames.map((name) => keys.id(name));
        info = { df: newDf(stem), stem, keySet: newKeySet(ids) };
        byFolded.set(analysis.folded, info);
      }
    }
    bySpelling.add(text, start, end, hash, info);
    return info;
  };

  // Anchors: the df id and "a:" key id per anchor key; the key set per anchor key and, for entities, text.
  const anchorDf = new Map<string, { df: number; key: number; plain: number; byText: Map<string, number> }>();
  const anchorToken = (anchor: Anchor): { df: number; keySet: number } => {
    const akey = anchor.key!;
    let entry = anchorDf.get(akey);
    if (entry === undefined) {
      const key = keys.id(`a:${akey}`);
      entry = { df: newDf(-1), key, plain: -1, byText: new Map() };
      anchorDf.set(akey, entry);
    }
    if (anchor.kind !== 'entity') {
      if (entry.plain < 0) entry.plain = newKeySet([entry.key]);
      return { df: entry.df, keySet: entry.plain };
    }
    let keySet = entry.byText.get(anchor.text);
    if (keySet === undefined) {
      const ids = [entry.key];
      for (const name of nameSkeletonKeys(anchor.text, memo)) ids.push(keys.id(name));
      keySet = newKeySet(ids);
      entry.byText.set(anchor.text, keySet);
    }
    return { df: entry.df, keySet };
  };

  // Per structure class (STRUCTURE_KEYS' index): its df id and key set, made when first seen.
  const structureDf = new Int32Array(STRUCTURE_KEYS.length).fill(-1);
  const structureKeySet = new Int32Array(STRUCTURE_KEYS.length);

  // Raw tokens of every segment, before the MAX_TOKENS cut: segment i is `rawStart[i] .. rawStart[i + 1]`.
  const rawStart = new Int32Array(count + 1);
  const rawDf = new IntBuffer(count * 8);
  const rawKeySet = new IntBuffer(count * 8);
  let segment = 0;
  // A token's stem is its document-frequency id's (dfStem), so it is not stored per raw token.
  const add = (df: number, keySet: number) => {
    if (lastSeen.data[df] === segment) return; // a bag of types: repeating a word is no extra evidence
    lastSeen.data[df] = segment;
    documentFrequency.data[df]!++;
    rawDf.push(df);
    rawKeySet.push(keySet);
  };

  for (let i = 0; i < count; i++) {
    const text = texts[i]!;
    if (blocks && blocks[i] !== undefined) block[i] = blocks[i]!;
    rawStart[i] = rawDf.length;
    segment = i;
    for (const anchor of (typeof anchors === 'function' ? anchors(i) : anchors[i]) ?? []) {
      if (!anchor.key) continue;
      const token = anchorToken(anchor);
      add(token.df, token.keySet);
    }
    // One pass over the code units gives the words (WORD_RE's matches, in order), the collapsed length
    // (`collapsedLength`), the separators (SEPARATOR_RE) and whether a quotation mark occurs (QUOTE_RE):
    // these were four regular-expression scans and a match object per word. Whitespace is not a word
    // character, so the words of the text are the words of its collapsed form.
    let wordCount = 0;
    let separators = 0;
    let hasQuote = false;
    let collapsed = 0;
    let pendingSpace = false;
    const end = text.length;
    for (let k = 0; k < end; ) {
      const c = text.charCodeAt(k);
      let width = wordCharacterWidth(text, k, c);
      if (width === 0) {
        k++;
        if (isSpace(c)) {
          pendingSpace = collapsed > 0;
          continue;
        }
        if (pendingSpace) collapsed++;
        pendingSpace = false;
        collapsed++;
        if (isSeparator(c)) separators++;
        else if (isQuote(c)) hasQuote = true;
        continue;
      }
      const start = k;
      let hash = FNV_OFFSET;
      for (;;) {
        for (const stop = k + width; k < stop; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
        if (k >= end) break;
        width = wordCharacterWidth(text, k, text.charCodeAt(k));
        if (width === 0) break;
      }
      if (pendingSpace) collapsed++;
      pendingSpace = false;
      collapsed += k - start;
      wordCount++;
      const entry = bySpelling.find(text, start, k, hash);
      const info = entry >= 0 ? bySpelling.values[entry]! : newWordInfo(text, start, k, hash);
      if (info) add(info.df, info.keySet);
    }
    length[i] = collapsed;
    chromeLike[i] = chromeCuesOf(text, collapsed, wordCount, separators);
    const bits = structureBits(text, hasQuote);
    for (let s = 0; bits !== 0 && s < STRUCTURE_KEYS.length; s++) {
      if ((bits & (1 << s)) === 0) continue;
      if (structureDf[s]! < 0) {
        structureDf[s] = newDf(-1);
        structureKeySet[s] = newKeySet([keys.id(STRUCTURE_KEYS[s]!)]);
      }
      add(structureDf[s]!, structureKeySet[s]!);
    }
  }
  rawStart[count] = rawDf.length;
  return {
    count,
    length,
    chromeLike,
    block,
    rawStart,
    rawDf: rawDf.data.subarray(0, rawDf.length),
    rawKeySet: rawKeySet.data.subarray(0, rawKeySet.length),
    setStart: setStart.data.subarray(0, setStart.length),
    setSize: setSize.data.subarray(0, setSize.length),
    setKeys: setKeys.data.subarray(0, setKeys.length),
    documentFrequency: documentFrequency.data.subarray(0, documentFrequency.length),
    dfStem: dfStem.data.subarray(0, dfStem.length),
    keyNames: keys.names(),
  };
}

/**
 * A scanned side's features: token weights from document frequencies, each segment's MAX_TOKENS heaviest
 * tokens, the scan's keys mapped into `keys` (the table both sides share; the source side is finished
 * first, as it was scanned first).
 */
export function finishFeatures(scan: SideScan, keys: KeyTable): SideFeatures {
  const { count, length, chromeLike, block, rawStart, rawDf, rawKeySet, setStart, setSize, documentFrequency, dfStem } = scan;
  // Plain loops: `Int32Array.from` with a mapping function took 2 % of an article's alignment (CPU profile).
  const keyId = new Int32Array(scan.keyNames.length);
  for (let k = 0; k < keyId.length; k++) keyId[k] = keys.id(scan.keyNames[k]!);
  const setKeys = new Int32Array(scan.setKeys.length);
  for (let s = 0; s < setKeys.length; s++) setKeys[s] = keyId[scan.setKeys[s]!]!;

  // Inverse document frequency, floored so that even a word in every segment counts a little, and
  // smoothed so that short documents (where everything is rare) still rank words sensibly. Computed once
  // per distinct key.
  const weightOfDf = new Float64Array(documentFrequency.length);
  for (let d = 0; d < weightOfDf.length; d++) {
    weightOfDf[d] = Math.max(0.1, Math.log((count + 1) / (documentFrequency[d]! + 0.5)));
  }
  const firstKey = (keySet: number): number => (setSize[keySet]! > 0 ? setKeys[setStart[keySet]!]! : 0);

  // Choose each segment's tokens (indices into the raw arrays), in the order they will be stored.
  const tokenStart = new Int32Array(count + 1);
  const chosen = new Int32Array(rawDf.length);
  let totalTokens = 0;
  let totalKeys = 0;
  const rawWeight = new Float64Array(MAX_TOKENS * 4);
  const rawHash = new Float64Array(MAX_TOKENS * 4);
  const best = new Int32Array(MAX_TOKENS);
  for (let i = 0; i < count; i++) {
    const from = rawStart[i]!;
    const n = rawStart[i + 1]! - from;
    tokenStart[i] = totalTokens;
    if (n > MAX_TOKENS) {
      // Keep the most informative tokens. Ties in weight (common in merged coarse segments, and in
      // repetitive text where every word has the same frequency) go by a hash of the token's first match
      // key, MinHash-style: both sides then keep the same cognates and anchors, where first appearance
      // would keep each unit's first sentence and make two units' evidence depend on where they start.
      // (As a stable sort would order them: tokens equal in both keep their order of appearance.) The
      // first MAX_TOKENS of that order are kept (heaviestFirst): linear in the segment's tokens.
      const weight = n <= rawWeight.length ? rawWeight : new Float64Array(n);
      const hash = n <= rawHash.length ? rawHash : new Float64Array(n);
      for (let t = 0; t < n; t++) {
        weight[t] = weightOfDf[rawDf[from + t]!]!;
        hash[t] = keyHash(firstKey(rawKeySet[from + t]!));
      }
      heaviestFirst(weight, hash, n, best);
      for (let t = 0; t < MAX_TOKENS; t++) chosen[totalTokens++] = from + best[t]!;
    } else {
      for (let t = 0; t < n; t++) chosen[totalTokens++] = from + t;
    }
    for (let t = tokenStart[i]!; t < totalTokens; t++) totalKeys += setSize[rawKeySet[chosen[t]!]!]!;
  }
  tokenStart[count] = totalTokens;

  const tokenDf = new Int32Array(totalTokens);
  const totalWeight = new Float64Array(count);
  const keyStart = new Int32Array(totalTokens + 1);
  const keyList = new Int32Array(totalKeys);
  let x = 0;
  for (let i = 0; i < count; i++) {
    for (let k = tokenStart[i]!; k < tokenStart[i + 1]!; k++) {
      const raw = chosen[k]!;
      const d = rawDf[raw]!;
      tokenDf[k] = d;
      const w = weightOfDf[d]!;
      totalWeight[i] = totalWeight[i]! + w;
      keyStart[k] = x;
      const set = rawKeySet[raw]!;
      const start = setStart[set]!;
      const end = start + setSize[set]!;
      for (let s = start; s < end; s++) keyList[x++] = setKeys[s]!;
    }
  }
  keyStart[totalTokens] = x;
  return {
    count,
    length,
    chromeLike,
    block,
    ...(scan.continues ? { continues: scan.continues } : {}),
    tokenStart,
    tokenDf,
    dfWeight: weightOfDf,
    dfStem,
    totalWeight,
    keyStart,
    keys: keyList,
  };
}

/** A learnt word pair: source stem id, target stem id (lexicon.ts's entries have this shape). */
export interface WordPair {
  sourceWord: number;
  targetWord: number;
}

/**
 * Both sides with the learnt translations as extra match keys: a source token whose stem has translations
 * also carries `x:<target stem>` for each (in lexicon order), a target token whose stem is some entry's
 * translation carries `x:<its stem>`. The same keys, in the same order, as the per-token form
 * (test/align/long-scale.test.ts) with a list per token, held as per-stem tables (`extraStart`/`extraKeys`,
 * read after each token's own keys) that share the token arrays of `source` and `target`: no copy of every
 * token's keys. Takes sides without learnt keys (any there are replaced, not added to).
 */
export function withLexiconKeys(
  source: SideFeatures,
  target: SideFeatures,
  lexicon: readonly WordPair[],
  keys: KeyTable,
): { source: SideFeatures; target: SideFeatures } {
  if (lexicon.length === 0) return { source, target };
  // Key ids in lexicon order, as they were interned when each entry was turned into its keys.
  const entryKey = new Int32Array(lexicon.length);
  let maxSourceWord = -1;
  let maxTargetWord = -1;
  for (let e = 0; e < lexicon.length; e++) {
    const entry = lexicon[e]!;
    entryKey[e] = keys.id(`x:${entry.targetWord}`);
    if (entry.sourceWord > maxSourceWord) maxSourceWord = entry.sourceWord;
    if (entry.targetWord > maxTargetWord) maxTargetWord = entry.targetWord;
  }
  // Translations per source stem as lists in one array: stem s has `extraKeys[extraStart[s] .. extraStart[s + 1])`.
  const extraStart = new Int32Array(maxSourceWord + 2);
  for (const entry of lexicon) extraStart[entry.sourceWord + 1]!++;
  for (let s = 0; s <= maxSourceWord; s++) extraStart[s + 1]! += extraStart[s]!;
  const fill = extraStart.slice(0, maxSourceWord + 1);
  const extraKeys = new Int32Array(lexicon.length);
  for (let e = 0; e < lexicon.length; e++) extraKeys[fill[lexicon[e]!.sourceWord]!++] = entryKey[e]!;
  // The one key of each target stem that some entry translates to (-1: none).
  const targetKey = new Int32Array(maxTargetWord + 1).fill(-1);
  for (let e = 0; e < lexicon.length; e++) targetKey[lexicon[e]!.targetWord] = entryKey[e]!;

  // Target stem t: one key when some entry translates to it, none otherwise, as the same per-stem lists.
  const targetStart = new Int32Array(maxTargetWord + 2);
  for (let t = 0; t <= maxTargetWord; t++) targetStart[t + 1] = targetStart[t]! + (targetKey[t]! >= 0 ? 1 : 0);
  const targetKeys = new Int32Array(targetStart[maxTargetWord + 1]!);
  for (let t = 0; t <= maxTargetWord; t++) if (targetKey[t]! >= 0) targetKeys[targetStart[t]!] = targetKey[t]!;
  return {
    source: { ...source, extraStart, extraKeys },
    target: { ...target, extraStart: targetStart, extraKeys: targetKeys },
  };
}

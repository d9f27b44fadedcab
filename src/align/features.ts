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
}

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
  /** Offsets into the token arrays, `count + 1` entries. */
  tokenStart: Int32Array;
  /** Stem id (per side) of each token, for lexicon learning; -1 for anchor and punctuation tokens. */
  tokenWord: Int32Array;
  /** Weight of each token (inverse document frequency on its own side). */
  tokenWeight: Float64Array;
  /** Sum of token weights per segment. */
  totalWeight: Float64Array;
  /** Match keys of each token: `keys[keyStart[k] .. keyStart[k + 1])` for token k. */
  keyStart: Int32Array;
  keys: Int32Array;
}

/** Lower-cases and strips diacritics so "Malmström" and "Malmstrom", "é" and "e" compare equal. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** A fixed scramble of a key id (Knuth's multiplicative hash), for tie-breaking that both sides agree on. */
function keyHash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0;
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END_RE = /[.!?؟。…]["”’»)\]]*\s*$/u;
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
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  let cues = 0;
  const sentence = SENTENCE_END_RE.test(trimmed);
  if (trimmed.length <= CHROME_MAX_LENGTH && !sentence) cues |= CHROME_SHAPE;
  const words = trimmed.match(WORD_RE)?.length ?? 0;
  // A pattern counts on an unpunctuated line (a button, a label, a tag list) or a sentence of a few words
  // ("Lämna en kommentar."): a full sentence that mentions comments or subscribing ("لكل شخص حق التملك
  // بمفرده أو بالاشتراك مع غيره.", "noter och kommentarer") is body text.
  const eligible = sentence ? words <= CHROME_SENTENCE_MAX_WORDS : words <= CHROME_PATTERN_MAX_WORDS;
  if (eligible && CHROME_PATTERNS.some((pattern) => pattern.test(trimmed))) {
    cues |= CHROME_PATTERN;
  }
  // A tag line whose tags were links and were lost in extraction: "العلامات: , , , ,". Twice as many
  // separators as words, so that a list of words ("tentes , cordes , pitons , vivres , etc. ;") is not one.
  const separators = trimmed.match(SEPARATOR_RE)?.length ?? 0;
  if (separators >= 3 && separators >= 2 * words) cues |= CHROME_PATTERN;
  return cues;
}
const DIGITS_ONLY = /^\p{Nd}+$/u;
const BULLET_RE = /^\s*(?:[•·▪◦‣∙*●○■□–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/u;
const QUOTE_RE = /["“”„«»‘’‚‹›]/u;

/** Punctuation and structure classes that a translation keeps: a question stays a question, a bullet a bullet. */
function structureKeys(text: string): string[] {
  const keys: string[] = [];
  const end = text.trimEnd().slice(-2);
  if (/[?؟]/u.test(end)) keys.push('p:question');
  else if (/!/u.test(end)) keys.push('p:exclamation');
  else if (/[:：]/u.test(end)) keys.push('p:colon');
  if (BULLET_RE.test(text)) keys.push('p:bullet');
  if (QUOTE_RE.test(text)) keys.push('p:quote');
  return keys;
}

/** A word's cognate key: its first letters, or the whole word when short. */
export function cognateKey(folded: string): string {
  return folded.length >= COGNATE_PREFIX ? folded.slice(0, COGNATE_PREFIX) : folded;
}

interface RawToken {
  word: number;
  keys: number[];
  /** Document-frequency key on this side (the word, or the anchor key). */
  dfKey: string;
}

/**
 * Builds the features of one side. `sideTag` keeps the two sides' word ids apart; `keys` is shared by both
 * sides so that equal keys get equal ids.
 */
export function buildFeatures(
  texts: readonly string[],
  anchors: readonly (readonly Anchor[])[],
  blocks: readonly number[] | undefined,
  keys: KeyTable,
  words: KeyTable,
): SideFeatures {
  const count = texts.length;
  const length = new Float64Array(count);
  const block = new Int32Array(count).fill(-1);
  const chromeLike = new Uint8Array(count);
  const perSegment: RawToken[][] = [];
  const documentFrequency = new Map<string, number>();
  // Per-call caches: a word's stem id and name-skeleton keys are computed once per distinct word.
  const stemIds = new Map<string, number>();
  const foldedWords = new Map<string, string>();
  const skeletonKeys = new Map<string, number[]>();
  const wordKeys = (folded: string, original: string): number[] => {
    let list = skeletonKeys.get(folded);
    if (!list) {
      list = [keys.id(`c:${cognateKey(folded)}`)];
      // A word of a script without case (Arabic) may be a transliterated name: key it by its skeleton so
      // it meets the names of the other side (whose entity anchors carry the same keys).
      if (original.toLowerCase() === original.toUpperCase()) {
        for (const skeleton of uncasedNameSkeletons(folded)) list.push(keys.id(`n:${skeleton}`));
      }
      skeletonKeys.set(folded, list);
    }
    return list;
  };
  const stemId = (folded: string): number => {
    let id = stemIds.get(folded);
    if (id === undefined) {
      id = words.id(stemOf(folded));
      stemIds.set(folded, id);
    }
    return id;
  };

  for (let i = 0; i < count; i++) {
    const text = texts[i]!;
    length[i] = text.replace(/\s+/gu, ' ').trim().length;
    chromeLike[i] = chromeCues(text);
    if (blocks && blocks[i] !== undefined) block[i] = blocks[i]!;
    const tokens: RawToken[] = [];
    const seen = new Set<string>();
    const add = (dfKey: string, word: number, tokenKeys: number[]) => {
      if (seen.has(dfKey)) return; // a bag of types: repeating a word is no extra evidence
      seen.add(dfKey);
      tokens.push({ word, keys: tokenKeys, dfKey });
    };
    for (const anchor of anchors[i] ?? []) {
      if (!anchor.key) continue;
      const anchorKeys = [keys.id(`a:${anchor.key}`)];
      if (anchor.kind === 'entity') for (const skeleton of nameSkeletons(anchor.text)) anchorKeys.push(keys.id(`n:${skeleton}`));
      add(`a:${anchor.key}`, -1, anchorKeys);
    }
    for (const match of text.matchAll(WORD_RE)) {
      let folded = foldedWords.get(match[0]);
      if (folded === undefined) {
        folded = foldWord(match[0]);
        foldedWords.set(match[0], folded);
      }
      // Numbers are the anchors' job (they read every digit system and locale); a bare digit token would
      // count them twice.
      if (DIGITS_ONLY.test(folded)) continue;
      add(`w:${folded}`, stemId(folded), wordKeys(folded, match[0]));
    }
    for (const key of structureKeys(text)) add(key, -1, [keys.id(key)]);
    perSegment.push(tokens);
    for (const token of tokens) documentFrequency.set(token.dfKey, (documentFrequency.get(token.dfKey) ?? 0) + 1);
  }

  // Inverse document frequency, floored so that even a word in every segment counts a little, and
  // smoothed so that short documents (where everything is rare) still rank words sensibly. Computed once
  // per distinct key (the document frequencies are replaced by the weights in place).
  const weights = documentFrequency;
  for (const [key, df] of documentFrequency) weights.set(key, Math.max(0.1, Math.log((count + 1) / (df + 0.5))));
  const weightOf = (dfKey: string) => weights.get(dfKey) ?? 0.1;

  const tokenStart = new Int32Array(count + 1);
  const chosen: RawToken[][] = [];
  let totalTokens = 0;
  for (let i = 0; i < count; i++) {
    let tokens = perSegment[i]!;
    if (tokens.length > MAX_TOKENS) {
      // Keep the most informative tokens. Ties in weight (common in merged coarse segments, and in
      // repetitive text where every word has the same frequency) go by a hash of the token's first match
      // key, MinHash-style: both sides then keep the same cognates and anchors, where first appearance
      // would keep each unit's first sentence and make two units' evidence depend on where they start.
      const ranked = tokens.map((token) => ({ token, weight: weightOf(token.dfKey), hash: keyHash(token.keys[0] ?? 0) }));
      ranked.sort((a, b) => b.weight - a.weight || a.hash - b.hash);
      tokens = ranked.slice(0, MAX_TOKENS).map((r) => r.token);
    }
    chosen.push(tokens);
    tokenStart[i] = totalTokens;
    totalTokens += tokens.length;
  }
  tokenStart[count] = totalTokens;

  const tokenWord = new Int32Array(totalTokens);
  const tokenWeight = new Float64Array(totalTokens);
  const totalWeight = new Float64Array(count);
  const keyStart = new Int32Array(totalTokens + 1);
  const keyList: number[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    for (const token of chosen[i]!) {
      tokenWord[k] = token.word;
      const w = weightOf(token.dfKey);
      tokenWeight[k] = w;
      totalWeight[i] = totalWeight[i]! + w;
      keyStart[k] = keyList.length;
      for (const key of token.keys) keyList.push(key);
      k++;
    }
  }
  keyStart[totalTokens] = keyList.length;
  return {
    count,
    length,
    chromeLike,
    block,
    tokenStart,
    tokenWord,
    tokenWeight,
    totalWeight,
    keyStart,
    keys: Int32Array.from(keyList),
  };
}

/** Returns a copy of `side` where token k also carries the keys in `extra[k]` (learnt translations). */
export function withExtraKeys(side: SideFeatures, extra: ReadonlyMap<number, readonly number[]>): SideFeatures {
  if (extra.size === 0) return side;
  const tokens = side.tokenWord.length;
  const keyStart = new Int32Array(tokens + 1);
  const keyList: number[] = [];
  for (let k = 0; k < tokens; k++) {
    keyStart[k] = keyList.length;
    for (let x = side.keyStart[k]!; x < side.keyStart[k + 1]!; x++) keyList.push(side.keys[x]!);
    const more = extra.get(k);
    if (more) for (const key of more) keyList.push(key);
  }
  keyStart[tokens] = keyList.length;
  return { ...side, keyStart, keys: Int32Array.from(keyList) };
}

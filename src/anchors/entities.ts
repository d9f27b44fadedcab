/**
 * Names and acronyms in cased scripts (Latin, Cyrillic, Greek): capitalised word sequences that are not
 * merely a capitalised sentence opener ("The", "Det", "W"), and words in capitals ("UNODC", "USA:s").
 * Uncased scripts (Arabic, Hebrew, CJK, …) have no such signal; their names are found against the other
 * side's names by transliteration (see names.ts).
 */
import { SENTENCE_STOPWORDS } from '../data/stopwords.js';
import type { LanguageCode } from '../types.js';
import { baseLanguage, lookUpMonth, mayBeMonthWord } from './number-words.js';
import { codeUnitsMatching, foldName, hasUpperCase, isLetter, isLetterCode, isLower, isLowerCode, isUpper, isUpperCode } from './text.js';

/** An entity or acronym found in the scanned text; offsets are into that text. */
export interface EntitySpan {
  kind: 'entity' | 'acronym';
  start: number;
  end: number;
  text: string;
  key: string;
  /** A lone capitalised word at the start of a sentence: maybe a name, maybe an ordinary word. */
  weak: boolean;
}

/** Lower-case particles inside names: "Ursula von der Leyen", "Bank of England", "Osama bin Laden". */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'af', 'of']);
const MAX_PARTICLE_LENGTH = Math.max(...[...NAME_PARTICLES].map((p) => p.length));
/**
 * The first two letters of every particle (each has at least two): a short lower-case word is cut out
 * and looked up only when it opens like one. Derived data.
 */
const PARTICLE_OPENINGS: ReadonlySet<number> = new Set([...NAME_PARTICLES].map((p) => p.charCodeAt(0) * 0x10000 + p.charCodeAt(1)));
/** Characters that may stand between a sentence boundary and its first word: quotes, brackets, bullets. */
const OPENERS = /[\s"'“”„«»‘’‚()[\]{}\-–—•·*‣▪●]/u;
/** OPENERS for each code unit below OPENER_TABLE_SIZE, 1 or 0 (derived data: tested before every capitalised word). */
const OPENER_TABLE_SIZE = 0x800;
const OPENER: Uint8Array = codeUnitsMatching(OPENERS, OPENER_TABLE_SIZE);

function isOpener(code: number): boolean {
  return code < OPENER_TABLE_SIZE ? OPENER[code] === 1 : OPENERS.test(String.fromCharCode(code));
}

/** Sentence-final punctuation: . ! ? ؟ … : ; */
function isSentenceEndCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f || code === 0x2026 || code === 0x3a || code === 0x3b;
}
/** Roman numerals are written in capitals but are numbers, not acronyms ("Henry VIII", "II"). */
const ROMAN_NUMERAL = /^[IVXLCDM]{1,5}$/u;
/** Share of words in capitals above which a segment is shouting ("DELA MED SIG"), not naming. */
const SHOUTING_SHARE = 0.5;

interface Word {
  start: number;
  end: number;
  text: string;
  shape: 'name' | 'acronym' | 'other';
}

function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    // Table lookups on the code unit where the table covers it, without a string per character.
    const code = word.charCodeAt(i);
    const lower = isLowerCode(code);
    if (lower !== undefined) {
      if (lower) return false;
      if (isUpperCode(code)) letters++;
      continue;
    }
    const point = word.codePointAt(i)!;
    if (point > 0xffff) i++;
    const ch = String.fromCodePoint(point);
    if (isLower(ch)) return false;
    if (isUpper(ch)) letters++;
  }
  return letters >= 2;
}

/** Whether the character starting at `index` is upper-case (`isUpper` of that one code unit, as before). */
function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isUpperCode(code) ?? isUpper(text[index]!);
}

/** Cuts a hyphenated word to its leading capitalised parts: "EU-kommissionären" → "EU". */
function leadingNamePart(text: string): string {
  const parts = text.split('-');
  let kept = 0;
  for (const part of parts) {
    if (!isUpper(part[0] ?? '')) break;
    kept++;
  }
  return parts.slice(0, kept).join('-');
}

/** "NGOs": an acronym with an English plural. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const POSSESSIVE = /['’]s$/u;

/** Whether `text[start, end)` is lower-case letters then a capital ("iPhone", "eBay"): `/^\p{Ll}+\p{Lu}/u`. */
function lowerThenUpper(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end) {
    // Table lookups without a one-character string for the common scripts (this runs on every word).
    const code = text.charCodeAt(k);
    const lower = isLowerCode(code);
    if (lower !== undefined) {
      if (!lower) return k > start && isUpperCode(code) === true;
      k++;
      continue;
    }
    const cp = text.codePointAt(k)!;
    const ch = cp > 0xffff ? text.slice(k, k + 2) : text[k]!;
    if (!isLower(ch)) return k > start && isUpper(ch);
    k += ch.length;
  }
  return false;
}

/** Whether `text` is fewer than two code points long. */
function isSingleCharacter(text: string): boolean {
  return text.length < 2 || (text.length === 2 && text.codePointAt(0)! > 0xffff);
}

/** Most words: lower case. Only "iPhone", "eBay" (a capital after a lower-case start) are names. */
function classifyLower(text: string, start: number, end: number): Word | undefined {
  if (!lowerThenUpper(text, start, end)) return undefined;
  const raw = text.slice(start, end);
  if (raw.includes('-')) return undefined;
  return { start, end, text: raw, shape: 'name' };
}

/** A word that starts with a capital: a name, an acronym, or a single letter. */
function classifyCapitalised(start: number, raw: string): Word {
  let text = raw.includes('-') ? leadingNamePart(raw) : raw;
  // English possessive: "Malmström's" names Malmström.
  if (text.endsWith('s')) text = text.replace(POSSESSIVE, '');
  const end = start + text.length;
  if (isAllCaps(text)) return { start, end, text, shape: ROMAN_NUMERAL.test(text) ? 'other' : 'acronym' };
  if (text.length >= 3 && text.charCodeAt(text.length - 1) === 0x73 && PLURAL_ACRONYM.test(text)) return { start, end: end - 1, text: text.slice(0, -1), shape: 'acronym' };
  if (isSingleCharacter(text)) return { start, end, text, shape: 'other' };
  return { start, end, text, shape: 'name' };
}

/** Length in code units of the letter or combining mark at `index`, 0 when there is none. */
function letterLength(text: string, index: number): number {
  if (index >= text.length) return 0;
  const c = text.charCodeAt(index);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(index)!;
    return cp > 0xffff && isLetter(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return isLetterCode(c) ? 1 : 0;
}

/**
 * End of the word starting at `start`: letters and marks, with inner apostrophes and hyphens ("O'Brien",
 * "EU-kommissionären"): what the pattern [\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)* matches, found without a
 * match object per word. Returned as end × 2, plus 1 when the word may hold an upper-case letter (one of
 * the class table's, or any character outside it): a word without one is no "iPhone", and
 * `classifyLower` need not read it again. One tight loop over the code units, no call per character of
 * the table's scripts.
 */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let k = start;
  let upper = 0;
  for (;;) {
    while (k < n) {
      const c = text.charCodeAt(k);
      const lower = isLowerCode(c);
      if (lower !== undefined) {
        if (!isLetterCode(c)) break;
        if (!lower && isUpperCode(c)) upper = 1;
        k++;
        continue;
      }
      const width = letterLength(text, k);
      if (width === 0) break;
      upper = 1;
      k += width;
    }
    const c = k < n ? text.charCodeAt(k) : -1;
    if ((c === 0x27 || c === 0x2019 || c === 0x2d) && letterLength(text, k + 1) > 0) {
      k++;
      continue;
    }
    return k * 2 + upper;
  }
}

/** Longest lower-case word before a "." that is read as an abbreviation ("ds.", "m.", "bl.a."), not a sentence end. */
const MAX_ABBREVIATION_LETTERS = 3;

/** Whether exactly one space or no-break space separates `from` and `to`. */
function isSingleSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && (text[from] === ' ' || text[from] === '\u00A0');
}

function isSentenceInitial(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isOpener(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  if (!isSentenceEndCode(text.charCodeAt(k))) return false;
  if (text[k] !== '.') return true;
  // Within one segment a "." before a capital is more often an abbreviation ("ds. Narkotyków") than a
  // sentence end the segmenter missed: a short lower-case word before it says so.
  let w = k - 1;
  while (w >= 0 && w > k - 1 - MAX_ABBREVIATION_LETTERS - 1 && /[\p{Ll}.]/u.test(text[w]!)) w--;
  const letters = k - 1 - w;
  const abbreviation = letters >= 1 && letters <= MAX_ABBREVIATION_LETTERS && (w < 0 || !/\p{L}/u.test(text[w]!));
  return !abbreviation;
}

/**
 * The stopword lists as sets, built once at load and never changed (derived data), rather than a set of
 * a hundred words built anew for every segment.
 */
const STOPWORD_SETS: ReadonlyMap<LanguageCode, ReadonlySet<string>> = new Map(
  Object.entries(SENTENCE_STOPWORDS).map(([language, words]) => [language, new Set(words)]),
);
const NO_STOPWORDS: ReadonlySet<string> = new Set();

/** Finds the entities and acronyms of `text` (one segment). `language` selects the stopword list. */
export function findEntities(text: string, language: LanguageCode): EntitySpan[] {
  // Every name and acronym has a capital letter (a capitalised word, "iPhone", "USA"): text without one,
  // as all of an uncased script's, has none, and one scan with the class table says so.
  if (!hasUpperCase(text)) return [];
  const stopwords = STOPWORD_SETS.get(baseLanguage(language)) ?? NO_STOPWORDS;
  const words: Word[] = [];
  let allCaps = 0;
  let lettered = 0;
  for (let start = 0; start < text.length; ) {
    const c = text.charCodeAt(start);
    if (c < 0xd800 ? !isLetterCode(c) : letterLength(text, start) === 0) {
      start++;
      continue;
    }
    const scanned = scanWord(text, start);
    const end = Math.floor(scanned / 2);
    lettered++;
    let word: Word | undefined;
    if (isUpperAt(text, start)) word = classifyCapitalised(start, text.slice(start, end));
    else if (scanned % 2 === 1) word = classifyLower(text, start, end);
    if (word?.shape === 'acronym') allCaps++;
    // Lower-case words matter only as name particles; any other word breaks a run by standing in the
    // gap between two names, which the adjacency test sees, so it need not be kept.
    if (word) words.push(word);
    else if (end - start <= MAX_PARTICLE_LENGTH && end - start >= 2 && PARTICLE_OPENINGS.has(text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1))) {
      const raw = text.slice(start, end);
      if (NAME_PARTICLES.has(raw)) words.push({ start, end, text: raw, shape: 'other' });
    }
    start = end;
  }
  const shouting = lettered >= 2 && allCaps / lettered > SHOUTING_SHARE;
  if (shouting) return [];

  const found: EntitySpan[] = [];
  let run: Word[] = [];
  let runWeakStart = false;
  const flush = () => {
    // Drop particles at the edges ("of" in "Bank of" cut short).
    while (run.length > 0 && run[run.length - 1]!.shape === 'other') run.pop();
    if (run.length > 0) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const span = text.slice(first.start, last.end);
      const key = foldName(run.length === 1 ? first.text : run.map((w) => w.text).join(' '));
      if (key) found.push({ kind: 'entity', start: first.start, end: last.end, text: span, key, weak: runWeakStart && run.length === 1 });
    }
    run = [];
    runWeakStart = false;
  };

  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const lower = word.text.toLowerCase();
    if (word.shape === 'acronym') {
      flush();
      const key = foldName(word.text);
      if (key) found.push({ kind: 'acronym', start: word.start, end: word.end, text: word.text, key, weak: false });
      continue;
    }
    const previous = run[run.length - 1];
    const adjacent = previous !== undefined && isSingleSpace(text, previous.end, word.start);
    if (word.shape === 'name') {
      if (!adjacent) flush();
      const initial = isSentenceInitial(text, word.start);
      // Months are capitalised in English but are dates, not names; a stopword opens, it does not name.
      if ((mayBeMonthWord(lower, 0, lower.length) && lookUpMonth(lower) !== undefined) || (stopwords.has(lower) && (initial || run.length === 0))) {
        flush();
        continue;
      }
      if (run.length === 0) runWeakStart = initial;
      run.push(word);
      continue;
    }
    // A lower-case particle joins two capitalised words only when another capitalised word follows.
    if (adjacent && NAME_PARTICLES.has(word.text)) {
      // Look past further particles ("von der") for the capitalised word that must follow.
      let k = w;
      while (k + 1 < words.length && NAME_PARTICLES.has(words[k + 1]!.text) && k - w < 3 && isSingleSpace(text, words[k]!.end, words[k + 1]!.start)) k++;
      const next = words[k + 1];
      if (next?.shape === 'name' && isSingleSpace(text, words[k]!.end, next.start)) {
        for (let p = w; p <= k; p++) run.push(words[p]!);
        w = k;
        continue;
      }
    }
    flush();
  }
  flush();
  return found;
}

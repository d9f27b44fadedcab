/**
 * Character-level helpers the anchor finders share: Unicode digit values, accent folding,
 * transliteration to Latin, Arabic normalisation, and a bounded edit distance. All linear in the input.
 */
import { ARABIC_TO_LATIN, CYRILLIC_TO_LATIN, GREEK_TO_LATIN, LATIN_SPECIAL_TO_ASCII } from '../data/translit.js';

const DECIMAL_DIGIT = /\p{Nd}/u;
/** The zero of the first run of decimal digits after the ASCII, Arabic-Indic and Persian ones (NKo). */
const FIRST_OTHER_DIGIT = 0x7c0;

/**
 * Numeric value (0–9) of a decimal digit of any script, or -1. Unicode encodes every `Nd` digit in a
 * contiguous run of ten from 0 to 9 (a stability policy), so the value is the distance to the start of
 * the run, modulo ten (the mathematical digits are five runs back to back).
 */
export function digitValue(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  if (codePoint >= 0x660 && codePoint <= 0x669) return codePoint - 0x660;
  if (codePoint >= 0x6f0 && codePoint <= 0x6f9) return codePoint - 0x6f0;
  // No other decimal digit lies below NKo's zero (U+07C0): Latin, Greek, Cyrillic, Hebrew and Arabic
  // letters, read once per character of a document, are answered without a regular expression.
  if (codePoint < FIRST_OTHER_DIGIT || !DECIMAL_DIGIT.test(String.fromCodePoint(codePoint))) return -1;
  let run = 0;
  while (run < 50 && DECIMAL_DIGIT.test(String.fromCodePoint(codePoint - run - 1))) run++;
  return run % 10;
}

/** Whether the code point is a decimal digit of any script. */
export function isDigit(codePoint: number): boolean {
  return digitValue(codePoint) >= 0;
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

/**
 * Which of the code units 0 … `size` − 1 the one-character pattern `pattern` (`u` flag) matches, 1 or 0:
 * `pattern.test(String.fromCharCode(c))` for each, as one native replace over a string of them all
 * (what does not match is left) instead of a `test` call per character. The per-character tables built
 * at load took 2 048 calls each, several milliseconds of every process's start-up. `size` stays below
 * the surrogates (U+D800), so each code unit is a whole code point.
 */
export function codeUnitsMatching(pattern: RegExp, size: number): Uint8Array {
  const all = String.fromCharCode(...Array.from({ length: size }, (_, code) => code));
  const unmatched = all.replace(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`), '');
  const table = new Uint8Array(size).fill(1);
  for (let i = 0; i < unmatched.length; i++) table[unmatched.charCodeAt(i)] = 0;
  return table;
}

/** Characters below this have their class in `CHAR_CLASS`: Latin, Greek, Cyrillic, Hebrew, Arabic, … */
const CLASS_TABLE_SIZE = 0x800;
const LETTER_BIT = 1;
const UPPER_BIT = 2;
const LOWER_BIT = 4;

/**
 * Letter (L or M), upper-case and lower-case flags of the first `CLASS_TABLE_SIZE` code points, taken from
 * the same Unicode properties as the regular expressions. Built once at load and never changed (derived
 * data, like the number lexicons): these tests run once per character of every document, and a table
 * lookup is several times cheaper than a regular expression.
 */
const CHAR_CLASS: Uint8Array = (() => {
  const letter = codeUnitsMatching(LETTER, CLASS_TABLE_SIZE);
  const upper = codeUnitsMatching(UPPER, CLASS_TABLE_SIZE);
  const lower = codeUnitsMatching(LOWER, CLASS_TABLE_SIZE);
  const table = new Uint8Array(CLASS_TABLE_SIZE);
  for (let c = 0; c < CLASS_TABLE_SIZE; c++) {
    table[c] = (letter[c] ? LETTER_BIT : 0) | (upper[c] ? UPPER_BIT : 0) | (lower[c] ? LOWER_BIT : 0);
  }
  return table;
})();

// Table lookups first: these run once per character of every document.
/**
 * `isLetter` of the UTF-16 code unit `code` (`text.charCodeAt(i)`), for scanners: no one-character string
 * is made per character (for non-Latin-1 text each of those was an allocation).
 */
export function isLetterCode(code: number): boolean {
  if (code < CLASS_TABLE_SIZE) return (CHAR_CLASS[code]! & LETTER_BIT) !== 0;
  return LETTER.test(String.fromCharCode(code));
}
/** `isLower` of a code unit below `CLASS_TABLE_SIZE` (`undefined` above: ask `isLower` with the character). */
export function isLowerCode(code: number): boolean | undefined {
  return code < CLASS_TABLE_SIZE ? (CHAR_CLASS[code]! & LOWER_BIT) !== 0 : undefined;
}
/** `isUpper` of a code unit below `CLASS_TABLE_SIZE` (`undefined` above). */
export function isUpperCode(code: number): boolean | undefined {
  return code < CLASS_TABLE_SIZE ? (CHAR_CLASS[code]! & UPPER_BIT) !== 0 : undefined;
}
export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < CLASS_TABLE_SIZE) return (CHAR_CLASS[c]! & LETTER_BIT) !== 0;
  return LETTER.test(ch);
}
export function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < CLASS_TABLE_SIZE) return (CHAR_CLASS[c]! & UPPER_BIT) !== 0;
  return UPPER.test(ch);
}
export function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < CLASS_TABLE_SIZE) return (CHAR_CLASS[c]! & LOWER_BIT) !== 0;
  return LOWER.test(ch);
}

const ANY_UPPER = /\p{Lu}/u;
const ANY_DIGIT = /\p{Nd}/u;

/**
 * Whether the code unit is in the General Punctuation block (U+2000–U+206F: spaces, dashes, quotes, "…"),
 * which holds no letter and no digit. Text in a Latin script is written with its quotes and dashes: they
 * are passed over, where the scans below used to hand the whole rest of the text to the expression at the
 * first "–" or "”" (h11 "pipe3").
 */
function isGeneralPunctuation(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
}

/**
 * `/\p{Lu}/u.test(text)`: whether the text has an upper-case letter. The class table answers the
 * characters below CLASS_TABLE_SIZE (a property class costs the regular expression engine a range search
 * per character); from the first character above it, the expression reads the rest.
 */
export function hasUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= CLASS_TABLE_SIZE) {
      if (isGeneralPunctuation(c)) continue;
      return ANY_UPPER.test(text.slice(i));
    }
    if ((CHAR_CLASS[c]! & UPPER_BIT) !== 0) return true;
  }
  return false;
}

/** `/\p{Nd}/u.test(text)`: whether the text has a decimal digit of any script (as `hasUpperCase`). */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST_OTHER_DIGIT) {
      if (isGeneralPunctuation(c)) continue;
      return ANY_DIGIT.test(text.slice(i));
    }
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** Whether the text has a character of the Arabic blocks (U+0600–U+06FF, U+0750–U+077F, presentation forms). */
export function hasArabic(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return true;
  }
  return false;
}
export function isArabicScript(ch: string): boolean {
  return ARABIC_SCRIPT.test(ch);
}
export function isLatinScript(ch: string): boolean {
  return LATIN_SCRIPT.test(ch);
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds Arabic spelling variants that writers and MT systems mix freely: hamza seats (أ إ آ ٱ → ا),
 * alef maqsura (ى → ي), tatweel and the short-vowel marks. Keeps ة, which number words need.
 */
export function normalizeArabic(text: string): string {
  // One pass, and no copy when nothing changes (most words): this runs for every Arabic word read.
  let out: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | undefined;
    if ((c >= 0x64b && c <= 0x652) || c === 0x670 || c === 0x640) replacement = '';
    else if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) replacement = '\u0627';
    else if (c === 0x649) replacement = '\u064A';
    if (replacement === undefined) {
      if (out !== undefined) out += text[i];
      continue;
    }
    out ??= text.slice(0, i);
    out += replacement;
  }
  return out ?? text;
}

/** The transliteration of one lower-cased character (a code point) that is not ASCII. */
function transliterateCharacter(ch: string): string {
  const arabic = ARABIC_TO_LATIN[ch];
  if (arabic !== undefined) return arabic;
  const special = LATIN_SPECIAL_TO_ASCII[ch];
  if (special !== undefined) return special;
  const base = ch.normalize('NFD').replace(COMBINING_MARKS, '');
  if (base.length === 0) return '';
  return CYRILLIC_TO_LATIN[base] ?? GREEK_TO_LATIN[base] ?? base;
}

/** Characters below this have their transliteration in `TRANSLITERATION`. */
const TRANSLITERATION_TABLE_SIZE = 0x800;

/**
 * The transliteration of each of the first `TRANSLITERATION_TABLE_SIZE` code points (Latin, Greek,
 * Cyrillic, Hebrew, Arabic), from the tables and rules of `transliterateCharacter`: names and the
 * aligner's Arabic words are transliterated by the hundred thousand, and the per-character table lookups,
 * decompositions and one-character strings were most of that cost. A memo of derived data, filled the
 * first time each code point is seen: a document meets a hundred or so of the 2 048, and building them
 * all at load was several milliseconds of every process's start-up.
 */
const TRANSLITERATION: (string | undefined)[] = new Array<string | undefined>(TRANSLITERATION_TABLE_SIZE);

function transliterationOf(code: number): string {
  const known = TRANSLITERATION[code];
  if (known !== undefined) return known;
  const made = code < 128 ? String.fromCharCode(code) : transliterateCharacter(String.fromCharCode(code));
  TRANSLITERATION[code] = made;
  return made;
}

/**
 * Transliterates Arabic, Cyrillic and Greek letters to a lower-case ASCII Latin approximation, folds
 * Latin accents (ö → o, ł → l) and lower-cases everything; other characters pass through lower-cased.
 * `transliterate("مالمستروم") === "malmstrwm"`, `transliterate("Малмстрём") === "malmstrem"`.
 */
export function transliterate(text: string): string {
  // Lower-cased as a whole first: some letters lower-case by context (Greek final sigma).
  const lower = text.toLowerCase();
  // ASCII transliterates to itself: most names of Latin-script text need no rebuilding character by
  // character (and a copy after the first character that does, rather than from the start).
  let ascii = 0;
  while (ascii < lower.length && lower.charCodeAt(ascii) < 0x80) ascii++;
  if (ascii === lower.length) return lower;
  let out = lower.slice(0, ascii);
  for (let i = ascii; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < TRANSLITERATION_TABLE_SIZE) {
      out += transliterationOf(code);
      continue;
    }
    const point = lower.codePointAt(i)!;
    if (point > 0xffff) i++;
    out += transliterateCharacter(String.fromCodePoint(point));
  }
  return out;
}

/** Lower-case, accent-folded, Latin form of a word or name: the key of entity anchors. */
export function foldName(text: string): string {
  const latin = transliterate(text);
  // Already a key (letters and digits, single spaces between them): no three passes of replace and trim.
  if (isFoldedKey(latin)) return latin;
  return latin.replace(/[^a-z0-9 ]+/g, '').replace(/ +/g, ' ').trim();
}

/** Whether `text` is made of [a-z0-9] runs joined by single spaces, with none at either end. */
function isFoldedKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c !== 0x20 || i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 0x20) return false;
  }
  return true;
}

/** Longest input `editDistance` compares; longer strings are cut (names and words are far shorter). */
export const MAX_EDIT_LENGTH = 64;

/**
 * Levenshtein distance, O(|a|·|b|) on at most `MAX_EDIT_LENGTH` characters each, in one row of
 * integers (name matching calls this for every word of a segment against every name).
 */
export function editDistance(a: string, b: string): number {
  const x = a.length > MAX_EDIT_LENGTH ? a.slice(0, MAX_EDIT_LENGTH) : a;
  const y = b.length > MAX_EDIT_LENGTH ? b.slice(0, MAX_EDIT_LENGTH) : b;
  if (x === y) return 0;
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  const row = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) row[j] = j;
  for (let i = 1; i <= x.length; i++) {
    const xi = x.charCodeAt(i - 1);
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j]!;
      const substitution = diagonal + (xi === y.charCodeAt(j - 1) ? 0 : 1);
      const deletion = above + 1;
      const insertion = row[j - 1]! + 1;
      row[j] = substitution < deletion ? (substitution < insertion ? substitution : insertion) : deletion < insertion ? deletion : insertion;
      diagonal = above;
    }
  }
  return row[y.length]!;
}

/** 1 − edit distance / longer length, in [0, 1]; 0 when either string is empty. */
export function editSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const longer = Math.min(Math.max(a.length, b.length), MAX_EDIT_LENGTH);
  return Math.max(0, 1 - editDistance(a, b) / longer);
}

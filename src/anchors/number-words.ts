/**
 * Lookup of number words, scale words and month names in the per-language tables of src/data/,
 * with the spelling folds each language needs (Arabic hamza forms and clitics, Swedish compounds).
 */
import { NUMBERS_AR } from '../data/numbers-ar.js';
import { NUMBERS_DE } from '../data/numbers-de.js';
import { NUMBERS_EN } from '../data/numbers-en.js';
import { NUMBERS_PL } from '../data/numbers-pl.js';
import { NUMBERS_SV } from '../data/numbers-sv.js';
import type { NumberWordTable } from '../data/numbers-types.js';
import type { LanguageCode } from '../types.js';
import { normalizeArabic } from './text.js';

/** What one word means to a number reader. */
export interface WordMeaning {
  /** `number`: a value on its own; `scale`: a multiplier; `one`: a 1 that counts only before a scale. */
  kind: 'number' | 'scale' | 'one';
  value: number;
}

/** A table with its words folded the way lookups fold them, built once from the data files. */
export interface NumberLexicon {
  language: LanguageCode;
  /**
   * The last two letters of every word of length ≥ 2 (Arabic only): every clitic-stripped form of a word
   * ends as the word does, so a word of three or more letters whose ending is not here has no form to look
   * up (most Arabic words start with a clitic letter or the article's alef).
   */
  endings: ReadonlySet<string>;
  meanings: ReadonlyMap<string, WordMeaning>;
  abbreviatedScales: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  compounds: boolean;
  /** First letters of every number word: a compound must start with one (a cheap test before splitting). */
  compoundPrefixes: ReadonlySet<string>;
  percentWords: readonly string[];
  arabic: boolean;
  /**
   * The first two code units of every word of `meanings`, as `first × 0x10000 + second`: a word (of two
   * or more letters) that opens otherwise is no number word, whole or compound (`mayBeNumberWord`).
   */
  openings: ReadonlySet<number>;
  /** `endings` as `last but one × 0x10000 + last`. */
  endingCodes: ReadonlySet<number>;
  /**
   * Arabic only: how a word that has a meaning may end. Every form `lookUpNumberWord` tries is the folded
   * word or a suffix of it, or "ال" + X where "لل" + X is a suffix of it ("للألف" → "الألف"), so a word
   * with a meaning ends in a word of `meanings`, or in "لل" + the rest of one that opens with "ال": a tail.
   * The tails' last three letters (`tailEndings3`, as `a × 2³² + b × 2¹⁶ + c`), and the tails of two
   * letters and of one (`tailEndings2`, `tailEndings1`, as `endingCodes` writes two).
   */
  tailEndings3: ReadonlySet<number>;
  tailEndings2: ReadonlySet<number>;
  tailEndings1: ReadonlySet<number>;
}

const TABLES: Readonly<Record<LanguageCode, NumberWordTable>> = {
  sv: NUMBERS_SV,
  en: NUMBERS_EN,
  pl: NUMBERS_PL,
  ar: NUMBERS_AR,
  de: NUMBERS_DE,
};

function foldKey(word: string, arabic: boolean): string {
  const lower = word.toLowerCase();
  return arabic ? normalizeArabic(lower) : lower;
}

/** Letters of a word compared against `compoundPrefixes` (every number word has at least two). */
const COMPOUND_PREFIX = 2;

function buildLexicon(language: LanguageCode, table: NumberWordTable): NumberLexicon {
  const arabic = language === 'ar';
  const meanings = new Map<string, WordMeaning>();
  for (const [word, value] of Object.entries(table.words)) meanings.set(foldKey(word, arabic), { kind: 'number', value });
  for (const word of table.ambiguousOne ?? []) meanings.set(foldKey(word, arabic), { kind: 'one', value: 1 });
  for (const [word, value] of Object.entries(table.scales)) meanings.set(foldKey(word, arabic), { kind: 'scale', value });
  const endings = new Set(arabic ? [...meanings.keys()].filter((w) => w.length >= 2).map((w) => w.slice(-2)) : []);
  const tails = arabic ? [...meanings.keys()].flatMap((w) => (w.startsWith('ال') ? [w, `لل${w.slice(2)}`] : [w])) : [];
  const codeOf = (text: string) => [...text].reduce((code, letter) => code * 0x10000 + letter.charCodeAt(0), 0);
  return {
    tailEndings3: new Set(tails.filter((t) => t.length >= 3).map((t) => codeOf(t.slice(-3)))),
    tailEndings2: new Set(tails.filter((t) => t.length === 2).map(codeOf)),
    tailEndings1: new Set(tails.filter((t) => t.length === 1).map(codeOf)),
    language,
    endings,
    endingCodes: new Set([...endings].map((ending) => ending.charCodeAt(0) * 0x10000 + ending.charCodeAt(1))),
    meanings,
    abbreviatedScales: new Set((table.abbreviatedScales ?? []).map((w) => foldKey(w, arabic))),
    joiners: new Set((table.joiners ?? []).map((w) => foldKey(w, arabic))),
    compounds: table.compounds ?? false,
    compoundPrefixes: new Set([...meanings.keys()].map((w) => w.slice(0, COMPOUND_PREFIX))),
    percentWords: (table.percentWords ?? []).map((w) => foldKey(w, arabic)),
    arabic,
    openings: new Set([...meanings.keys()].filter((w) => w.length >= 2).map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1))),
  };
}

/** Built once at load and never mutated: derived data, not state. */
const LEXICONS: ReadonlyMap<LanguageCode, NumberLexicon> = new Map(
  Object.entries(TABLES).map(([language, table]) => [language, buildLexicon(language, table)]),
);

/** Every language's scale words, for text whose language has no table ("50 mln" is clear anywhere). */
const ALL_SCALES: ReadonlyMap<string, number> = new Map(
  [...LEXICONS.values()].flatMap((lexicon) =>
    [...lexicon.meanings].filter(([, m]) => m.kind === 'scale').map(([word, m]) => [word, m.value] as const),
  ),
);
const ALL_ABBREVIATED_SCALES: ReadonlySet<string> = new Set([...LEXICONS.values()].flatMap((l) => [...l.abbreviatedScales]));

/** Every language's month names (full and date-inflected forms), folded, with their number. */
const ALL_MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(TABLES).flatMap(([language, table]) =>
    Object.entries(table.months).map(([word, month]) => [foldKey(word, language === 'ar'), month] as const),
  ),
);

/** Latin, Greek, Cyrillic, Hebrew and Arabic letters: every letter of a month name's or number word's opening is below this. */
const FOLD_TABLE_SIZE = 0x800;

/**
 * The fold (`foldKey`: lower-cased, Arabic-normalised) of each code unit below FOLD_TABLE_SIZE when it is
 * one code unit, -1 when it is none or several (a mark or tatweel that normalisation drops, "İ"). A word
 * lower-cases letter by letter (only a Greek final sigma depends on what precedes it, and no month name
 * is Greek), so the fold of a word's first letters is the fold of each. Derived data, built once at load.
 */
const LETTER_FOLD: Int32Array = (() => {
  const table = new Int32Array(FOLD_TABLE_SIZE);
  for (let code = 0; code < FOLD_TABLE_SIZE; code++) {
    const folded = normalizeArabic(String.fromCharCode(code).toLowerCase());
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : -1;
  }
  return table;
})();

/**
 * Whether the word `text[start, end)` can have a meaning for `lookUpNumberWord` in `lexicon`: `false` is
 * certain, `true` means "look it up". A number word (or a compound of them) opens as one of the table's
 * words do; in Arabic, a word opening with a clitic letter or the article's alef may be one once stripped,
 * and is looked up when it also ends as a number word can (`NumberLexicon.tailEndings3`). Readers with a number-word table meet every word of a text: most are answered
 * here without a lower-cased, folded copy and a few map lookups each.
 */
export function mayBeNumberWord(text: string, start: number, end: number, lexicon: NumberLexicon): boolean {
  if (end - start < 2) return true;
  const opening = foldedOpening(text, start);
  if (opening < 0) return true;
  const opens = lexicon.openings.has(opening);
  if (!lexicon.arabic) return opens;
  if (!opens && !ARABIC_CLITIC_INITIAL_CODES.has(opening >>> 16)) return false;
  // A stripped form keeps the word's last two letters (lookUpNumberWord), and every form it tries ends as
  // a tail does (`NumberLexicon.tailEndings3`): read them folded, when every letter folds to one
  // (otherwise the folded word's length and ending are not at hand: look it up). This holds for a word
  // opening as a number word does too: in Arabic, "ال" opens "الف" and most other words.
  for (let k = start + 2; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= FOLD_TABLE_SIZE || LETTER_FOLD[c]! < 0) return true;
  }
  const last = LETTER_FOLD[text.charCodeAt(end - 1)]!;
  const lastTwo = LETTER_FOLD[text.charCodeAt(end - 2)]! * 0x10000 + last;
  if (end - start >= 3 && !lexicon.endingCodes.has(lastTwo)) return false;
  // Most Arabic words open with the article, as "الف" does, or a clitic letter, and many end in two
  // letters some number word ends in ("الأطفال"), few in a tail's last three (h11 "pipe3": 288 of the
  // seed article's 550 words were looked up, 2 of them number words).
  return lexicon.tailEndings1.has(last) || lexicon.tailEndings2.has(lastTwo)
    || (end - start >= 3 && lexicon.tailEndings3.has(LETTER_FOLD[text.charCodeAt(end - 3)]! * 0x1_0000_0000 + lastTwo));
}

/** The first two code units of every folded month name (each has at least two), as `first × 0x10000 + second`. */
const MONTH_OPENINGS: ReadonlySet<number> = new Set(
  [...ALL_MONTHS.keys()].filter((month) => month.length >= 2).map((month) => month.charCodeAt(0) * 0x10000 + month.charCodeAt(1)),
);

/**
 * Whether the word `text[start, end)` can be a month name: `false` is certain, `true` means "look it up".
 * Number and name readers meet every word of a text and a month name is rare, so the fold of the first two
 * letters answers most words without a lower-cased, normalised copy of each. Letters outside the table,
 * a letter that folds to nothing or to two, and one-letter words are looked up.
 */
export function mayBeMonthWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return true;
  const opening = foldedOpening(text, start);
  return opening < 0 || MONTH_OPENINGS.has(opening);
}

/**
 * The folded first two letters of the word at `start` as `first × 0x10000 + second`, or -1 when either is
 * outside the fold table or folds to nothing or to two letters (the callers then look the word up).
 */
function foldedOpening(text: string, start: number): number {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if (first >= FOLD_TABLE_SIZE || second >= FOLD_TABLE_SIZE) return -1;
  const a = LETTER_FOLD[first]!;
  const b = LETTER_FOLD[second]!;
  return a < 0 || b < 0 ? -1 : a * 0x10000 + b;
}

/** `sv-SE` → `sv`. */
export function baseLanguage(language: LanguageCode): LanguageCode {
  // Most codes are already a bare lower-case code ("sv", "und"): no lower-cased copy and split per call
  // (the anchor readers ask once per segment).
  let plain = true;
  for (let k = 0; k < language.length && plain; k++) {
    const c = language.charCodeAt(k);
    plain = c >= 0x61 && c <= 0x7a;
  }
  if (plain) return language;
  return language.toLowerCase().split(/[-_]/)[0] ?? language;
}

export function lexiconFor(language: LanguageCode): NumberLexicon | undefined {
  return LEXICONS.get(baseLanguage(language));
}

/** Arabic proclitics (و ف "and", ب ل ك "with/for/like") that may stand before a number word. */
const ARABIC_CONJUNCTIONS = ['و', 'ف'];
const ARABIC_PREPOSITIONS = ['ب', 'ل', 'ك'];
/** First letters of the words `arabicVariants` can strip: the clitics and the article's alef. */
const ARABIC_CLITIC_INITIALS: ReadonlySet<string> = new Set([...ARABIC_CONJUNCTIONS, ...ARABIC_PREPOSITIONS, 'ا']);
const ARABIC_CLITIC_INITIAL_CODES: ReadonlySet<number> = new Set([...ARABIC_CLITIC_INITIALS].map((letter) => letter.charCodeAt(0)));
/**
 * A word stripped of a conjunction or preposition must keep this many letters: "لست" ("you are not")
 * must not become "ست" (six).
 */
const MIN_STRIPPED_LETTERS = 4;

/** The forms of an Arabic word to look up: itself, without و/ف, without ب/ل/ك, without the article ال. */
function arabicVariants(word: string): string[] {
  const variants = [word];
  const add = (form: string, strippedClitic: boolean) => {
    if (form.length === 0 || variants.includes(form)) return;
    if (strippedClitic && form.length < MIN_STRIPPED_LETTERS && !form.startsWith('ال')) return;
    variants.push(form);
  };
  for (let k = 0; k < variants.length && k < 8; k++) {
    const form = variants[k]!;
    const first = form[0] ?? '';
    if (ARABIC_CONJUNCTIONS.includes(first)) add(form.slice(1), true);
    if (ARABIC_PREPOSITIONS.includes(first)) add(form.slice(1), true);
    if (form.startsWith('لل')) add('ال' + form.slice(2), true);
    if (form.startsWith('ال') && form.length > 3) add(form.slice(2), false);
  }
  return variants;
}

/** Longest word a compound split will try; number compounds are far shorter. */
const MAX_COMPOUND_LENGTH = 40;

/** Splits a compound ("tjugotvå", "femtusen") into number words, or undefined. Dynamic programming. */
function splitCompound(word: string, lexicon: NumberLexicon): WordMeaning[] | undefined {
  if (word.length > MAX_COMPOUND_LENGTH || !lexicon.compoundPrefixes.has(word.slice(0, COMPOUND_PREFIX))) return undefined;
  const best: (WordMeaning[] | undefined)[] = new Array(word.length + 1);
  best[0] = [];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const prefix = best[start];
      if (!prefix) continue;
      const meaning = lexicon.meanings.get(word.slice(start, end));
      if (!meaning) continue;
      // "ett" inside a compound ("ettusen") is rare and "en" inside words is common: leave 1 out.
      if (meaning.kind === 'one') continue;
      best[end] = [...prefix, meaning];
      break;
    }
  }
  const parts = best[word.length];
  return parts && parts.length >= 2 ? parts : undefined;
}

/**
 * The meaning(s) of one word in this language, or undefined. A compound yields several. `lowerCased` is
 * `word.toLowerCase()`, for a caller that has it already (a scanner looks every word up twice).
 */
export function lookUpNumberWord(word: string, lexicon: NumberLexicon, lowerCased: string = word.toLowerCase()): WordMeaning[] | undefined {
  const folded = lexicon.arabic ? normalizeArabic(lowerCased) : lowerCased;
  const direct = lexicon.meanings.get(folded);
  if (direct) return [direct];
  if (lexicon.arabic) {
    // Only a word opening with a clitic or the article has other forms: most words stop here.
    if (!ARABIC_CLITIC_INITIALS.has(folded[0] ?? '')) return undefined;
    // A stripped form keeps the word's last two letters (only "لل" itself becomes "ال").
    if (folded.length >= 3 && !lexicon.endings.has(folded.slice(-2))) return undefined;
    for (const variant of arabicVariants(folded).slice(1)) {
      const meaning = lexicon.meanings.get(variant);
      if (meaning) return [meaning];
    }
    return undefined;
  }
  return lexicon.compounds ? splitCompound(folded, lexicon) : undefined;
}

/** The multiplier a word after a number means ("tys" → 1000), in this language or, without one, in any. */
export function lookUpScale(word: string, lexicon: NumberLexicon | undefined): { value: number; abbreviated: boolean } | undefined {
  if (lexicon) {
    const meanings = lookUpNumberWord(word, lexicon);
    const meaning = meanings?.length === 1 ? meanings[0] : undefined;
    if (meaning?.kind !== 'scale') return undefined;
    return { value: meaning.value, abbreviated: lexicon.abbreviatedScales.has(foldKey(word, lexicon.arabic)) };
  }
  const folded = normalizeArabic(word.toLowerCase());
  const value = ALL_SCALES.get(folded);
  return value === undefined ? undefined : { value, abbreviated: ALL_ABBREVIATED_SCALES.has(folded) };
}

/** The month (1–12) a word names in any language we have a table for, or undefined (`lowerCased` as above). */
export function lookUpMonth(word: string, lowerCased: string = word.toLowerCase()): number | undefined {
  const folded = normalizeArabic(lowerCased);
  return ALL_MONTHS.get(folded);
}

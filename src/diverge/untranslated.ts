/**
 * `untranslated`: a span left in another language. Three shapes:
 * - a run of Latin words inside a segment written in another script ("September" in Arabic), unless the
 *   other side has the same words (a kept name, acronym or code) or they are acronyms;
 * - a sentence copied verbatim from the other side;
 * - a name block in another language inside a sentence of the same script ("Global Alliance against Child
 *   Sexual Abuse Online" in Swedish), told by its foreign function words ("against"): `info`, as it may be
 *   a name deliberately kept.
 */
import { codeUnitsMatching, isUpperCode } from '../anchors/text.js';
import { FUNCTION_WORDS } from '../data/function-words.js';
import { AMBIGUOUS_MONTH_NAMES, MONTH_NAMES } from '../data/months.js';
import type { Divergence, LanguageCode, Segment } from '../types.js';
import { beadSegments, divergence, dominantScript, isTwoSided, normalisedWords, sameNormalisedWords, spanDivergence, wordsOf, type DivergenceContext } from './context.js';
import { foldLatin } from './counterparts.js';
import { sideText } from './number-matching.js';
import { languageName } from './language-names.js';

/** A run of Latin-script words (with spaces and hyphens between them). */
const LATIN_RUN = /\p{Script=Latin}[\p{Script=Latin}\p{M}'’]*(?:[ \-][\p{Script=Latin}][\p{Script=Latin}\p{M}'’]*)*/gu;
/**
 * Whether `LATIN_RUN` has a match (every match starts with a Latin letter, and any Latin letter starts
 * one), tested before `matchAll` copies the global pattern: most segments in another script have none.
 */
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;
const LATIN_CODE_POINT = /^\p{Script=Latin}$/u;
/** Code units below this have their `\p{Script=Latin}` in `LATIN_BELOW` (and upper case in the anchors' table). */
const TABLE_SIZE = 0x800;
/** `HAS_LATIN_LETTER` of each code unit below TABLE_SIZE: derived data, built once at load. */
const LATIN_BELOW: Uint8Array = codeUnitsMatching(HAS_LATIN_LETTER, TABLE_SIZE);

/**
 * `HAS_LATIN_LETTER.test(text)`, by a table below U+0800 and the pattern on each code point above: the
 * pattern scanned every segment in another script (Arabic: every code unit below the table's end but for
 * quotes and dashes), a fifth of `foreignScriptRuns` (h11 "pipe3").
 */
export function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < TABLE_SIZE) {
      if (LATIN_BELOW[code] === 1) return true;
      continue;
    }
    const point = String.fromCodePoint(text.codePointAt(i)!);
    if (LATIN_CODE_POINT.test(point)) return true;
    i += point.length - 1;
  }
  return false;
}

/**
 * Tests of a word's letters, made once here: the build (esbuild, target node20) writes a \p{…} literal as
 * `new RegExp(…)`, which inside a loop is a new object for every word.
 */
const CAPITALISED = /^\p{Lu}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** `CAPITALISED.test(word)`: the first code unit's class from the anchors' table when it has one. */
export function isCapitalised(word: string): boolean {
  return isUpperCode(word.charCodeAt(0)) ?? CAPITALISED.test(word);
}

/** Fewest words of running text for a copied sentence to count (a heading of two names is not a copy). */
const MIN_COPIED_WORDS = 3;

/**
 * For each word of some lists, the languages whose list holds it, in the tables' order; and each list as
 * a set. Derived once at load from the data tables and never changed: the detectors look up every word
 * of every segment, and scanning each language's array per word was most of this detector's time.
 */
interface WordIndex {
  languagesOf: ReadonlyMap<string, readonly LanguageCode[]>;
  sets: Readonly<Record<LanguageCode, ReadonlySet<string>>>;
}

function indexWords(lists: Readonly<Record<LanguageCode, readonly string[]>>): WordIndex {
  const languagesOf = new Map<string, LanguageCode[]>();
  for (const [language, words] of Object.entries(lists)) {
    for (const word of words) {
      const languages = languagesOf.get(word);
      if (!languages) languagesOf.set(word, [language]);
      else if (!languages.includes(language)) languages.push(language);
    }
  }
  const sets = Object.fromEntries(Object.entries(lists).map(([language, words]) => [language, new Set(words)]));
  return Object.freeze({ languagesOf, sets: Object.freeze(sets) });
}

const MONTH_INDEX = indexWords(MONTH_NAMES);
const FUNCTION_WORD_INDEX = indexWords(FUNCTION_WORDS);

/** The language whose month list holds `word` (and not the segment's own language), if any. */
function monthLanguage(word: string, ownLanguage: LanguageCode): LanguageCode | undefined {
  const lower = word.toLowerCase();
  if (AMBIGUOUS_MONTH_NAMES.has(lower)) return undefined;
  if (MONTH_INDEX.sets[ownLanguage]?.has(lower)) return undefined;
  return MONTH_INDEX.languagesOf.get(lower)?.[0];
}

/** The script a segment is mostly written in (`dominantScript`), read once for both checks of the segment. */
type SegmentScript = ReturnType<typeof dominantScript>;

function foreignScriptRuns(segment: Segment, script: SegmentScript, language: LanguageCode, otherText: string, beadIndex: number, side: 'source' | 'target'): Divergence[] {
  if (!script || script === 'latin' || !hasLatinLetter(segment.text)) return [];
  // Folded on first use: most segments in another script have no Latin run at all.
  let foldedOther: string | undefined;
  const found: Divergence[] = [];
  for (const run of segment.text.matchAll(LATIN_RUN)) {
    // Glued to digits or underscores ("girl_16الـ"): that is an artifact, reported by its own detector.
    const before = segment.text[run.index - 1] ?? ' ';
    const after = segment.text[run.index + run[0].length] ?? ' ';
    if (/[\p{N}_]/u.test(before + after)) continue;
    const words = run[0].split(/[ \-]+/u);
    const months = words.map((word) => monthLanguage(word, language)).filter((found) => found !== undefined);
    const unexplained = words.filter((word) => {
      if (!LOWER_CASE_LETTER.test(word) || word.length < 3) return false;
      foldedOther ??= ` ${foldLatin(otherText).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      return !foldedOther.includes(` ${foldLatin(word)} `);
    });
    if (months.length === 0 && unexplained.length === 0) continue;
    const month = months.length > 0;
    found.push(divergence('untranslated', 'warning', side, beadIndex, segment, run.index, run.index + run[0].length,
      month
        ? `"${run[0]}" is a month name left in ${languageName(months[0]!)} inside ${languageName(language)} text.`
        : `"${run[0]}" is in Latin script inside ${languageName(language)} text and does not appear in the other version: it may be left untranslated.`,
      month ? 'month-name' : 'foreign-script'));
  }
  return found;
}

/** Web addresses and e-mail addresses are the same in every language: copying them is not a failure to translate. */
const URL_OR_EMAIL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@/iu;

/** `text` with its web and e-mail addresses blanked out, token by token (a whole-text regex would backtrack). */
const withoutAddresses = (text: string): string =>
  mayHoldAddress(text) ? text.replace(/\S+/gu, (token) => (URL_OR_EMAIL.test(token) ? ' ' : token)) : text;

/**
 * Whether some token of `text` can match `URL_OR_EMAIL`: it needs "://", a leading "www." or an "@". Most
 * sentences have none, and the token-by-token replacement (a callback per word) was a quarter of this
 * detector's time.
 */
const mayHoldAddress = (text: string): boolean => text.includes('@') || text.includes('://') || /www\./iu.test(text);

/** Whether the words of a lower-case letter word run are ordinary words (not only names and numbers). */
const runningWords = (text: string): number =>
  (withoutAddresses(text).match(/(?<![\p{L}\p{N}])\p{Ll}{2,}/gu) ?? []).length;

/**
 * Lower-case words that belong to another language's function words and not to `language`'s: the glue of
 * a foreign name block ("of", "against", "the" in Swedish text).
 */
function foreignFunctionWord(word: string, language: LanguageCode): LanguageCode | undefined {
  const own = FUNCTION_WORD_INDEX.sets[language];
  if (!own || own.has(word) || word.length < 2) return undefined;
  // `own` does not hold the word, so the first language that does is another one.
  return FUNCTION_WORD_INDEX.languagesOf.get(word)?.[0];
}

function foreignNameBlocks(segment: Segment, script: SegmentScript, language: LanguageCode, beadIndex: number, side: 'source' | 'target'): Divergence[] {
  if (script !== 'latin') return [];
  const words = wordsOf(segment.text);
  const found: Divergence[] = [];
  let i = 0;
  while (i < words.length) {
    // A block: Capitalised (Capitalised | foreign function word)* Capitalised, with no punctuation between.
    if (!isCapitalised(words[i]!.word)) { i++; continue; }
    let j = i;
    let lastCapital = i;
    let foreignLanguage: LanguageCode | undefined;
    while (j + 1 < words.length) {
      const gap = segment.text.slice(words[j]!.end, words[j + 1]!.start);
      if (!/^\s+$/u.test(gap)) break;
      const next = words[j + 1]!.word;
      if (isCapitalised(next)) { j++; lastCapital = j; continue; }
      const foreign = foreignFunctionWord(next, language);
      if (!foreign) break;
      foreignLanguage ??= foreign;
      j++;
    }
    const length = lastCapital - i + 1;
    const atSentenceStart = i === 0;
    if (foreignLanguage && lastCapital > i && (length >= 4 || !atSentenceStart)
      && words.slice(i, lastCapital + 1).some((w) => foreignFunctionWord(w.word, language))) {
      const start = words[i]!.start;
      const end = words[lastCapital]!.end;
      found.push(divergence('untranslated', 'info', side, beadIndex, segment, start, end,
        `"${segment.text.slice(start, end)}" is in ${languageName(foreignLanguage)} inside ${languageName(language)} text: a name kept in its original language, or a phrase left untranslated.`,
        'foreign-name'));
    }
    i = Math.max(i + 1, lastCapital + 1);
  }
  return found;
}

export function detectUntranslated(context: DivergenceContext): Divergence[] {
  const found: Divergence[] = [];
  // A kept foreign name is said once per document, where it first appears.
  const namesSeen = new Set<string>();
  // Two sides in one language (or both unknown) cannot tell a copy from a faithful rendering.
  const sameLanguage = context.source.language === context.target.language;
  context.beads.forEach((bead, beadIndex) => {
    if (!isTwoSided(bead)) return;
    const sourceText = sideText(context, bead, 'source');
    const targetText = sideText(context, bead, 'target');
    if (!sameLanguage) {
      const source = withoutAddresses(sourceText);
      if (sameNormalisedWords(source, withoutAddresses(targetText)) && runningWords(normalisedWords(source)) >= MIN_COPIED_WORDS) {
        const finding = spanDivergence(context, 'untranslated', 'warning', 'target', beadIndex, beadSegments(context, bead, 'target'),
          'This target sentence is a copy of the source sentence: it was not translated.', 'copied');
        if (finding) found.push(finding);
        return;
      }
    }
    for (const side of ['source', 'target'] as const) {
      const language = context[side].language;
      const otherText = side === 'source' ? targetText : sourceText;
      for (const segment of beadSegments(context, bead, side)) {
        const script = dominantScript(segment.text);
        for (const item of foreignScriptRuns(segment, script, language, otherText, beadIndex, side)) found.push(item);
        for (const block of foreignNameBlocks(segment, script, language, beadIndex, side)) {
          if (namesSeen.has(`${side}:${block.text}`)) continue;
          namesSeen.add(`${side}:${block.text}`);
          found.push(block);
        }
      }
    }
  });
  return found;
}

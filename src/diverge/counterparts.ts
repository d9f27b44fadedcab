/**
 * Does this anchor have a counterpart on the other side? The one place where the detectors lean on the
 * anchors stage's cross-language matching (transliteration-aware names, numbers written as words), so
 * that a change of that contract touches this file only.
 */
import { ENTITY_EQUIVALENTS } from '../data/entity-equivalents.js';
import { readNumbers } from '../anchors/index.js';
import type { Anchor, LanguageCode } from '../types.js';
import { valueKey } from './number-matching.js';

/** Lower-case, accents removed: "Malmström" → "malmstrom". */
export function foldLatin(text: string): string {
  // ASCII has nothing to decompose and no marks: lower-casing is the whole fold (most names and words).
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII_ONLY = /^[\u0000-\u007F]*$/;

/**
 * The value keys of the numbers `text` writes in words ("en miljon", "milion", "مليون", "trzy"), as the
 * anchors stage reads them. Digits are handled by the caller.
 */
export function numberWordValues(text: string, language: LanguageCode): Set<number> {
  return new Set(readNumbers(text, language).filter((reading) => reading.form === 'words').map((reading) => valueKey(reading.value)));
}

/** Shortest shared stem for two forms of one name to count as the same ("Malmström" ~ "Malmströms"). */
const MIN_STEM = 4;
/** Most letters an inflection may add or change at the end of a name (Polish "Malmström" ~ "Malmströmowi"). */
const MAX_INFLECTION = 4;

/** Whether two Latin-script keys are the same name up to an inflectional ending. */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= MIN_STEM && a.length - common <= MAX_INFLECTION && b.length - common <= MAX_INFLECTION
    && common >= Math.min(a.length, b.length) - 2;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the code point ending just before `index` is a letter or digit (surrogate pairs read whole). */
function wordCharacterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(start)!));
}

function wordCharacterAt(text: string, index: number): boolean {
  return index < text.length && WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Made once: the build writes a \p{…} literal as `new RegExp(…)`, a new object at each call. */
const UPPER_CASE_LETTER = /\p{Lu}/u;
const ARABIC_FIRST = /^\p{Script=Arabic}/u;

/** Arabic proclitics written as part of the next word: و "and", ف "so", ب "with", ل "for", ك "as". */
const ARABIC_PROCLITICS = /^[وف]?[بلك]?$/u;
const ARABIC_CONJUNCTIONS = /^[وف]?$/u;

/**
 * Whether `needle` stands in `haystack` as whole words, where a word may carry up to `maxPrefix`
 * letters matching `prefix` before it. A plain scan with indexOf: inputs of any length and content are
 * safe (a RegExp built from the needle is not).
 */
function containsWordsWithPrefix(haystack: string, needle: string, prefix: RegExp, maxPrefix: number): boolean {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (wordCharacterAt(haystack, at + needle.length)) continue;
    for (let length = 0; length <= maxPrefix && length <= at; length++) {
      if (prefix.test(haystack.slice(at - length, at)) && !wordCharacterBefore(haystack, at - length)) return true;
    }
  }
  return false;
}

function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  if (!ARABIC_FIRST.test(needle)) return containsWordsWithPrefix(haystack, needle, /^$/u, 0);
  if (containsWordsWithPrefix(haystack, needle, ARABIC_PROCLITICS, 2)) return true;
  // ل before the article ال is written لل ("للأمم المتحدة", "for the United Nations").
  return needle.startsWith('ال') && containsWordsWithPrefix(haystack, `لل${needle.slice(2)}`, ARABIC_CONJUNCTIONS, 1);
}

/** The forms that name the same thing as `text` in other languages ("EU" → "UE", "الاتحاد الأوروبي"). */
function equivalentsOf(text: string): readonly string[] {
  for (const group of ENTITY_EQUIVALENTS) if (group.includes(text)) return group;
  return [];
}

/** The other side of a bead, prepared once for the many lookups of one bead. */
export interface OtherSide {
  anchors: Anchor[];
  text: string;
  /** Folded keys and folded words of each non-number anchor. */
  anchorForms: { key: string; words: string[] }[];
  foldedText: string;
  foldedWords: string[];
}

export function prepareOtherSide(anchors: Anchor[], text: string): OtherSide {
  const foldedText = foldLatin(text);
  return {
    anchors, text, foldedText,
    foldedWords: foldedText.match(/[\p{L}\p{N}]+/gu) ?? [],
    anchorForms: anchors.filter((a) => a.kind !== 'number').map((a) => ({ key: foldLatin(a.key), words: foldLatin(a.text).split(/\s+/u) })),
  };
}

/**
 * Whether one word or name `text` (key `key`) has a counterpart among the other side's anchors or words.
 * Transliteration into another script is the anchors stage's `matchAnchors`, run before this.
 */
function wordHasCounterpart(text: string, key: string, other: OtherSide): boolean {
  const folded = foldLatin(text);
  const foldedKey = foldLatin(key);
  for (const form of other.anchorForms) {
    if (form.key === foldedKey || sameStem(form.key, foldedKey)) return true;
    for (const part of form.words) if (sameStem(part, folded)) return true;
  }
  if (containsWords(other.foldedText, folded)) return true;
  // An inflected form of the word in the other text ("Malmströms", "Malmströmowi").
  for (const word of other.foldedWords) if (sameStem(word, folded)) return true;
  for (const form of equivalentsOf(text)) {
    if (containsWords(other.text, form)) return true;
    // An inflected form of a one-word equivalent ("kommissionens" for "Commission").
    if (!/\s/u.test(form) && form.length >= MIN_STEM && other.foldedWords.some((word) => sameStem(word, foldLatin(form)))) return true;
  }
  return false;
}

/** How much of a name the other side has: all of it, part of it (another surname), or nothing. */
export type CounterpartMatch = 'full' | 'partial' | 'none';

/**
 * Whether `anchor` (a name, acronym, code, URL or e-mail) has a counterpart in the other side's anchors or
 * text. A multi-word name counts as present when its last significant word (a surname, the head of an
 * organisation's name) or more than half of its words are found ("Eric Holder" ~ "Holder"); as partial
 * when only other words are ("Cecilia Malmström" ~ "Cecilia Asselborn": the name was changed).
 */
export function entityCounterpart(anchor: Anchor, other: OtherSide): CounterpartMatch {
  if (wordHasCounterpart(anchor.text, anchor.key, other)) return 'full';
  if (anchor.kind === 'url' || anchor.kind === 'email' || anchor.kind === 'code') return 'none';
  const words = anchor.text.split(/[\s\-–]+/u).filter((word) => UPPER_CASE_LETTER.test(word) && word.length >= 3);
  if (words.length < 2) return 'none';
  const found = words.map((word) => wordHasCounterpart(word, word, other));
  const count = found.filter(Boolean).length;
  if (found[found.length - 1] || count * 2 > words.length) return 'full';
  return count > 0 ? 'partial' : 'none';
}

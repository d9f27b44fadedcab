/**
 * Does this anchor have a counterpart on the other side? The one place where the detectors lean on the
 * anchors stage's cross-language matching (transliteration-aware names, numbers written as words), so
 * that a change of that contract touches this file only.
 */
import { ENTITY_EQUIVALENTS } from '../data/entity-equivalents.js';
import { readNumbers } from '../anchors/index.js';
import type { Anchor, LanguageCode } from '../types.js';
import { valueKey } from './number-matching.js';

/**
 * Lower-case, accents removed: "Malmström" → "malmstrom". The same as `text.normalize('NFD')`, every mark
 * (`\p{M}`) removed, then lower-cased, done one character at a time: canonical decomposition is per
 * character, and the reordering NFD adds only moves characters of non-zero combining class, which are all
 * marks and removed (test/diverge/fast-paths.test.ts checks this for every BMP character). Lower-casing
 * stays on the whole result, where Greek final sigma needs its context. A character outside the BMP
 * takes the whole-text path.
 */
export function foldLatin(text: string): string {
  let folded = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII has nothing to decompose and no marks (most names and words are nothing else).
    if (code < 0x80) continue;
    let replacement: string | undefined;
    if (code < FOLD_TABLE_SIZE) {
      replacement = FOLD_TABLE[code];
      if (replacement === undefined) continue;
    } else {
      if (code >= 0xd800 && code <= 0xdfff) return foldWholeText(text);
      const character = text[i]!;
      replacement = foldCharacter(character);
      if (replacement === character) continue;
    }
    folded += text.slice(copiedUpTo, i) + replacement;
    copiedUpTo = i + 1;
  }
  return (copiedUpTo === 0 ? text : folded + text.slice(copiedUpTo)).toLowerCase();
}

const MARKS = /\p{M}/gu;

/** NFD with the marks removed, of one character (`replace` resets the shared pattern's lastIndex). */
const foldCharacter = (character: string): string => character.normalize('NFD').replace(MARKS, '');

function foldWholeText(text: string): string {
  return foldCharacter(text).toLowerCase();
}

/**
 * Code units below this (Latin with its accents, Greek, Cyrillic, Hebrew, Arabic) have their fold in
 * `FOLD_TABLE`: per-character `normalize` calls made the fold no faster than the whole-text one.
 */
const FOLD_TABLE_SIZE = 0x800;

/**
 * The fold of each code unit below `FOLD_TABLE_SIZE` that has one other than itself ("é" → "e", "أ" →
 * "ا", a mark → ""), undefined for the rest. Built once at load (about 1 ms) and never changed. The
 * character fold takes half the time of the whole-text one on the seed pair's Arabic and Swedish lines.
 */
const FOLD_TABLE: readonly (string | undefined)[] = Array.from({ length: FOLD_TABLE_SIZE }, (_, code) => {
  const character = String.fromCharCode(code);
  const folded = foldCharacter(character);
  return folded === character ? undefined : folded;
});

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
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  // Step back over a surrogate pair only when it is one: a lone low surrogate after a letter is no letter.
  const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
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
  /** The words of `foldedText`, split on first use (`foldedWordsOf`). */
  foldedWords?: string[];
}

export function prepareOtherSide(anchors: Anchor[], text: string): OtherSide {
  return {
    anchors, text, foldedText: foldLatin(text),
    anchorForms: anchors.filter((a) => a.kind !== 'number').map((a) => ({ key: foldLatin(a.key), words: foldLatin(a.text).split(/\s+/u) })),
  };
}

const FOLDED_WORD = /[\p{L}\p{N}]+/gu;

function foldedWordsOf(other: OtherSide): string[] {
  other.foldedWords ??= other.foldedText.match(FOLDED_WORD) ?? [];
  return other.foldedWords;
}

/**
 * Whether some word of the other side has the same stem as `folded` (`sameStem`). Such a word is `folded`
 * itself or starts with its first `MIN_STEM` letters, so a folded text without those letters has none:
 * the words are not split then. A name sought in an Arabic sentence is mostly answered so (splitting
 * the sentence's words was a tenth of the entity detector's time).
 */
function hasWordOfStem(other: OtherSide, folded: string): boolean {
  if (!other.foldedText.includes(folded.slice(0, MIN_STEM))) return false;
  for (const word of foldedWordsOf(other)) if (sameStem(word, folded)) return true;
  return false;
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
  if (hasWordOfStem(other, folded)) return true;
  for (const form of equivalentsOf(text)) {
    if (containsWords(other.text, form)) return true;
    // An inflected form of a one-word equivalent ("kommissionens" for "Commission").
    if (!/\s/u.test(form) && form.length >= MIN_STEM && hasWordOfStem(other, foldLatin(form))) return true;
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

/**
 * What every detector sees, and the small helpers they share: the segments of a bead, the words around a
 * span, the script a segment is written in. Detectors are pure functions from a `DivergenceContext` to a
 * list of `Divergence`s.
 */
import type { NameKeysMemo } from '../anchors/index.js';
import { codeUnitsMatching, isLetterCode } from '../anchors/text.js';
import type { Anchor, Bead, Divergence, DivergenceKind, DocumentSide, Segment, Severity } from '../types.js';
import type { NumberAnalysis } from './numbers.js';

/** Everything a detector may look at. */
export interface DivergenceContext {
  source: DocumentSide;
  target: DocumentSide;
  beads: Bead[];
  /** Anchors per segment, per side (same length as the side's segments). */
  sourceAnchors: Anchor[][];
  targetAnchors: Anchor[][];
  /** The original source text, when known; lets detectors look at what surrounds a segment (bullets). */
  sourceText?: string;
  /** The original target text, when known. */
  targetText?: string;
  /**
   * Transliterated name keys kept across documents (`createNameKeysMemo(maxEntries)`), for a caller that
   * checks many (a batch worker); without it the entity detector makes one for the document. The same
   * divergences either way.
   */
  nameKeysMemo?: NameKeysMemo;
}

/**
 * Work that more than one detector needs, done once for one `findDivergences` call: it makes an empty one
 * and passes it to every detector it runs, each filling in what it computes first. A detector called
 * alone (without it) does the work itself; the findings are the same either way.
 */
export interface SharedWork {
  /** The numbers of every bead paired, moved or unmatched: `number-mismatch` and `number-shifted` both read it. */
  numberAnalysis?: NumberAnalysis;
}

/** A detector: one pure function per kind of divergence. */
export type Detector = (context: DivergenceContext, shared?: SharedWork) => Divergence[];

export type OneSide = 'source' | 'target';

export const otherSide = (side: OneSide): OneSide => (side === 'source' ? 'target' : 'source');

/** The segments of `bead` on `side`, in order. */
export function beadSegments(context: DivergenceContext, bead: Bead, side: OneSide): Segment[] {
  const segments = context[side].segments;
  const found: Segment[] = [];
  for (const index of bead[side]) {
    const segment = segments[index];
    if (segment) found.push(segment);
  }
  return found;
}

/** The anchors of `bead`'s segments on `side`, each with the segment it belongs to. */
export function beadAnchors(context: DivergenceContext, bead: Bead, side: OneSide): { anchor: Anchor; segment: Segment }[] {
  const perSegment = side === 'source' ? context.sourceAnchors : context.targetAnchors;
  const found: { anchor: Anchor; segment: Segment }[] = [];
  for (const index of bead[side]) {
    const segment = context[side].segments[index];
    if (!segment) continue;
    for (const anchor of perSegment[index] ?? []) found.push({ anchor, segment });
  }
  return found;
}

/** The text of a bead side: its segments joined by a space. */
export function beadText(context: DivergenceContext, bead: Bead, side: OneSide): string {
  return beadSegments(context, bead, side).map((segment) => segment.text).join(' ');
}

/** Whether the bead has segments on both sides. */
export const isTwoSided = (bead: Bead): boolean => bead.source.length > 0 && bead.target.length > 0;

/** The fields every finding shares, so detectors build them the same way. */
export function divergence(
  kind: DivergenceKind,
  severity: Severity,
  side: Divergence['side'],
  beadIndex: number,
  segment: Segment,
  localStart: number,
  localEnd: number,
  message: string,
  category?: string,
): Divergence {
  const found: Divergence = {
    kind, severity, side, bead: beadIndex, segment: segment.index,
    start: segment.start + localStart, end: segment.start + localEnd,
    text: segment.text.slice(localStart, localEnd), message,
  };
  if (category !== undefined) found.category = category;
  return found;
}

/**
 * A finding covering the contiguous segments `segments` of one side of a bead. Its text is the original
 * span when the context carries the original text, else the segments joined by a space.
 */
export function spanDivergence(
  context: DivergenceContext,
  kind: DivergenceKind,
  severity: Severity,
  side: OneSide,
  beadIndex: number,
  segments: Segment[],
  message: string,
  category?: string,
): Divergence | undefined {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return undefined;
  const original = side === 'source' ? context.sourceText : context.targetText;
  const text = segments.length === 1 ? first.text
    : original !== undefined ? original.slice(first.start, last.end) : segments.map((s) => s.text).join(' ');
  const found: Divergence = {
    kind, severity, side, bead: beadIndex, segment: first.index, start: first.start, end: last.end, text, message,
  };
  if (category !== undefined) found.category = category;
  return found;
}

/** A word of running text: letters and combining marks, with inner apostrophes and hyphens. */
export const WORD_PATTERN = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;

/** How many code units the letter or mark (`[\p{L}\p{M}]`) at `index` takes: 0 when there is none, 2 for a surrogate pair. */
function letterLength(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_MARK.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  return isLetterCode(code) ? 1 : 0;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const isWordJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;

/**
 * The words of `text` with their offsets: the matches of `WORD_PATTERN`, found by a scan with the anchors
 * stage's table of letters (running the pattern with `matchAll` was two thirds of the untranslated
 * detector's name-block check).
 */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  let index = 0;
  while (index < text.length) {
    let length = letterLength(text, index);
    if (length === 0) {
      index++;
      continue;
    }
    const start = index;
    index += length;
    for (;;) {
      while ((length = letterLength(text, index)) > 0) index += length;
      // An apostrophe or hyphen continues the word only when a letter follows it.
      if (index < text.length && isWordJoiner(text.charCodeAt(index)) && letterLength(text, index + 1) > 0) {
        index++;
        continue;
      }
      break;
    }
    words.push({ word: text.slice(start, index), start, end: index });
  }
  return words;
}

/** The word right before `localStart` and what separates it from there ("" when glued). */
export function wordBefore(text: string, localStart: number): { word: string; gap: string } | undefined {
  // A token like "EU:s" (a Swedish genitive) is one word here, not "s".
  const match = /([\p{L}\p{M}]+(?:[:'’][\p{L}\p{M}]+)*)([^\p{L}\p{M}\p{N}]{0,8})$/u.exec(text.slice(Math.max(0, localStart - 64), localStart));
  return match ? { word: match[1]!, gap: match[2]! } : undefined;
}

/** The word right after `localEnd` and what separates it from there; `word` is undefined when none follows. */
export function wordAfter(text: string, localEnd: number): { word: string | undefined; gap: string } {
  const match = /^([^\p{L}\p{M}\p{N}]{0,8})([\p{L}\p{M}]+)?/u.exec(text.slice(localEnd, localEnd + 64));
  return { word: match?.[2], gap: match?.[1] ?? '' };
}

/** Scripts the detectors tell apart. */
export type Script = 'latin' | 'arabic' | 'cyrillic' | 'greek' | 'hebrew' | 'han' | 'other';

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
];

/** The script of one letter. */
export function scriptOf(letter: string): Script {
  for (const [script, test] of SCRIPT_TESTS) if (test.test(letter)) return script;
  return 'other';
}

const LETTER = /\p{L}/u;

/** Scripts by table code: 0 is "not a letter", k + 1 is `SCRIPTS[k]`. */
const SCRIPTS: readonly Script[] = [...SCRIPT_TESTS.map(([script]) => script), 'other'];
/** Code points below this (Latin to Arabic, NKo: the scripts of our languages) have their script in `SCRIPT_CODE`. */
const SCRIPT_TABLE_SIZE = 0x800;


/** The table code of a code point: 0 when it is not a letter (`\p{L}`), else its script's. */
function scriptCodeOf(point: number): number {
  const letter = String.fromCodePoint(point);
  return LETTER.test(letter) ? SCRIPTS.indexOf(scriptOf(letter)) + 1 : 0;
}

/**
 * The script code of the first `SCRIPT_TABLE_SIZE` code points, from the same Unicode properties as the
 * regular expressions. Built once at load (a few milliseconds) and never changed, like `CHAR_CLASS` in
 * the anchors stage: `dominantScript` looks at every letter of every segment several times.
 */
const SCRIPT_CODE: Uint8Array = (() => {
  // 0 when not a letter (`\p{L}`), else 1 + the index in SCRIPTS of the first script that matches
  // (`scriptOf`'s answer), 'other' when none does.
  const letter = codeUnitsMatching(LETTER, SCRIPT_TABLE_SIZE);
  const scripts = SCRIPT_TESTS.map(([, test]) => codeUnitsMatching(test, SCRIPT_TABLE_SIZE));
  const table = new Uint8Array(SCRIPT_TABLE_SIZE);
  for (let point = 0; point < SCRIPT_TABLE_SIZE; point++) {
    if (!letter[point]) continue;
    const k = scripts.findIndex((members) => members[point] === 1);
    table[point] = (k === -1 ? SCRIPTS.length - 1 : k) + 1;
  }
  return table;
})();

/**
 * The script most letters of `text` are written in, or undefined when it has no letters (ties go to the
 * script seen first). One pass over the code points with a table lookup for the common scripts (a
 * regular expression per letter made this a tenth of the detectors' time); a rarer code point is
 * classified once per call.
 */
export function dominantScript(text: string): Script | undefined {
  const counts = new Array<number>(SCRIPTS.length + 1).fill(0);
  const order: number[] = [];
  let rare: Map<number, number> | undefined;
  for (let i = 0; i < text.length; i++) {
    let point = text.charCodeAt(i);
    let code: number;
    if (point < SCRIPT_TABLE_SIZE) code = SCRIPT_CODE[point]!;
    else {
      point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      rare ??= new Map();
      code = rare.get(point) ?? -1;
      if (code === -1) {
        code = scriptCodeOf(point);
        rare.set(point, code);
      }
    }
    if (code === 0) continue;
    if (counts[code] === 0) order.push(code);
    counts[code]! += 1;
  }
  let best: Script | undefined;
  let bestCount = 0;
  for (const code of order) if (counts[code]! > bestCount) { best = SCRIPTS[code - 1]; bestCount = counts[code]!; }
  return best;
}

/** Lower-cases and replaces every decimal digit (any script) by its ASCII digit. */
export function foldDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    // Unicode decimal digits come in runs of ten starting at a code point ending in 0 (hex) or 6 (Arabic
    // blocks start at U+0660, U+06F0): find the zero of the run by stepping back while still a digit.
    let zero = code;
    while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && code - zero < 9) zero--;
    return String(code - zero);
  });
}

/** `text` lower-cased, every run of characters that are neither letters nor digits one space, trimmed. */
export const normalisedWords = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether the first letter or digit of `text` lower-cases to itself alone and in any context: ASCII, or
 * an Arabic-block character (uncased). Then it is, lower-cased, the first character of `normalisedWords`.
 */
function plainFirstWordCharacter(text: string): number | undefined {
  const at = text.search(WORD_CHARACTER);
  if (at === -1) return undefined;
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return code >= 0x0600 && code <= 0x06ff ? code : undefined;
}

/**
 * `normalisedWords(a) === normalisedWords(b)`, without normalising either when their first letters or
 * digits already differ in a way no lower-casing can undo: a Swedish sentence and an Arabic one, nearly
 * every bead. The copy checks normalised both sides of every bead (0.5 ms of a 25 ms pair).
 */
export function sameNormalisedWords(a: string, b: string): boolean {
  const first = plainFirstWordCharacter(a);
  const other = plainFirstWordCharacter(b);
  if (first !== undefined && other !== undefined && first !== other) return false;
  return normalisedWords(a) === normalisedWords(b);
}

/**
 * Whether `normalisedWords(text)` has two letters in a row, mostly without normalising: lower-casing
 * maps letters to letters and nothing else to a letter, except that İ becomes i and a combining dot
 * (which normalisation turns into a space), and the runs it replaces hold no letters.
 */
export function hasTwoLettersNormalised(text: string): boolean {
  return TWO_LETTERS.test(text.includes('İ') ? normalisedWords(text) : text);
}

const TWO_LETTERS = /\p{L}{2}/u;

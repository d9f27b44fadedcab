/**
 * `matchAnchors`: pairs the anchors of a source segment (or group) with those of a target one, one to
 * one, for the aligner (evidence that two segments say the same thing) and the detectors (what has no
 * counterpart). Numbers pair by value, codes, URLs and e-mails by key, names and acronyms by key or by
 * similarity across scripts.
 */
import type { Anchor, AnchorKind, Segment } from '../types.js';
import { findCounterpartsIn, matchKeys, nameKeysOf, NAME_MATCH_THRESHOLD, prepareNameSearch, type NameKeys, type NameKeysMemo } from './names.js';
import { isLetter, isUpper } from './text.js';
import { KeyedQueues } from './keyed-queues.js';

/** One pair of anchors that correspond. */
export interface AnchorMatch {
  /** Index into the source anchors, or -1 when the source anchor was found on the fly (see `found`). */
  source: number;
  /** Index into the target anchors, or -1 when the target anchor was found on the fly (see `found`). */
  target: number;
  /** The kind of the anchor on the side that had it (for `found`, the kind of the other side's anchor). */
  kind: AnchorKind;
  /** How sure the pairing is, in (0, 1]: 1 for equal values or keys, less for similar names or words. */
  strength: number;
  /** A counterpart found in the text given for that side (a name in an uncased script). */
  found?: Anchor;
}

/** Strength of a number pair where one side wrote the number in words ("en miljon" / "1 000 000"). */
const WORDS_NUMBER_STRENGTH = 0.8;
/** Strength of two acronyms with the same letters in another order ("EU" / "UE"). */
const ANAGRAM_STRENGTH = 0.75;
/** Strength of a name matched to a word of an uncased script by transliteration. */
const TRANSLITERATED_STRENGTH = 0.9;
/** Above this many entity pairs the fuzzy comparison is skipped (key equality only): a bound on work. */
const MAX_FUZZY_PAIRS = 10_000;

/** Canonical key of a number's value, immune to float noise ("8.5" from "8,5" and "٨٫٥"). */
export function numberKey(value: number): string {
  if (Number.isSafeInteger(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}

function matchNumbers(source: readonly Anchor[], target: readonly Anchor[], out: AnchorMatch[]): void {
  const waiting = new KeyedQueues<string, number>();
  target.forEach((anchor, index) => {
    if (anchor.kind !== 'number') return;
    waiting.push(anchor.value === undefined ? anchor.key : numberKey(anchor.value), index);
  });
  source.forEach((anchor, index) => {
    if (anchor.kind !== 'number') return;
    const targetIndex = waiting.take(anchor.value === undefined ? anchor.key : numberKey(anchor.value));
    if (targetIndex === undefined) return;
    const words = anchor.form === 'words' || target[targetIndex]!.form === 'words';
    out.push({ source: index, target: targetIndex, kind: 'number', strength: words ? WORDS_NUMBER_STRENGTH : 1 });
  });
}

function matchByKey(kinds: readonly AnchorKind[], source: readonly Anchor[], target: readonly Anchor[], used: Set<number>[], out: AnchorMatch[]): void {
  const waiting = new KeyedQueues<string, number>();
  target.forEach((anchor, index) => {
    if (!kinds.includes(anchor.kind) || used[1]!.has(index)) return;
    waiting.push(anchor.key, index);
  });
  source.forEach((anchor, index) => {
    if (!kinds.includes(anchor.kind) || used[0]!.has(index)) return;
    const targetIndex = waiting.take(anchor.key);
    if (targetIndex === undefined) return;
    used[0]!.add(index);
    used[1]!.add(targetIndex);
    out.push({ source: index, target: targetIndex, kind: anchor.kind, strength: 1 });
  });
}

function sortedLetters(key: string): string {
  return [...key].sort().join('');
}

/** A name or acronym with what `entitySimilarity` compares, prepared once per `matchAnchors` call. */
interface PreparedName {
  anchor: Anchor;
  /** Words of the key: decides which of two names is the shorter. */
  keyWords: number;
  /** The written words, each prepared for `namesMatch` (computed on first use). */
  words?: NameKeys[];
  letters?: string;
}

function prepareName(anchor: Anchor): PreparedName {
  return { anchor, keyWords: anchor.key.split(' ').length };
}

function wordsOf(name: PreparedName, memo: NameKeysMemo | undefined): NameKeys[] {
  name.words ??= name.anchor.text.split(/[\s\u00A0]+/u).filter((w) => w.length > 0).map((w) => nameKeysOf(w, memo));
  return name.words;
}

function lettersOf(name: PreparedName): string {
  name.letters ??= sortedLetters(name.anchor.key);
  return name.letters;
}

function preparedSimilarity(x: PreparedName, y: PreparedName, memo?: NameKeysMemo): number {
  const a = x.anchor;
  const b = y.anchor;
  if (a.key === b.key) return 1;
  if (a.kind === 'acronym' || b.kind === 'acronym') {
    if (a.kind === 'acronym' && b.kind === 'acronym' && a.key.length >= 2 && lettersOf(x) === lettersOf(y)) return ANAGRAM_STRENGTH;
    return 0;
  }
  const [short, long] = x.keyWords <= y.keyWords ? [wordsOf(x, memo), wordsOf(y, memo)] : [wordsOf(y, memo), wordsOf(x, memo)];
  if (short.length === 0) return 0;
  let total = 0;
  for (const word of short) {
    let best = 0;
    for (const other of long) best = Math.max(best, matchKeys(word, other));
    total += best;
  }
  return total / short.length;
}

/** Similarity of two names or acronyms; multi-word names compare word by word (the shorter against the longer). */
export function entitySimilarity(a: Anchor, b: Anchor): number {
  return preparedSimilarity(prepareName(a), prepareName(b));
}

/**
 * The indices of the names and acronyms of `anchors` not in `used`. A loop, not `flatMap` with an array per
 * anchor: it ran for both sides of every bead (0.4 % of `compare`, h11 "pipe3").
 */
function unusedNames(anchors: readonly Anchor[], used: ReadonlySet<number>): number[] {
  const indices: number[] = [];
  for (let index = 0; index < anchors.length; index++) {
    const kind = anchors[index]!.kind;
    if ((kind === 'entity' || kind === 'acronym') && !used.has(index)) indices.push(index);
  }
  return indices;
}

function matchEntities(source: readonly Anchor[], target: readonly Anchor[], used: Set<number>[], out: AnchorMatch[], memo: NameKeysMemo | undefined): void {
  const sourceNames = unusedNames(source, used[0]!);
  const targetNames = unusedNames(target, used[1]!);
  if (sourceNames.length * targetNames.length > MAX_FUZZY_PAIRS) return;
  if (sourceNames.length === 0 || targetNames.length === 0) return;
  const preparedTargets = targetNames.map((t) => prepareName(target[t]!));
  const candidates: { s: number; t: number; strength: number }[] = [];
  for (const s of sourceNames) {
    const prepared = prepareName(source[s]!);
    targetNames.forEach((t, k) => {
      const strength = preparedSimilarity(prepared, preparedTargets[k]!, memo);
      if (strength >= NAME_MATCH_THRESHOLD) candidates.push({ s, t, strength });
    });
  }
  candidates.sort((x, y) => y.strength - x.strength || x.s - y.s || x.t - y.t);
  for (const { s, t, strength } of candidates) {
    if (used[0]!.has(s) || used[1]!.has(t)) continue;
    used[0]!.add(s);
    used[1]!.add(t);
    out.push({ source: s, target: t, kind: source[s]!.kind, strength });
  }
}

function asSegment(text: string | Segment): Segment {
  return typeof text === 'string' ? { index: 0, text, start: 0, end: text.length, block: 0 } : text;
}

/** Code units below this have their letter and case class in `CASE_CLASS`. */
const CASE_TABLE_SIZE = 0x800;
const NOT_A_LETTER = 0;
const UNCASED_LETTER = 1;
const CASED_LETTER = 2;

/**
 * Per code unit below CASE_TABLE_SIZE (none a surrogate), what `isUncased` asks of it as a character:
 * not a letter, a letter, or a cased letter (upper case, or with an upper-case mapping; never a letter of
 * the Arabic block). Derived data, built once at load from the same `isLetter`, `isUpper` and
 * `toUpperCase`; test/anchors/fast-paths.test.ts holds `isUncased` to its definition.
 */
const CASE_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(CASE_TABLE_SIZE);
  for (let code = 0; code < CASE_TABLE_SIZE; code++) {
    const ch = String.fromCharCode(code);
    if (!isLetter(ch)) continue;
    const cased = (code < 0x0600 || code > 0x06ff) && (isUpper(ch) || ch.toUpperCase() !== ch);
    table[code] = cased ? CASED_LETTER : UNCASED_LETTER;
  }
  return table;
})();

/** Whether a text is written in a script without capitals (Arabic, Hebrew, CJK, …), judged by its letters. */
export function isUncased(text: string): boolean {
  let letters = 0;
  let cased = 0;
  // Code unit by code unit through a table: the string iterator (a string per character) and a case
  // mapping per letter were most of this function's cost (0.3–0.5 % of `compare`, h11 "pipe3").
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code < CASE_TABLE_SIZE) kind = CASE_CLASS[code]!;
    else {
      // A whole code point, as the string iterator reads it (a pair, or a lone surrogate alone).
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      i += ch.length - 1;
      // Letters of the Arabic block (U+0600–U+06FF) have no case: they are all in the table.
      kind = !isLetter(ch) ? NOT_A_LETTER : isUpper(ch) || ch.toUpperCase() !== ch ? CASED_LETTER : UNCASED_LETTER;
    }
    if (kind === NOT_A_LETTER) continue;
    letters++;
    if (kind === CASED_LETTER) cased++;
    if (letters >= 200) break;
  }
  return letters > 0 && cased / letters < 0.5;
}

/**
 * Pairs `source` anchors with `target` anchors one to one. Returns the pairs in source order of finding
 * (numbers, then codes/URLs/e-mails, then names), each with indices into the two arrays.
 *
 * When `targetText` (or `sourceText`) is given and is written in an uncased script, names on the other
 * side that found no partner are searched for in it by transliteration (`findNameCounterparts`); such a
 * pair has index -1 on that side and the counterpart in `found`. Pass a `Segment` to get document
 * offsets in `found`, a string to get offsets into the string.
 *
 * `memo` (from `createNameKeysMemo`), shared by the calls for one document's beads, keeps the words' and
 * names' transliterated keys from one call to the next; the result is the same with or without it.
 */
export function matchAnchors(
  source: readonly Anchor[],
  target: readonly Anchor[],
  sourceText?: string | Segment,
  targetText?: string | Segment,
  memo?: NameKeysMemo,
): AnchorMatch[] {
  const out: AnchorMatch[] = [];
  matchNumbers(source, target, out);
  const used = [new Set<number>(), new Set<number>()];
  matchByKey(['code', 'url', 'email'], source, target, used, out);
  matchByKey(['entity', 'acronym'], source, target, used, out);
  matchEntities(source, target, used, out, memo);

  const searchCounterparts = (from: readonly Anchor[], side: 0 | 1, text: string | Segment | undefined) => {
    if (text === undefined) return;
    // Indices of the names nothing paired (a loop, not `flatMap` with an array per anchor).
    const lonely: number[] = [];
    for (let index = 0; index < from.length; index++) {
      const anchor = from[index]!;
      if (anchor.kind === 'entity' && !anchor.weak && !used[side]!.has(index)) lonely.push(index);
    }
    if (lonely.length === 0) return;
    const segment = asSegment(text);
    if (!isUncased(segment.text)) return;
    // The segment's words are split and transliterated once for all the names looked for in it.
    const search = prepareNameSearch(segment, memo);
    const taken: Anchor[] = [];
    for (const index of lonely) {
      const anchor = from[index]!;
      const found = findCounterpartsIn([anchor], search).find((f) => taken.every((t) => f.end <= t.start || t.end <= f.start));
      if (!found) continue;
      taken.push(found);
      used[side]!.add(index);
      out.push(
        side === 0
          ? { source: index, target: -1, kind: 'entity', strength: TRANSLITERATED_STRENGTH, found }
          : { source: -1, target: index, kind: 'entity', strength: TRANSLITERATED_STRENGTH, found },
      );
    }
  };
  searchCounterparts(source, 0, targetText);
  searchCounterparts(target, 1, sourceText);
  return out;
}

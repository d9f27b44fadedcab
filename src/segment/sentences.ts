/**
 * Sentence boundaries inside one block. A boundary can only fall after a run of terminals (". ! ? … ؟ ۔"
 * and friends) and the closing quotes and brackets after it, and only where whitespace follows (or after
 * a full-width terminal of an unspaced script). Whether it does is decided by the next word's case and,
 * for a full stop, by the word before it: abbreviation, initial, number, list marker.
 *
 * Every scan is bounded or consumes input that the main loop then skips, so splitting is linear in the
 * length of the block whatever the input (1 MB of "a. " or "....").
 */
import {
  CAPTION_AND_STEP_LABELS,
  LABELS_THAT_ARE_UNITS_AFTER_NUMBERS,
  NUMBER_ABBREVIATIONS_THAT_ARE_WORDS,
  PROVISION_LABELS,
  STREET_ABBREVIATIONS,
  TIME_OF_DAY,
  TIME_ZONE_WORDS,
  DAYS_AND_MONTHS_AFTER_TIME,
  UNIT_ABBREVIATIONS,
  TIME_ZONES,
  type AbbreviationClass,
  type AbbreviationLookup,
} from '../data/abbreviations.js';
import {
  classifyCodePoint,
  closingBracketOf,
  extendsPrevious,
  isAsciiDigit,
  isCloser,
  isGluableSpace,
  isLineBreak,
  isOpener,
  isPrepend,
  isSpace,
  isTerminal,
  isUnspacedTerminal,
  type NextStart,
} from './chars.js';

export interface SplitContext {
  text: string;
  abbreviations: AbbreviationLookup;
  /** Lower-cased words that open a fronted time or place phrase in this language. */
  openingPrepositions: ReadonlySet<string>;
  /** The language writes ordinals with a full stop ("5. Dezember"): a small number + "." + capital is no end. */
  ordinalDot: boolean;
  /** Lower-cased verbs of saying ("asked", "قالت"): a quoted question followed by one is attributed speech. */
  speechVerbs: ReadonlySet<string>;
  /** Lower-cased function words that open sentences ("the", "she"): capitalised, they are no speaker's name. */
  sentenceStopwords: ReadonlySet<string>;
  /** Lower-cased determiners among them ("the", "these"): one opens a sentence even before a capitalised word. */
  sentenceDeterminers: ReadonlySet<string>;
  /**
   * The block is a heading (one short line without final punctuation): a full stop after a section
   * number there numbers the heading ("Sec. 2. Definitions", "Kapitel 3. Metod"), it ends nothing.
   */
  heading?: boolean;
  /**
   * The block starts with a lower-case word ("hej alla! har precis köpt …"): its writer does not capitalise
   * sentences, so a full stop after an ordinary word ends one even before lower case.
   */
  lowerCaseWriter?: boolean;
  /** Lower-cased phrases that date a legal act whose title follows a dash ("z dnia"); empty for most languages. */
  datedActPhrases: readonly string[];
  /** A letter's text goes on in lower case after the greeting's comma ("Dzień dobry," / "przesyłam …"). */
  lowerCaseAfterGreeting: boolean;
}

/** Whether only spaces within the line stand between a full stop and the number after it. */
function numberFollowsDirectly(text: string, from: number, numberStart: number): boolean {
  for (let i = from; i < numberStart; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) || isLineBreak(code)) return false;
  }
  return true;
}

/** Longest word (in code units) the rules look at before a full stop; longer tokens are ordinary words. */
const MAX_WORD_LENGTH = 64;
/** How many opening quotes, brackets and dashes may stand before the next sentence's first letter. */
const MAX_OPENERS = 6;
/** A "terminal" abbreviation this close to the start of its sentence does not end it ("2020 r. Komisja …"). */
const MIN_WORDS_BEFORE_TERMINAL_ABBREVIATION = 3;
/** …nor one that closes a fronted phrase of at most this many words ("W latach 30. XX w. Towarzystwo …"). */
const MAX_FRONTED_PHRASE_WORDS = 6;

/** First index at or after `index` that is not whitespace, without splitting a space from a combining mark. */
export function skipSpaces(text: string, index: number, limit: number): number {
  let i = index;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  if (i > index && i < limit && isGluableSpace(text.charCodeAt(i - 1)) && extendsPrevious(text, i)) i--;
  return i;
}

/** End of the content before `index` once trailing whitespace is dropped, keeping a space glued by a prepend mark. */
export function trimEnd(text: string, from: number, index: number): number {
  let i = index;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i < index && i > from && isPrepend(text.charCodeAt(i - 1)) && isGluableSpace(text.charCodeAt(i))) i++;
  return i;
}

interface NextWord {
  kind: NextStart;
  index: number;
}

/** How the next sentence would start: skips whitespace and opening punctuation, then classifies a letter. */
export function nextWord(text: string, index: number, limit: number): NextWord {
  let i = skipSpaces(text, index, limit);
  for (let n = 0; n < MAX_OPENERS && i < limit && isOpener(text.charCodeAt(i)); n++) {
    i = skipSpaces(text, i + 1, limit);
  }
  if (i >= limit) return { kind: 'end', index: i };
  if (extendsPrevious(text, i)) return { kind: 'lower', index: i };
  // A version number reads as a number, not as a lower-case word: "… logging.\nv2.1.2 (2024-04-12)".
  if (text.charCodeAt(i) === 0x76 && isAsciiDigit(text.charCodeAt(i + 1))) return { kind: 'digit', index: i };
  return { kind: classifyCodePoint(text.codePointAt(i) ?? 0), index: i };
}

interface Word {
  start: number;
  text: string;
}

/** The token that ends at `end` (exclusive), without its leading opening punctuation or trailing closers. */
function wordBefore(text: string, end: number, from: number): Word {
  let start = end;
  const stop = Math.max(from, end - MAX_WORD_LENGTH);
  while (start > stop && !isSpace(text.charCodeAt(start - 1))) start--;
  if (start === stop && start > from && !isSpace(text.charCodeAt(start - 1))) return { start, text: '' };
  let wordEnd = end;
  while (wordEnd > start && isCloser(text.charCodeAt(wordEnd - 1))) wordEnd--;
  while (start < wordEnd && isOpener(text.charCodeAt(start))) start++;
  return { start, text: text.slice(start, wordEnd) };
}

/** Number of whitespace-separated tokens between `from` and `end`, counting up to `max`. */
export function countWords(text: string, from: number, end: number, max: number): number {
  // A stretch this long holds more than `max` words in any language; no need to walk it.
  if (end - from > max * MAX_WORD_LENGTH) return max + 1;
  let words = 0;
  let inWord = false;
  for (let i = from; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) {
      words++;
      if (words > max) return words;
    }
    inWord = !space;
  }
  return words;
}

const NUMERIC = /^\p{N}+(?:[.,:/\-\u2013]\p{N}+)*$/u;
const LIST_NUMBER = /^(?:\p{N}{1,3}|[a-z]|[IVX]{1,4})$/u;
const SINGLE_LETTER = /^\p{L}\p{M}*$/u;
const UPPER_OR_CASELESS_LETTER = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
const UPPER_LETTER = /^[\p{Lu}\p{Lt}]/u;
const DOTTED = /^(?:\p{L}{1,4}\.)+\p{L}{1,4}$/u;
/** Initials written together: "J.R.R", "C.S", "W.E.B" (the final full stop is the candidate boundary). */
const JOINED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const SHORT_LOWER = /^\p{Ll}{1,3}$/u;
/** A reference code closing a bracket: capitals, then digits, joined by hyphens or slashes ("RF-2291)", "AB7/24)"). */
const BRACKETED_CODE = /^\p{Lu}+[-/]?\p{N}[\p{Lu}\p{N}/-]*\)$/u;
/** The abbreviation after the dash of a range of abbreviations: "pon.–pt" → "pt", "tis.–sön" → "sön". */
const RANGE_TAIL = /^\p{L}{1,5}\.[\u2013-](\p{L}{1,5})$/u;
/** A section number in a heading: "2", "4.1", "12a" is not needed; Roman numerals are caught as initials. */
const SECTION_NUMBER = /^\p{N}{1,3}(?:\.\p{N}{1,3}){0,3}$/u;

function lookupAbbreviation(lookup: AbbreviationLookup, key: string): AbbreviationClass | undefined {
  return lookup.exact.get(key) ?? lookup.folded.get(key.toLowerCase());
}

/** Is the token before `wordStart` a capitalised word or an ordinal ("Main St.", "5th Ave.")? */
function followsCapitalisedWord(text: string, wordStart: number, from: number): boolean {
  const end = trimEnd(text, from, wordStart);
  if (end === wordStart || end <= from) return false;
  const previous = wordBefore(text, end, from).text;
  return /^(?:\p{Lu}\p{Ll}+|\p{N}{1,3}(?:st|nd|rd|th))$/u.test(previous);
}

/** Is the token before `wordStart` a number? ("2012 م." = AD, "5 S." …) */
function followsNumber(text: string, wordStart: number, from: number): boolean {
  const end = trimEnd(text, from, wordStart);
  if (end === wordStart || end <= from) return false;
  // A tab separates the cells of a table row: "Sal 2<TAB>K. Holm" is a room and a name, not "20 C.".
  for (let i = end; i < wordStart; i++) if (text.charCodeAt(i) === 0x09) return false;
  const previous = wordBefore(text, end, from);
  return NUMERIC.test(previous.text);
}

function breaksAfterTerminalAbbreviation(ctx: SplitContext, next: NextWord, segmentStart: number, wordStart: number): boolean {
  if (next.kind === 'digit') return false;
  const { text } = ctx;
  if (introducesActTitle(ctx, next, segmentStart, wordStart)) return false;
  const words = countWords(text, segmentStart, wordStart, MAX_FRONTED_PHRASE_WORDS);
  if (words < MIN_WORDS_BEFORE_TERMINAL_ABBREVIATION) return false;
  if (words < MAX_FRONTED_PHRASE_WORDS && !UNIT_ABBREVIATIONS.has(tokenAt(text, wordStart, next.index).toLowerCase() + '.')) {
    const first = firstWord(text, segmentStart, wordStart).toLowerCase();
    if (ctx.openingPrepositions.has(first)) return false;
  }
  return true;
}

/** How far before a date the phrase dating an act may stand ("z dnia 14 czerwca 1960 r."). */
const MAX_ACT_DATE_LENGTH = 40;

/**
 * Does a dash after a date introduce the title of the act it dates ("ustawy z dnia 14 czerwca 1960 r. –
 * Kodeks postępowania administracyjnego")? Only a spaced en dash right after the abbreviation, with one
 * of the language's dating phrases shortly before.
 */
function introducesActTitle(ctx: SplitContext, next: NextWord, segmentStart: number, wordStart: number): boolean {
  if (ctx.datedActPhrases.length === 0) return false;
  const { text } = ctx;
  const gap = text.slice(wordStart, next.index);
  if (!/^\S+\s\u2013\s$/u.test(gap)) return false;
  const before = text.slice(Math.max(segmentStart, wordStart - MAX_ACT_DATE_LENGTH), wordStart).toLowerCase();
  return ctx.datedActPhrases.some((phrase) => before.includes(phrase));
}

/** The end of the whitespace-delimited token at `index`, bounded in length. */
function tokenEnd(text: string, index: number, limit: number): number {
  let j = index;
  while (j < limit && j - index < MAX_WORD_LENGTH && !isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** Trailing punctuation that is no part of a word ("Eastern." → "Eastern"). */
const TRAILING_PUNCTUATION = /[,;:.!?،؛]+$/u;

/** The token at `index` without trailing punctuation, bounded in length. */
function tokenAt(text: string, index: number, limit: number): string {
  return text.slice(index, tokenEnd(text, index, limit)).replace(TRAILING_PUNCTUATION, '');
}

/**
 * A section number right after a provision label that opens the sentence: "Art. 5." and the "1." of
 * "Art. 5. 1. Organ …" number a run-in article, they end nothing; nor does the number after a caption or
 * step label.
 */
function isProvisionNumber(text: string, segmentStart: number, wordStart: number, numberText: string): boolean {
  if (wordStart - segmentStart > 24) return false;
  const before = text.slice(segmentStart, wordStart).trim().split(/\s+/u);
  const label = before[0] ?? '';
  // A caption or a step numbers its figure, table or step the same way: "Fig. 2. Percentage change …",
  // "Step 3. Click Save." (held-out 9). Labels in capitals are the same labels ("SECTION 1. DEFINITIONS.").
  const titled = label.charAt(0) + label.slice(1).toLowerCase();
  if (before.length === 1 && (CAPTION_AND_STEP_LABELS.has(label) || CAPTION_AND_STEP_LABELS.has(titled))) return true;
  if (!PROVISION_LABELS.has(label) && !PROVISION_LABELS.has(titled)) return false;
  if (before.length === 1) return true;
  return before.length === 2 && /^\p{N}{1,4}[a-z]?\.$/u.test(before[1] ?? '') && LIST_NUMBER.test(numberText);
}

/** Is there a line break in `[from, to)`? The caller passes the gap before the next word, already walked by nextWord. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

/** The ASCII capitals starting at `index`, if they form a short token of their own ("EST"). */
function capitalsAt(text: string, index: number): string {
  let j = index;
  while (j - index < 5 && text.charCodeAt(j) >= 0x41 && text.charCodeAt(j) <= 0x5a) j++;
  const following = text.codePointAt(j);
  return following !== undefined && classifyCodePoint(following) !== 'other' ? '' : text.slice(index, j);
}

/** The first token of `[from, end)`, without opening punctuation. */
function firstWord(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && isOpener(text.charCodeAt(i))) i++;
  let j = i;
  while (j < end && j - i < MAX_WORD_LENGTH && !isSpace(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** An English contraction's clitic: "it's" → "it", "we're" → "we", "I'm" → "I". */
const CONTRACTION = /['\u2019](?:s|re|m|ve|ll|d)$/u;

/**
 * Does a sentence open at `index`: a function word ("The", "Her", "Det") followed by a lower-case word or
 * a number ("The tariffs", "In 2020")? A capital after it is a name ("W.E.B. Du Bois", "U.S. And China"),
 * except after a determiner, which modifies a capitalised word and then a lower-case one ("The European
 * evidence is …", "The Senate voted …"): a name does not start with "The".
 */
function opensSentence(ctx: SplitContext, index: number, limit: number): boolean {
  const { text } = ctx;
  const j = tokenEnd(text, index, limit);
  const key = text.slice(index, j).replace(TRAILING_PUNCTUATION, '').toLowerCase();
  // A contraction opens a sentence as its function word does: "It's", "That’s", "We're", "I'm".
  if (!ctx.sentenceStopwords.has(key) && !ctx.sentenceStopwords.has(key.replace(CONTRACTION, ''))) return false;
  const after = nextWord(text, j, Math.min(limit, j + MAX_WORD_LENGTH));
  if (after.kind === 'lower' || after.kind === 'digit') return true;
  if (after.kind !== 'upper' || !ctx.sentenceDeterminers.has(key) || after.index !== skipSpaces(text, j, limit)) return false;
  // The capitalised word must be a plain word (no full stop, comma or bracket of its own) before lower case.
  const k = tokenEnd(text, after.index, limit);
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(text.slice(after.index, k))) return false;
  const then = nextWord(text, k, Math.min(limit, k + MAX_WORD_LENGTH));
  return then.kind === 'lower' && then.index === skipSpaces(text, k, limit);
}

/** Decides a full stop followed by whitespace and a word that is not lower case. */
function fullStopBreaks(ctx: SplitContext, stop: number, next: NextWord, segmentStart: number, limit: number): boolean {
  const { text } = ctx;
  const word = wordBefore(text, stop, segmentStart);
  if (word.text === '') return true;
  const atSegmentStart = word.start === segmentStart;

  let cls = lookupAbbreviation(ctx.abbreviations, `${word.text}.`);
  // A range of abbreviated days before the hours reads as its last day: "pon.–pt. 9–17" (held-out 10).
  // Before a capital it is left to the rules for unlisted words ("Öppet tis.–sön. Måndagar stängt.").
  const range = cls === undefined && next.kind === 'digit' ? RANGE_TAIL.exec(word.text) : null;
  if (range) cls = lookupAbbreviation(ctx.abbreviations, `${range[1] ?? ''}.`);
  if (cls === undefined && word.start > segmentStart) {
    const previousEnd = trimEnd(text, segmentStart, word.start);
    const previous = wordBefore(text, previousEnd, segmentStart);
    if (previous.text !== '') cls = lookupAbbreviation(ctx.abbreviations, `${previous.text} ${word.text}.`);
  }

  // "at 8:30 a.m. Eastern", "الساعة ٨:٣٠ م. بتوقيت مكة": a time zone goes on after the time of day.
  // "from 6 p.m. Monday until noon Tuesday": so does a day or a month.
  if (TIME_OF_DAY.has(word.text)) {
    const following = tokenAt(text, next.index, limit);
    if (TIME_ZONE_WORDS.has(following) || DAYS_AND_MONTHS_AFTER_TIME.has(following)) return false;
  }
  // "No. Returns are …": the answer, not the abbreviation of "number" (which a number follows).
  if (cls === 'continuing' && next.kind === 'upper' && NUMBER_ABBREVIATIONS_THAT_ARE_WORDS.has(`${word.text}.`)) cls = undefined;
  // "67,4 pkt. Najlepiej …": a statute's label ("pkt 3") is a unit after a number, and may end the sentence.
  if (cls === 'continuing' && LABELS_THAT_ARE_UNITS_AFTER_NUMBERS.has(`${word.text.toLowerCase()}.`) && followsNumber(text, word.start, segmentStart)) cls = 'terminal';

  // A letter in brackets is a label, not an initial: a party after a name ("Anna Ek (M). Propositionen").
  const bracketed = word.start + word.text.length < stop && isCloser(text.charCodeAt(word.start + word.text.length)) && word.start > segmentStart && isOpener(text.charCodeAt(word.start - 1));
  if (SINGLE_LETTER.test(word.text) && !bracketed) {
    // A letter after a number is a unit or era ("2012 م.", "20 C."); otherwise a capital or caseless
    // letter is an initial ("J. R. R. Tolkien", "د. خالد").
    if (followsNumber(text, word.start, segmentStart)) return breaksAfterTerminalAbbreviation(ctx, next, segmentStart, word.start);
    if (cls === 'continuing') return false;
    if (atSegmentStart && LIST_NUMBER.test(word.text)) return false;
    if (UPPER_OR_CASELESS_LETTER.test(word.text)) return false;
  }
  // Joined capitals listed as continuing ("U.S.", "U.K.") or read as initials ("J.R.R.") come before a
  // noun or a name; before a capitalised function word they end the sentence ("… in the U.K. Her
  // brother …", "… to the U.S. The tariffs …"). Not in a heading, where Title Case capitalises
  // function words ("U.S. And China Agree on Trade").
  if (cls !== 'terminal' && ctx.heading !== true && next.kind === 'upper' && JOINED_INITIALS.test(word.text) && opensSentence(ctx, next.index, limit)) return true;
  // "St." after a name is a street, before one a saint: "… on Main St. He has …" ends like "U.S." above,
  // "St. Louis", "i St. Petersburg", "Mount St. Helens" go on (held-out 10).
  if (cls === 'continuing' && STREET_ABBREVIATIONS.has(`${word.text}.`) && ctx.heading !== true && next.kind === 'upper' && followsCapitalisedWord(text, word.start, segmentStart) && opensSentence(ctx, next.index, limit)) return true;
  if (cls === 'continuing') return false;
  if (cls === 'terminal' && next.kind === 'upper' && TIME_ZONES.has(capitalsAt(text, next.index))) return false; // "5:42 p.m. EST"
  if (cls === 'terminal') return breaksAfterTerminalAbbreviation(ctx, next, segmentStart, word.start);

  if (NUMERIC.test(word.text)) {
    // A label alone on its line ("Step 1." / "Open the menu.") is a unit of its own, as a heading is.
    if (isProvisionNumber(text, segmentStart, word.start, word.text) && !hasLineBreak(text, stop, next.index)) return false;
    if (atSegmentStart && LIST_NUMBER.test(word.text)) return false; // "1. Fotografera cykeln."
    if (ctx.heading === true && SECTION_NUMBER.test(word.text)) return false; // "Sec. 2. Definitions"
    if (/^\p{N}{1,2}$/u.test(word.text) && next.kind === 'upper') {
      if (ctx.ordinalDot) return false;
      // A decade or ordinal before a Roman century: Polish "w latach 30. XX w.".
      if (ROMAN_CENTURY.test(text.slice(next.index, next.index + 8))) return false;
    }
    return true;
  }
  if (atSegmentStart && LIST_NUMBER.test(word.text)) return false; // "a. …", "IV. …"
  // Single capitals joined by full stops are initials, as a single capital is ("J.R.R. Tolkien", "C.S.
  // Lewis"), unless a number comes before them ("300 B.C."); the place and era abbreviations that end
  // sentences ("D.C.", "U.S.A.", "B.C.") are listed as terminal and decided above.
  if (JOINED_INITIALS.test(word.text) && next.kind !== 'digit' && !followsNumber(text, word.start, segmentStart)) return false;
  if (DOTTED.test(word.text)) return breaksAfterTerminalAbbreviation(ctx, next, segmentStart, word.start);
  // "tel. 22", "s. 45": an unlisted short abbreviation before its number, on the same line and with no
  // bracket between. A bracketed number or one on the next line opens something else ("… in a day.↵[00:00:26]
  // MIKE: …", a transcript's timestamp).
  if (next.kind === 'digit' && SHORT_LOWER.test(word.text) && numberFollowsDirectly(text, stop + 1, next.index)) return false;
  // "(ref. RF-2291)", "(nr. AB-7)": a short word opening a bracket labels the code after it, letters with
  // digits closed by the same bracket (held-out 12). A bracket is no place for a sentence to end before it.
  if (next.kind === 'upper' && SHORT_LOWER.test(word.text) && word.start > segmentStart && text.charCodeAt(word.start - 1) === 0x28 && numberFollowsDirectly(text, stop + 1, next.index) && BRACKETED_CODE.test(tokenAt(text, next.index, limit))) return false;
  // A book of scripture before chapter and verse, in brackets: "(Matt. 5:14)", "(1 Joh. 4:8)".
  if (next.kind === 'digit' && text.slice(Math.max(segmentStart, word.start - 3), word.start).includes('(') && CHAPTER_AND_VERSE.test(text.slice(next.index, next.index + 8))) return false;
  return true;
}

/** Words after an ellipsis, up to which the rest counts as a pause in the same sentence. */
const MAX_PAUSE_TAIL_WORDS = 4;

/** Does a terminal, closer or the end of the block come within a few words of `index`? */
function shortTail(text: string, index: number, limit: number): boolean {
  let words = 0;
  let inWord = false;
  const stop = Math.min(limit, index + MAX_PAUSE_TAIL_WORDS * MAX_WORD_LENGTH);
  for (let i = index; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (isTerminal(code) || isCloser(code)) return true;
    const space = isSpace(code);
    if (!space && !inWord && ++words > MAX_PAUSE_TAIL_WORDS) return false;
    inWord = !space;
  }
  return stop === limit;
}

/** ! and ? (and their full-width and doubled forms): a question or exclamation, not a full stop or ellipsis. */
function isExclamationOrQuestion(code: number): boolean {
  return code === 0x21 || code === 0x3f || code === 0xff01 || code === 0xff1f || code === 0x203c || (code >= 0x2047 && code <= 0x2049);
}

/**
 * "!" or "?" before a lower-case word. In informal writing (forums, comments, chat) sentences often
 * start in lower case: "hej! jag har kollat …", "works!!! i get …", "czarny?! próbowałem …". In edited
 * text lower case after them is reported speech going on: the exclamation is closed by a quote ('"Tom!"
 * she called'), followed by a dialogue dash ("Dokąd idziesz? — zapytała"), or the sentence is a line of
 * dialogue opened by a dash or quote ("– Vänta! ropade hon"). Only the first case is a boundary.
 */
function exclamationBeforeLowerCase(
  text: string,
  runStart: number,
  runEnd: number,
  after: number,
  nextFrom: number,
  next: NextWord,
  segmentStart: number,
  limit: number,
): boolean {
  if (after > runEnd) return false; // closed by a quote or bracket
  if (next.index !== skipSpaces(text, nextFrom, limit)) return false; // a dash or quote opens what follows
  if (isOpener(text.charCodeAt(segmentStart))) return false; // dialogue or quoted speech
  let exclaims = false;
  for (let i = runStart; i < runEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x2026) return false; // "?." or "!…" is something else
    if (isExclamationOrQuestion(code)) exclaims = true;
  }
  return exclaims;
}

/** A lower-case word of letters only, long enough not to be an unlisted abbreviation ("nån", "cache"). */
const PLAIN_LOWER_WORD = /^\p{Ll}{3,}$/u;

/**
 * A single full stop right after an ordinary lower-case word (no abbreviation, number or initial): in a
 * block whose writer does not capitalise, it ends the sentence before a lower-case word ("… funderar på
 * bergvärme. nån som vet …", "… cleared the cache. still crashes …"); "z lat 70. i", "ca. tio" are no ends.
 */
function fullStopAfterWord(ctx: SplitContext, runStart: number, runEnd: number, segmentStart: number): boolean {
  const { text } = ctx;
  if (runEnd - runStart !== 1 || text.charCodeAt(runStart) !== 0x2e) return false;
  const word = wordBefore(text, runStart, segmentStart);
  if (word.start + word.text.length !== runStart) return false; // ".)" or '."': closed by a bracket or quote
  return PLAIN_LOWER_WORD.test(word.text) && lookupAbbreviation(ctx.abbreviations, `${word.text}.`) === undefined;
}

/** How many words after a quote may come before the verb of saying ("Aunt Polly asked", "Mr. Smith said"). */
const MAX_ATTRIBUTION_WORDS = 3;
/** Arabic harakat, shadda, sukun and tatweel: dropped before a word is looked up. */
const ARABIC_MARKS = /[\u064b-\u0652\u0640]/gu;

/** Hyphen, en dash, em dash, horizontal bar: what opens a line of dialogue. */
function isDialogueDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2015;
}

/** Is one of the closers in `[runEnd, after)` a quotation mark (not a bracket)? */
function closedByQuote(text: string, runEnd: number, after: number): boolean {
  for (let i = runEnd; i < after; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x29 && code !== 0x5d && code !== 0x7d && code !== 0xff09 && code !== 0xff3d && code !== 0x3011) return true;
  }
  return false;
}

/**
 * Does attributed speech follow a closing quote: a verb of saying within the next few words, with only
 * names or titles before it? English names the speaker first ('"Are you coming?" Maggie asked'), Arabic
 * has no case and puts the verb first ("«هل ستخرج؟» قالت أمه"). A capitalised function word before the
 * verb ('"Why?" She said …', '"Now?" The minister said …') is the writer starting a new sentence.
 */
function attributionFollows(ctx: SplitContext, next: NextWord, limit: number): boolean {
  if (ctx.speechVerbs.size === 0) return false;
  const { text } = ctx;
  let i = next.index;
  for (let n = 0; n < MAX_ATTRIBUTION_WORDS && i < limit; n++) {
    const j = tokenEnd(text, i, limit);
    const raw = text.slice(i, j);
    const bare = raw.replace(TRAILING_PUNCTUATION, '');
    const key = bare.toLowerCase().replace(ARABIC_MARKS, '');
    // A verb with a colon opens a new quotation: «هل أنهيت واجباتك؟» أجاب: «نعم!» is two sentences.
    if (ctx.speechVerbs.has(key)) return !raw.endsWith(':');
    // Only a capitalised name or a title may stand before the verb; a caseless script has no way to
    // mark a name, so there the verb must come first ("«…؟» ثم أضاف" is a new sentence).
    if (lookupAbbreviation(ctx.abbreviations, bare + '.') !== 'continuing') {
      if (bare !== raw || !UPPER_LETTER.test(bare) || ctx.sentenceStopwords.has(key)) return false;
    }
    i = skipSpaces(text, j, limit);
  }
  return false;
}

const BRACKETED_YEAR = /^[([]\p{N}{4}[)\]]/u;

/** Longest bracketed reference (UTF-16 units) read after a terminal: "(1 Kor. 13:4–7)" is 17. */
const MAX_BRACKETED_REFERENCE_LENGTH = 32;
/**
 * A book with chapter and verse in brackets: "(Matt. 5:14)", "(Ef 5,16)", "(1 Joh. 4:8)", "(Ps 23:1–4)".
 * A capitalised word of up to 11 letters, a number, a colon or comma, a number: no ordinary bracket reads so.
 */
const BRACKETED_REFERENCE = /^\((?:[1-4] ?)?\p{Lu}\p{Ll}{0,10}\.? \p{N}{1,3}[:,]\p{N}{1,3}(?:[-\u2013]\p{N}{1,3})?\)/u;
/** Chapter and verse after a book's abbreviation: "5:14", "5,16". */
const CHAPTER_AND_VERSE = /^\p{N}{1,3}[:,]\p{N}{1,3}/u;

/**
 * A scripture reference written after the quotation it cites belongs to that sentence (held-out 10):
 * Jesus säger: ”Ni är världens ljus. En stad … kan inte döljas.” (Matt. 5:14) Men vi … Returns the index
 * after the bracket when one space and such a reference stand at `index` and whitespace or the end of the
 * block follows it, otherwise `index`; a full stop after the bracket ("… złe” (Ef 5,16).") is its own terminal.
 */
export function bracketedReferenceEnd(text: string, index: number, limit: number): number {
  if (index + 1 >= limit || text.charCodeAt(index) !== 0x20 || text.charCodeAt(index + 1) !== 0x28) return index;
  const match = BRACKETED_REFERENCE.exec(text.slice(index + 1, Math.min(limit, index + 1 + MAX_BRACKETED_REFERENCE_LENGTH)));
  if (!match) return index;
  const end = index + 1 + match[0].length;
  return end >= limit || isSpace(text.charCodeAt(end)) ? end : index;
}

/** A year or citation in brackets belongs to what precedes it: "After Oil?" (2004), "Smith et al. (2004)". */
function startsWithBracketedYear(text: string, after: number, limit: number): boolean {
  const i = skipSpaces(text, after, limit);
  return BRACKETED_YEAR.test(text.slice(i, Math.min(limit, i + 6)));
}

const ROMAN_CENTURY = /^[IVXLC]{2,6}(?![\p{L}\p{N}])/u;

/** Longest citation mark (UTF-16 units, brackets included) read after a terminal: "[12]", "[källa behövs]". */
const MAX_CITATION_LENGTH = 32;
/** How many marks may follow one another ("….[2][3]"). */
const MAX_CITATIONS = 4;
/** Longest run of marks after a terminal, in UTF-16 units. */
export const MAX_CITATION_RUN = MAX_CITATIONS * MAX_CITATION_LENGTH;
/** What a citation mark holds: a number or a few words ("[a]", "[citation needed]", "[potrzebny przypis]"). */
const CITATION_CHAR = /^[\p{L}\p{M}\p{N} ,\u2013-]$/u;

/**
 * Encyclopedia citation marks written right after the full stop belong to the sentence they close
 * ("… i Kvarnbo socken.[1] Orten …", "….[källa behövs] Under …", "….[2][3] Left …"). Returns the index
 * after the marks at `index`, or `index` when none stand there. A mark has no full stop or colon ("[Note:
 * …]" is text of its own) and is no Markdown link ("[text](url)").
 */
export function citationMarksEnd(text: string, index: number, limit: number): number {
  let i = index;
  for (let n = 0; n < MAX_CITATIONS && i < limit && text.charCodeAt(i) === 0x5b; n++) {
    const stop = Math.min(limit, i + MAX_CITATION_LENGTH - 1);
    let j = i + 1;
    while (j < stop && CITATION_CHAR.test(text[j] ?? '')) j++;
    if (j === i + 1 || j >= limit || text.charCodeAt(j) !== 0x5d || text.charCodeAt(j + 1) === 0x28) break;
    i = j + 1;
  }
  return i;
}

/**
 * Whether the terminal run `[runStart, runEnd)`, followed by closers up to `after`, ends a sentence,
 * given the text up to `limit` (the end of the block or paragraph) and the start of the current sentence.
 * `nextFrom` is where the next sentence would start once citation marks after the closers are skipped.
 */
export function isSentenceEnd(
  ctx: SplitContext,
  runStart: number,
  runEnd: number,
  after: number,
  segmentStart: number,
  limit: number,
  nextFrom = after,
  inTurn = false,
): boolean {
  const { text } = ctx;
  const next = nextWord(text, nextFrom, limit);
  if (next.kind === 'end') return true;
  if (next.kind === 'lower') {
    // A one-line title keeps its lower-case tail ("Pomocy!!! laptop nie chce się włączyć").
    if (ctx.heading === true) return false;
    if (!inTurn && exclamationBeforeLowerCase(text, runStart, runEnd, after, nextFrom, next, segmentStart, limit)) return true;
    return ctx.lowerCaseWriter === true && fullStopAfterWord(ctx, runStart, runEnd, segmentStart);
  }
  if (startsWithBracketedYear(text, nextFrom, limit)) return false;

  let fullStops = 0;
  let ellipsis = false;
  let other = false;
  for (let i = runStart; i < runEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) fullStops++;
    else if (code === 0x2026) ellipsis = true;
    else other = true;
  }
  // A quoted question, exclamation or trailing-off line, or one in a line of dialogue opened by a dash
  // (or still being spoken in one: "— يا جدتي! يا جدتي! صاحت الفتاة."), then who said it: one sentence
  // ('"Are you coming?" Maggie asked', "- هل أنت بخير؟ سألته أمه.").
  if ((other || ellipsis || fullStops > 1) && ctx.speechVerbs.size > 0) {
    const spoken = (after > runEnd && closedByQuote(text, runEnd, after)) || isDialogueDash(text.charCodeAt(segmentStart)) || inTurn;
    if (spoken && attributionFollows(ctx, next, limit)) return false;
  }
  if (other) return true; // ! ? ؟ ۔ । … : a question or exclamation ends unless lower case follows
  if (ellipsis || fullStops > 1) {
    // An ellipsis before a capital, or closed by a quote or bracket, ends the sentence. In caseless
    // scripts (Arabic) there is no capital to tell: a short tail before the next terminal is a pause
    // ("عن البحار... ولم أعده أبدًا!"), a longer one a new sentence.
    if (next.kind !== 'caseless' || after > runEnd) return true;
    return !shortTail(text, next.index, limit);
  }
  if (isSpeakerLabel(text, runStart, nextFrom, next, segmentStart)) return false;
  return fullStopBreaks(ctx, runStart, next, segmentStart, limit);
}

/** Longest speaker label looked at ("Anna Kowalska (PPE)", "Jean-Luc Dehaene (PPE-DE)"). */
const MAX_SPEAKER_LABEL_LENGTH = 60;
/** A capitalised name word ("Kowalska", "Jean-Luc", "O'Neill") or a bracketed group label ("(PPE)", "(S)"). */
const SPEAKER_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\([\p{L}\p{M}\p{N}/ -]{1,20}\))$/u;

/**
 * The speaker line of parliamentary proceedings runs into the speech after a full stop and a spaced dash:
 * "Anna Kowalska (PPE). – Madam President, …". It is no sentence of its own (held-out 7). Only at the start
 * of a line, only names and a bracketed group before the full stop (a group, or at least two names, so
 * that "Tack. – Varsågod" at a line start still splits), and only before a spaced en or em dash.
 */
function isSpeakerLabel(text: string, runStart: number, nextFrom: number, next: NextWord, segmentStart: number): boolean {
  if (next.kind !== 'upper') return false;
  if (segmentStart > 0 && text.charCodeAt(segmentStart - 1) !== 0x0a) return false;
  if (runStart - segmentStart > MAX_SPEAKER_LABEL_LENGTH) return false;
  const gap = text.slice(nextFrom, next.index);
  if (!/^ [\u2013\u2014] $/u.test(gap)) return false;
  const words = text.slice(segmentStart, runStart).match(/\([^()]*\)|\S+/gu) ?? [];
  if (!words.every((w) => SPEAKER_WORD.test(w))) return false;
  const group = words.length > 0 && (words[words.length - 1] ?? '').startsWith('(');
  return group ? words.length >= 2 : words.length >= 2 && words.length <= 4;
}

/** Longest emoji sequence (UTF-16 units) looked at: flags, skin tones and ZWJ families fit. */
const MAX_EMOJI_LENGTH = 32;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}/u;
/** Mouths of ASCII smileys after ":" or ";" and an optional "-": ":)", ";-)", ":(", ":D", ":P", ":/". */
const SMILEY_MOUTHS = new Set([0x29, 0x28, 0x44, 0x50, 0x70, 0x2f, 0x7c]);

function isPictographicAt(text: string, index: number): boolean {
  return PICTOGRAPHIC.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
}

/**
 * If a smiley standing as a word of its own starts at `index` (whitespace or the end of the block after
 * it, the caller checks the whitespace before), the index just after it; otherwise -1. ASCII smileys ":)" ":-(" ";)" ":D"
 * (mouth repeated at most a few times: ":)))"), "xD", or an emoji sequence. Bounded, so scanning stays linear.
 */
function emoticonEnd(text: string, index: number, code: number, limit: number): number {
  let j: number;
  if ((code === 0x78 || code === 0x58) && text.charCodeAt(index + 1) === 0x44) {
    // "xD", "XD", "xDD": a laughing face written with letters
    j = index + 2;
    while (j < index + 5 && text.charCodeAt(j) === 0x44) j++;
  } else if (code === 0x3a || code === 0x3b) {
    j = index + 1;
    if (text.charCodeAt(j) === 0x2d) j++;
    const mouth = text.charCodeAt(j);
    if (!SMILEY_MOUTHS.has(mouth)) return -1;
    const stop = j + 4;
    j++;
    while (j < stop && text.charCodeAt(j) === mouth) j++;
  } else {
    // Emoji live in the surrogate blocks D83C–D83E and in the BMP symbol blocks U+2600–U+27BF.
    if (!((code >= 0xd83c && code <= 0xd83e) || (code >= 0x2600 && code <= 0x27bf))) return -1;
    if (!isPictographicAt(text, index)) return -1;
    const stop = Math.min(limit, index + MAX_EMOJI_LENGTH);
    j = index;
    while (j < stop) {
      const c = text.charCodeAt(j);
      const emojiBlock = (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf);
      if (c !== 0x200d && c !== 0xfe0f && !extendsPrevious(text, j) && !(emojiBlock && isPictographicAt(text, j))) break;
      j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
  }
  // At the end of the block a smiley closes the last sentence: "We read every email. 💌" (held-out 12).
  return j === limit || isSpace(text.charCodeAt(j)) ? j : -1;
}

/**
 * Whether a segment may start after the whitespace at `index`: not when a combining mark glues the last
 * space to what follows (the gap would have to hold part of a grapheme).
 */
function startsCleanly(text: string, index: number, limit: number): boolean {
  const next = skipSpaces(text, index, limit);
  return next >= limit || !isSpace(text.charCodeAt(next));
}

/** Longest stage note (UTF-16 units, brackets included): "(applause from the live audience)". */
const MAX_STAGE_NOTE_LENGTH = 40;
/** What a stage note holds: words of letters ("[skratt]", "(oklaski na widowni)", "[ضحك]"), no terminal. */
const STAGE_NOTE_CHAR = /^[\p{L}\p{M} '’-]$/u;

/**
 * A transcript's or subtitle's note on what is heard, written in brackets after a sentence: "[skratt]",
 * "[laughs]", "(applåder från teknikern)", "(تصفيق)". Read at `index` (after the space that follows a
 * terminal): letters and spaces only, starting with a letter, closed within MAX_STAGE_NOTE_LENGTH, and
 * followed by whitespace or the end of the block. Returns the index after the closing bracket, or -1.
 * A note of its own is a unit when a sentence ends before it (the caller decides that as if the note
 * were not there); numbers, full stops and colons ("[00:00:26]", "(inkl. moms)", "[Note: …]") are no notes.
 */
function stageNoteEnd(text: string, index: number, limit: number): number {
  const open = text.charCodeAt(index);
  const close = closingBracketOf(open);
  if (close < 0) return -1;
  const stop = Math.min(limit, index + MAX_STAGE_NOTE_LENGTH - 1);
  let j = index + 1;
  if (j >= stop || !/^\p{L}/u.test(text[j] ?? '')) return -1;
  while (j < stop && STAGE_NOTE_CHAR.test(text[j] ?? '')) j++;
  if (j >= limit || text.charCodeAt(j) !== close) return -1;
  j++;
  return j === limit || isSpace(text.charCodeAt(j)) ? j : -1;
}

/** How many closing quotes may follow the dash of broken-off speech ("–”", "—'\"" for nested quotes). */
const MAX_QUOTES_AFTER_DASH = 3;

/**
 * Speech broken off with a dash and closed by a quote ends the sentence when the narration after it starts
 * a new one: ”Jag ville bara –” Hon tystnade …, "Well—" He scratched his head. It has no terminal, so the
 * main loop would never look there. Lower case after it ('"If you—" she began', ”Men –” sa hon) and a
 * named speaker before a verb of saying ('"I was just—" Tom began') go on, as after a quoted question.
 * Returns the index after the quotes, or -1 when no sentence ends at the dash at `index`.
 */
function brokenOffSpeechEnd(ctx: SplitContext, index: number, limit: number): number {
  const { text } = ctx;
  let j = index + 1;
  while (j < limit && j - index <= MAX_QUOTES_AFTER_DASH && isCloser(text.charCodeAt(j))) j++;
  if (j === index + 1 || j >= limit || !isSpace(text.charCodeAt(j)) || !closedByQuote(text, index + 1, j)) return -1;
  const next = nextWord(text, j, limit);
  if (next.kind !== 'upper' && next.kind !== 'caseless') return -1;
  if (next.index !== skipSpaces(text, j, limit)) return -1; // a dash or quote opens what follows
  return attributionFollows(ctx, next, limit) ? -1 : j;
}

/**
 * Splits `[from, to)` (trimmed block content) into sentence ranges, pushed as `[start, end)` pairs
 * onto `out`. Ranges carry no leading or trailing whitespace and cover all non-space text.
 */
export function splitSentences(ctx: SplitContext, from: number, to: number, out: number[]): void {
  const { text } = ctx;
  let segmentStart = from;
  // A line of dialogue opened by a dash or quote whose sentences so far all ended in "!" or "?" with no
  // closing quote is still being spoken: lower case after the next "!" is its attribution, as after the
  // first ("– Hjälp! Hjälp! ropade det …", held-out 10), not an informal writer's new sentence.
  let inTurn = false;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isTerminal(code)) {
      if (isDialogueDash(code) && code !== 0x2d && i > segmentStart) {
        const spokenEnd = brokenOffSpeechEnd(ctx, i, to);
        if (spokenEnd > 0) {
          out.push(segmentStart, spokenEnd);
          segmentStart = skipSpaces(text, spokenEnd, to);
          i = spokenEnd;
          continue;
        }
      }
      const end = i > segmentStart && isSpace(text.charCodeAt(i - 1)) ? emoticonEnd(text, i, code, to) : -1;
      if (end < 0) {
        i++;
        continue;
      }
      // A smiley ends the sentence it closes: "vad jag ska välja :) budgeten är …", "Super 😊 Vi ses".
      const next = nextWord(text, end, to);
      const ascii = code === 0x3a || code === 0x3b || code === 0x78 || code === 0x58;
      const breaks = ascii ? next.kind !== 'end' && next.kind !== 'other' : next.kind === 'upper' || next.kind === 'caseless';
      if (breaks) {
        out.push(segmentStart, end);
        segmentStart = skipSpaces(text, end, to);
      }
      i = end;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < to && isTerminal(text.charCodeAt(runEnd))) runEnd++;
    let after = runEnd;
    while (after < to && isCloser(text.charCodeAt(after))) after++;
    const cited = bracketedReferenceEnd(text, citationMarksEnd(text, after, to), to);
    if (cited >= to) break;
    const spaced = isSpace(text.charCodeAt(cited));
    if (spaced) {
      const noteStart = skipSpaces(text, cited, to);
      // A stage note between two sentences is a unit of its own: "Tack, tack. [skratt] Ja, alltså …",
      // "… what to charge. (applause)", "الاستضافة. [ضحك] بصراحة …".
      const noteEnd = stageNoteEnd(text, noteStart, to);
      if (noteEnd > 0 && startsCleanly(text, noteEnd, to) && isSentenceEnd(ctx, i, runEnd, after, segmentStart, to, noteEnd)) {
        out.push(segmentStart, cited, noteStart, noteEnd);
        segmentStart = skipSpaces(text, noteEnd, to);
        inTurn = false; // a stage note ends the speaker's turn
        i = noteEnd;
        continue;
      }
      // A smiley after the terminal belongs to the sentence it closes: "serio 150 zł? xD mi serwis …",
      // "Klart! :) Vi ses" (decided as if the smiley were not there).
      const smileyEnd = noteStart > cited && noteStart < to ? emoticonEnd(text, noteStart, text.charCodeAt(noteStart), to) : -1;
      if (smileyEnd > 0 && startsCleanly(text, smileyEnd, to) && isSentenceEnd(ctx, i, runEnd, after, segmentStart, to, smileyEnd)) {
        out.push(segmentStart, smileyEnd);
        segmentStart = skipSpaces(text, smileyEnd, to);
        inTurn = false; // dialogue turns are told by their quotes and dashes, not by smileys
        i = smileyEnd;
        continue;
      }
    }
    const unspaced = !spaced && cited === after && isUnspacedTerminal(text.charCodeAt(runEnd - 1)) && !extendsPrevious(text, after);
    if ((spaced || unspaced) && isSentenceEnd(ctx, i, runEnd, after, segmentStart, to, cited, inTurn)) {
      const next = skipSpaces(text, cited, to);
      // A grapheme that glues the gap to what follows is kept whole: no boundary there.
      if (next < to && (next === cited || !isSpace(text.charCodeAt(next)))) {
        inTurn = cited === runEnd && isExclamationOrQuestion(text.charCodeAt(runEnd - 1)) && (inTurn || isOpener(text.charCodeAt(segmentStart)));
        out.push(segmentStart, cited);
        segmentStart = next;
      }
    }
    i = cited > i ? cited : i + 1;
  }
  if (segmentStart < to) out.push(segmentStart, to);
}

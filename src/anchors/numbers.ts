/**
 * `readNumbers`: every number in a text, read to its value whatever the digit system (ASCII, Arabic-Indic,
 * Persian, Devanagari, … any Unicode `Nd` digit), the locale's separators ("50 000", "1.234", "8,5",
 * "٨٫٥"), scale words ("50 tys.", "5 miljoner", "50 ألف"), number words ("en miljon", "الأربعة") and
 * dates and times ("26.07.2021", "5 december 2012", "14:30"). A hand-written scanner, one pass, no regular
 * expression with nested quantifiers: linear time on any input.
 */
import { DECIMAL_COMMA_LANGUAGES, SPACE_GROUP_LANGUAGES } from '../data/numbers-locale.js';
import type { LanguageCode } from '../types.js';
import {
  baseLanguage,
  lexiconFor,
  lookUpMonth,
  lookUpNumberWord,
  lookUpScale,
  mayBeMonthWord,
  mayBeNumberWord,
  type NumberLexicon,
  type WordMeaning,
} from './number-words.js';
import { digitValue, hasDigit, isLetterCode } from './text.js';

/** Which part of a date or time a number is. */
export type NumberPart = 'day' | 'month' | 'year' | 'hour' | 'minute';

/** One number found in a text. Offsets are UTF-16 code units into the text given to `readNumbers`. */
export interface NumberReading {
  /** The value, with scale words applied ("50 tys." → 50000) and signs. */
  value: number;
  start: number;
  end: number;
  /** `text.slice(start, end)`: the digits with their separators, sign, percent sign and scale word. */
  text: string;
  /** Written with digits (of any script) or as words ("två", "مليون"); a month name counts as words. */
  form: 'digits' | 'words';
  /** A four-digit integer 1900–2100 standing alone ("2012"), or the year of a date. */
  isYear?: boolean;
  /** Followed by "%", "٪", "‰" or a percent word. */
  percent?: boolean;
  /** An ordinal written with digits ("5th", "5:e"). */
  ordinal?: boolean;
  /** The multiplier a scale word applied (1000 for "tys."). */
  scale?: number;
  /** Set when the number is part of a date or a time. */
  part?: NumberPart;
}

/** Options fixed by the language for one call. */
interface Conventions {
  decimalComma: boolean;
  spaceGroups: boolean;
  lexicon: NumberLexicon | undefined;
}

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';
const THIN_SPACE = '\u2009';
/** Group separators every language accepts: they are never a decimal mark or a word boundary. */
const UNAMBIGUOUS_GROUP = new Set([NBSP, NARROW_NBSP, THIN_SPACE, "'", '’', '\u066C']);
const ARABIC_DECIMAL = '\u066B';
const SPACE_LIKE = new Set([' ', NBSP, NARROW_NBSP, THIN_SPACE]);
const PERCENT_SIGNS = new Set(['%', '\u066A', '‰']);
const SIGNS = new Set(['-', '−', '+']);
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

interface DigitRun {
  end: number;
  digits: string;
}

/** Reads the run of decimal digits starting at `index` (any script), as ASCII digits. */
function digitRun(text: string, index: number): DigitRun {
  // ASCII digits, by far the most common, are sliced rather than rebuilt one by one.
  let k = index;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) break;
    k++;
  }
  let digits = text.slice(index, k);
  while (k < text.length) {
    const cp = text.codePointAt(k)!;
    const value = digitValue(cp);
    if (value < 0) break;
    digits += String(value);
    k += cp > 0xffff ? 2 : 1;
  }
  return { end: k, digits };
}

function isDigitAt(text: string, index: number): boolean {
  return index < text.length && index >= 0 && digitValue(text.codePointAt(index)!) >= 0;
}

function letterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isLetterCode(text.charCodeAt(index));
}

/** Reads `hh:mm` at `start` (`hour`: the digits there); pushes the hour and minute. */
function readTime(text: string, start: number, hour: DigitRun, out: NumberReading[]): number | undefined {
  if (hour.digits.length > 2 || text[hour.end] !== ':') return undefined;
  const minute = digitRun(text, hour.end + 1);
  if (minute.digits.length !== 2 || isDigitAt(text, minute.end) || text[minute.end] === ':' && isDigitAt(text, minute.end + 1)) return undefined;
  const h = Number(hour.digits);
  const m = Number(minute.digits);
  if (h > 24 || m > 59) return undefined;
  out.push(reading(text, start, hour.end, h, { part: 'hour' }));
  out.push(reading(text, hour.end + 1, minute.end, m, { part: 'minute' }));
  return minute.end;
}

/** Reads a numeric date ("26.07.2021", "26/07/2021", "2021-07-26") at `start` (`first`: the digits there); pushes its three parts. */
function readNumericDate(text: string, start: number, first: DigitRun, out: NumberReading[]): number | undefined {
  const sep = text[first.end];
  if (sep !== '.' && sep !== '/' && sep !== '-') return undefined;
  const second = digitRun(text, first.end + 1);
  if (second.digits.length < 1 || second.digits.length > 2 || text[second.end] !== sep) return undefined;
  const third = digitRun(text, second.end + 1);
  if (isDigitAt(text, third.end) || (text[third.end] === sep && isDigitAt(text, third.end + 1))) return undefined;
  const spans: [number, number][] = [[start, first.end], [first.end + 1, second.end], [second.end + 1, third.end]];
  let day: number;
  let month: number;
  let year: number;
  let order: NumberPart[];
  if (first.digits.length === 4 && third.digits.length === 2 && sep === '-') {
    [year, month, day] = [Number(first.digits), Number(second.digits), Number(third.digits)];
    order = ['year', 'month', 'day'];
  } else if (first.digits.length <= 2 && (third.digits.length === 4 || (third.digits.length === 2 && sep === '.'))) {
    const a = Number(first.digits);
    const b = Number(second.digits);
    const y = Number(third.digits);
    year = third.digits.length === 4 ? y : y < 50 ? 2000 + y : 1900 + y;
    // Day first, as everywhere but the United States; month first only where the day cannot be first.
    const monthFirst = b > 12 && a <= 12;
    [day, month] = monthFirst ? [b, a] : [a, b];
    order = monthFirst ? ['month', 'day', 'year'] : ['day', 'month', 'year'];
  } else {
    return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const values: Record<string, number> = { day, month, year };
  spans.forEach(([s, e], k) => {
    const part = order[k]!;
    out.push(reading(text, s, e, values[part]!, part === 'year' ? { part, isYear: true } : { part }));
  });
  return third.end;
}

function reading(text: string, start: number, end: number, value: number, extra: Partial<NumberReading> = {}): NumberReading {
  return { value, start, end, text: text.slice(start, end), form: 'digits', ...extra };
}

/** End of the word starting at `index` (letters and marks only). */
function wordEndAt(text: string, index: number): number {
  let k = index;
  while (k < text.length && isLetterCode(text.charCodeAt(k))) k++;
  return k;
}

/** Reads the word starting at `index` (letters and marks only). */
function wordAt(text: string, index: number): string {
  return text.slice(index, wordEndAt(text, index));
}


/** Reads a number written with digits at `start` (`head`: the digits there), with its separators and suffixes. */
function readDigits(text: string, start: number, head: DigitRun, conv: Conventions, out: NumberReading[]): number {
  let spanStart = start;
  let negative = false;
  const before = text[start - 1];
  if (before !== undefined && SIGNS.has(before)) {
    const beforeSign = text[start - 2];
    // "2011–2013", "IP-12": a sign only where it cannot be a dash between two things.
    if (beforeSign === undefined || /[\s(\[]/u.test(beforeSign)) {
      spanStart = start - 1;
      negative = before !== '+';
    }
  }
  let integer = head.digits;
  let k = head.end;

  // Thousands groups: a separator followed by exactly three digits, the leading group at most three.
  const decimalMark = conv.decimalComma ? ',' : '.';
  const groupMark = conv.decimalComma ? '.' : ',';
  let groupSeparator: string | undefined;
  let grouped = false;
  for (;;) {
    const sep = text[k];
    if (sep === undefined) break;
    const allowed =
      UNAMBIGUOUS_GROUP.has(sep) || sep === groupMark || (sep === ' ' && conv.spaceGroups) || sep === decimalMark;
    if (!allowed) break;
    if (groupSeparator !== undefined && sep !== groupSeparator) break;
    if (!grouped && head.digits.length > 3) break;
    const group = digitRun(text, k + 1);
    if (group.digits.length !== 3) break;
    // The language's decimal mark groups only when it repeats ("1.234.567" in English).
    if (sep === decimalMark && !grouped) {
      const again = text[group.end] === sep && digitRun(text, group.end + 1).digits.length === 3;
      if (!again) break;
    }
    integer += group.digits;
    groupSeparator = sep;
    grouped = true;
    k = group.end;
  }

  // Decimal part.
  let fraction = '';
  const mark = text[k];
  if (mark !== undefined && isDigitAt(text, k + 1) && groupSeparator !== mark) {
    const tail = digitRun(text, k + 1);
    const repeated = text[tail.end] === mark && isDigitAt(text, tail.end + 1);
    const isDecimal =
      mark === ARABIC_DECIMAL ||
      (mark === decimalMark && !repeated) ||
      // "3.14" is 3.14 in every language; "1.234" in Swedish was taken as a group above.
      (mark === '.' && conv.decimalComma && tail.digits.length !== 3 && !repeated && !grouped);
    if (isDecimal) {
      fraction = tail.digits;
      k = tail.end;
    }
  }

  let ordinal = false;
  const suffix = text.slice(k, k + 2).toLowerCase();
  if (/^(st|nd|rd|th)$/.test(suffix) && !letterAt(text, k + 2)) {
    ordinal = true;
    k += 2;
  } else if (/^:[ae]$/.test(suffix) && !letterAt(text, k + 2)) {
    ordinal = true;
    k += 2;
  }

  let percent = false;
  let scale = 1;
  const gap = text[k] !== undefined && SPACE_LIKE.has(text[k]!) ? 1 : 0;
  if (PERCENT_SIGNS.has(text[k + gap] ?? '')) {
    percent = true;
    k += gap + 1;
  } else if (gap === 1 || letterAt(text, k)) {
    const wordStart = k + gap;
    const word = wordAt(text, wordStart);
    const found = word ? lookUpScale(word, conv.lexicon) : undefined;
    if (found && !ordinal) {
      scale = found.value;
      k = wordStart + word.length;
      if (found.abbreviated && text[k] === '.') k++;
    } else if (gap === 1 && conv.lexicon) {
      const rest = text.slice(wordStart, wordStart + 16).toLowerCase();
      const percentWord = conv.lexicon.percentWords.find((w) => rest.startsWith(w) && !letterAt(text, wordStart + w.length));
      if (percentWord) {
        percent = true;
        k = wordStart + percentWord.length;
        if (text[k] === '.' && percentWord === 'proc') k++;
      }
    }
  }

  const magnitude = Number(fraction ? `${integer}.${fraction}` : integer) * scale;
  const value = negative ? -magnitude : magnitude;
  const extra: Partial<NumberReading> = {};
  if (percent) extra.percent = true;
  if (ordinal) extra.ordinal = true;
  if (scale !== 1) extra.scale = scale;
  const plainInteger = !negative && !grouped && !fraction && scale === 1 && !percent && !ordinal;
  if (plainInteger && integer.length === 4 && value >= YEAR_MIN && value <= YEAR_MAX) extra.isYear = true;
  out.push(reading(text, spanStart, k, value, extra));
  return k;
}

/** One word of a number written in words, with its span. */
interface WordToken {
  start: number;
  end: number;
  meanings: WordMeaning[];
}

/** Combines number words into values ("två miljoner" → 2e6); starts a new number where they cannot join. */
function evaluateWords(tokens: WordToken[], text: string, out: NumberReading[]): void {
  let total = 0;
  let current = 0;
  let started = -1;
  let last = -1;
  let pendingOne: WordToken | undefined;
  const flush = () => {
    if (started >= 0) out.push({ ...reading(text, started, last, total + current), form: 'words' });
    total = 0;
    current = 0;
    started = -1;
  };
  for (const token of tokens) {
    for (const meaning of token.meanings) {
      if (meaning.kind === 'one') {
        flush();
        pendingOne = token;
        continue;
      }
      const isMultiplier = meaning.kind === 'scale' || meaning.value === 100;
      if (pendingOne && isMultiplier) {
        started = pendingOne.start;
        current = 1;
      }
      pendingOne = undefined;
      if (meaning.kind === 'scale' || meaning.value >= 1000) {
        if (started < 0) started = token.start;
        total += (current || 1) * meaning.value;
        current = 0;
      } else if (meaning.value === 100) {
        if (started < 0) started = token.start;
        current = (current || 1) * 100;
      } else {
        const below = current % 100;
        // Units join tens ("twenty two", and Arabic's "ثلاثة وعشرون", units first); anything else is a new number.
        const joins =
          started < 0 ||
          below === 0 ||
          (below >= 20 && below % 10 === 0 && meaning.value < 10) ||
          (below < 10 && meaning.value >= 20 && meaning.value % 10 === 0 && meaning.value < 100);
        if (!joins) flush();
        if (started < 0) started = token.start;
        current += meaning.value;
      }
      last = token.end;
    }
  }
  flush();
}

/** Reads a run of number words starting with the word at `start` (`firstWord`, lower-cased `firstLower`); returns where scanning resumes. */
function readWords(text: string, start: number, firstWord: string, firstLower: string, lexicon: NumberLexicon, out: NumberReading[]): number {
  const tokens: WordToken[] = [];
  let k = start;
  let resume = start + firstWord.length;
  for (;;) {
    const word = k === start ? firstWord : wordAt(text, k);
    if (!word) break;
    const meanings = k === start ? lookUpNumberWord(word, lexicon, firstLower) : lookUpNumberWord(word, lexicon);
    if (!meanings) {
      // A joiner ("och", "and") continues a number only between two number words.
      if (tokens.length > 0 && lexicon.joiners.has(word.toLowerCase())) {
        const next = k + word.length;
        if (text[next] === ' ' && letterAt(text, next + 1) && lookUpNumberWord(wordAt(text, next + 1), lexicon)) {
          k = next + 1;
          continue;
        }
      }
      break;
    }
    tokens.push({ start: k, end: k + word.length, meanings });
    resume = k + word.length;
    const sep = text[resume];
    if ((sep === ' ' || sep === '-' || sep === NBSP) && letterAt(text, resume + 1)) k = resume + 1;
    else break;
  }
  if (tokens.length > 0) evaluateWords(tokens, text, out);
  return resume;
}

/** Largest gap (in characters) between a month name and the day or year it belongs with. */
const MAX_DATE_GAP = 3;

/** Attaches month names to the day and year numbers next to them ("5 december 2012", "December 5, 2012"). */
function attachMonths(text: string, months: { start: number; end: number; month: number }[], out: NumberReading[]): void {
  if (months.length === 0) return;
  const isGap = (from: number, to: number) => to >= from && to - from <= MAX_DATE_GAP && /^[\s,.]*$/u.test(text.slice(from, to));
  const isDay = (r: NumberReading) => r.form === 'digits' && !r.part && Number.isInteger(r.value) && r.value >= 1 && r.value <= 31 && !r.percent && r.scale === undefined;
  const added: NumberReading[] = [];
  // Both lists are in text order: one pointer into the readings keeps this linear.
  let next = 0;
  for (const month of months) {
    while (next < out.length && out[next]!.start < month.end) next++;
    const afterIndex = next;
    const before = out[next - 1];
    const after = out[afterIndex];
    let attached = false;
    if (before && isGap(before.end, month.start) && isDay(before)) {
      before.part = 'day';
      attached = true;
    }
    if (after && isGap(month.end, after.start)) {
      if (after.isYear) {
        after.part = 'year';
        attached = true;
      } else if (isDay(after) && !attached) {
        after.part = 'day';
        attached = true;
        const year = out[afterIndex + 1];
        if (year?.isYear && isGap(after.end, year.start)) year.part = 'year';
      }
    }
    if (attached) added.push({ ...reading(text, month.start, month.end, month.month, { part: 'month' }), form: 'words' });
  }
  // One by one: spreading a list of hundreds of thousands of months overflows the call stack.
  for (const month of added) out.push(month);
}

/**
 * Every number in `text`, in order. `language` (ISO 639-1) selects the decimal mark, whether a space
 * groups thousands, and the number-word table; without it the international conventions apply and only
 * digits and scale words are read.
 */
export function readNumbers(text: string, language: LanguageCode = 'und'): NumberReading[] {
  const lang = baseLanguage(language);
  const conv: Conventions = {
    decimalComma: DECIMAL_COMMA_LANGUAGES.has(lang),
    spaceGroups: SPACE_GROUP_LANGUAGES.has(lang),
    lexicon: lexiconFor(lang),
  };
  const out: NumberReading[] = [];
  // A month name counts only next to a number written with digits (attachMonths), and no month name is a
  // number word or a joiner (test/anchors/fast-paths.test.ts): without a digit, months need not be looked
  // up, and without a number-word table either there is nothing to read at all (most sentences).
  const digits = hasDigit(text);
  if (!digits && !conv.lexicon) return out;
  const months: { start: number; end: number; month: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
    if (digitValue(cp) >= 0) {
      // The leading run of digits is read once for the three readers that start with it.
      const head = digitRun(text, i);
      i = readTime(text, i, head, out) ?? readNumericDate(text, i, head, out) ?? readDigits(text, i, head, conv, out);
      continue;
    }
    if (isLetterCode(c)) {
      const wordEnd = wordEndAt(text, i);
      const monthLike = digits && mayBeMonthWord(text, i, wordEnd);
      // A word that is neither (most words) is passed over: readWords would read nothing from it.
      if (!monthLike && (!conv.lexicon || !mayBeNumberWord(text, i, wordEnd, conv.lexicon))) {
        i = wordEnd;
        continue;
      }
      const word = text.slice(i, wordEnd);
      const lower = word.toLowerCase();
      const month = monthLike ? lookUpMonth(word, lower) : undefined;
      if (month !== undefined) {
        months.push({ start: i, end: i + word.length, month });
        i += word.length;
        continue;
      }
      i = conv.lexicon ? readWords(text, i, word, lower, conv.lexicon, out) : i + word.length;
      // A letter run glued to a digit ("G20") stops at the digit, which the next turn reads.
      continue;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  attachMonths(text, months, out);
  return out.sort((a, b) => a.start - b.start);
}

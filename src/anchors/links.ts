/**
 * URLs, e-mail addresses and reference codes ("IP / 12 / 1308", "2011/93/EU", "COVID-19", "G20"):
 * anchors that are copied, not translated, so they compare by a normalised key. Every pattern here has
 * bounded repetitions or a mandatory separator per repetition, so matching stays linear.
 */
import type { AnchorKind } from '../types.js';
import { digitValue, hasDigit } from './text.js';

/** A span of the scanned text with its kind and key. Offsets are into the scanned text. */
export interface LinkSpan {
  kind: Extract<AnchorKind, 'url' | 'email' | 'code'>;
  start: number;
  end: number;
  text: string;
  key: string;
}

const URL_START = /https?:\/\/|www\./giu;
const URL_STOP = /[\s<>"«»“”]/u;
const TRAILING_PUNCTUATION = /[.,;:!?'’)\]]+$/u;

/** `https://www.Example.org/a/` → `example.org/a`. */
export function urlKey(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

export function findUrls(text: string): LinkSpan[] {
  const found: LinkSpan[] = [];
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && !URL_STOP.test(text[end]!)) end++;
    let raw = text.slice(m.index, end);
    // Keep a closing bracket that belongs to the URL ("…/Foo_(bar)"), drop sentence punctuation.
    const trimmed = raw.replace(TRAILING_PUNCTUATION, '');
    raw = trimmed.includes('(') && raw.startsWith(trimmed + ')') ? trimmed + ')' : trimmed;
    if (raw.length > m[0].length + 1) {
      found.push({ kind: 'url', start: m.index, end: m.index + raw.length, text: raw, key: urlKey(raw) });
    }
    URL_START.lastIndex = Math.max(end, m.index + 1);
  }
  return found;
}

const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]/u;

/** E-mail addresses, found from each "@" outwards (no regex scan from every position). */
export function findEmails(text: string): LinkSpan[] {
  const found: LinkSpan[] = [];
  // An address never reaches back into the one before it ("a@b.se" glued to "c@d.se").
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && EMAIL_LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && EMAIL_DOMAIN.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    while (start < at && text[start] === '.') start++;
    const domain = text.slice(at + 1, end);
    if (start === at || !/\.\p{L}{2,}$/u.test(domain)) continue;
    const raw = text.slice(start, end);
    floor = end;
    found.push({ kind: 'email', start, end, text: raw, key: raw.toLowerCase() });
  }
  return found;
}

const WHITESPACE = /\s/u;

/** Digits of any script → ASCII, other characters lower-cased, spaces removed: a code's key. */
export function codeKey(code: string): string {
  let key = '';
  for (const ch of code.toLowerCase()) {
    if (WHITESPACE.test(ch)) continue;
    const value = digitValue(ch.codePointAt(0)!);
    key += value >= 0 ? String(value) : ch;
  }
  return key;
}

/**
 * Slash-separated references: parts of capital letters or digits joined by "/" with at most one space
 * on each side ("IP / 12 / 1308", "MEMO/12/937", "2011/93/EU"). A code needs a letter part and a digit
 * part: "12/1308" alone is a fraction or a date, "och/eller" is words. At most 13 parts, so that a
 * failed match costs a bounded amount of backtracking at each position.
 */
const SLASH_CODE = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,10}|\p{Nd}{1,8})(?: ?\/ ?(?:\p{Lu}{1,10}|\p{Nd}{1,8})){1,12}(?![\p{L}\p{N}])/uy;
/**
 * How far before its first "/" a slash code can start: a first part of 10 capitals (20 code units if
 * each is outside the BMP) and a space.
 */
const SLASH_CODE_REACH = 21;
/**
 * Letters glued to digits: "G20", "COVID-19", "girl_16" (an image name the extractor left in). The code
 * ends with its digits, so "girl_16Smakämnen" yields "girl_16". Without a joiner the letters must start
 * with a capital ("G20", "MP3"); with "-" they must all be capitals ("COVID-19", not "online-2").
 */
const GLUED_CODE = /(?<![\p{L}\p{N}_])(\p{Script=Latin}{1,20})([-_]?)(\p{Nd}{1,8})(?![\p{Nd}])/uy;
/** Most code units of the letters of a glued code: 20 code points, each possibly a surrogate pair. */
const GLUED_CODE_REACH = 40;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

/** Whether `index` falls between the two halves of a surrogate pair (no match starts there). */
function insidePair(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 0xdc00 || c > 0xdfff || index === 0) return false;
  const before = text.charCodeAt(index - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

/** The code point before `index` (whole if it is a surrogate pair) and its length in code units. */
function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

/** Whether the code point at `index` is a decimal digit of any script. */
function digitAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c >= 0x30 && c <= 0x39) return true;
  if (c < 0x80) return false;
  return digitValue(text.codePointAt(index)!) >= 0;
}

/**
 * The slash codes of `text`, as a left-to-right scan with `SLASH_CODE` would find them, but trying the
 * pattern only where a code can start: within `SLASH_CODE_REACH` code units before a "/". Prose with
 * few slashes is not scanned position by position.
 */
function findSlashCodes(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  // Starts up to here have been tried.
  let tried = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', Math.max(slash + 1, from))) {
    for (let start = Math.max(from, tried, slash - SLASH_CODE_REACH); start < slash; start++) {
      tried = start + 1;
      if (insidePair(text, start)) continue;
      SLASH_CODE.lastIndex = start;
      const m = SLASH_CODE.exec(text);
      if (!m) continue;
      found.push(m);
      from = start + m[0].length;
      tried = from;
      break;
    }
  }
  return found;
}

/**
 * The glued codes of `text`, as a left-to-right scan with `GLUED_CODE` would find them: a match's digits
 * are a whole run of digits, preceded by a joiner or by the Latin letters the match starts in; so the
 * pattern is tried only at the starts within reach before each run of digits.
 */
function findGluedCodes(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!digitAt(text, i)) continue;
    // Only the first digit of a run can start a match's digits.
    if (i > from && digitValue(codePointBefore(text, i).codePointAt(0)!) >= 0) continue;
    let letters = i;
    if (text[letters - 1] === '-' || text[letters - 1] === '_') letters--;
    let start = letters;
    while (start > from && letters - start <= GLUED_CODE_REACH && LATIN_SCRIPT.test(codePointBefore(text, start))) {
      start -= codePointBefore(text, start).length;
    }
    // The leftmost start that matches; the pattern's look-behind rejects starts inside a word.
    for (let at = start; at < letters; at += text.codePointAt(at)! > 0xffff ? 2 : 1) {
      GLUED_CODE.lastIndex = at;
      const m = GLUED_CODE.exec(text);
      if (!m) continue;
      found.push(m);
      from = at + m[0].length;
      i = from - 1;
      break;
    }
  }
  return found;
}

const ANY_LETTER = /\p{L}/u;
const ANY_DIGIT = /\p{Nd}/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
const STARTS_CAPITAL = /^\p{Lu}/u;

export function findCodes(text: string): LinkSpan[] {
  // Every code has a digit (a slash code needs a digit part, a glued code ends in digits); most sentences
  // have none, and one native scan for a digit is far cheaper than the two scanners below.
  if (!hasDigit(text)) return [];
  const found: LinkSpan[] = [];
  for (const m of findSlashCodes(text)) {
    const raw = m[0];
    if (!ANY_LETTER.test(raw) || !ANY_DIGIT.test(raw)) continue;
    found.push({ kind: 'code', start: m.index, end: m.index + raw.length, text: raw, key: codeKey(raw) });
  }
  const slashCodes = found.length;
  let next = 0;
  for (const m of findGluedCodes(text)) {
    const letters = m[1]!;
    const joiner = m[2]!;
    const ok = joiner === '_' || (joiner === '-' ? ALL_CAPITALS.test(letters) : STARTS_CAPITAL.test(letters));
    if (!ok) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Slash codes are in text order: one pointer finds an overlapping one in constant time.
    while (next < slashCodes && found[next]!.end <= start) next++;
    if (next < slashCodes && found[next]!.start < end) continue;
    found.push({ kind: 'code', start, end, text: m[0], key: codeKey(m[0]) });
  }
  return found.sort((a, b) => a.start - b.start);
}

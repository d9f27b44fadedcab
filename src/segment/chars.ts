/**
 * Character classes the segmenter decides by. Everything works on UTF-16 code units of the original
 * string; the classes that matter for boundaries (terminals, quotes, spaces) are all in the BMP, and
 * letters are read by code point so that astral letters are classified correctly.
 */

/** The gap between two segments may hold only these: exactly what `\s` matches in JavaScript. */
export function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** An ASCII digit, 0–9. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Line terminators: LF, VT, FF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR. Not NEL (U+0085): JavaScript's
 * `\s` does not match it, so it cannot stand in a gap between segments; it stays inside one.
 */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x2028 || code === 0x2029;
}

/** The bracket that closes a round or square opening bracket ("(" → ")", "[" → "]"), or -1 for any other code. */
export function closingBracketOf(open: number): number {
  return open === 0x28 ? 0x29 : open === 0x5b ? 0x5d : -1;
}

/** Line terminators that end a paragraph on their own, as a blank line does. */
export function isParagraphBreak(code: number): boolean {
  return code === 0x2029 || code === 0x0c;
}

/**
 * Sentence terminals. `.` is decided by the abbreviation rules; the others end a sentence unless a
 * lower-case word follows. Arabic ؟ and ۔, Devanagari danda, Armenian full stop, Ethiopic full stop,
 * CJK full-width forms, the interrobang family.
 */
export function isTerminal(code: number): boolean {
  switch (code) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x2026: // …
    case 0x061f: // ؟ Arabic question mark
    case 0x06d4: // ۔ Arabic full stop (Urdu)
    case 0x0964: // । Devanagari danda
    case 0x0965: // ॥
    case 0x0589: // ։ Armenian full stop
    case 0x1362: // ። Ethiopic full stop
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff0e: // ．
    case 0xff61: // ｡
    case 0x203c: // ‼
    case 0x2047: // ⁇
    case 0x2048: // ⁈
    case 0x2049: // ⁉
    case 0x037e: // ; Greek question mark
      return true;
    default:
      return false;
  }
}

/** Full-width terminals of scripts written without spaces: they end a sentence with nothing after them. */
export function isUnspacedTerminal(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff61;
}

/** What may follow a terminal and still belong to the sentence it ends: closing quotes and brackets. */
export function isCloser(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x201c: // “ (closing quote in German and Polish „…“)
    case 0x00bb: // »
    case 0x00ab: // « (closing in Danish/Swedish »…«)
    case 0x203a: // ›
    case 0x2039: // ‹
    case 0x300d: // 」
    case 0x300f: // 』
    case 0xff09: // ）
    case 0xff3d: // ］
    case 0x3011: // 】
      return true;
    default:
      return false;
  }
}

/** What may stand before the first letter of a sentence: opening quotes and brackets, dialogue dashes. */
export function isOpener(code: number): boolean {
  switch (code) {
    case 0x22:
    case 0x27:
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0x201e: // „
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201a: // ‚
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x00ab: // «
    case 0x00bb: // »
    case 0x2039:
    case 0x203a:
    case 0x00bf: // ¿
    case 0x00a1: // ¡
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2d: // -
    case 0x2a: // *
    case 0x2022: // •
    case 0x300c: // 「
    case 0x300e: // 『
    case 0xff08: // （
      return true;
    default:
      return false;
  }
}

const LOWER = /^\p{Ll}/u;
const UPPER = /^[\p{Lu}\p{Lt}]/u;
const LETTER = /^\p{L}/u;
const NUMBER = /^\p{N}/u;

/** How the word after a candidate boundary starts. */
export type NextStart = 'lower' | 'upper' | 'caseless' | 'digit' | 'other' | 'end';

export function classifyCodePoint(codePoint: number): Exclude<NextStart, 'end'> {
  if (codePoint >= 0x61 && codePoint <= 0x7a) return 'lower';
  if (codePoint >= 0x41 && codePoint <= 0x5a) return 'upper';
  if (codePoint >= 0x30 && codePoint <= 0x39) return 'digit';
  if (codePoint < 0x80) return 'other';
  // "§ 3", "¶ 12": a section sign is read with its number, so it continues a sentence as a number does
  // ("45 C.F.R. § 160.103", "jfr 3 kap. § 4").
  if (codePoint === 0xa7 || codePoint === 0xb6) return 'digit';
  const ch = String.fromCodePoint(codePoint);
  if (LOWER.test(ch)) return 'lower';
  if (UPPER.test(ch)) return 'upper';
  if (LETTER.test(ch)) return 'caseless';
  if (NUMBER.test(ch)) return 'digit';
  return 'other';
}

const GRAPHEME_EXTENDER = /^[\p{M}\u200c\u200d\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\uff9e\uff9f]/u;

/**
 * True when the code point at `index` attaches to the character before it (combining marks, ZWJ, emoji
 * modifiers, tags): the grapheme rules GB9/GB9a. A segment must not start there after a space.
 */
export function extendsPrevious(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  if (code === undefined || code < 0x300) return false;
  return GRAPHEME_EXTENDER.test(String.fromCodePoint(code));
}

/** Prepended concatenation marks (Arabic number sign …): GB9b glues them to what follows, even a space. */
export function isPrepend(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x0605) ||
    code === 0x06dd ||
    code === 0x070f ||
    code === 0x0890 ||
    code === 0x0891 ||
    code === 0x08e2 ||
    code === 0x0d4e
  );
}

/** Spaces that are not grapheme "Control" characters and so can be glued to a neighbour (Zs). */
export function isGluableSpace(code: number): boolean {
  return isSpace(code) && !isLineBreak(code) && code !== 0x09 && code !== 0xfeff;
}

const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** True when `piece` has something a reader sees, not only format characters and marks. */
export function hasVisible(piece: string): boolean {
  const first = piece.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return true; // the usual case, without a regular expression
  return VISIBLE.test(piece);
}

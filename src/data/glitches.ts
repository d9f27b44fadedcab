/**
 * The glitch-word tables by language, and language-neutral extraction debris (mojibake, leftover HTML
 * entities and markup). Per-language lists live in glitches-<lang>.ts.
 */
import type { LanguageCode } from '../types.js';
import { GLITCH_WORDS_AR } from './glitches-ar.js';
import { GLITCH_WORDS_SV } from './glitches-sv.js';

/** A word that is machine-translation debris whenever it appears, with why. */
export interface GlitchWord {
  /** The word exactly as it appears (matched case-sensitively, as a whole word). */
  word: string;
  /** Why it is debris, for the message. */
  note: string;
}

export const GLITCH_WORDS: Readonly<Record<LanguageCode, readonly GlitchWord[]>> = {
  sv: GLITCH_WORDS_SV,
  ar: GLITCH_WORDS_AR,
};

/** Debris of text extraction in any language: what each pattern catches, and the pattern. */
export const EXTRACTION_DEBRIS: readonly { pattern: RegExp; note: string }[] = [
  { pattern: /\uFFFD+/gu, note: 'a replacement character: the text was decoded with the wrong encoding' },
  // UTF-8 read as Latin-1/Windows-1252: "Ã©" for "é", "â€™" for "’".
  { pattern: /(?:Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]|â€[\u0080-\u00BF\u0152-\u2122™œ“”˜¢¦])+/gu, note: 'mojibake: UTF-8 text decoded as Latin-1' },
  { pattern: /&(?:amp|nbsp|quot|lt|gt|apos|#\d{2,6}|#x[0-9a-fA-F]{2,6});/g, note: 'an HTML entity left in the text' },
  { pattern: /<\/?(?:br|p|div|span|a|img|strong|em|b|i)\b[^<>\n]{0,200}>/gi, note: 'an HTML tag left in the text' },
  { pattern: /\[\/?(?:caption|embed|gallery)\b[^\][\n]{0,200}\]/gi, note: 'a CMS shortcode left in the text' },
];

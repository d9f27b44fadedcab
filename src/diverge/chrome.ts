/**
 * Page chrome: the lines a web page wraps around an article (navigation, sharing, cookie and newsletter
 * notices, advertisement labels, comment forms, tag and category lines, bylines, disclaimers). Extracted
 * text keeps them, and they rarely exist in both language versions, so a one-sided segment that looks like
 * chrome is reported as `info`, not as a dropped sentence. Two kinds of evidence: per-language patterns
 * (src/data/chrome-*.ts) and language-neutral shape cues.
 */
import { CHROME_PATTERNS_AR } from '../data/chrome-ar.js';
import { CHROME_PATTERNS_EN } from '../data/chrome-en.js';
import { CHROME_PATTERNS_PL } from '../data/chrome-pl.js';
import { CHROME_PATTERNS_SV } from '../data/chrome-sv.js';
import type { LanguageCode } from '../types.js';

const PATTERNS_BY_LANGUAGE: Readonly<Record<LanguageCode, readonly RegExp[]>> = {
  sv: CHROME_PATTERNS_SV,
  en: CHROME_PATTERNS_EN,
  pl: CHROME_PATTERNS_PL,
  ar: CHROME_PATTERNS_AR,
};

/**
 * A pattern match only counts on a segment this short: chrome lines are short, and a long sentence that
 * happens to mention "cookies" is body text. 40 words covers the longest consent and disclaimer notices
 * we have seen (two sentences each, split by the segmenter).
 */
const MAX_CHROME_WORDS = 40;

/** A line of at most this many words without sentence-final punctuation looks like a label or a button. */
const MAX_LABEL_WORDS = 4;

export type ChromeReason = 'pattern' | 'label' | 'list-of-separators' | 'ends-with-colon';

/** Why `text` looks like page chrome, or undefined when it looks like body text. */
export function chromeReason(text: string, language: LanguageCode): ChromeReason | undefined {
  const trimmed = text.trim();
  const words = trimmed.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length <= MAX_CHROME_WORDS) {
    const own = PATTERNS_BY_LANGUAGE[language];
    // Unknown languages try every table; known ones their own plus English, which themes leave in place.
    const tables = own ? [own, CHROME_PATTERNS_EN] : Object.values(PATTERNS_BY_LANGUAGE);
    if (tables.some((table) => table.some((pattern) => pattern.test(trimmed)))) return 'pattern';
  }
  // A tag line whose tags were links: mostly separators ("العلامات: , , , ,").
  const separators = trimmed.match(/[,،;؛|·•]/gu)?.length ?? 0;
  if (separators >= 3 && separators >= words.length) return 'list-of-separators';
  // "DELA MED SIG:", "Tags:": a label introducing something the extraction dropped.
  if (/[:：]$/u.test(trimmed) && words.length <= MAX_LABEL_WORDS) return 'ends-with-colon';
  if (words.length <= MAX_LABEL_WORDS && !/[.!?؟。！？…]["”»’)]*$/u.test(trimmed)) return 'label';
  return undefined;
}

/**
 * Word stems and name skeletons for the aligner's evidence. Stems let the document-internal lexicon learn
 * from short documents (Swedish "konferensen", "konferenser" are one stem; Arabic "والأطفال", "للأطفال",
 * "الأطفال" are one once the clitics are off), and name skeletons let a name on a cased side meet its
 * transliteration in Arabic (Malmström / مالمستروم → "mlmstrm") by plain key equality, so the cost of a
 * bead stays a set intersection.
 */
import { nameKey, normalizeArabic } from '../anchors/index.js';

/**
 * Letters of a folded word kept as its stem in cased scripts: enough to tell most content words apart,
 * short enough to fold inflection (German/French/Swedish/Polish endings are mostly 1–3 letters).
 */
export const STEM_LENGTH = 5;
/** Arabic words are shorter once the clitics are off (triliteral roots plus a pattern); keep fewer letters. */
export const ARABIC_STEM_LENGTH = 4;
/** A name skeleton must have at least this many consonants to count: two-letter skeletons collide too often. */
export const MIN_SKELETON = 3;

/**
 * Arabic proclitics written joined to the next word (و and, ف so, ب with, ل for, ك like) and the article;
 * they carry no meaning an aligner can use and hide the word behind them. A stripped word keeps at least
 * three letters, so short words are not eaten.
 */
const ARABIC_CLITICS = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'] as const;
const MIN_ARABIC_REST = 3;

/** Whether the first character of a word is in the Arabic blocks. */
export function isArabicWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff);
}

/** An Arabic word without its leading clitics and article ("والأطفال" → "اطفال"), spelling normalised. */
export function stripArabicClitics(word: string): string {
  let rest = normalizeArabic(word);
  for (const clitic of ARABIC_CLITICS) {
    if (rest.startsWith(clitic) && rest.length - clitic.length >= MIN_ARABIC_REST) {
      rest = rest.slice(clitic.length);
      break;
    }
  }
  return rest;
}

/** The stem of a folded (lower-cased, accent-folded) word: its first letters, after Arabic clitics. */
export function stemOf(folded: string): string {
  if (isArabicWord(folded)) return stripArabicClitics(folded).slice(0, ARABIC_STEM_LENGTH);
  return folded.slice(0, STEM_LENGTH);
}

/**
 * Name skeletons under which an uncased-script word may be a transliterated name: the skeleton of the word
 * and of the word without its clitics ("ومالمستروم" → "mlmstrm"), each of at least MIN_SKELETON consonants.
 */
export function uncasedNameSkeletons(word: string): string[] {
  const out: string[] = [];
  const whole = nameKey(word);
  if (whole.length >= MIN_SKELETON) out.push(whole);
  if (isArabicWord(word)) {
    const stripped = nameKey(stripArabicClitics(word));
    if (stripped.length >= MIN_SKELETON && stripped !== whole) out.push(stripped);
  }
  return out;
}

/** The skeletons of the words of a name found on a cased side ("Cecilia Malmström" → ["ssl", "mlmstrm"]). */
export function nameSkeletons(name: string): string[] {
  const out: string[] = [];
  for (const part of name.split(/[\s\u00A0-]+/u)) {
    const key = nameKey(part);
    if (key.length >= MIN_SKELETON && !out.includes(key)) out.push(key);
  }
  return out;
}

/**
 * Language identification with franc-min (trigram profiles of the ~80 most spoken languages), mapped to the
 * ISO 639-1 codes that the rest of parallign and the reports use.
 */
import { iso6393to1 } from './data/iso639.js';
import { francCode } from './language-trigrams.js';
import type { DocumentSide, LanguageCode, Warning } from './types.js';

/** franc needs some text to be reliable; below this many letters we do not guess. */
const MIN_LETTERS_TO_DETECT = 20;
/** How much of a text franc reads: enough for a stable answer, bounded for huge inputs. */
const DETECTION_CHARS = 20_000;

const LETTER = /\p{L}/gu;

/** Whether `text` has at least `count` letters; stops counting there, without an array of every letter. */
function hasLetters(text: string, count: number): boolean {
  let letters = 0;
  // A local copy of the global pattern: its lastIndex is this call's own.
  const letter = new RegExp(LETTER);
  while (letters < count && letter.exec(text) !== null) letters++;
  return letters >= count;
}

/** Returns the ISO 639-1 code of `text`'s language, or undefined when franc cannot tell. */
export function detectLanguage(text: string): LanguageCode | undefined {
  // franc reads the opening of a long text only; counting letters in all of it would cost a 200 MB input dearly.
  const opening = text.slice(0, DETECTION_CHARS);
  if (!hasLetters(opening, MIN_LETTERS_TO_DETECT)) return undefined;
  // franc-min's answer (src/language-trigrams.ts computes it on franc-min's data, several times faster).
  const code3 = francCode(opening, MIN_LETTERS_TO_DETECT);
  if (code3 === 'und') return undefined;
  return iso6393to1[code3] ?? code3;
}

/**
 * The language a side is processed in, and where it came from: the given code, else franc's answer, else
 * `und`. Says so in `warnings` when the text contradicts a given code (usually a swapped or mistyped
 * option, which silently selects the wrong segmentation rules) or when no language can be told.
 * `checkGiven: false` trusts a given code without reading the text (no `language-mismatch` warning).
 */
export function resolveLanguage(
  text: string,
  given: LanguageCode | undefined,
  label: string,
  role: 'source' | 'target',
  warnings: Warning[],
  checkGiven = true,
): { language: LanguageCode; languageSource: DocumentSide['languageSource'] } {
  if (given && !checkGiven) return { language: given, languageSource: 'given' };
  const detected = detectLanguage(text);
  if (given) {
    if (detected && detected !== given.split('-')[0]) {
      warnings.push({ code: 'language-mismatch', side: role, message: `${label}: declared as '${given}' but the text looks like '${detected}'.` });
    }
    return { language: given, languageSource: 'given' };
  }
  if (detected) return { language: detected, languageSource: 'detected' };
  warnings.push({ code: 'language-unknown', side: role, message: `${label}: could not tell the language of the ${role} text; using language-neutral rules.` });
  return { language: 'und', languageSource: 'default' };
}

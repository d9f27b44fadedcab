/**
 * Language identification with franc-min (trigram profiles of the ~80 most spoken languages), mapped to the
 * ISO 639-1 codes that the rest of parallign and the reports use.
 */
import { franc } from 'franc-min';
import { iso6393to1 } from './data/iso639.js';
import type { LanguageCode } from './types.js';

/** franc needs some text to be reliable; below this many letters we do not guess. */
const MIN_LETTERS_TO_DETECT = 20;

/** Returns the ISO 639-1 code of `text`'s language, or undefined when franc cannot tell. */
export function detectLanguage(text: string): LanguageCode | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_TO_DETECT) return undefined;
  const code3 = franc(text.slice(0, 20_000), { minLength: MIN_LETTERS_TO_DETECT });
  if (code3 === 'und') return undefined;
  return iso6393to1[code3] ?? code3;
}

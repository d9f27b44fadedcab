/**
 * How each language writes numbers: which mark is the decimal one and whether a plain space groups
 * thousands. Sources: CLDR number symbols (decimal/group per locale). Languages not listed use the
 * international default (decimal ".", group ","), and every language accepts the unambiguous forms:
 * no-break / narrow no-break / thin space and "'" as group separators, Arabic "٫" decimal and "٬" group.
 */
import type { LanguageCode } from '../types.js';

/** Languages whose decimal mark is "," (so "." or a space groups thousands). From CLDR. */
export const DECIMAL_COMMA_LANGUAGES: ReadonlySet<LanguageCode> = new Set([
  'sv', 'pl', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'nb', 'nn', 'no', 'fi', 'et', 'lv', 'lt', 'cs', 'sk',
  'sl', 'hr', 'bs', 'sr', 'hu', 'ro', 'bg', 'ru', 'uk', 'be', 'el', 'tr', 'az', 'id', 'vi', 'ca', 'gl', 'eu',
  'is', 'sq', 'mk', 'ka', 'hy', 'kk', 'uz', 'af',
]);

/**
 * Languages where an ordinary space (U+0020) groups thousands ("50 000"). English and the languages
 * that group with "," do not, so "page 5 100 people" stays two numbers there.
 */
export const SPACE_GROUP_LANGUAGES: ReadonlySet<LanguageCode> = new Set([
  'sv', 'pl', 'fr', 'nb', 'nn', 'no', 'da', 'fi', 'et', 'lv', 'lt', 'cs', 'sk', 'sl', 'hu', 'ru', 'uk', 'be',
  'bg', 'kk', 'uz', 'ka', 'hy', 'pt', 'af', 'ar', 'fa', 'und', 'de', 'es', 'it', 'nl',
]);

/**
 * Month names per language, lower-case, full and common abbreviated forms. The detectors use them to
 * recognise a month left in another language ("September" inside Arabic text), and to leave dates alone
 * when they look for numbers moved behind their noun ("30 september" ↔ "September 30" is a date format,
 * not a glitch). Arabic lists both the Levantine/Iraqi names and the transliterated (Egyptian/Gulf) ones.
 */
import type { LanguageCode } from '../types.js';

export const MONTH_NAMES: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
    'november', 'december', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'],
  // Polish months in the nominative and the genitive used in dates ("5 grudnia 2012").
  pl: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień',
    'październik', 'listopad', 'grudzień', 'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca',
    'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', 'sty', 'lut', 'mar', 'kwi',
    'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'dezember', 'jänner'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
    'noviembre', 'diciembre'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس',
    'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران',
    'تموز', 'آب', 'أيلول', 'تشرين'],
};

/**
 * Month names that are also ordinary words or names in some language ("may", "mar", "maj", "mai", "jan",
 * "dec", "sie", "lut", "cze"): never treated as a month on their own when they stand outside a date.
 */
export const AMBIGUOUS_MONTH_NAMES: ReadonlySet<string> = new Set([
  'may', 'mar', 'maj', 'mai', 'jan', 'dec', 'sie', 'lut', 'cze', 'lis', 'aug', 'sep', 'nov', 'oct', 'feb',
  'apr', 'jun', 'jul', 'sty', 'kwi', 'lip', 'wrz', 'paź', 'gru', 'okt', 'sept', 'mars', 'august', 'april',
  'marzec', 'luty', 'آب',
]);

/** Every month name of every language, for "is this word a month anywhere?". */
export const ALL_MONTH_NAMES: ReadonlySet<string> = new Set(Object.values(MONTH_NAMES).flat());

/**
 * Weekday names of the cased languages, lower-case: English capitalises them ("Monday"), which makes the
 * name finders take them for names; they are calendar words, not names.
 */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
]);

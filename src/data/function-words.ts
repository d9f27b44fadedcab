/**
 * Function words (articles, determiners, prepositions, conjunctions, pronouns) per language, lower-case,
 * and the unit words that follow a number. The detectors use them to tell a number standing before the
 * noun it counts ("48 länder") from one standing after a noun ("بلدان 48", "countries 48"): a number after
 * a preposition ("في 2012", "av 54") is not after its noun. They also reveal a foreign name block
 * ("Global Alliance against Child Sexual Abuse Online" in Swedish) by its foreign function words.
 * Short lists on purpose: a word missing here only makes the detectors more cautious.
 */
import type { LanguageCode } from '../types.js';

export const FUNCTION_WORDS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'about',
    'against', 'and', 'or', 'but', 'nor', 'as', 'than', 'into', 'onto', 'over', 'under', 'between', 'among',
    'after', 'before', 'since', 'until', 'till', 'during', 'through', 'per', 'via', 'some', 'all', 'these',
    'those', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'up', 'nearly', 'almost',
    'about', 'around', 'approximately', 'over', 'least', 'most', 'more', 'less', 'fewer', 'only', 'just',
    'than', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
    'will', 'would', 'can', 'could', 'not', 'no', 'every', 'each', 'another', 'other', 'such', 'what'],
  sv: ['en', 'ett', 'den', 'det', 'de', 'dessa', 'denna', 'detta', 'av', 'i', 'på', 'till', 'från', 'för',
    'med', 'utan', 'om', 'mot', 'och', 'eller', 'men', 'samt', 'som', 'än', 'vid', 'under', 'över', 'efter',
    'före', 'innan', 'sedan', 'mellan', 'bland', 'genom', 'hos', 'inom', 'utom', 'kring', 'runt', 'omkring',
    'cirka', 'ca', 'drygt', 'knappt', 'nästan', 'minst', 'högst', 'mer', 'fler', 'mindre', 'färre', 'alla',
    'var', 'varje', 'sina', 'sin', 'sitt', 'deras', 'hans', 'hennes', 'vår', 'våra', 'vårt', 'era', 'är',
    'var', 'blev', 'har', 'hade', 'ska', 'skulle', 'kan', 'kunde', 'inte', 'bara', 'hela', 'båda', 'både',
    'också', 'även', 'när', 'där', 'då', 'här', 'andra', 'vilka', 'vilken', 'vilket', 'totalt', 'sammanlagt'],
  pl: ['w', 'we', 'z', 'ze', 'na', 'do', 'od', 'o', 'i', 'a', 'oraz', 'lub', 'albo', 'ale', 'że', 'dla',
    'przez', 'przed', 'po', 'pod', 'nad', 'za', 'przy', 'między', 'wśród', 'u', 'bez', 'około', 'ok', 'ponad',
    'prawie', 'blisko', 'niemal', 'co', 'najmniej', 'najwyżej', 'więcej', 'mniej', 'niż', 'jak', 'jako',
    'ten', 'ta', 'to', 'te', 'tych', 'tym', 'tego', 'tej', 'wszystkie', 'wszystkich', 'jest', 'są', 'był',
    'była', 'było', 'były', 'będzie', 'nie', 'tylko', 'już', 'także', 'również', 'się', 'jego', 'jej', 'ich',
    'nasz', 'nasze', 'który', 'która', 'które', 'których', 'aż', 'łącznie', 'razem'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'von',
    'vom', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'seit', 'zu', 'zum', 'zur',
    'für', 'gegen', 'ohne', 'um', 'über', 'unter', 'vor', 'zwischen', 'durch', 'und', 'oder', 'aber', 'als',
    'wie', 'rund', 'etwa', 'fast', 'knapp', 'mehr', 'weniger', 'alle', 'insgesamt', 'ist', 'sind', 'war',
    'waren', 'hat', 'haben', 'wird', 'werden', 'nicht', 'nur', 'auch'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'à', 'au', 'aux', 'en', 'dans', 'sur',
    'sous', 'par', 'pour', 'avec', 'sans', 'contre', 'entre', 'depuis', 'pendant', 'avant', 'après', 'et',
    'ou', 'mais', 'que', 'qui', 'environ', 'près', 'plus', 'moins', 'tous', 'toutes', 'ces', 'ce', 'cette',
    'est', 'sont', 'était', 'a', 'ont', 'ne', 'pas', 'seulement', 'aussi'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'con', 'sin',
    'por', 'para', 'contra', 'entre', 'desde', 'hasta', 'durante', 'y', 'o', 'pero', 'que', 'unos', 'casi',
    'más', 'menos', 'todos', 'todas', 'estos', 'estas', 'es', 'son', 'fue', 'no', 'solo', 'también'],
  // Arabic: prepositions and particles standing as separate words (attached ones like بـ لـ وـ are
  // prefixes of the next word, so they never stand between a noun and its number).
  ar: ['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'منذ', 'حتى', 'بين', 'خلال', 'عبر', 'نحو', 'حوالي',
    'حوالى', 'قرابة', 'زهاء', 'أكثر', 'اكثر', 'أقل', 'اقل', 'أي', 'كل', 'جميع', 'بعد', 'قبل', 'عند', 'لدى',
    'ضد', 'تحت', 'فوق', 'حول', 'و', 'أو', 'او', 'ثم', 'لكن', 'أن', 'إن', 'ان', 'التي', 'الذي', 'الذين',
    'هذه', 'هذا', 'هؤلاء', 'تلك', 'ذلك', 'هو', 'هي', 'هم', 'كان', 'كانت', 'ليس', 'لم', 'لن', 'لا', 'قد',
    'عام', 'العام', 'سنة', 'السنة', 'عامي', 'رقم', 'بنسبة', 'بمعدل', 'بواقع', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ',
    'إجمالي', 'مجموع', 'نحو', 'فقط', 'أيضا', 'أيضًا', 'الـ'],
};

/**
 * Words for units and measures that follow a number in any language ("50 procent", "3 km", "10 euro"): a
 * number followed by one of these is measuring, not counting a noun, and its position is not checked.
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'procent', 'percent', 'per', 'cent', 'prozent', 'pourcent', 'proc', 'procentowych', 'procentowe',
  'procentenheter', 'procentpunkter', 'km', 'm', 'cm', 'mm', 'kg', 'g', 't', 'l', 'ml', 'h', 'min', 's',
  'kr', 'sek', 'eur', 'euro', 'euros', 'usd', 'dollar', 'dollars', 'zł', 'pln', 'tys', 'mln', 'mld',
  'tusen', 'miljoner', 'miljon', 'miljarder', 'miljard', 'million', 'millions', 'billion', 'billions',
  'thousand', 'thousands', 'milion', 'miliony', 'milionów', 'miliard', 'miliardy', 'miliardów', 'tysięcy',
  'tysiące', 'tysiąc', 'gb', 'mb', 'kb', 'mw', 'kw', 'kwh',
  'بالمئة', 'بالمائة', 'المئة', 'المائة', 'مليون', 'ملايين', 'مليار', 'مليارات', 'ألف', 'آلاف', 'الف',
  'كم', 'كغ', 'كلغ', 'يورو', 'دولار', 'دولارات',
]);

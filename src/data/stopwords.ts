/**
 * Common words that are capitalised at the start of a sentence but are not names ("The", "Det", "W").
 * The entity finder drops a capitalised word found here; a sentence-initial capitalised word that is not
 * here is kept but marked `weak` (it may be an ordinary noun or adverb). Lower-case; short on purpose —
 * function words and the sentence openers seen most often.
 */
import type { LanguageCode } from '../types.js';

export const SENTENCE_STOPWORDS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'i', 'you', 'he', 'she', 'they',
    'our', 'their', 'his', 'her', 'my', 'your', 'there', 'here', 'in', 'on', 'at', 'for', 'from', 'to', 'of',
    'by', 'with', 'and', 'but', 'or', 'if', 'when', 'while', 'as', 'after', 'before', 'since', 'during',
    'every', 'each', 'all', 'some', 'many', 'most', 'more', 'also', 'however', 'although', 'what', 'who',
    'which', 'why', 'how', 'where', 'according', 'today', 'yesterday', 'tomorrow', 'mr', 'mrs', 'ms', 'dr',
    'no', 'not', 'yes', 'so', 'then', 'thus', 'together', 'follow', 'read', 'share', 'more'],
  sv: ['det', 'den', 'de', 'dem', 'en', 'ett', 'i', 'på', 'för', 'och', 'men', 'om', 'när', 'som', 'vi',
    'jag', 'du', 'han', 'hon', 'man', 'vad', 'var', 'alla', 'detta', 'denna', 'dessa', 'efter', 'från',
    'med', 'till', 'under', 'vid', 'av', 'att', 'är', 'har', 'kan', 'ska', 'så', 'också', 'enligt', 'bakom',
    'ofta', 'igår', 'idag', 'i dag', 'mycket', 'mer', 'nu', 'här', 'där', 'då', 'sedan', 'genom', 'mot',
    'varje', 'vår', 'våra', 'vårt', 'deras', 'hans', 'hennes', 'min', 'mitt', 'mina', 'din', 'ditt', 'era',
    'ni', 'dom', 'vissa', 'många', 'flera', 'inte', 'ingen', 'inget', 'inga', 'både', 'samt', 'eller',
    'tack', 'följ', 'läs', 'se', 'dela', 'år', 'tillsammans', 'därför', 'dessutom', 'också', 'även', 'hur', 'varför',
    'vem', 'vilka', 'vilken', 'vilket', 'fram', 'mellan', 'utan', 'innan', 'över', 'bland'],
  pl: ['w', 'we', 'z', 'ze', 'na', 'do', 'od', 'o', 'i', 'a', 'oraz', 'lub', 'ale', 'że', 'dla', 'przez',
    'przed', 'po', 'pod', 'nad', 'za', 'przy', 'u', 'bez', 'to', 'ten', 'ta', 'te', 'ci', 'jak', 'jest', 'są',
    'nie', 'się', 'dzięki', 'według', 'podczas', 'każde', 'każdy', 'każda', 'żadne', 'żaden', 'żadna',
    'dlatego', 'także', 'również', 'czy', 'jako', 'gdy', 'jeśli', 'ich', 'jego', 'jej', 'nasz', 'nasze',
    'naszym', 'naszych', 'my', 'wy', 'oni', 'one', 'on', 'ona', 'ono', 'co', 'kto', 'który', 'która',
    'które', 'tak', 'już', 'jednak', 'wśród', 'między', 'obecnie', 'szacuje', 'jedynym', 'państwa', 'czytaj',
    'więcej', 'udostępnij'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'in',
    'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'seit', 'zu', 'für', 'gegen', 'ohne', 'um', 'über',
    'unter', 'vor', 'durch', 'und', 'oder', 'aber', 'als', 'wie', 'wir', 'ich', 'sie', 'er', 'es', 'ihr',
    'diese', 'dieser', 'dieses', 'alle', 'auch', 'nicht', 'heute', 'gestern'],
  fr: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'par',
    'pour', 'avec', 'et', 'ou', 'mais', 'que', 'qui', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles',
    'nous', 'vous', 'je', 'on', 'selon', 'depuis', 'après', 'avant'],
};

/**
 * Determiners among the stopwords: capitalised after joined capitals ("U.S.", "U.K."), even before a
 * capitalised word, they open a sentence ("… concerns the U.S. The European evidence is …"); a name does
 * not start with one. Lower-case; only languages with articles or demonstratives written this way.
 */
export const SENTENCE_DETERMINERS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['the', 'this', 'these', 'those', 'its', 'their', 'our'],
  sv: ['den', 'det', 'denna', 'detta', 'dessa'],
};

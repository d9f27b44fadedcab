/**
 * Verbs of saying per language, for the sentence splitter (src/segment/): a quoted question or
 * exclamation followed by one of these, within the next few words, is attributed speech and one
 * sentence with its attribution, even when the next word is capitalised or caseless:
 *
 *   English puts the speaker's name first:  "Are you coming?" Maggie asked.
 *   Arabic has no case, and the verb first:  «هل ستخرج الآن؟» قالت أمه.
 *
 * Swedish and Polish have empty lists on purpose: their attribution after a quote starts with the verb
 * in lower case ("”Vet du?” frågade hon", "„Idziesz?” zapytała"), which the lower-case rule already keeps
 * together, and a capitalised word after the quote starts a new sentence ("”Vet du?” Anna log."). A
 * language with no entry here gets every list merged, as for abbreviations.
 *
 * Entries are lower case; Arabic entries are written without diacritics (the splitter drops harakat and
 * shadda before looking a word up, so "ردّ" matches "رد"). Leave out verbs that open ordinary sentences
 * after a quotation more often than they attribute it.
 */
import type { LanguageCode } from '../types.js';

export const SPEECH_VERBS: Readonly<Record<LanguageCode, readonly string[]>> = {
  sv: [],
  pl: [],
  en: [
    'said', 'says', 'asked', 'asks', 'replied', 'replies', 'answered', 'cried', 'shouted', 'called',
    'whispered', 'yelled', 'screamed', 'exclaimed', 'demanded', 'muttered', 'murmured', 'snapped',
    'added', 'insisted', 'wondered', 'repeated', 'protested', 'inquired', 'enquired', 'pleaded',
    'begged', 'gasped', 'hissed', 'roared', 'growled', 'stammered', 'sighed', 'laughed', 'sobbed',
    'retorted', 'interrupted', 'told', 'shrieked', 'groaned', 'moaned', 'mumbled', 'barked',
  ],
  ar: [
    // qāla "said", saʾala "asked", ajāba "answered", radda "replied", ṣāḥa / ṣaraḫa "cried", hamasa
    // "whispered", tasāʾala "wondered", aḍāfa "added", hatafa "exclaimed", tamtama "muttered", in the
    // past (he / she) and present (he / she) forms novels and news use, and with "me / him / her".
    'قال', 'قالت', 'يقول', 'تقول', 'سأل', 'سألت', 'يسأل', 'تسأل', 'سألني', 'سأله', 'سألها', 'سألته',
    'أجاب', 'أجابت', 'يجيب', 'تجيب', 'رد', 'ردت', 'يرد', 'ترد', 'صاح', 'صاحت', 'يصيح', 'تصيح',
    'صرخ', 'صرخت', 'يصرخ', 'تصرخ', 'همس', 'همست', 'يهمس', 'تهمس', 'تساءل', 'تساءلت', 'يتساءل',
    'أضاف', 'أضافت', 'هتف', 'هتفت', 'تمتم', 'تمتمت', 'علق', 'علقت',
  ],
};

/**
 * Random text for the property tests: not uniformly random code points (which are almost all CJK and
 * unassigned planes) but a mix weighted towards what breaks text tools: line breaks of every kind,
 * combining marks, emoji with ZWJ and skin tones, surrogate pairs and lone surrogates, bidi controls,
 * NUL, sentence punctuation of several scripts, digits of several systems, and real words.
 */
import fc from 'fast-check';

/** Characters and short sequences known to trip segmenters and tokenizers. */
export const TRICKY_PIECES = [
  '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\n\n', ' ', '\t', '\u00a0', '\u202f', '\u3000',
  '.', '!', '?', '؟', '،', '؛', '۔', '。', '…', '...', '. ', '.\n', '"', '”', '«', '»', '(', ')', '[', '•', '–', '-',
  '\u0301', '\u0308', 'e\u0301', '\u0651', '\u064e',
  '😀', '👩‍👩‍👧', '👍🏽', '🇸🇪', '\u200d', '\u200c', '\u200b', '\ufeff',
  '\ud800', '\udc00', '\ud83d',
  '\u202e', '\u202a', '\u2066', '\u2069', '\u200f', '\u200e', '\u061c',
  '\u0000', '\u0007', '\u001b',
  '0', '7', '12', '3.5', '8,5', '50 000', '50 tys.', '٤٨', '٨٫٥', '۱۲', '१२', '%', '٪',
  'Malmström', 'مالمستروم', 'IP/12/1308', 'https://example.org/a?b=1', 'a@b.se', 'EU', 'bl.a.', 'ds.', 'Mr.', 't.ex.',
  'och', 'w', 'في', 'the', 'Zażółć', 'länder', 'بلدان',
];

/** One piece of random text: a tricky piece, a random code point of any plane, or a random word. */
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TRICKY_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöąęłżABCDEMSTÅÖŁابتثجحخدرسشصطعفقلمنهوي'), minLength: 1, maxLength: 9 }) },
);

/** Random text of up to `maxPieces` pieces. */
export function trickyText(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

/** Words per language for `prose`, plus language-neutral tokens (numbers, names, acronyms). */
const WORDS = {
  sv: ['kommissionen', 'länder', 'barn', 'internet', 'säkerhet', 'och', 'med', 'för', 'den', 'ett', 'sade', 'skydda'],
  pl: ['komisja', 'dzieci', 'kraje', 'oraz', 'w', 'ochrona', 'sieci', 'jest', 'się', 'powiedziała'],
  ar: ['للأطفال', 'الدول', 'في', 'من', 'الإنترنت', 'حماية', 'قال', 'على', 'هذا', 'الأعضاء'],
} as const;
const NEUTRAL = ['48', '54', '2012', '50 000', 'Malmström', 'EU', 'UNODC', 'Interpol'];

export type ProseLanguage = keyof typeof WORDS;
export const PROSE_LANGUAGES = Object.keys(WORDS) as ProseLanguage[];

/** Readable random prose in one language (random when not given): sentences of its words with numbers and names. */
export function prose(maxSentences = 12, only?: ProseLanguage): fc.Arbitrary<string> {
  return fc.constantFrom(...(only ? [only] : PROSE_LANGUAGES)).chain((language) => {
    const word = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS[language]) }, { weight: 1, arbitrary: fc.constantFrom(...NEUTRAL) });
    const ends = language === 'ar' ? ['.', '؟', '!'] : ['.', '?', '!'];
    const sentence = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 14 }), fc.constantFrom(...ends))
      .map(([words, end]) => {
        const text = words.join(' ');
        return text.charAt(0).toUpperCase() + text.slice(1) + end;
      });
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
    return fc
      .tuple(fc.array(paragraph, { minLength: 1, maxLength: Math.max(1, Math.ceil(maxSentences / 3)) }), fc.constantFrom('\n\n', '\n', '\r\n\r\n'))
      .map(([paragraphs, separator]) => paragraphs.join(separator) + '\n');
  });
}

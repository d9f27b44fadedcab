/**
 * The anchor readers skip work they can prove useless: readNumbers reads nothing in a text without a digit
 * when the language has no number words, and looks a word up as a month only when the text has a digit
 * and the word opens like a month name; findEntities reads nothing in a text without a capital. These tests
 * hold each shortcut to the fact it rests on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/anchors/entities.js';
import { readNumbers } from '../../src/anchors/index.js';
import { lexiconFor, lookUpMonth, lookUpNumberWord, mayBeMonthWord, mayBeNumberWord } from '../../src/anchors/number-words.js';
import { hasDigit, hasUpperCase } from '../../src/anchors/text.js';
import { NUMBERS_AR } from '../../src/data/numbers-ar.js';
import { NUMBERS_DE } from '../../src/data/numbers-de.js';
import { NUMBERS_EN } from '../../src/data/numbers-en.js';
import { NUMBERS_PL } from '../../src/data/numbers-pl.js';
import { NUMBERS_SV } from '../../src/data/numbers-sv.js';

const TABLES = { sv: NUMBERS_SV, en: NUMBERS_EN, pl: NUMBERS_PL, ar: NUMBERS_AR, de: NUMBERS_DE };
const MONTH_NAMES = Object.values(TABLES).flatMap((table) => Object.keys(table.months));
/** Spellings a month name turns up in: as listed, capitalised, in capitals, with a hamza seat or a short vowel. */
const spellings = (month: string): string[] => [
  month,
  month[0]!.toUpperCase() + month.slice(1),
  month.toUpperCase(),
  month.replace(/ا/gu, 'أ'),
  month.replace(/^(.)/u, '$1\u064E'),
];

describe('mayBeMonthWord', () => {
  it('never rules out a word that lookUpMonth reads as a month', () => {
    for (const month of MONTH_NAMES) {
      for (const spelling of spellings(month)) {
        if (lookUpMonth(spelling) === undefined) continue;
        expect(mayBeMonthWord(spelling, 0, spelling.length), spelling).toBe(true);
        expect(mayBeMonthWord(`5 ${spelling} 2012`, 2, 2 + spelling.length), spelling).toBe(true);
      }
    }
  });
  it('never rules out a month on random words either', () => {
    const word = fc.array(fc.constantFrom(...'jfmasondlkcwpgeuiyrtb'.split(''), 'ä', 'İ', 'ي', 'ف', 'أ', 'آ', 'إ', 'ا', 'ى', 'ن', 'َ', 'ـ', 'J', 'M', 'Ma', 'ju', 'JU'), { minLength: 1, maxLength: 9 }).map((p) => p.join(''));
    fc.assert(fc.property(word, (w) => !(lookUpMonth(w) !== undefined && !mayBeMonthWord(w, 0, w.length))), { numRuns: 3000 });
  });
  it('rules out words that open unlike any month name', () => {
    for (const word of ['house', 'Haus', 'über', 'Zeit', 'والأطفال', 'x']) expect(mayBeMonthWord(word, 0, word.length), word).toBe(word.length < 2);
  });
});

describe('readNumbers without digits', () => {
  it('rests on no month name being a number word or a joiner in any language', () => {
    for (const language of Object.keys(TABLES)) {
      const lexicon = lexiconFor(language)!;
      for (const month of MONTH_NAMES) {
        expect(lookUpNumberWord(month, lexicon), `${language}: ${month}`).toBeUndefined();
        expect(lexicon.joiners.has(month), `${language}: ${month}`).toBe(false);
      }
    }
  });
  it('reads number words but no month (a month counts only next to digits)', () => {
    expect(readNumbers('fem miljoner i december', 'sv').map((r) => r.value)).toEqual([5_000_000]);
    expect(readNumbers('den 5 december 2012', 'sv').map((r) => [r.value, r.part])).toEqual([[5, 'day'], [12, 'month'], [2012, 'year']]);
  });
  it('reads nothing in a language without number words, and digits when there are some', () => {
    expect(readNumbers('fem miljoner i december', 'und')).toEqual([]);
    expect(readNumbers('5 miljoner i december', 'und').map((r) => r.value)).toEqual([5_000_000]);
  });
});

describe('findEntities without capitals', () => {
  it('finds nothing in text without an upper-case letter, and names as soon as one occurs', () => {
    expect(findEntities('iphone och ebay i al-qaida, von der leyen', 'sv')).toEqual([]);
    expect(findEntities('التقى مالمستروم بالوزير', 'ar')).toEqual([]);
    expect(findEntities('iPhone och eBay', 'sv').map((e) => e.key)).toEqual(['iphone', 'ebay']);
    expect(findEntities('ursula von der Leyen', 'sv').map((e) => e.key)).toEqual(['leyen']);
  });
});

describe('hasUpperCase and hasDigit', () => {
  it('answer as /\\p{Lu}/u and /\\p{Nd}/u do, whatever the script', () => {
    const piece = fc.constantFrom('a', 'A', 'é', 'É', 'ж', 'Ж', 'ς', 'Σ', 'س', '٣', '۳', '߃', '३', '5', ' ', 'Ⅰ', 'ǅ', '𝐀', '𝐚', '𝟓', '\ud835', '\udc00', '中', 'Ａ', '１', '–', '”', '…', '\u2000', '\u206F', '\u2070', '\u2160', '\u1FFF', '\u2C00');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
        expect(hasUpperCase(text)).toBe(/\p{Lu}/u.test(text));
        expect(hasDigit(text)).toBe(/\p{Nd}/u.test(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('find a digit as /\\p{Nd}/u does in every code unit alone, lone surrogates included', () => {
    const digit = /\p{Nd}/u;
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      if (hasDigit(unit) !== digit.test(unit)) expect.fail(`U+${c.toString(16)}`);
    }
    for (const text of ['Artikel 26.', 'المادة ٢٦', 'المادة ۲۶', 'المادة', '𝟘 math digit', '𐒠 Osmanya', '𝐀 bold A', '', 'x߀']) {
      expect(hasDigit(text), text).toBe(digit.test(text));
    }
  });
  it('read on past quotes and dashes, and stop at the first letter or digit of the block after them', () => {
    expect(hasDigit('”Hej” – sa han, … 5')).toBe(true);
    expect(hasDigit('”hej” – sa han')).toBe(false);
    expect(hasUpperCase('”hej” – sa han Ⰰ')).toBe(true);
    expect(hasUpperCase('”hej” – sa han ⅰ')).toBe(false);
  });
});

describe('mayBeNumberWord', () => {
  it('never rules out a word that lookUpNumberWord reads, in any language', () => {
    for (const [language, table] of Object.entries(TABLES)) {
      const lexicon = lexiconFor(language)!;
      const words = [...Object.keys(table.words), ...Object.keys(table.scales), ...(table.ambiguousOne ?? [])];
      const forms = words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), `و${w}`, `ب${w}`, `ال${w}`, `لل${w}`, w.replace(/ا/gu, 'أ'), `${w}${words[0]}`]);
      for (const form of forms) {
        if (lookUpNumberWord(form, lexicon) === undefined) continue;
        expect(mayBeNumberWord(form, 0, form.length, lexicon), `${language}: ${form}`).toBe(true);
      }
    }
  });
  it('never rules out a number word on random words either', () => {
    const letters = [...'tfsenåhvdzwjocaiu'.split(''), 'T', 'F', 'ö', 'ł', 'ę', 'ث', 'خ', 'ع', 'س', 'و', 'ب', 'ل', 'ا', 'أ', 'ة', 'ن', 'َ', 'tjugo', 'fem', 'zwei', 'دي',
      'ال', 'لل', 'ألف', 'الف', 'لف', 'عشر', 'ون', 'ين', 'مئة', 'ستة', 'ف', 'ك', 'ـ'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(word, fc.constantFrom(...Object.keys(TABLES)), (w, language) => {
        const lexicon = lexiconFor(language)!;
        return !(lookUpNumberWord(w, lexicon) !== undefined && !mayBeNumberWord(w, 0, w.length, lexicon));
      }),
      { numRuns: 5000 },
    );
  });
  it('rules out words that open unlike any number word', () => {
    expect(mayBeNumberWord('konferensen', 0, 11, lexiconFor('sv')!)).toBe(false);
    expect(mayBeNumberWord('مؤتمر', 0, 5, lexiconFor('ar')!)).toBe(false);
    expect(mayBeNumberWord('والألف', 0, 6, lexiconFor('ar')!)).toBe(true);
  });
  it('rules out Arabic words that open with the article or a clitic and end unlike any number word', () => {
    const arabic = lexiconFor('ar')!;
    for (const word of ['الأطفال', 'العالمي', 'الإنترنت', 'في', 'بلدان']) expect(mayBeNumberWord(word, 0, word.length, arabic), word).toBe(false);
    // Number words behind the article, clitics and "لل", and a word that merely ends like one, are looked up.
    // "للف" reads as "الف" (1000) by the "لل" rule without ending in it.
    for (const word of ['الألف', 'وللألف', 'للألف', 'للف', 'وللف', 'بخمسة', 'التحالف', 'واحد']) expect(mayBeNumberWord(word, 0, word.length, arabic), word).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/anchors/index.js';

const values = (text: string, language?: string) => readNumbers(text, language).map((r) => r.value);

describe('readNumbers', () => {
  describe('digit systems', () => {
    it('reads ASCII digits with offsets into the text', () => {
      const [r] = readNumbers('från 48 länder', 'sv');
      expect(r).toMatchObject({ value: 48, start: 5, end: 7, text: '48', form: 'digits' });
    });
    it('reads Arabic-Indic digits, with ٫ as decimal mark and ٬ as group separator', () => {
      expect(values('٢٠ و ٨٫٥ و ١٢٬٣٤٥', 'ar')).toEqual([20, 8.5, 12345]);
    });
    it('reads Extended Arabic-Indic (Persian) and Devanagari digits', () => {
      expect(values('۱۳۹۹ और ४२', 'fa')).toEqual([1399, 42]);
    });
    it('reads digits outside the BMP (mathematical bold) with UTF-16 offsets', () => {
      const [r] = readNumbers('x 𝟓𝟎 y');
      expect(r).toMatchObject({ value: 50, start: 2, end: 6 });
    });
    it('reads a number standing after its noun in Arabic', () => {
      expect(values('من بلدان 48 في البداية', 'ar')).toEqual([48]);
    });
  });

  describe('locale conventions', () => {
    it('groups thousands with a space, a no-break space and a narrow no-break space', () => {
      expect(values('50 000, 50\u00A0000 och 1\u202F234\u202F567', 'sv')).toEqual([50000, 50000, 1234567]);
    });
    it('does not group with an ordinary space in English', () => {
      expect(values('page 5 100 people', 'en')).toEqual([5, 100]);
    });
    it('reads "," as the decimal mark in Swedish and Polish', () => {
      expect(values('8,5 procent', 'sv')).toEqual([8.5]);
      expect(values('1,5 mln zł', 'pl')).toEqual([1.5e6]);
    });
    it('reads "," as a thousands separator in English and "." as the decimal mark', () => {
      expect(values('1,234 people and 1,234,567.5 euros', 'en')).toEqual([1234, 1234567.5]);
    });
    it('reads "." with three digits after it as a group in decimal-comma languages', () => {
      expect(values('1.234 osób', 'pl')).toEqual([1234]);
      expect(values('1.234.567,5', 'de')).toEqual([1234567.5]);
    });
    it('reads 3.14 as 3.14 in any language', () => {
      expect(values('3.14', 'sv')).toEqual([3.14]);
      expect(values('3.14', 'en')).toEqual([3.14]);
    });
    it("groups with an apostrophe (Swiss style)", () => {
      expect(values("1'000'000", 'de')).toEqual([1e6]);
    });
    it('does not join a sentence-final number to the next sentence', () => {
      expect(values('sedan 2012. 48 länder', 'sv')).toEqual([2012, 48]);
    });
    it('does not group a leading group of more than three digits', () => {
      expect(values('sedan 2012 000 kronor', 'sv')).toEqual([2012, 0]);
    });
  });

  describe('signs, percentages and ranges', () => {
    it('reads a minus sign only where it cannot be a dash', () => {
      expect(values('-5 grader och 2011-2013', 'sv')).toEqual([-5, 2011, 2013]);
    });
    it('reads a range as two numbers, both years', () => {
      const readings = readNumbers('2011–2013', 'sv');
      expect(readings.map((r) => [r.value, r.isYear])).toEqual([[2011, true], [2013, true]]);
    });
    it('marks percentages written with %, ٪ or a percent word', () => {
      expect(readNumbers('50%', 'en')[0]).toMatchObject({ value: 50, percent: true, text: '50%' });
      expect(readNumbers('٥٠٪', 'ar')[0]).toMatchObject({ value: 50, percent: true });
      expect(readNumbers('8,5 procent', 'sv')[0]).toMatchObject({ value: 8.5, percent: true, text: '8,5 procent' });
    });
  });

  describe('scale words after digits', () => {
    it('reads Polish tys., mln and mld, including the abbreviation dot', () => {
      expect(readNumbers('jest 50 tys. nowych', 'pl')[0]).toMatchObject({ value: 50000, text: '50 tys.', scale: 1000 });
      expect(values('3 mln i 2 mld', 'pl')).toEqual([3e6, 2e9]);
    });
    it('reads Swedish miljoner and miljarder, and English million', () => {
      expect(values('5 miljoner och 2 miljarder', 'sv')).toEqual([5e6, 2e9]);
      expect(values('2 million', 'en')).toEqual([2e6]);
    });
    it('reads Arabic ألف, آلاف and ملايين after digits', () => {
      expect(values('50 ألف و3 آلاف و٣ ملايين', 'ar')).toEqual([50000, 3000, 3e6]);
    });
    it('reads scale words of any language when the language is unknown', () => {
      expect(values('50 tys.')).toEqual([50000]);
    });
    it('does not treat an ordinary word after a number as a scale', () => {
      expect(values('48 länder', 'sv')).toEqual([48]);
    });
  });

  describe('numbers written as words', () => {
    it('reads Swedish number words and compounds', () => {
      const readings = readNumbers('två miljoner, tusen, tjugotvå och fyra', 'sv');
      expect(readings.map((r) => [r.text, r.value, r.form])).toEqual([
        ['två miljoner', 2e6, 'words'], ['tusen', 1000, 'words'], ['tjugotvå', 22, 'words'], ['fyra', 4, 'words'],
      ]);
    });
    it('reads "en miljon" as a million but "en bild" as no number', () => {
      expect(values('en miljon bilder', 'sv')).toEqual([1e6]);
      expect(values('en bild av ett barn', 'sv')).toEqual([]);
    });
    it('reads Polish milion and trzy', () => {
      expect(values('ponad milion zdjęć, trzy osoby', 'pl')).toEqual([1e6, 3]);
    });
    it('reads English compounds with "and" and hyphens', () => {
      expect(values('one hundred and twenty-two', 'en')).toEqual([122]);
    });
    it('reads Arabic number words through the article and conjunction (الأربعة, ثلاثة وعشرون)', () => {
      expect(values('الأهداف السياسية الأربعة', 'ar')).toEqual([4]);
      expect(values('ثلاثة وعشرون', 'ar')).toEqual([23]);
      expect(values('مليون صورة', 'ar')).toEqual([1e6]);
    });
    it('does not read a short word as a number after stripping an Arabic preposition (لست is not ست)', () => {
      expect(values('لست متأكدا', 'ar')).toEqual([]);
    });
    it('keeps two separate number words apart when they cannot form one number', () => {
      expect(values('two three', 'en')).toEqual([2, 3]);
    });
  });

  describe('years, dates and times', () => {
    it('marks four-digit numbers 1900–2100 as years, and not 1308 or 50 000', () => {
      expect(readNumbers('sedan 2012', 'sv')[0]?.isYear).toBe(true);
      expect(readNumbers('1308', 'sv')[0]?.isYear).toBeUndefined();
      expect(readNumbers('2 012', 'sv')[0]?.isYear).toBeUndefined();
    });
    it('reads a numeric date as day, month and year', () => {
      const readings = readNumbers('26.07.2021', 'pl');
      expect(readings.map((r) => [r.value, r.part])).toEqual([[26, 'day'], [7, 'month'], [2021, 'year']]);
    });
    it('reads an ISO date', () => {
      expect(readNumbers('2021-07-26').map((r) => [r.value, r.part])).toEqual([[2021, 'year'], [7, 'month'], [26, 'day']]);
    });
    it('reads "5 december 2012" with the month name as the number 12', () => {
      const readings = readNumbers('Den 5 december 2012 lanserade', 'sv');
      expect(readings.map((r) => [r.text, r.value, r.part])).toEqual([['5', 5, 'day'], ['december', 12, 'month'], ['2012', 2012, 'year']]);
    });
    it('reads an English month left inside Arabic text ("30 September")', () => {
      expect(readNumbers('(30 September).', 'ar').map((r) => [r.value, r.part])).toEqual([[30, 'day'], [9, 'month']]);
    });
    it('reads "December 5, 2012" and the Polish genitive "5 grudnia 2012"', () => {
      expect(values('December 5, 2012', 'en')).toEqual([12, 5, 2012]);
      expect(values('5 grudnia 2012 r.', 'pl')).toEqual([5, 12, 2012]);
    });
    it('does not read a month name standing alone as a number', () => {
      expect(values('i december', 'sv')).toEqual([]);
    });
    it('reads a time as hour and minute', () => {
      expect(readNumbers('kl. 14:30', 'sv').map((r) => [r.value, r.part])).toEqual([[14, 'hour'], [30, 'minute']]);
    });
  });
});

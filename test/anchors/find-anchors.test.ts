import { describe, expect, it } from 'vitest';
import { findAnchors } from '../../src/anchors/index.js';
import type { Anchor, Segment } from '../../src/types.js';

const segment = (text: string, start = 0): Segment => ({ index: 0, text, start, end: start + text.length, block: 0 });
const brief = (anchors: Anchor[]) => anchors.map((a) => `${a.kind}:${a.text}`);
const ofKind = (anchors: Anchor[], ...kinds: string[]) => anchors.filter((a) => kinds.includes(a.kind));

describe('findAnchors', () => {
  it('gives offsets into the document, not the segment', () => {
    const doc = 'Rubrik\n\nFrån 48 länder till en början.';
    const start = doc.indexOf('Från');
    const [number] = findAnchors(segment(doc.slice(start), start), 'sv');
    expect(number).toMatchObject({ kind: 'number', key: '48', value: 48 });
    expect(doc.slice(number!.start, number!.end)).toBe('48');
  });

  it('keys numbers by value, whatever their writing', () => {
    expect(findAnchors(segment('jest 50 tys. nowych'), 'pl')[0]?.key).toBe('50000');
    expect(findAnchors(segment('läggs 50 000 nya bilder'), 'sv')[0]?.key).toBe('50000');
    expect(findAnchors(segment('٨٫٥ في المائة'), 'ar')[0]?.key).toBe('8.5');
  });

  it('reads a reference code as one code anchor, not as numbers', () => {
    const anchors = findAnchors(segment('(IP / 12 / 1308 och MEMO / 12 / 937).'), 'sv');
    expect(brief(anchors)).toEqual(['code:IP / 12 / 1308', 'code:MEMO / 12 / 937']);
    expect(anchors[0]?.key).toBe('ip/12/1308');
  });

  it('reads slash codes with the letters last and glued codes (2011/93/EU, COVID-19, G20, girl_16)', () => {
    const anchors = findAnchors(segment('Direktiv 2011/93/EU om COVID-19 vid G20, girl_16Smakämnen'), 'sv');
    expect(ofKind(anchors, 'code').map((a) => a.key)).toEqual(['2011/93/eu', 'covid-19', 'g20', 'girl_16']);
  });

  it('does not read a fraction or a word pair as a code', () => {
    expect(ofKind(findAnchors(segment('12/1308 och och/eller'), 'sv'), 'code')).toEqual([]);
  });

  it('finds URLs and e-mail addresses without trailing punctuation', () => {
    const anchors = findAnchors(segment('Se https://www.Example.org/a/ eller skriv till info@example.org.'), 'sv');
    expect(brief(anchors)).toEqual(['url:https://www.Example.org/a/', 'email:info@example.org']);
    expect(anchors[0]?.key).toBe('example.org/a');
  });

  it('does not read the digits of a URL or e-mail as numbers', () => {
    const anchors = findAnchors(segment('http://example.org/2012/48 user2012@example.com'), 'en');
    expect(ofKind(anchors, 'number')).toEqual([]);
  });

  describe('names in cased scripts', () => {
    it('finds capitalised sequences as one entity with a folded key', () => {
      const anchors = findAnchors(segment('inrikeskommissionär Cecilia Malmström och justitieminister Eric Holder'), 'sv');
      expect(ofKind(anchors, 'entity').map((a) => [a.text, a.key])).toEqual([
        ['Cecilia Malmström', 'cecilia malmstrom'],
        ['Eric Holder', 'eric holder'],
      ]);
    });
    it('drops sentence-initial stopwords (The, Det, W) but keeps the name after them', () => {
      expect(ofKind(findAnchors(segment('The European Commission said so.'), 'en'), 'entity').map((a) => a.text)).toEqual(['European Commission']);
      expect(ofKind(findAnchors(segment('Det är därför samarbete behövs.'), 'sv'), 'entity')).toEqual([]);
      expect(ofKind(findAnchors(segment('W internecie krąży milion zdjęć.'), 'pl'), 'entity')).toEqual([]);
    });
    it('marks a lone capitalised sentence opener as weak, and a mid-sentence name as strong', () => {
      const anchors = ofKind(findAnchors(segment('Ministrar träffades i Washington.'), 'sv'), 'entity');
      expect(anchors.map((a) => [a.text, a.weak === true])).toEqual([['Ministrar', true], ['Washington', false]]);
    });
    it('treats a word after a bullet or opening quote as sentence-initial', () => {
      const anchors = ofKind(findAnchors(segment('  • Öka insatserna för offren'), 'sv'), 'entity');
      expect(anchors.map((a) => a.weak)).toEqual([true]);
    });
    it('does not treat a word after an abbreviation as sentence-initial', () => {
      const anchors = findAnchors(segment('Biura Narodów Zjednoczonych ds. Narkotyków i Przestępczości'), 'pl');
      expect(ofKind(anchors, 'entity').map((a) => [a.text, a.weak === true])).toEqual([
        ['Biura Narodów Zjednoczonych', false], ['Narkotyków', false], ['Przestępczości', false],
      ]);
    });
    it('cuts a lower-case suffix after a hyphen (EU-kommissionären → EU, Alliance-länderna → Alliance)', () => {
      const anchors = findAnchors(segment('lanserade EU-kommissionären och Global Alliance-länderna'), 'sv');
      expect(brief(anchors)).toEqual(['acronym:EU', 'entity:Global Alliance']);
    });
    it('does not take month names as names', () => {
      expect(ofKind(findAnchors(segment('It was launched in December by the Commission.'), 'en'), 'entity').map((a) => a.text)).toEqual(['Commission']);
    });
    it('joins a name particle only between capitalised words', () => {
      expect(ofKind(findAnchors(segment('said Ursula von der Leyen today'), 'en'), 'entity').map((a) => a.text)).toEqual(['Ursula von der Leyen']);
    });
    it('finds Cyrillic names with a transliterated key', () => {
      expect(ofKind(findAnchors(segment('встреча в городе Москва прошла'), 'ru'), 'entity').map((a) => a.key)).toEqual(['moskva']);
    });
  });

  describe('acronyms', () => {
    it('strips the Swedish genitive ":s" (USA:s → USA) and keys on lower case', () => {
      const [usa] = findAnchors(segment('och USA:s justitieminister'), 'sv');
      expect(usa).toMatchObject({ kind: 'acronym', text: 'USA', key: 'usa' });
    });
    it('finds UNODC and strips an English plural (NGOs → NGO)', () => {
      expect(brief(findAnchors(segment('the UNODC and several NGOs'), 'en'))).toEqual(['acronym:UNODC', 'acronym:NGO']);
    });
    it('does not take roman numerals or shouted headings as acronyms', () => {
      expect(findAnchors(segment('DELA MED SIG:'), 'sv')).toEqual([]);
      expect(ofKind(findAnchors(segment('during World War II the'), 'en'), 'acronym')).toEqual([]);
    });
  });

  it('finds no entities in Arabic text, but Latin acronyms inside it', () => {
    const anchors = findAnchors(segment('الشؤون الداخلية DG موقع الكتروني'), 'ar');
    expect(brief(anchors)).toEqual(['acronym:DG']);
  });

  it('returns anchors in text order', () => {
    const anchors = findAnchors(segment('Malmström sade 2012 att EU har 28 medlemsländer, se https://ec.europa.eu.'), 'sv');
    const starts = anchors.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(anchors.length).toBe(5);
  });
});

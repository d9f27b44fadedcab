import { describe, expect, it } from 'vitest';
import { cognateSimilarity, findNameCounterparts, nameKey, namesMatch, sharesCognatePrefix, transliterate } from '../../src/anchors/index.js';
import type { Anchor } from '../../src/types.js';

describe('transliterate', () => {
  it('maps Arabic letters to a Latin approximation', () => {
    expect(transliterate('مالمستروم')).toBe('malmstrwm');
    expect(transliterate('واشنطن')).toBe('washntn');
  });
  it('maps Cyrillic and Greek and folds Latin accents', () => {
    expect(transliterate('Москва')).toBe('moskva');
    expect(transliterate('Αθήνα')).toBe('athina');
    expect(transliterate('Malmström Łódź')).toBe('malmstrom lodz');
  });
});

describe('nameKey', () => {
  it.each([
    ['Malmström', 'مالمستروم'],
    ['Washington', 'واشنطن'],
    ['Twitter', 'تويتر'],
    ['Holder', 'هولدر'],
    ['Cecilia', 'سيسيليا'],
    ['Eric', 'إريك'],
    ['Thailand', 'تايلاند'],
  ])('gives %s and %s the same consonant skeleton', (latin, arabic) => {
    expect(nameKey(latin)).toBe(nameKey(arabic));
    expect(nameKey(latin).length).toBeGreaterThan(1);
  });
  it('keeps different names apart', () => {
    expect(nameKey('Malmström')).not.toBe(nameKey('Holder'));
  });
});

describe('namesMatch', () => {
  it('scores a name and its Arabic spelling high', () => {
    expect(namesMatch('Malmström', 'مالمستروم')).toBeGreaterThan(0.9);
    expect(namesMatch('Albanien', 'ألبانيا')).toBeGreaterThan(0.75);
  });
  it('scores an inflected form high (Albanii ~ Albanien, Malmströms ~ Malmström)', () => {
    expect(namesMatch('Albanii', 'Albanien')).toBeGreaterThan(0.75);
    expect(namesMatch('Malmströms', 'Malmström')).toBeGreaterThan(0.8);
  });
  it('scores different names low', () => {
    expect(namesMatch('Malmström', 'Holder')).toBeLessThan(0.5);
    expect(namesMatch('Malmström', 'هولدر')).toBeLessThan(0.5);
    expect(namesMatch('Washington', 'تويتر')).toBeLessThan(0.5);
  });
});

describe('findNameCounterparts', () => {
  const segment = (text: string, start = 100) => ({ index: 3, text, start, end: start + text.length, block: 0 });
  const entity = (text: string, key: string): Anchor => ({ kind: 'entity', text, key, start: 0, end: text.length });

  it('finds a two-word name in Arabic as one anchor with document offsets', () => {
    const seg = segment('بدعوة من مفوضة الشؤون الداخلية سيسيليا مالمستروم والمدعي العام');
    const [found] = findNameCounterparts([entity('Cecilia Malmström', 'cecilia malmstrom')], seg);
    expect(found).toMatchObject({ kind: 'entity', text: 'سيسيليا مالمستروم', key: 'cecilia malmstrom' });
    expect(seg.text.slice(found!.start - 100, found!.end - 100)).toBe('سيسيليا مالمستروم');
  });
  it('sees through Arabic clitics (في واشنطن, والمكسيك)', () => {
    const found = findNameCounterparts([entity('Washington', 'washington'), entity('Mexiko', 'mexiko')], segment('التقى في واشنطن وزراء من المكسيك'));
    expect(found.map((a) => a.text)).toEqual(['واشنطن', 'المكسيك']);
  });
  it('finds nothing when the name is not there', () => {
    expect(findNameCounterparts([entity('Holder', 'holder')], segment('قال مالمستروم في واشنطن'))).toEqual([]);
  });
  it('does not match a short name to a word with the same consonants but other vowels (Eric vs عرق)', () => {
    expect(findNameCounterparts([entity('Eric', 'eric')], segment('عرق'))).toEqual([]);
    expect(findNameCounterparts([entity('Eric', 'eric')], segment('إريك'))).toHaveLength(1);
  });
});

describe('cognateSimilarity', () => {
  it('is 1 for the same token up to case and accents', () => {
    expect(cognateSimilarity('Malmström', 'MALMSTROM')).toBe(1);
  });
  it('is high for near-identical tokens and low for different ones', () => {
    expect(cognateSimilarity('Europol', 'Europolu')).toBeGreaterThan(0.85);
    expect(cognateSimilarity('Washington', 'Twitter')).toBeLessThan(0.4);
  });
  it('is 0 when a side is empty', () => {
    expect(cognateSimilarity('', 'UNODC')).toBe(0);
  });
});

describe('sharesCognatePrefix', () => {
  it('holds for words sharing their first four folded letters', () => {
    expect(sharesCognatePrefix('Global', 'globalnego')).toBe(true);
    expect(sharesCognatePrefix('Ålder', 'alders')).toBe(true);
  });
  it('fails for short words and different prefixes', () => {
    expect(sharesCognatePrefix('EU', 'EU')).toBe(false);
    expect(sharesCognatePrefix('Global', 'Glob')).toBe(true);
    expect(sharesCognatePrefix('Global', 'Gala')).toBe(false);
  });
});

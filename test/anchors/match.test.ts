import { describe, expect, it } from 'vitest';
import { findAnchors, matchAnchors } from '../../src/anchors/index.js';
import type { Anchor, Segment } from '../../src/types.js';

const segment = (text: string, start = 0): Segment => ({ index: 0, text, start, end: start + text.length, block: 0 });
const number = (value: number, text = String(value), form: 'digits' | 'words' = 'digits'): Anchor => ({ kind: 'number', text, start: 0, end: text.length, key: String(value), value, form });

describe('matchAnchors', () => {
  it('pairs numbers by value across writings: 50 tys. = 50 000, ٢٠ = 20, 8,5 = ٨٫٥', () => {
    const pl = findAnchors(segment('dodawane jest 50 tys. nowych zdjęć, 20 i 8,5'), 'pl');
    const ar = findAnchors(segment('50 ألف و٢٠ و٨٫٥'), 'ar');
    const matches = matchAnchors(pl, ar);
    expect(matches.map((m) => [pl[m.source]!.text, ar[m.target]!.text])).toEqual([['50 tys.', '50 ألف'], ['20', '٢٠'], ['8,5', '٨٫٥']]);
    expect(matches.every((m) => m.strength === 1)).toBe(true);
  });
  it('never pairs numbers by substring (5 is not 15)', () => {
    expect(matchAnchors([number(5)], [number(15)])).toEqual([]);
  });
  it('pairs each occurrence once', () => {
    const matches = matchAnchors([number(12), number(12)], [number(12)]);
    expect(matches).toHaveLength(1);
  });
  it('pairs a number in words with digits, with less strength', () => {
    const [m] = matchAnchors([number(1e6, 'en miljon', 'words')], [number(1e6, '1 000 000')]);
    expect(m).toMatchObject({ source: 0, target: 0, kind: 'number' });
    expect(m!.strength).toBeLessThan(1);
  });
  it('pairs codes by key', () => {
    const sv = findAnchors(segment('(IP / 12 / 1308 och MEMO / 12 / 937)'), 'sv');
    const ar = findAnchors(segment('(IP/12/1308 و MEMO / 12 / 937)'), 'ar');
    expect(matchAnchors(sv, ar).map((m) => m.kind)).toEqual(['code', 'code']);
  });
  it('pairs inflected names (Malmströms ~ Malmström, Albanii ~ Albanien) and not different ones', () => {
    const sv = findAnchors(segment('enligt kommissionär Malmströms plan för Albanien'), 'sv');
    const pl = findAnchors(segment('według komisarz Malmström dla Albanii i Holdera'), 'pl');
    const matches = matchAnchors(sv, pl);
    expect(matches.map((m) => [sv[m.source]!.text, pl[m.target]!.text])).toEqual([['Malmströms', 'Malmström'], ['Albanien', 'Albanii']]);
  });
  it('pairs a one-word name with a longer name containing it', () => {
    const sv = findAnchors(segment('sa Malmström.'), 'sv');
    const pl = findAnchors(segment('mówi komisarz Cecilia Malmström.'), 'pl');
    expect(matchAnchors(sv, pl)).toHaveLength(1);
  });
  it('pairs acronyms by key and by their letters in another order (EU ~ UE)', () => {
    const sv = findAnchors(segment('stater utanför EU och UNODC'), 'sv');
    const pl = findAnchors(segment('państw spoza UE oraz UNODC'), 'pl');
    const matches = matchAnchors(sv, pl);
    expect(matches.map((m) => [sv[m.source]!.text, pl[m.target]!.text, m.strength])).toEqual([['UNODC', 'UNODC', 1], ['EU', 'UE', 0.75]]);
  });
  it('finds names in the Arabic text when it is given, with index -1 and the anchor in `found`', () => {
    const svText = 'På inbjudan av Cecilia Malmström och USA:s justitieminister Eric Holder träffades de i Washington (30 september).';
    const arText = 'بدعوة من سيسيليا مالمستروم والمدعي العام الأمريكي إريك هولدر ، التقى صناع القرار في واشنطن (30 September).';
    const arSegment = segment(arText, 500);
    const sv = findAnchors(segment(svText), 'sv');
    const ar = findAnchors(arSegment, 'ar');
    const matches = matchAnchors(sv, ar, svText, arSegment);
    const names = matches.filter((m) => m.target === -1).map((m) => [sv[m.source]!.text, m.found!.text]);
    expect(names).toEqual([['Cecilia Malmström', 'سيسيليا مالمستروم'], ['Eric Holder', 'إريك هولدر'], ['Washington', 'واشنطن']]);
    const found = matches.find((m) => m.target === -1)!.found!;
    expect(arText.slice(found.start - 500, found.end - 500)).toBe(found.text);
    expect(matches.filter((m) => m.kind === 'number')).toHaveLength(2);
  });
  it('does not search the text of a cased script for counterparts', () => {
    const sv = findAnchors(segment('sa Malmström'), 'sv');
    expect(matchAnchors(sv, [], undefined, 'powiedziała komisarz')).toEqual([]);
  });
  it('does not search for counterparts without the text', () => {
    const sv = findAnchors(segment('sa Malmström'), 'sv');
    expect(matchAnchors(sv, [])).toEqual([]);
  });
});

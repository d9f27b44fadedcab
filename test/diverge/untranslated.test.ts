import { describe, expect, it } from 'vitest';
import { detectSameLanguage, detectUntranslated } from '../../src/diverge/index.js';
import { contextOf } from './build-context.js';

describe('detectUntranslated', () => {
  it('reports an English month name left inside Arabic text, even when the source has the same month', () => {
    const found = detectUntranslated(contextOf([
      { source: 'Mötet hölls den 30 september.', target: 'عقد الاجتماع في (30 September).' },
      { source: 'Den 5 december 2012 lanserades alliansen.', target: 'في 5 December 2012 ، أطلق التحالف.' },
    ]));
    expect(found.map((d) => [d.side, d.text, d.category])).toEqual([
      ['target', 'September', 'month-name'], ['target', 'December', 'month-name'],
    ]);
    expect(found[0]!.message).toContain('English');
  });

  it('accepts Latin names, acronyms and codes kept from the other side', () => {
    const found = detectUntranslated(contextOf([
      { source: 'GD Inrikes frågor och IP / 12 / 1308 och Europol.', target: 'الشؤون الداخلية DG و IP / 12 / 1308 و Europol.' },
    ]));
    expect(found).toEqual([]);
  });

  it('reports lower-case Latin words in Arabic text that the other side does not have', () => {
    const found = detectUntranslated(contextOf([{ source: 'Barnen är säkra på nätet.', target: 'الأطفال آمنون online.' }]));
    expect(found.map((d) => [d.text, d.category])).toEqual([['online', 'foreign-script']]);
  });

  it('reports a sentence copied verbatim from the other side', () => {
    const found = detectUntranslated(contextOf([
      { source: 'The ministers met in Washington on Monday.', target: 'The ministers met in Washington on Monday.' },
    ], { source: 'en', target: 'sv' }));
    expect(found.map((d) => [d.side, d.category])).toEqual([['target', 'copied']]);
  });

  it('does not call a copied web address or e-mail address untranslated', () => {
    const found = detectUntranslated(contextOf([
      { source: 'https://home-affairs.example.eu/what-we-do/policies', target: 'https://home-affairs.example.eu/what-we-do/policies' },
    ], { source: 'en', target: 'sv' }));
    expect(found).toEqual([]);
  });

  it('does not call a copy untranslated when both sides are in one language', () => {
    const found = detectUntranslated(contextOf([
      { source: 'The ministers met in Washington on Monday.', target: 'The ministers met in Washington on Monday.' },
    ], { source: 'und', target: 'und' }));
    expect(found).toEqual([]);
  });

  it('does not call a heading of names a copy', () => {
    expect(detectUntranslated(contextOf([{ source: 'Cecilia Malmström', target: 'Cecilia Malmström' }], { source: 'sv', target: 'pl' }))).toEqual([]);
  });

  it('reports an English name block inside a Swedish sentence as info', () => {
    const found = detectUntranslated(contextOf([{
      source: 'Konferensen för Global Alliance against Child Sexual Abuse Online hölls i Washington.',
      target: 'عقد مؤتمر التحالف العالمي في واشنطن.',
    }]));
    expect(found.map((d) => [d.text, d.severity, d.category])).toEqual([
      ['Global Alliance against Child Sexual Abuse Online', 'info', 'foreign-name'],
    ]);
  });

  it('does not take names joined by the own language\'s words for a foreign block ("Bosnien och Hercegovina")', () => {
    const found = detectUntranslated(contextOf([{
      source: 'Länderna är Bosnien och Hercegovina, Costa Rica och Nya Zeeland.',
      target: 'البلدان هي البوسنة والهرسك وكوستاريكا ونيوزيلندا.',
    }]));
    expect(found).toEqual([]);
  });
});

describe('detectSameLanguage', () => {
  it('reports two versions in the same language once, for the whole document', () => {
    const found = detectSameLanguage(contextOf([{ source: 'Hej på dig.', target: 'Hej på er.' }], { source: 'sv', target: 'sv' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'same-language', side: 'both', category: 'same-language' });
  });

  it('reports a target that is mostly copies of the source', () => {
    const beads = ['Det regnar idag.', 'Solen skiner imorgon.', 'Vi ses på måndag.'].map((s) => ({ source: s, target: s }));
    const found = detectSameLanguage(contextOf(beads, { source: 'sv', target: 'en' }));
    expect(found.map((d) => d.category)).toEqual(['copied-document']);
  });

  it('says nothing about a real translation', () => {
    expect(detectSameLanguage(contextOf([{ source: 'Det regnar idag.', target: 'It is raining today.' }], { source: 'sv', target: 'en' }))).toEqual([]);
  });
});

/**
 * Rules added for news and magazine pages as a scraper delivers them (held-out 11): a menu or tag entry
 * that is one abbreviated word on its own line, and the titles of advocates in Polish court news. Each
 * rule has cases where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

describe('segment: a one-word line ending in a full stop is a unit of its own', () => {
  it('splits a menu entry that is an abbreviation from the entries around it', () => {
    const menu = 'Skip to main content\nWorld\nU.S.\nBusiness\nOpinion';
    expect(sentences(menu, 'en')).toEqual(['Skip to main content', 'World', 'U.S.', 'Business', 'Opinion']);
    expect(sentences('Sport\nU.K.\nTech', 'en')).toEqual(['Sport', 'U.K.', 'Tech']);
    expectLossless(menu, 'en');
  });

  it('goes on when the next line starts in lower case', () => {
    expect(sentences('U.S.\ntroops crossed the river.', 'en')).toEqual(['U.S.\ntroops crossed the river.']);
  });

  it('leaves a list number alone on its line with its item', () => {
    expect(sentences('1.\nOpen the menu.\n2.\nPress Save.', 'en')).toEqual(['1.\nOpen the menu.', '2.\nPress Save.']);
  });

  it('still keeps a title with its name on the same line', () => {
    expect(sentences('World\nThe report by Dr. Jane Doe was published.', 'en')).toEqual([
      'World',
      'The report by Dr. Jane Doe was published.',
    ]);
  });
});

describe('segment: Polish advocates\' titles', () => {
  it('goes on after "mec." and "adw." before a name', () => {
    expect(sentences('Pełnomocnik mieszkańców, mec. Adam Zieliński, powiedział PAP, że to ulga.', 'pl')).toEqual([
      'Pełnomocnik mieszkańców, mec. Adam Zieliński, powiedział PAP, że to ulga.',
    ]);
    expect(sentences('Sprawę prowadzi adw. Anna Nowak z Krakowa.', 'pl')).toEqual(['Sprawę prowadzi adw. Anna Nowak z Krakowa.']);
  });

  it('still ends a sentence at a word that only starts like them', () => {
    expect(sentences('Wygraliśmy mecz. Adam strzelił gola.', 'pl')).toEqual(['Wygraliśmy mecz.', 'Adam strzelił gola.']);
  });
});

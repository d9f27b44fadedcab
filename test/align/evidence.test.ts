import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/index.js';
import { nameSkeletons, stemOf, stripArabicClitics, uncasedNameSkeletons } from '../../src/align/stems.js';
import type { Bead } from '../../src/types.js';

const shape = (beads: Bead[]) => beads.map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]`).join(' ');

describe('stemOf', () => {
  it('folds inflected forms of a cased-script word to one stem', () => {
    expect(stemOf('konferensen')).toBe(stemOf('konferenser'));
    expect(stemOf('offizielle')).toBe(stemOf('offiziellen'));
  });

  it('keeps different words apart', () => {
    expect(stemOf('konferensen')).not.toBe(stemOf('kontoret'));
  });

  it('strips Arabic conjunctions, prepositions and the article before taking the stem', () => {
    const bare = stemOf('أطفال');
    expect(stemOf('الأطفال')).toBe(bare);
    expect(stemOf('والأطفال')).toBe(bare);
    expect(stemOf('للأطفال')).toBe(bare);
  });

  it('does not strip a clitic-looking letter from a short Arabic word', () => {
    // ولد (boy): stripping و would leave two letters.
    expect(stripArabicClitics('ولد')).toBe('ولد');
  });
});

describe('name skeletons', () => {
  it('give a Latin name and its Arabic transliteration a common key, through a joined conjunction', () => {
    const latin = nameSkeletons('Cecilia Malmström');
    const arabic = uncasedNameSkeletons('ومالمستروم');
    expect(latin.some((key) => arabic.includes(key))).toBe(true);
  });

  it('ignore skeletons too short to tell a name from a common word', () => {
    expect(uncasedNameSkeletons('في')).toEqual([]);
    expect(nameSkeletons('Al')).toEqual([]);
  });

  it('do not match unrelated names', () => {
    const latin = nameSkeletons('Eric Holder');
    expect(latin.some((key) => uncasedNameSkeletons('مالمستروم').includes(key))).toBe(false);
  });
});

describe('alignSegments evidence', () => {
  it('pairs Swedish names with their Arabic transliterations when lengths alone would mislead', () => {
    // The extra Arabic line has the length of the first Swedish line; only the names say it is extra.
    const sv = ['Malmström mötte Holder.', 'Rapporten kommer i mars och blir lång.'];
    const ar = ['سيتم نشر التقرير قريبا.', 'التقت مالمستروم مع هولدر في العاصمة واشنطن اليوم.', 'سيصدر التقرير في مارس وسيكون طويلا.'];
    const beads = alignSegments({ texts: sv, language: 'sv' }, { texts: ar, language: 'ar' });
    expect(shape(beads)).toBe('[]:[0] [0]:[1] [1]:[2]');
  });

  it('still pairs two short unpunctuated lines that share a name', () => {
    const sv = ['Konferensen i Washington samlade 54 länder.', 'Följ Malmström på Twitter'];
    const en = ['The conference in Washington brought together 54 countries.', 'Follow Malmström on Twitter'];
    const beads = alignSegments({ texts: sv, language: 'sv' }, { texts: en, language: 'en' });
    expect(shape(beads)).toBe('[0]:[0] [1]:[1]');
  });

  it('finds the same beads on a long document as on its parts (the sliding window keeps the true path)', () => {
    // 120 copies of a small document with a line of chrome: long enough for the sliding-window search.
    const sv = ['Mötet i Washington samlade 54 länder.', 'Malmström talade om barn.', 'Dela den här artikeln', 'Rapporten kom 2013.'];
    const en = ['The meeting in Washington gathered 54 countries.', 'Malmström spoke about children.', 'The report came out in 2013.'];
    const part = shape(alignSegments({ texts: sv, language: 'sv' }, { texts: en, language: 'en' }));
    expect(part).toBe('[0]:[0] [1]:[1] [2]:[] [3]:[2]');
    const copies = 120;
    const beads = alignSegments(
      { texts: Array.from({ length: copies }, () => sv).flat(), language: 'sv' },
      { texts: Array.from({ length: copies }, () => en).flat(), language: 'en' },
    );
    const expected = Array.from({ length: copies }, (_, c) => {
      const [i, j] = [4 * c, 3 * c];
      return `[${i}]:[${j}] [${i + 1}]:[${j + 1}] [${i + 2}]:[] [${i + 3}]:[${j + 2}]`;
    }).join(' ');
    expect(shape(beads)).toBe(expected);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/index.js';
import { bandAroundPath, fullBand, searchBand } from '../../src/align/search.js';
import type { Bead } from '../../src/types.js';

const shape = (beads: Bead[]) => beads.map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]`).join(' ');

/** Every segment in exactly one bead, in order, each side contiguous and ascending. */
function expectPartition(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
}

// A small Swedish–English document: each sentence has a number or a name, as news text usually does.
const sv = [
  'Konferensen i Washington samlade 54 länder den 30 september.',
  'Cecilia Malmström talade om skyddet av barn på nätet.',
  'Enligt UNODC finns det 50 000 nya bilder varje år.',
  'Eric Holder lovade att USA fortsätter arbetet under 2014.',
  'Nästa möte hålls i Bryssel i mars 2015.',
  'Rapporten publiceras på www.example.org före den 1 december.',
];
const en = [
  'The conference in Washington brought together 54 countries on 30 September.',
  'Cecilia Malmström spoke about protecting children online.',
  'According to UNODC there are 50 000 new images every year.',
  'Eric Holder promised that the USA will continue the work in 2014.',
  'The next meeting will be held in Brussels in March 2015.',
  'The report will be published at www.example.org before 1 December.',
];
const identity = (k: number) => Array.from({ length: k }, (_, i) => `[${i}]:[${i}]`).join(' ');

describe('alignSegments', () => {
  it('pairs a faithful translation 1-1', () => {
    const beads = alignSegments({ texts: sv, language: 'sv' }, { texts: en, language: 'en' });
    expect(shape(beads)).toBe(identity(6));
    expectPartition(beads, 6, 6);
  });

  it('leaves page chrome on the source side in a 1-0 bead instead of merging it into a neighbour', () => {
    const withChrome = [...sv.slice(0, 3), 'Dela den här artikeln', ...sv.slice(3)];
    const beads = alignSegments({ texts: withChrome, language: 'sv' }, { texts: en, language: 'en' });
    expect(shape(beads)).toBe('[0]:[0] [1]:[1] [2]:[2] [3]:[] [4]:[3] [5]:[4] [6]:[5]');
  });

  it('leaves a target sentence the source omits in a 0-1 bead', () => {
    const withExtra = [...en.slice(0, 2), 'Read more: cookie settings and privacy policy.', ...en.slice(2)];
    const beads = alignSegments({ texts: sv, language: 'sv' }, { texts: withExtra, language: 'en' });
    expect(shape(beads)).toBe('[0]:[0] [1]:[1] []:[2] [2]:[3] [3]:[4] [4]:[5] [5]:[6]');
  });

  it('finds a 2-1 bead where the target joins two source sentences', () => {
    const joined = [en[0]!, `${en[1]!} ${en[2]!}`, ...en.slice(3)];
    const beads = alignSegments({ texts: sv, language: 'sv' }, { texts: joined, language: 'en' });
    expect(shape(beads)).toBe('[0]:[0] [1,2]:[1] [3]:[2] [4]:[3] [5]:[4]');
  });

  it('finds a 1-2 bead where the source joins two target sentences', () => {
    const joined = [...sv.slice(0, 3), `${sv[3]!} ${sv[4]!}`, sv[5]!];
    const beads = alignSegments({ texts: joined, language: 'sv' }, { texts: en, language: 'en' });
    expect(shape(beads)).toBe('[0]:[0] [1]:[1] [2]:[2] [3]:[3,4] [4]:[5]');
  });

  it('finds a 2-2 bead where both sides split one passage differently', () => {
    // The names and numbers sit on different sides of the break in each language.
    const source = [sv[0]!, 'Cecilia Malmström och Eric Holder talade i Washington', 'om 54 länder och 50 000 bilder.', ...sv.slice(3)];
    const target = [en[0]!, 'Cecilia Malmström spoke', 'with Eric Holder in Washington about 54 countries and 50 000 images.', ...en.slice(3)];
    const beads = alignSegments({ texts: source, language: 'sv' }, { texts: target, language: 'en' });
    expect(shape(beads)).toBe('[0]:[0] [1,2]:[1,2] [3]:[3] [4]:[4] [5]:[5]');
  });

  it('lets numbers decide between two sentences of the same length', () => {
    // Two target sentences that differ only in their numbers; the source sentence keeps the second's.
    const source = ['Priset steg med 12 procent under 1999.'];
    const target = ['The price rose by 17 percent in 2003.', 'The price rose by 12 percent in 1999.'];
    const beads = alignSegments({ texts: source, language: 'sv' }, { texts: target, language: 'en' });
    expect(shape(beads)).toBe('[]:[0] [0]:[1]');
  });

  it('reads numbers in other digit systems when it finds the anchors itself', () => {
    const source = ['Mötet hölls 2014 med 54 länder.', 'Det var 2013 med 48 länder.', 'Året innan, 2012, var de 40.'];
    const target = ['عقد الاجتماع عام ٢٠١٣ بمشاركة ٤٨ دولة.', 'وفي العام السابق ٢٠١٢ كانت ٤٠.'];
    const beads = alignSegments({ texts: source, language: 'sv' }, { texts: target, language: 'ar' });
    expect(shape(beads)).toBe('[0]:[] [1]:[0] [2]:[1]');
  });

  it('uses a caller-supplied similarity in the same search', () => {
    const source = ['Xq zv.', 'Wr tp.'];
    const target = ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.'];
    const calls: [string[], string[]][] = [];
    const beads = alignSegments({ texts: source }, { texts: target }, {
      similarity: (s, t) => {
        calls.push([s, t]);
        return s.length === 1 && s[0] === 'Wr tp.' ? 1 : 0;
      },
    });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every(([s, t]) => s.length > 0 && t.length > 0)).toBe(true);
    expect(shape(beads)).toBe('[0]:[] [1]:[0]');
  });

  it('gives every segment to a one-sided bead when the other side is empty', () => {
    expect(shape(alignSegments({ texts: ['a', 'b'] }, { texts: [] }))).toBe('[0]:[] [1]:[]');
    expect(shape(alignSegments({ texts: [] }, { texts: ['a'] }))).toBe('[]:[0]');
    expect(alignSegments({ texts: [] }, { texts: [] })).toEqual([]);
  });

  it('scores confident pairs higher than a forced pair of unrelated sentences', () => {
    const beads = alignSegments({ texts: sv, language: 'sv' }, { texts: en, language: 'en' });
    expect(Math.min(...beads.map((b) => b.score))).toBeGreaterThan(0.5);
  });

  it('puts every segment in exactly one bead, in order, and is deterministic (property)', () => {
    const sentence = fc.stringMatching(/^[A-Za-zåäö0-9 ,.]{1,60}$/);
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 25 }), fc.array(sentence, { maxLength: 25 }), (source, target) => {
        const beads = alignSegments({ texts: source }, { texts: target });
        expectPartition(beads, source.length, target.length);
        expect(alignSegments({ texts: source }, { texts: target })).toEqual(beads);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the partition on long inputs searched window by window', () => {
    const source = Array.from({ length: 800 }, (_, i) => `Mening nummer ${i} har ${i % 7} ord.`);
    const target = Array.from({ length: 750 }, (_, i) => `Sentence number ${i} has ${i % 7} words.`);
    const beads = alignSegments({ texts: source }, { texts: target });
    expectPartition(beads, 800, 750);
    // The numbers tie sentence k to sentence k; the 50 extra source sentences come last.
    expect(beads.slice(0, 750).every((b, k) => b.source[0] === k && b.target[0] === k)).toBe(true);
  });
});

describe('searchBand', () => {
  it('finds the cheapest path through a full band', () => {
    // Types: 1-1, 1-0, 0-1. Diagonal beads cost 0 except (1,1), which is expensive: the path goes round it.
    const types = [{ a: 1, b: 1 }, { a: 1, b: 0 }, { a: 0, b: 1 }];
    const steps = searchBand(fullBand(3, 3), types, (i, j, t) => (t === 0 ? (i === 1 && j === 1 ? 10 : 0) : 1));
    expect(steps.reduce((sum, s) => sum + s.cost, 0)).toBe(2);
    expect(steps.some((s) => s.type === 0 && s.i === 1 && s.j === 1)).toBe(false);
  });

  it('prices the skips ending at a node first, so that a 1-1 bead is told the cost it must beat', () => {
    const types = [{ a: 1, b: 1 }, { a: 1, b: 0 }, { a: 0, b: 1 }];
    const limits: number[] = [];
    searchBand(fullBand(4, 4), types, (i, j, t, _before, limit) => {
      if (t === 0 && i > 0 && j > 0) limits.push(limit ?? Infinity);
      return t === 0 ? 3 : 1;
    });
    expect(limits.length).toBe(9);
    expect(limits.every((limit) => Number.isFinite(limit))).toBe(true);
  });

  it('gives a tie to the shape listed first, as pricing the shapes in list order does', () => {
    // One 1-1 bead or two skips, both costing 2: the 1-1 bead is listed first and wins, though priced last.
    const types = [{ a: 1, b: 1 }, { a: 1, b: 0 }, { a: 0, b: 1 }];
    const steps = searchBand(fullBand(1, 1), types, (_i, _j, t) => (t === 0 ? 2 : 1));
    expect(steps.map((s) => s.type)).toEqual([0]);
    // Listed the other way round, the skips win the same tie.
    const skipsFirst = [{ a: 1, b: 0 }, { a: 0, b: 1 }, { a: 1, b: 1 }];
    const other = searchBand(fullBand(1, 1), skipsFirst, (_i, _j, t) => (t === 2 ? 2 : 1));
    expect(other.map((s) => s.type)).toEqual([1, 0]);
  });

  it('stays inside a band built around a path, even between distant path nodes', () => {
    const nodesI = Int32Array.from([0, 5, 10]);
    const nodesJ = Int32Array.from([0, 5, 10]);
    const band = bandAroundPath(nodesI, nodesJ, 10, 10, 1);
    const steps = searchBand(band, [{ a: 1, b: 1 }, { a: 1, b: 0 }, { a: 0, b: 1 }], () => 1);
    for (const s of steps) {
      expect(s.j).toBeGreaterThanOrEqual(band.lo[s.i]!);
      expect(s.j).toBeLessThanOrEqual(band.hi[s.i]!);
    }
  });
});

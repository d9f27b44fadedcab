import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/index.js';
import type { Bead } from '../../src/types.js';

/**
 * Long input (beyond the size where the whole grid is searched) goes through the sliding-window search.
 * These documents are concatenations of small hand-made Swedish–English articles, so the right answer is
 * known: the concatenation of each article's own alignment, shifted by its offsets.
 */

const shape = (beads: readonly Bead[]) => beads.map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]`);

interface Article {
  source: string[];
  target: string[];
}

const CITIES = ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Lund', 'Umeå', 'Luleå'];
const PEOPLE = ['Anna Lindqvist', 'Omar Haddad', 'Ewa Kowalska', 'Jonas Berg', 'Leila Nasser', 'Piotr Nowak'];

/** Article `k`: seven sentence pairs, each with its own numbers and names, so no two articles are alike. */
function article(k: number): Article {
  const city = CITIES[k % CITIES.length]!;
  const person = PEOPLE[k % PEOPLE.length]!;
  const year = 1990 + (k % 30);
  return {
    source: [
      `${city}: kommunen fattade beslut ${k + 3} mars ${year}.`,
      `${person} presenterade rapporten om ${120 + k} nya bostäder.`,
      `Budgeten ökade med ${7 + (k % 11)} procent jämfört med året innan.`,
      `Enligt ${person} ska arbetet vara klart ${year + 2}.`,
      `Fler än ${4000 + 13 * k} invånare svarade på enkäten om kollektivtrafiken i ${city}.`,
      `Mötet avslutades klockan ${10 + (k % 9)}.30.`,
      `Läs mer på www.kommun${k}.se?`,
    ],
    target: [
      `${city}: the municipality took the decision on ${k + 3} March ${year}.`,
      `${person} presented the report on ${120 + k} new homes.`,
      `The budget grew by ${7 + (k % 11)} percent compared with the year before.`,
      `According to ${person} the work will be finished in ${year + 2}.`,
      `More than ${4000 + 13 * k} residents answered the survey about public transport in ${city}.`,
      `The meeting closed at ${10 + (k % 9)}.30.`,
      `Read more at www.kommun${k}.se?`,
    ],
  };
}

/** Injects one-sided lines: page chrome in some articles' source, an untranslated line in others' target. */
function withOneSided(k: number, a: Article): Article {
  const source = [...a.source];
  const target = [...a.target];
  if (k % 7 === 3) source.splice(2, 0, 'Dela artikeln');
  if (k % 11 === 5) target.splice(4, 0, 'Subscribe to our newsletter');
  return { source, target };
}

function concatenate(articles: readonly Article[]) {
  const source: string[] = [];
  const target: string[] = [];
  const expected: string[] = [];
  for (const a of articles) {
    const own = alignSegments({ texts: a.source, language: 'sv' }, { texts: a.target, language: 'en' });
    const i0 = source.length;
    const j0 = target.length;
    for (const b of own) expected.push(`[${b.source.map((i) => i + i0).join(',')}]:[${b.target.map((j) => j + j0).join(',')}]`);
    source.push(...a.source);
    target.push(...a.target);
  }
  return { source, target, expected };
}

describe('alignSegments on long documents', () => {
  // About 2 100 segments a side: about eleven windows of the sliding-window search, so commits and restarts are tested.
  const articles = Array.from({ length: 300 }, (_, k) => withOneSided(k, article(k)));
  const long = concatenate(articles);

  it('is long enough to take the sliding-window search', () => {
    // 550 × 550 nodes is where the whole grid stops being searched.
    expect((long.source.length + 1) * (long.target.length + 1)).toBeGreaterThan(300_000);
  });

  it('gives the concatenation of the articles aligned one by one', () => {
    const beads = alignSegments({ texts: long.source, language: 'sv' }, { texts: long.target, language: 'en' });
    expect(shape(beads)).toEqual(long.expected);
  });

  it('keeps the injected one-sided lines one-sided', () => {
    const beads = alignSegments({ texts: long.source, language: 'sv' }, { texts: long.target, language: 'en' });
    const oneSided = beads.filter((b) => b.source.length === 0 || b.target.length === 0);
    const injected = long.source.filter((t) => t === 'Dela artikeln').length + long.target.filter((t) => t === 'Subscribe to our newsletter').length;
    expect(injected).toBeGreaterThan(15);
    expect(oneSided).toHaveLength(injected);
    for (const b of oneSided) {
      const text = b.source.length > 0 ? long.source[b.source[0]!] : long.target[b.target[0]!];
      expect(['Dela artikeln', 'Subscribe to our newsletter']).toContain(text);
    }
  });

  it('finds the way back after a long untranslated stretch on one side', () => {
    // 120 target-only lines in the middle: more than a window's band is wide, so the search must follow
    // the evidence rather than the length-predicted diagonal.
    const extra = Array.from({ length: 120 }, (_, k) => `Annons ${k}: köp nu`);
    const first = concatenate(articles.slice(0, 150));
    const second = concatenate(articles.slice(150));
    const source = [...first.source, ...second.source];
    const target = [...first.target, ...extra, ...second.target];
    const beads = alignSegments({ texts: source, language: 'sv' }, { texts: target, language: 'en' });
    const lastPairs = shape(beads.filter((b) => b.source.length > 0 && b.target.length > 0).slice(-100));
    const shift = (s: string) =>
      s.replace(/\[([\d,]*)\]:\[([\d,]*)\]/, (_, a: string, b: string) =>
        `[${a.split(',').map((x) => Number(x) + first.source.length).join(',')}]:[${b.split(',').map((x) => Number(x) + first.target.length + extra.length).join(',')}]`);
    const expectedPairs = second.expected.filter((s) => !s.includes('[]')).map(shift).slice(-100);
    expect(lastPairs).toEqual(expectedPairs);
  });
});

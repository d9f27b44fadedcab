import { describe, expect, it } from 'vitest';
import { BEAD_TYPES } from '../../src/align/scoring.js';
import { type BeadCost, fullBand, type PathStep, searchBand } from '../../src/align/search.js';
import { narrowedSearch, SHORT_GUIDE_RADIUS, shortFirstPass } from '../../src/align/short.js';
import { pathOfTypes } from './known-paths.js';

/**
 * The passes on short input: the first a guide near the length diagonal, every bead shape in a band around
 * it, and the whole grid whenever a path meets its band's edge; the second and third a narrow band around the
 * previous path first, the whole of their band when the path meets the narrow one's edge. Specified with a made-up cost: beads of a known
 * path cost nothing, every other bead one per segment, so the cheapest path is the known one and a search
 * whose band cannot reach it shows.
 */

/** The made-up cost, counting the beads it prices. */
function costOf(path: readonly PathStep[]): { cost: BeadCost; priced: () => number } {
  const known = new Set(path.map((s) => `${s.i},${s.j},${s.type}`));
  let priced = 0;
  const cost: BeadCost = (i, j, type) => {
    priced++;
    return known.has(`${i},${j},${type}`) ? 0 : BEAD_TYPES[type]!.a + BEAD_TYPES[type]!.b;
  };
  return { cost, priced: () => priced };
}

const shapesOf = (steps: readonly PathStep[]) => steps.map((s) => `${s.i},${s.j},${s.type}`);

describe('shortFirstPass', () => {
  it("finds the whole grid's path, with every bead shape, pricing far fewer beads", () => {
    // An article: mostly 1-1, every merged shape once, a paragraph (five sentences) missing on one side.
    const types = Array.from({ length: 60 }, (_, k) => (k % 5 === 2 ? 3 + ((k / 5) % 9 | 0) : 0));
    types.splice(30, 0, 1, 1, 1, 1, 1);
    const truth = pathOfTypes(types);
    const whole = costOf(truth.steps);
    const expected = searchBand(fullBand(truth.source.count, truth.target.count), BEAD_TYPES, whole.cost);
    expect(shapesOf(expected)).toEqual(shapesOf(truth.steps));
    const banded = costOf(truth.steps);
    expect(shapesOf(shortFirstPass(truth.source, truth.target, banded.cost))).toEqual(shapesOf(truth.steps));
    expect(banded.priced()).toBeLessThan(whole.priced() / 2);
  });

  it('searches the whole grid when the path leaves the band around the length diagonal', () => {
    // Thirty target segments with no counterpart before the first 1-1 bead: by length, the source should
    // meet the target far earlier than it does, further than the guide's band reaches.
    const types = [...Array.from({ length: 30 }, () => 2), ...Array.from({ length: 40 }, () => 0)];
    const truth = pathOfTypes(types);
    expect(30 / 2).toBeGreaterThan(SHORT_GUIDE_RADIUS);
    const { cost } = costOf(truth.steps);
    expect(shapesOf(shortFirstPass(truth.source, truth.target, cost))).toEqual(shapesOf(truth.steps));
  });

  it('covers the grid: the steps run from (0, 0) to (n, m) without gaps', () => {
    const truth = pathOfTypes(Array.from({ length: 40 }, (_, k) => (k % 7 === 3 ? 4 : 0)));
    const { cost } = costOf(truth.steps.slice(0, 5)); // beyond the first beads, nothing is known
    let i = 0;
    let j = 0;
    for (const step of shortFirstPass(truth.source, truth.target, cost)) {
      expect([step.i, step.j]).toEqual([i, j]);
      i += BEAD_TYPES[step.type]!.a;
      j += BEAD_TYPES[step.type]!.b;
    }
    expect([i, j]).toEqual([truth.source.count, truth.target.count]);
  });
});

describe('narrowedSearch', () => {
  // The true path leaves the diagonal for twenty rows: six target segments without counterpart, later six
  // source segments; the previous pass's path is the diagonal.
  const types = [...Array.from({ length: 10 }, () => 0), ...Array.from({ length: 6 }, () => 2), ...Array.from({ length: 20 }, () => 0), ...Array.from({ length: 6 }, () => 1), ...Array.from({ length: 10 }, () => 0)];
  const truth = pathOfTypes(types);
  const n = truth.source.count;
  const m = truth.target.count;
  const diagonal: PathStep[] = Array.from({ length: n }, (_, k) => ({ i: k, j: k, type: 0, cost: 0 }));

  it('keeps to the narrow band when the path found stays inside it', () => {
    const near = pathOfTypes([...Array.from({ length: 20 }, () => 0), 2, 1, ...Array.from({ length: 20 }, () => 0)]);
    const whole = costOf(near.steps);
    const expected = searchBand(fullBand(near.source.count, near.target.count), BEAD_TYPES, whole.cost);
    const narrowed = costOf(near.steps);
    const previous: PathStep[] = Array.from({ length: near.source.count }, (_, k) => ({ i: k, j: k, type: 0, cost: 0 }));
    const found = narrowedSearch(previous, fullBand(near.source.count, near.target.count), narrowed.cost, 2);
    expect(shapesOf(found)).toEqual(shapesOf(expected));
    expect(shapesOf(found)).toEqual(shapesOf(near.steps));
    expect(narrowed.priced()).toBeLessThan(whole.priced() / 2);
  });

  it('searches the whole band when the path found meets the narrow band\'s edge', () => {
    expect([n, m]).toEqual([diagonal.length, diagonal.length]);
    const { cost } = costOf(truth.steps);
    expect(shapesOf(narrowedSearch(diagonal, fullBand(n, m), cost, 2))).toEqual(shapesOf(truth.steps));
  });
});

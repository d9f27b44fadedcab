import { describe, expect, it } from 'vitest';
import { FIRST_PASS_TYPES, GUIDE_TYPES, longFirstPass, type ScoreWindow, windowedGuide } from '../../src/align/long.js';
import { BEAD_TYPES } from '../../src/align/scoring.js';
import type { Band, PathStep } from '../../src/align/search.js';
import { pathOfTypes } from './known-paths.js';

/**
 * The first pass on long input: a cheap guide (a sliding window with 1-1 beads and skips only), then the
 * first pass's bead shapes in a narrow band around the guide. Specified here with a made-up cost: beads of
 * a known path cost nothing, every other bead costs something, so the cheapest path is the known one and a
 * search that cannot reach it shows.
 */

/**
 * A long pair's true path: mostly 1-1 beads, with every merged shape of the first pass and skips spread
 * through it.
 */
function knownPath(beads: number) {
  const shapes = [3, 4, 1, 2, 5, 6, 7]; // 2-1, 1-2, 1-0, 0-1, 2-2, 3-1, 1-3: BEAD_TYPES indices
  return pathOfTypes(Array.from({ length: beads }, (_, k) => (k % 9 === 4 ? shapes[(k / 9) % shapes.length | 0]! : 0)));
}

/** Scores every window with the made-up cost: 0 for a bead of `path`, 1 per segment for any other. */
function scoreByPath(path: readonly PathStep[]): { scoreWindow: ScoreWindow; windows: number[] } {
  const known = new Set(path.map((s) => `${s.i},${s.j},${s.type}`));
  const windows: number[] = [];
  const scoreWindow: ScoreWindow = (i0: number, _i1: number, j0: number, _j1: number, _band: Band) => {
    windows.push(i0);
    const own = (i: number, j: number, type: number) => known.has(`${i + i0},${j + j0},${type}`);
    return {
      cost: (i, j, type) => (own(i, j, type) ? 0 : BEAD_TYPES[type]!.a + BEAD_TYPES[type]!.b),
      similarity: (i, a, j, b) => (a === 1 && b === 1 && own(i, j, 0) ? 1 : 0),
    };
  };
  return { scoreWindow, windows };
}

const shapesOf = (steps: readonly PathStep[]) => steps.map((s) => `${s.i},${s.j},${s.type}`);

describe('longFirstPass', () => {
  const truth = knownPath(3000);
  const n = truth.source.count;
  const m = truth.target.count;

  it('finds a path with every merged shape of the first pass, which its guide cannot take', () => {
    // knownPath uses BEAD_TYPES up to index 7 (1-3): the first pass's shapes must include them.
    expect(FIRST_PASS_TYPES).toBeGreaterThanOrEqual(8);
    const { scoreWindow } = scoreByPath(truth.steps);
    const found = longFirstPass(truth.source, truth.target, scoreWindow);
    expect(shapesOf(found.steps)).toEqual(shapesOf(truth.steps));
    // The guide alone has only 1-1 beads and skips: it cannot be the known path.
    const guide = windowedGuide(truth.source, truth.target, BEAD_TYPES.slice(0, GUIDE_TYPES), scoreWindow);
    expect(guide.every((s) => s.type <= 2)).toBe(true);
    expect(shapesOf(guide)).not.toEqual(shapesOf(truth.steps));
  });

  it('reports the 1-1 beads that are similar enough as confident, in document coordinates', () => {
    const { scoreWindow } = scoreByPath(truth.steps);
    const found = longFirstPass(truth.source, truth.target, scoreWindow);
    const expected = truth.steps.filter((s) => s.type === 0).map((s) => [s.i, s.j]);
    expect(found.confident).toEqual(expected);
  });

  it('covers the grid: the steps run from (0, 0) to (n, m) without gaps', () => {
    const { scoreWindow } = scoreByPath(truth.steps.slice(0, 100)); // beyond the first beads, nothing is known
    const found = longFirstPass(truth.source, truth.target, scoreWindow);
    let i = 0;
    let j = 0;
    for (const step of found.steps) {
      expect([step.i, step.j]).toEqual([i, j]);
      i += BEAD_TYPES[step.type]!.a;
      j += BEAD_TYPES[step.type]!.b;
    }
    expect([i, j]).toEqual([n, m]);
  });
});

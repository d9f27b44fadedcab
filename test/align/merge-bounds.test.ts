/**
 * The merged groups' lower bounds (makeScorer's `groupLowerBound` and `groupCellBound`) let the search drop a
 * merge before it is weighed. They are only allowed to do so with a value that is at most the merge's full cost
 * and still loses: then the search rejects the merge exactly as it would have with the full cost, and the beads
 * cannot change. Checked here on random documents whose members match the same words in several cells (where a
 * member's OR of masks and the sum over its cells differ) and in cells outside the group.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatures, KeyTable } from '../../src/align/features.js';
import { makeScorer } from '../../src/align/index.js';
import { BEAD_TYPES, DEFAULT_COST, GALE_CHURCH_VARIANCE } from '../../src/align/scoring.js';
import { bandAroundPath, fullBand } from '../../src/align/search.js';

/** Words that match across the sides as cognates, numbers and names, and filler that matches nothing. */
const SHARED = ['Malmström', 'Bryssel', 'Genève', '2019', '45', 'konferens', 'Europa', 'Stockholm'];
const SOURCE_FILLER = ['och', 'det', 'var', 'som', 'med'];
const TARGET_FILLER = ['und', 'der', 'war', 'die', 'mit'];

const segment = (filler: readonly string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...SHARED), fc.constantFrom(...filler)), { minLength: 1, maxLength: 7 }).map((words) => words.join(' ') + '.');

const documents = fc.record({
  source: fc.array(segment(SOURCE_FILLER), { minLength: 2, maxLength: 6 }),
  target: fc.array(segment(TARGET_FILLER), { minLength: 2, maxLength: 6 }),
  ratio: fc.constantFrom(0.8, 1.1),
  diagonal: fc.boolean(),
});

describe('makeScorer: merged groups stopped on a lower bound', () => {
  it('stop only with a value at most the full cost that still loses, and price a merge that can win in full', () => {
    let stopped = 0;
    fc.assert(
      fc.property(documents, ({ source, target, ratio, diagonal }) => {
        const keys = new KeyTable();
        const sf = buildFeatures(source, source.map(() => []), undefined, keys, new KeyTable());
        const tf = buildFeatures(target, target.map(() => []), undefined, keys, new KeyTable());
        const n = sf.count;
        const m = tf.count;
        const rows = Int32Array.from({ length: n + 1 }, (_, i) => i);
        const band = diagonal ? bandAroundPath(rows, Int32Array.from(rows, (i) => Math.min(m, i)), n, m, 1) : fullBand(n, m);
        const scorer = makeScorer(sf, tf, band, { ratio, variance: GALE_CHURCH_VARIANCE }, DEFAULT_COST, undefined);
        for (let t = 0; t < BEAD_TYPES.length; t++) {
          const { a, b } = BEAD_TYPES[t]!;
          if (a + b <= 2) continue;
          for (let i = 0; i + a <= n; i++) {
            for (let j = band.lo[i]!; j <= band.hi[i]! && j + b <= m; j++) {
              const full = scorer.cost(i, j, t);
              expect(scorer.cost(i, j, t, 2, 2 + full + 1e-9)).toBe(full);
              for (const limit of [2 + full - 1e-9, 2 + full - 0.25, 2 + full - 2]) {
                const partial = scorer.cost(i, j, t, 2, limit);
                expect(partial, `type ${a}-${b} at (${i}, ${j})`).toBeLessThanOrEqual(full);
                expect(2 + partial).toBeGreaterThanOrEqual(limit);
                if (partial < full) stopped++;
              }
            }
          }
        }
      }),
      { numRuns: 150, seed: 9 },
    );
    // The bounds were used (otherwise this test would prove nothing).
    expect(stopped).toBeGreaterThan(1000);
  });
});

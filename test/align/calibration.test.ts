/**
 * The density of a document's lexical evidence, measured on a path (what true pairs share, and what the pairs
 * beside them share by chance), and the charge that keeps merges with several segments on both sides from
 * winning on that chance evidence when the links get denser.
 */
import { describe, expect, it } from 'vitest';
import { estimateEvidenceLevels, NEAR_MISS_REACH, noiseCalibratedPriors } from '../../src/align/calibration.js';
import { buildFeatures, KeyTable, type SideFeatures } from '../../src/align/features.js';
import { makeScorer } from '../../src/align/index.js';
import { BEAD_TYPES, DEFAULT_COST, GALE_CHURCH_VARIANCE, maskWeight, matchMasks } from '../../src/align/scoring.js';
import { fullBand, type PathStep } from '../../src/align/search.js';

/** Both sides' features, built as the aligner builds them (no anchors, no blocks). */
function sides(source: string[], target: string[]): { sf: SideFeatures; tf: SideFeatures } {
  const keys = new KeyTable();
  const sf = buildFeatures(source, source.map(() => []), undefined, keys, new KeyTable());
  const tf = buildFeatures(target, target.map(() => []), undefined, keys, new KeyTable());
  return { sf, tf };
}

const diagonal = (count: number): [number, number][] => Array.from({ length: count }, (_, k) => [k, k]);

/** `estimateEvidenceLevels` with each pair's weights matched directly (the scorer reads its cache instead). */
function levelsOf(pairs: [number, number][], sf: SideFeatures, tf: SideFeatures) {
  const masks = new Uint32Array(2);
  return estimateEvidenceLevels(pairs, sf.count, tf.count, (i, j, out) => {
    matchMasks(sf, i, tf, j, masks);
    out[0] = maskWeight(sf, i, masks[0]!) + maskWeight(tf, j, masks[1]!);
    out[1] = sf.totalWeight[i]! + tf.totalWeight[j]!;
  });
}

// Each pair shares a distinct name; neighbouring sentences share nothing but function words.
const names = ['Malmström', 'Kowalski', 'Andersson', 'Rasmussen', 'Lindqvist', 'Nieminen'];
const sparseSource = names.map((name) => `${name} besökte hamnen på morgonen.`);
const sparseTarget = names.map((name) => `${name} visited the harbour that morning.`);
// The same, but every sentence also names its two neighbours: chance evidence between neighbouring pairs.
const withNeighbours = (k: number) => [names[k - 1], names[k + 1]].filter((x) => x !== undefined).join(' och ');
const denseSource = names.map((name, k) => `${name} besökte hamnen med ${withNeighbours(k)}.`);
const denseTarget = names.map((name, k) => `${name} visited the harbour with ${withNeighbours(k).replace(' och ', ' and ')}.`);

describe('estimateEvidenceLevels', () => {
  it('finds a high share on the true pairs and little beside them when only partners share words', () => {
    const { sf, tf } = sides(sparseSource, sparseTarget);
    const levels = levelsOf(diagonal(names.length), sf, tf)!;
    expect(levels.signal).toBeGreaterThan(0.3);
    expect(levels.noise).toBeLessThan(levels.signal / 4);
  });

  it('finds more noise when neighbouring sentences share the partners’ words', () => {
    const sparse = sides(sparseSource, sparseTarget);
    const dense = sides(denseSource, denseTarget);
    const sparseLevels = levelsOf(diagonal(names.length), sparse.sf, sparse.tf)!;
    const denseLevels = levelsOf(diagonal(names.length), dense.sf, dense.tf)!;
    expect(denseLevels.noise).toBeGreaterThan(sparseLevels.noise + 0.1);
    expect(denseLevels.signal).toBeGreaterThan(denseLevels.noise);
  });

  it('reads the pairs it is given: a path shifted by one finds its signal at the noise level', () => {
    const { sf, tf } = sides(sparseSource, sparseTarget);
    const shifted: [number, number][] = diagonal(names.length - 1).map(([i, j]) => [i, j + 1]);
    const right = levelsOf(diagonal(names.length), sf, tf)!;
    const wrong = levelsOf(shifted, sf, tf)!;
    expect(wrong.signal).toBeLessThan(right.signal / 2);
    expect(wrong.noise).toBeGreaterThan(right.noise);
  });

  it('leaves out near misses beyond the ends: a one-pair document has no noise', () => {
    const { sf, tf } = sides(sparseSource.slice(0, 1), sparseTarget.slice(0, 1));
    expect(NEAR_MISS_REACH).toBeGreaterThan(0);
    expect(levelsOf([[0, 0]], sf, tf)).toEqual({ signal: expect.any(Number), noise: 0 });
  });

  it('gives undefined without a pair that has token weight', () => {
    const { sf, tf } = sides(sparseSource, sparseTarget);
    expect(levelsOf([], sf, tf)).toBeUndefined();
    const empty = sides(['', ' '], ['', '']);
    expect(levelsOf(diagonal(2), empty.sf, empty.tf)).toBeUndefined();
  });
});

describe('noiseCalibratedPriors', () => {
  const global = Float64Array.from(BEAD_TYPES, (t) => t.prior * DEFAULT_COST.priorScale);
  const typeOf = (a: number, b: number) => BEAD_TYPES.findIndex((t) => t.a === a && t.b === b);
  const noisy = { signal: 0.5, noise: DEFAULT_COST.referenceNoise + 0.05 };

  it('keeps the priors at or below the reference noise, and when the levels are unknown', () => {
    expect([...noiseCalibratedPriors(global, { signal: 0.34, noise: DEFAULT_COST.referenceNoise }, DEFAULT_COST)]).toEqual([...global]);
    expect([...noiseCalibratedPriors(global, { signal: 0.34, noise: 0 }, DEFAULT_COST)]).toEqual([...global]);
    expect([...noiseCalibratedPriors(global, undefined, DEFAULT_COST)]).toEqual([...global]);
    expect([...noiseCalibratedPriors(global, noisy, { ...DEFAULT_COST, crossCellNoiseWeight: 0 })]).toEqual([...global]);
  });

  it('charges each pair beyond a chain of beads: one for 2-2, two for 2-3 and 3-2, none for 1-n merges', () => {
    const priors = noiseCalibratedPriors(global, noisy, DEFAULT_COST);
    const perCell = DEFAULT_COST.similarityWeight * DEFAULT_COST.crossCellNoiseWeight * 0.05;
    expect(perCell).toBeGreaterThan(0);
    expect(priors[typeOf(2, 2)]! - global[typeOf(2, 2)]!).toBeCloseTo(perCell, 12);
    expect(priors[typeOf(2, 3)]! - global[typeOf(2, 3)]!).toBeCloseTo(2 * perCell, 12);
    expect(priors[typeOf(3, 2)]! - global[typeOf(3, 2)]!).toBeCloseTo(2 * perCell, 12);
    for (const [a, b] of [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [3, 1], [1, 3], [4, 1], [1, 4]] as const) {
      expect(priors[typeOf(a, b)]).toBe(global[typeOf(a, b)]);
    }
  });

  it('charges more the denser the chance evidence, starting from the priors it is given', () => {
    const estimated = global.map((prior, type) => (BEAD_TYPES[type]!.a + BEAD_TYPES[type]!.b > 2 ? prior / 2 : prior));
    const mild = noiseCalibratedPriors(estimated, { signal: 0.5, noise: DEFAULT_COST.referenceNoise + 0.02 }, DEFAULT_COST);
    const dense = noiseCalibratedPriors(estimated, noisy, DEFAULT_COST);
    expect(dense[typeOf(2, 2)]!).toBeGreaterThan(mild[typeOf(2, 2)]!);
    expect(mild[typeOf(2, 2)]!).toBeGreaterThan(estimated[typeOf(2, 2)]!);
    expect(mild[typeOf(1, 2)]).toBe(estimated[typeOf(1, 2)]);
    // The input is not modified.
    expect(estimated[typeOf(2, 2)]).toBe(global[typeOf(2, 2)]! / 2);
  });
});

describe('makeScorer with a path to calibrate along', () => {
  const model = { ratio: 1, variance: GALE_CHURCH_VARIANCE };
  const typeOf = (a: number, b: number) => BEAD_TYPES.findIndex((t) => t.a === a && t.b === b);
  const path: PathStep[] = diagonal(names.length).map(([i, j]) => ({ i, j, type: 0, cost: 0 }));

  it('makes a 2-2 dearer where neighbours share the partners’ words, and leaves 1-1 and 1-2 alone', () => {
    const { sf, tf } = sides(denseSource, denseTarget);
    const noise = levelsOf(diagonal(names.length), sf, tf)!.noise;
    expect(noise).toBeGreaterThan(DEFAULT_COST.referenceNoise);
    const band = fullBand(names.length, names.length);
    const plain = makeScorer(sf, tf, band, model, DEFAULT_COST, undefined);
    const calibrated = makeScorer(sf, tf, band, model, DEFAULT_COST, undefined, { mergeCalibrationPath: path });
    const perCell = DEFAULT_COST.similarityWeight * DEFAULT_COST.crossCellNoiseWeight * (noise - DEFAULT_COST.referenceNoise);
    // The scorer reads its pair cache (float32), the test matches directly (float64).
    expect(calibrated.cost(1, 1, typeOf(2, 2)) - plain.cost(1, 1, typeOf(2, 2))).toBeCloseTo(perCell, 4);
    expect(calibrated.cost(1, 1, typeOf(1, 1))).toBe(plain.cost(1, 1, typeOf(1, 1)));
    expect(calibrated.cost(1, 1, typeOf(1, 2))).toBe(plain.cost(1, 1, typeOf(1, 2)));
  });

  it('charges nothing where only partners share words', () => {
    const { sf, tf } = sides(sparseSource, sparseTarget);
    expect(levelsOf(diagonal(names.length), sf, tf)!.noise).toBeLessThanOrEqual(DEFAULT_COST.referenceNoise);
    const band = fullBand(names.length, names.length);
    const plain = makeScorer(sf, tf, band, model, DEFAULT_COST, undefined);
    const calibrated = makeScorer(sf, tf, band, model, DEFAULT_COST, undefined, { mergeCalibrationPath: path });
    expect(calibrated.cost(1, 1, typeOf(2, 2))).toBe(plain.cost(1, 1, typeOf(2, 2)));
  });
});

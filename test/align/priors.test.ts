/**
 * Bead-shape priors estimated from a pass's path: a document that merges more than the reference rate gets
 * cheaper merges of that direction in the next pass, one that merges as rarely as the development sets keeps
 * the global priors, and a short path moves the priors less than a long one with the same rate.
 */
import { describe, expect, it } from 'vitest';
import { estimateBeadPriors, PSEUDO_BEADS, REFERENCE_MERGE_RATE } from '../../src/align/priors.js';
import { buildFeatures, KeyTable } from '../../src/align/features.js';
import { alignSegments, makeScorer } from '../../src/align/index.js';
import { BEAD_TYPES, DEFAULT_COST, GALE_CHURCH_VARIANCE } from '../../src/align/scoring.js';
import { fullBand, type PathStep } from '../../src/align/search.js';

const typeOf = (a: number, b: number) => BEAD_TYPES.findIndex((t) => t.a === a && t.b === b);
const globalPriors = BEAD_TYPES.map((t) => t.prior * DEFAULT_COST.priorScale);
const priorOf = (priors: Float64Array, a: number, b: number) => priors[typeOf(a, b)]!;

/** A path of `counts` beads of each shape (positions do not matter to the estimate). */
function path(counts: [a: number, b: number, count: number][]): PathStep[] {
  const steps: PathStep[] = [];
  for (const [a, b, count] of counts) for (let k = 0; k < count; k++) steps.push({ i: 0, j: 0, type: typeOf(a, b), cost: 0 });
  return steps;
}

describe('estimateBeadPriors', () => {
  it('keeps the global priors for a path without merges, and for weight 0 whatever the path', () => {
    expect([...estimateBeadPriors(path([[1, 1, 300], [1, 0, 20], [0, 1, 20]]), DEFAULT_COST.priorScale, 1)]).toEqual(globalPriors);
    expect([...estimateBeadPriors(path([[1, 1, 200], [1, 2, 100]]), DEFAULT_COST.priorScale, 0)]).toEqual(globalPriors);
  });

  it('keeps the global priors when merges are no commoner than the reference rate', () => {
    // 4 % of the two-sided beads merge in each direction, below REFERENCE_MERGE_RATE.
    const rare = path([[1, 1, 92], [2, 1, 4], [1, 2, 4], [1, 0, 30]]);
    expect(REFERENCE_MERGE_RATE).toBeGreaterThan(0.04);
    expect([...estimateBeadPriors(rare, DEFAULT_COST.priorScale, 1)]).toEqual(globalPriors);
  });

  it('lowers the merges of the direction the path uses often, not the other direction', () => {
    // Text+Berg's shape: the French side splits sentences, so 1-2 beads are common.
    const priors = estimateBeadPriors(path([[1, 1, 300], [1, 2, 70], [2, 1, 5]]), DEFAULT_COST.priorScale, 1);
    for (const [a, b] of [[1, 2], [1, 3], [1, 4], [2, 3], [2, 2]] as const) {
      expect(priorOf(priors, a, b)).toBeLessThan(priorOf(Float64Array.from(globalPriors), a, b));
    }
    for (const [a, b] of [[2, 1], [3, 1], [4, 1], [3, 2], [1, 1], [1, 0], [0, 1]] as const) {
      expect(priorOf(priors, a, b)).toBe(priorOf(Float64Array.from(globalPriors), a, b));
    }
    // The factor is (reference rate / smoothed rate)^weight, the same for every merge of that direction.
    const rate = (70 + PSEUDO_BEADS * REFERENCE_MERGE_RATE) / (375 + PSEUDO_BEADS);
    for (const [a, b] of [[1, 2], [1, 3], [1, 4], [2, 3]] as const) {
      expect(priorOf(priors, a, b) / priorOf(Float64Array.from(globalPriors), a, b)).toBeCloseTo(REFERENCE_MERGE_RATE / rate, 10);
    }
  });

  it('lowers more with a larger weight, and keeps every prior above zero', () => {
    const steps = path([[1, 1, 300], [1, 2, 70]]);
    const mild = estimateBeadPriors(steps, DEFAULT_COST.priorScale, 0.5);
    const strong = estimateBeadPriors(steps, DEFAULT_COST.priorScale, 2);
    expect(priorOf(strong, 1, 2)).toBeLessThan(priorOf(mild, 1, 2));
    expect(priorOf(strong, 1, 2)).toBeGreaterThan(0);
  });

  it('moves the priors of a short path less than those of a long path with the same merge rate', () => {
    const short = estimateBeadPriors(path([[1, 1, 6], [1, 2, 3]]), DEFAULT_COST.priorScale, 1);
    const long = estimateBeadPriors(path([[1, 1, 600], [1, 2, 300]]), DEFAULT_COST.priorScale, 1);
    expect(priorOf(short, 1, 2)).toBeGreaterThan(priorOf(long, 1, 2));
    expect(priorOf(short, 1, 2)).toBeLessThan(globalPriors[typeOf(1, 2)]!);
  });
});

describe('makeScorer with estimated priors', () => {
  it('charges a bead the prior it is given instead of the global one, and nothing else changes', () => {
    const keys = new KeyTable();
    const sourceTexts = ['Der Gipfel wurde am 9. Mai erreicht.', 'Das Wetter blieb gut.'];
    const targetTexts = ['Le sommet fut atteint le 9 mai', 'par deux alpinistes.', 'Le temps resta beau.'];
    const sf = buildFeatures(sourceTexts, sourceTexts.map(() => []), undefined, keys, new KeyTable());
    const tf = buildFeatures(targetTexts, targetTexts.map(() => []), undefined, keys, new KeyTable());
    const model = { ratio: 1.1, variance: GALE_CHURCH_VARIANCE };
    const band = fullBand(sf.count, tf.count);
    const global = makeScorer(sf, tf, band, model, DEFAULT_COST, undefined);
    const priors = Float64Array.from(globalPriors);
    priors[typeOf(1, 2)] = 0.5;
    const estimated = makeScorer(sf, tf, band, model, DEFAULT_COST, undefined, { typePriors: priors });
    expect(global.cost(0, 0, typeOf(1, 2)) - estimated.cost(0, 0, typeOf(1, 2))).toBeCloseTo(globalPriors[typeOf(1, 2)]! - 0.5, 10);
    expect(estimated.cost(0, 0, typeOf(1, 1))).toBe(global.cost(0, 0, typeOf(1, 1)));
    expect(estimated.cost(0, 0, typeOf(2, 1))).toBe(global.cost(0, 0, typeOf(2, 1)));
    // The global priors passed explicitly give the same costs bit for bit.
    const explicit = makeScorer(sf, tf, band, model, DEFAULT_COST, undefined, { typePriors: Float64Array.from(globalPriors) });
    for (let type = 0; type < BEAD_TYPES.length; type++) expect(explicit.cost(0, 0, type)).toBe(global.cost(0, 0, type));
  });
});

describe('alignSegments with estimated priors', () => {
  const names = ['Larch', 'Ratay', 'Roiss', 'Morawec', 'Weiler', 'Reinagl', 'Traugott', 'Huerta', 'Franco', 'Lombard', 'Zimmermann', 'Heuberger', 'Bordet', 'Latreille', 'Schneider', 'Durst', 'Müller', 'Pugh', 'Smyth', 'Tilman'];
  /** Twenty German sentences; the French side splits those for which `split(k)` holds into two sentences, the second sharing nothing. */
  function document(split: (k: number) => boolean) {
    const source: string[] = [];
    const target: string[] = [];
    names.forEach((name, k) => {
      const year = 1900 + k * 3;
      source.push(`Im Jahr ${year} stieg ${name} mit zwei Trägern bis zum oberen Lager und kehrte nach drei Tagen zurück.`);
      if (split(k)) {
        target.push(`En ${year} , ${name} monta avec deux porteurs jusqu' au camp supérieur.`);
        target.push('Le retour eut lieu après la tempête de neige.');
      } else target.push(`En ${year} , ${name} monta avec deux porteurs au camp supérieur et revint trois jours plus tard.`);
    });
    return { source: { texts: source }, target: { texts: target } };
  }
  const merges = (beads: { source: number[]; target: number[] }[]) => beads.filter((b) => b.source.length === 1 && b.target.length === 2).length;

  it('keeps the halves of split sentences together in a document that splits throughout', () => {
    const { source, target } = document((k) => k % 2 === 0);
    // With the global priors, most second halves (which share nothing) are left alone.
    expect(merges(alignSegments(source, target, { cost: { mergePriorWeight: 0 } }))).toBeLessThan(10);
    const beads = alignSegments(source, target);
    expect(merges(beads)).toBe(10);
    expect(beads.filter((b) => b.source.length === 0 || b.target.length === 0)).toEqual([]);
  });

  it('gives the same beads as the global priors in a document that splits one sentence', () => {
    const { source, target } = document((k) => k === 7);
    expect(alignSegments(source, target)).toEqual(alignSegments(source, target, { cost: { mergePriorWeight: 0 } }));
  });
});

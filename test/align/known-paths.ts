/**
 * Made-up alignment problems for the search tests: a path of given bead shapes and segment lengths that fit
 * it (a merged group's members share its partner's length), so that a cost of 0 on the path's beads makes
 * it the cheapest one.
 */
import type { SideFeatures } from '../../src/align/features.js';
import { BEAD_TYPES } from '../../src/align/scoring.js';
import type { PathStep } from '../../src/align/search.js';

/** Lengths only: all the first pass and its guide read of the features (for the length diagonal). */
export function sideOfLengths(lengths: readonly number[]): SideFeatures {
  return { count: lengths.length, length: Float64Array.from(lengths) } as unknown as SideFeatures;
}

/** A path of the given bead types (BEAD_TYPES indices), with both sides' segment lengths. */
export function pathOfTypes(types: readonly number[]): { steps: PathStep[]; source: SideFeatures; target: SideFeatures } {
  const steps: PathStep[] = [];
  const sourceLengths: number[] = [];
  const targetLengths: number[] = [];
  let i = 0;
  let j = 0;
  types.forEach((type, k) => {
    const { a, b } = BEAD_TYPES[type]!;
    const length = 40 + ((k * 37) % 90);
    for (let x = 0; x < a; x++) sourceLengths.push(Math.round(length / a));
    for (let y = 0; y < b; y++) targetLengths.push(Math.round((1.1 * length) / b));
    steps.push({ i, j, type, cost: 0 });
    i += a;
    j += b;
  });
  return { steps, source: sideOfLengths(sourceLengths), target: sideOfLengths(targetLengths) };
}

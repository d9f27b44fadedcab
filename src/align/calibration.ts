/**
 * How dense the lexical evidence of one document pair is, estimated from a pass's path, and what that does to
 * the merges' priors. The evidence term of the cost counts matched token weight as an amount, so a merged
 * group also earns whatever its extra segment pairs share by chance; the priors were fitted where that chance
 * evidence is low. A denser lexicon (a bilingual dictionary, a long document whose lexicon learns every pair
 * it sees twice) raises it, and two neighbouring beads glued into one 2-3 started to win on it. See
 * docs/alignment.md, "Accuracy round 11".
 */
import { BEAD_TYPES, type CostParameters } from './scoring.js';

/**
 * The mean matched share (matched over total token weight, both sides) of a path's 1-1 beads (`signal`) and of
 * the pairs just beside them (`noise`: a source segment against its partner's neighbours, and the partner
 * against the source segment's neighbours): what a true pair shares, and what a pair shares by chance.
 */
export interface EvidenceLevels {
  signal: number;
  noise: number;
}

/** How far beside a 1-1 bead's partner the near misses are taken (j ± 1 … j ± NEAR_MISS_REACH, and i ± too). */
export const NEAR_MISS_REACH = 2;

/**
 * The evidence levels of `pairs` (the 1-1 beads of a path, as source and target indices): `pairWeights(i, j,
 * out)` sets out[0] to the token weight segments i and j match (both sides) and out[1] to their total token
 * weight. Pairs without weight and near misses outside `sourceCount` × `targetCount` are left out; undefined
 * when no bead has any token weight. The scorer passes its own pair cache (index.ts, `makeScorer`): the near
 * misses lie inside its band, so the estimate costs a few reads per bead.
 */
export function estimateEvidenceLevels(
  pairs: readonly (readonly [number, number])[],
  sourceCount: number,
  targetCount: number,
  pairWeights: (i: number, j: number, out: Float64Array) => void,
): EvidenceLevels | undefined {
  const out = new Float64Array(2);
  // The share of pair (i, j), -1 when neither segment has weight.
  const share = (i: number, j: number): number => {
    pairWeights(i, j, out);
    return out[1]! > 0 ? out[0]! / out[1]! : -1;
  };
  let signalSum = 0;
  let signalCount = 0;
  let noiseSum = 0;
  let noiseCount = 0;
  for (const [i, j] of pairs) {
    const s = share(i, j);
    if (s >= 0) {
      signalSum += s;
      signalCount++;
    }
    for (let d = -NEAR_MISS_REACH; d <= NEAR_MISS_REACH; d++) {
      if (d === 0) continue;
      const beside = j + d >= 0 && j + d < targetCount ? share(i, j + d) : -1;
      const above = i + d >= 0 && i + d < sourceCount ? share(i + d, j) : -1;
      if (beside >= 0) {
        noiseSum += beside;
        noiseCount++;
      }
      if (above >= 0) {
        noiseSum += above;
        noiseCount++;
      }
    }
  }
  if (signalCount === 0) return undefined;
  return { signal: signalSum / signalCount, noise: noiseCount > 0 ? noiseSum / noiseCount : 0 };
}

/**
 * Per bead type (BEAD_TYPES order), `priors` with the chance evidence of a merge's extra cells charged: a group
 * of `a` source and `b` target segments holds a·b segment pairs, of which a monotone chain of beads inside it
 * needs a + b − 1; the other (a − 1)(b − 1) are the cells two glued neighbouring beads gain, each sharing about
 * `noise` of a pair's weight by chance. The priors were fitted where that is at most `referenceNoise`; above it
 * each such cell costs `similarityWeight` (the evidence term's weight) × `crossCellNoiseWeight` × the excess.
 * 1-n merges have no such cell and keep their prior, and so does every type when the levels are unknown.
 */
export function noiseCalibratedPriors(priors: Float64Array, levels: EvidenceLevels | undefined, params: CostParameters): Float64Array {
  const excess = levels ? Math.max(0, levels.noise - params.referenceNoise) : 0;
  const perCell = params.similarityWeight * params.crossCellNoiseWeight * excess;
  if (!(perCell > 0)) return priors;
  return priors.map((prior, type) => {
    const { a, b } = BEAD_TYPES[type]!;
    return a >= 2 && b >= 2 ? prior + perCell * (a - 1) * (b - 1) : prior;
  });
}

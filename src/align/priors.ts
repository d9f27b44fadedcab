/**
 * Bead-shape priors estimated from the two texts. The global priors (scoring.ts, BEAD_TYPES) fit documents
 * in which merges are rare (the development sets: 0–9 % of the two-sided beads are merges); in a document
 * whose translator split or joined sentences all the way through (Text+Berg: 135 of 381 gold two-sided
 * beads are merges) they cut real merges into a 1-1 and a one-sided bead. So after a pass, the shapes of its
 * path are counted (Viterbi re-estimation), smoothed towards the global rate, and a merge shape that the
 * document uses more often than the global rate costs less in the next pass: the global prior times
 * (reference rate / estimated rate)^weight, the rate a Dirichlet (add-k) estimate with the reference rate as
 * its mean and PSEUDO_BEADS as its weight, so a short document or a path with a few merges stays near the
 * global prior. The prior is only ever lowered: a document that merges as rarely as the development sets
 * keeps the global priors exactly (they were fitted on such documents).
 */
import { BEAD_TYPES } from './scoring.js';
import type { PathStep } from './search.js';

/**
 * The share of a pass's two-sided beads that are merges of one direction (more source than target
 * segments, or more target than source) up to which a document keeps the global priors: just above what
 * pass 2 finds on the development documents (at most 6 of 92 one way, most 0–4 of ~100; Text+Berg 36 and
 * 68 of 390). 0.0375 reaches two of them (sv-en and ar-en lose a bead each), 0.0625 gives Text+Berg
 * 0.8682 against 0.8751.
 */
export const REFERENCE_MERGE_RATE = 0.05;

/**
 * Weight, in beads, of the global rate in the smoothed estimate: a document's own rate counts as much as
 * the reference rate once it has this many two-sided beads.
 */
export const PSEUDO_BEADS = 100;

/**
 * Per bead type (BEAD_TYPES order), the prior cost to use in the next pass: the global prior times
 * `priorScale`, and for a merge whose direction (more source or more target segments) the document's path
 * uses more than REFERENCE_MERGE_RATE, times (REFERENCE_MERGE_RATE / estimated rate)^`weight`. Merges with as
 * many segments on both sides (2-2) follow the commoner direction's rate. `weight` 0 gives the global priors.
 * Multiplying rather than subtracting `weight` · log(rate ratio) lowers the larger merges more (a document
 * that splits sentences in two also splits them in three): Text+Berg 0.8751 against at best 0.8672.
 */
export function estimateBeadPriors(path: readonly PathStep[], priorScale: number, weight: number): Float64Array {
  const priors = Float64Array.from(BEAD_TYPES, (t) => t.prior * priorScale);
  if (weight <= 0) return priors;
  let twoSided = 0;
  let sourceHeavy = 0;
  let targetHeavy = 0;
  for (const step of path) {
    const { a, b } = BEAD_TYPES[step.type]!;
    if (a === 0 || b === 0) continue;
    twoSided++;
    if (a > b) sourceHeavy++;
    else if (b > a) targetHeavy++;
  }
  // The factor for one direction: 1 while the smoothed rate is at most the reference rate.
  const factor = (count: number): number => {
    const rate = (count + PSEUDO_BEADS * REFERENCE_MERGE_RATE) / (twoSided + PSEUDO_BEADS);
    return Math.min(1, (REFERENCE_MERGE_RATE / rate) ** weight);
  };
  const sourceFactor = factor(sourceHeavy);
  const targetFactor = factor(targetHeavy);
  BEAD_TYPES.forEach(({ a, b }, type) => {
    if (a + b <= 2) return;
    priors[type] = priors[type]! * (a > b ? sourceFactor : b > a ? targetFactor : Math.min(sourceFactor, targetFactor));
  });
  return priors;
}

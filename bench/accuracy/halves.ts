/**
 * A tuning half and a held-out half of the development data, so that figures for constants fitted on the
 * development sets are not only in-sample. The generated sets are split by document: per language pair,
 * the documents ordered by a seeded hash of their id, the first half (rounded up) for tuning. Text+Berg is
 * one document, so its beads are split by position: gold and output beads that start before the middle gold
 * bead are the tuning half, the rest the held-out half (the aligner still sees the whole document).
 */
import { deriveSeed } from '../devsets/prng.js';
import type { ScoredBead } from './score.js';

/** Fixed, so that every run puts the same documents in the same half. */
export const SPLIT_SEED = 20261124;

export type Half = 'tune' | 'held-out';

/** Which half each document id is in; ids of one language pair are split evenly. */
export function splitDocuments(ids: readonly string[]): Map<string, Half> {
  const order = [...ids].sort((x, y) => deriveSeed(SPLIT_SEED, x) - deriveSeed(SPLIT_SEED, y) || (x < y ? -1 : 1));
  const tuning = Math.ceil(order.length / 2);
  return new Map(order.map((id, k) => [id, k < tuning ? 'tune' : 'held-out']));
}

/** The beads of one document cut at its middle gold bead: [first half, second half], for gold and output alike. */
export function splitByPosition(
  gold: readonly ScoredBead[],
  output: readonly ScoredBead[],
): { tune: { gold: ScoredBead[]; output: ScoredBead[] }; heldOut: { gold: ScoredBead[]; output: ScoredBead[] } } {
  // The cut: the first source and target index at or after the middle gold bead.
  const middle = Math.floor(gold.length / 2);
  let sourceCut = Infinity;
  let targetCut = Infinity;
  for (let k = middle; k < gold.length; k++) {
    const bead = gold[k]!;
    if (bead.source.length > 0) sourceCut = Math.min(sourceCut, bead.source[0]!);
    if (bead.target.length > 0) targetCut = Math.min(targetCut, bead.target[0]!);
  }
  const early = (bead: ScoredBead) => (bead.source.length > 0 ? bead.source[0]! < sourceCut : bead.target[0]! < targetCut);
  const nonEmpty = (beads: readonly ScoredBead[]) => beads.filter((b) => b.source.length > 0 || b.target.length > 0);
  const g = nonEmpty(gold);
  const o = nonEmpty(output);
  return {
    tune: { gold: g.filter(early), output: o.filter(early) },
    heldOut: { gold: g.filter((b) => !early(b)), output: o.filter((b) => !early(b)) },
  };
}

/**
 * Numbers of a bead, matched across the two sides by value: "50 tys." = "50 000" = "50 ألف", "٢٠" = "20",
 * "8,5" = "٨٫٥". Values come from the anchors stage (`Anchor.value`); matching is a multiset match, so
 * two "5"s on one side need two "5"s on the other, and never by substring (5 is not in 15).
 * Shared by the `number-mismatch` and `number-shifted` detectors.
 */
import type { Anchor, Bead, Segment } from '../types.js';
import { beadAnchors, beadSegments, foldDigits, isTwoSided, type DivergenceContext, type OneSide } from './context.js';
import { KeyedQueues } from '../anchors/keyed-queues.js';

export interface NumberOccurrence {
  anchor: Anchor;
  segment: Segment;
  value: number;
  /** Index of the bead it is in. */
  bead: number;
}

/**
 * Values are compared by a key rounded to ten significant digits: readers produce 8.5 from "8,5" and from
 * "٨٫٥" alike, and a scale word's product (50 × 1000) is exact, so only float noise is rounded away. A key
 * (not a pairwise tolerance) lets every lookup be a hash lookup: a bead with thousands of numbers stays linear.
 */
export function valueKey(value: number): number {
  return Number(value.toPrecision(10));
}

/** The number anchors of one side of a bead, in text order. */
export function numbersOf(context: DivergenceContext, bead: Bead, beadIndex: number, side: OneSide): NumberOccurrence[] {
  const found: NumberOccurrence[] = [];
  for (const { anchor, segment } of beadAnchors(context, bead, side)) {
    if (anchor.kind !== 'number') continue;
    const value = anchor.value ?? Number(anchor.key);
    if (!Number.isFinite(value)) continue;
    found.push({ anchor, segment, value, bead: beadIndex });
  }
  return found.sort((a, b) => a.anchor.start - b.anchor.start);
}

export interface BeadNumbers {
  bead: number;
  pairs: [NumberOccurrence, NumberOccurrence][];
  unmatchedSource: NumberOccurrence[];
  unmatchedTarget: NumberOccurrence[];
  /** Every value on each side, matched or not. */
  sourceValues: number[];
  targetValues: number[];
}

/** Matches the numbers of the two sides of a bead by value, first come first served. */
export function matchBeadNumbers(source: NumberOccurrence[], target: NumberOccurrence[], bead: number): BeadNumbers {
  const waiting = new KeyedQueues<number, number>();
  target.forEach((t, k) => waiting.push(valueKey(t.value), k));
  const used = new Array<boolean>(target.length).fill(false);
  const pairs: [NumberOccurrence, NumberOccurrence][] = [];
  const unmatchedSource: NumberOccurrence[] = [];
  for (const s of source) {
    const j = waiting.take(valueKey(s.value));
    if (j === undefined) { unmatchedSource.push(s); continue; }
    used[j] = true;
    pairs.push([s, target[j]!]);
  }
  return {
    bead, pairs, unmatchedSource, unmatchedTarget: target.filter((_, k) => !used[k]),
    sourceValues: source.map((s) => s.value), targetValues: target.map((t) => t.value),
  };
}

/**
 * The integer values written in `text` as plain runs of digits (any digit system), whether or not an anchor
 * says so: a safety net so that anchors read differently on the two sides (a reference code on one side,
 * three numbers on the other) do not become a false mismatch. Whole digit runs only, never substrings.
 */
export function digitRunValues(text: string): Set<number> {
  const values = new Set<number>();
  for (const match of foldDigits(text).matchAll(/(?<![\d.,])\d+(?![\d]|[.,]\d)/g)) values.add(Number(match[0]));
  return values;
}

/** Numbers of every two-sided bead, matched. */
export function matchAllNumbers(context: DivergenceContext): BeadNumbers[] {
  const result: BeadNumbers[] = [];
  context.beads.forEach((bead, index) => {
    if (!isTwoSided(bead)) return;
    result.push(matchBeadNumbers(numbersOf(context, bead, index, 'source'), numbersOf(context, bead, index, 'target'), index));
  });
  return result;
}

/** The text of the bead's side, for fallbacks that search it. */
export function sideText(context: DivergenceContext, bead: Bead, side: OneSide): string {
  return beadSegments(context, bead, side).map((segment) => segment.text).join('\n');
}

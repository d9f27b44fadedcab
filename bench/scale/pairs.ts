/**
 * The long pairs bench/scale aligns: whole copies of development documents concatenated in turn (the
 * Text+Berg German–French development document, with its gold alignment, and the seed Swedish–Arabic
 * article, unscored), and their strict/lax F1 against the gold shifted by each copy's offsets. Copies
 * inflate the lexicon (a pair seen once per document is seen once per copy), so the F1 here flatters long
 * input; distinct.ts measures accuracy on long pairs made of different documents (docs/scaling.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXTBERG_DIR } from '../accuracy/setup.js';
import { countAlignment, parseBeads, ratios, type ScoredBead } from '../accuracy/score.js';
import { segmentDocument } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEXTBERG = TEXTBERG_DIR;

/** One document pair to concatenate: its lines, and its gold beads when it has any. */
export interface Unit {
  name: string;
  source: string[];
  target: string[];
  gold?: ScoredBead[];
}

export interface BuiltPair {
  source: string[];
  target: string[];
  gold: ScoredBead[];
  /** 1 where a line belongs to a gold-aligned (scored) document. */
  sourceScored: Uint8Array;
  targetScored: Uint8Array;
}


function linesOf(path: string): string[] {
  return readFileSync(path, 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
}

/** A seed article as one segment per line, newlines inside a segment folded to spaces. */
function segmentedLines(path: string, language: string): string[] {
  const text = readFileSync(path, 'utf8');
  return segmentDocument(text, { language })
    .segments.map((segment) => segment.text.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

export function loadUnits(): Unit[] {
  const gold = parseBeads(readFileSync(join(TEXTBERG, 'dev.defr'), 'utf8'), 'dev.defr');
  return [
    { name: 'textberg-dev de-fr', source: linesOf(join(TEXTBERG, 'dev.de')), target: linesOf(join(TEXTBERG, 'dev.fr')), gold },
    {
      name: 'seed sv-ar',
      source: segmentedLines(join(ROOT, 'corpus/eureporter-global-alliance.sv.txt'), 'sv'),
      target: segmentedLines(join(ROOT, 'corpus/eureporter-global-alliance.ar.txt'), 'ar'),
    },
  ];
}

/** Concatenates whole copies of the units, in turn, until the source side has at least `size` lines. */
export function buildPair(units: Unit[], size: number): BuiltPair {
  const source: string[] = [];
  const target: string[] = [];
  const gold: ScoredBead[] = [];
  const scoredRanges: Array<[number, number, number, number]> = [];
  for (let i = 0; source.length < size; i++) {
    const unit = units[i % units.length]!;
    const sourceOffset = source.length;
    const targetOffset = target.length;
    for (const line of unit.source) source.push(line);
    for (const line of unit.target) target.push(line);
    if (unit.gold) {
      for (const bead of unit.gold) gold.push({ source: bead.source.map((s) => s + sourceOffset), target: bead.target.map((t) => t + targetOffset) });
      scoredRanges.push([sourceOffset, source.length, targetOffset, target.length]);
    }
  }
  const sourceScored = new Uint8Array(source.length);
  const targetScored = new Uint8Array(target.length);
  for (const [s0, s1, t0, t1] of scoredRanges) {
    sourceScored.fill(1, s0, s1);
    targetScored.fill(1, t0, t1);
  }
  return { source, target, gold, sourceScored, targetScored };
}

/** Strict and lax F1 over the scored parts: output beads touching a scored line are judged, the rest ignored. */
export function score(pair: BuiltPair, output: ScoredBead[]): { strict: number; lax: number } {
  const judged = output.filter((b) => b.source.some((s) => pair.sourceScored[s] === 1) || b.target.some((t) => pair.targetScored[t] === 1));
  const scores = ratios(countAlignment(judged, pair.gold));
  return { strict: scores.strict.f1, lax: scores.lax.f1 };
}


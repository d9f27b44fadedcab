/**
 * One pair of a batch: read both files, compare them, and render the result as one JSON Lines record.
 * Runs inside a worker thread (batch-worker.ts) but is a plain function so it can be tested without one.
 * A failing pair never throws: its record says `ok: false` with the file and the reason.
 */
import { performance } from 'node:perf_hooks';
import { compare, ParallignError, type AnalysisCache, type Comparison, type CompareOptions } from '../index.js';
import type { ManifestPair } from './batch-manifest.js';
import { readTextFile } from './read-input.js';

/** What the batch driver sends to a worker for one pair: the manifest's pair, placed and with its mode. */
export interface PairTask extends Omit<ManifestPair, 'kind'> {
  /** Position in the manifest, used to put results back in manifest order. */
  sequence: number;
  /** Write a summary instead of the whole report. */
  summary: boolean;
  /** Take given languages without detecting them (`--trust-languages`): no language-mismatch warning. */
  trustLanguages?: boolean;
}

/** What a worker sends back: the finished JSON line (without its newline). */
export interface PairResult {
  sequence: number;
  ok: boolean;
  line: string;
}

/** The `--summary` record of a pair that compared cleanly. */
export interface PairSummary {
  id: string;
  ok: true;
  sourceLanguage: string;
  targetLanguage: string;
  /** Segment counts, source then target. */
  segments: [number, number];
  beads: number;
  /** Beads with segments on one side only (omissions, additions, page chrome). */
  oneSided: number;
  divergences: { error: number; warning: number; info: number };
  /** Time to read and compare the pair, in milliseconds. */
  ms: number;
}

/** Reads one side; an empty or binary file is a failure of the pair, not of the batch. */
function readSide(path: string, inline: string | undefined): string {
  const text = inline ?? readTextFile(path);
  // readTextFile decodes leniently; a NUL character never occurs in text a person wrote.
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new ParallignError('BINARY_INPUT', `${path}: not text (NUL byte at character ${nul})`);
  if (text.trim() === '') throw new ParallignError('INVALID_INPUT', `${path}: empty ${inline === undefined ? 'file' : 'text'}`);
  return text;
}

/** Counts what a summary line reports. */
export function summarize(id: string, report: Comparison, ms: number): PairSummary {
  const divergences = { error: 0, warning: 0, info: 0 };
  for (const divergence of report.divergences) divergences[divergence.severity] += 1;
  let oneSided = 0;
  for (const bead of report.beads) if (bead.source.length === 0 || bead.target.length === 0) oneSided += 1;
  return {
    id,
    ok: true,
    sourceLanguage: report.source.language,
    targetLanguage: report.target.language,
    segments: [report.source.segments.length, report.target.segments.length],
    beads: report.beads.length,
    oneSided,
    divergences,
    ms: Math.round(ms * 10) / 10,
  };
}

/**
 * Compares one pair and renders its record; never throws. `cache` (`createAnalysisCache`), kept by a worker
 * across its pairs, saves word-level work the pairs share; the record is the same without it.
 */
export function runPair(task: PairTask, cache?: AnalysisCache): PairResult {
  const started = performance.now();
  try {
    const options: CompareOptions = {};
    if (task.sourceText === undefined) options.sourceName = task.source;
    if (task.targetText === undefined) options.targetName = task.target;
    if (task.sourceLanguage) options.sourceLanguage = task.sourceLanguage;
    if (task.targetLanguage) options.targetLanguage = task.targetLanguage;
    // A summary has no warnings to carry a language-mismatch warning: detecting a given language would be
    // time spent on nothing (about 0.5 ms of a 15–20 ms EU-Reporter pair). With --trust-languages the user says
    // the given languages are right, and the full report goes without that check too.
    if (task.summary || task.trustLanguages) options.checkGivenLanguages = false;
    if (cache) options.cache = cache;
    const report = compare(readSide(task.source, task.sourceText), readSide(task.target, task.targetText), options);
    const line = task.summary
      ? JSON.stringify(summarize(task.id, report, performance.now() - started))
      : JSON.stringify({ id: task.id, ok: true, report });
    return { sequence: task.sequence, ok: true, line };
  } catch (error) {
    return { sequence: task.sequence, ok: false, line: failureLine(task.id, describeFailure(error, task)) };
  }
}

/** The record of a pair that could not be compared. */
export function failureLine(id: string, error: string): string {
  return JSON.stringify({ id, ok: false, error });
}

function describeFailure(error: unknown, task: PairTask): string {
  // ParallignError messages already name the file; anything else is a bug in the core, which we still
  // attribute to the pair so the batch can go on and the user can reproduce it with `parallign compare`.
  if (error instanceof ParallignError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `${task.source}: internal error comparing with ${task.target} (${reason})`;
}

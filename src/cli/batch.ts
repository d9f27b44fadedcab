/**
 * `parallign batch MANIFEST`: many document pairs, JSON Lines in and out, on every core.
 *
 * Memory stays bounded however long the manifest is: the manifest is streamed, at most `WINDOW_PER_WORKER`
 * pairs per worker are in flight, and records are written as soon as every earlier one is written. Output
 * is in manifest order (the in-flight window doubles as the reorder buffer), so a run is reproducible and
 * shards can be merged by concatenation.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, openSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { ParallignError } from '../index.js';
import { readJsonLinesManifest, pairDirectoryFiles, type ManifestItem } from './batch-manifest.js';
import { failureLine, type PairResult, type PairTask } from './batch-pair.js';
import { PairPool } from './batch-pool.js';

export const BATCH_USAGE = `Usage:
  parallign batch MANIFEST [--out FILE] [--summary] [--trust-languages] [--workers N] [--resume] [--pivot LANG] [--format json]
    MANIFEST  a JSON Lines file ({"id", "source", "target", "sourceLang"?, "targetLang"?} per line,
              paths relative to the manifest's folder; "sourceText"/"targetText" carry a text inline),
              "-" for JSON Lines on stdin, or a directory of name.<lang>.txt files paired by name
    --out FILE     write the JSON Lines results to FILE (default: stdout)
    --summary      one summary per pair instead of the whole report
    --trust-languages  take the languages the manifest or file names give without detecting them
                   (no language-mismatch warnings; about 0.5 ms less a pair)
    --workers N    worker threads (default: every core)
    --resume       append to --out, skipping ids already in it
    --pivot LANG   directory manifest: pair LANG with every other language of a name`;

/**
 * Pairs in flight per worker. Large enough that a slow pair does not idle the other workers at once, small
 * enough that the reorder buffer (finished records waiting for an earlier, slower pair) stays small.
 */
const WINDOW_PER_WORKER = 16;

/** How often the progress line on a terminal is redrawn, in milliseconds. */
const PROGRESS_INTERVAL_MS = 250;

/** The streams a batch talks to; the CLI passes the process's own, tests pass their own. */
export interface BatchStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

interface BatchOptions {
  manifest: string;
  out?: string;
  summary: boolean;
  trustLanguages: boolean;
  workers: number;
  resume: boolean;
  pivot?: string;
}

interface WindowEntry {
  done: boolean;
  ok: boolean;
  line: string;
  finished: Promise<void>;
}

/** The `batch` subcommand on the process's own streams. Resolves with the exit code. */
export async function runBatch(args: string[]): Promise<number> {
  return runBatchWith(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}

/**
 * The `batch` subcommand on the given streams. Exit code 0 when the batch ran (even if some pairs
 * failed: they have error records), 2 on bad usage or an unreadable manifest or output.
 */
export async function runBatchWith(args: string[], streams: BatchStreams): Promise<number> {
  try {
    const options = parseBatchArgs(args);
    if (options === 'help') {
      streams.stdout.write(BATCH_USAGE + '\n');
      return 0;
    }
    return await executeBatch(options, streams);
  } catch (error) {
    if (error instanceof ParallignError) {
      streams.stderr.write(`parallign: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      streams.stderr.write(`parallign: ${error.message}\n${BATCH_USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

function parseBatchArgs(args: string[]): BatchOptions | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      summary: { type: 'boolean', default: false },
      'trust-languages': { type: 'boolean', default: false },
      workers: { type: 'string' },
      resume: { type: 'boolean', default: false },
      pivot: { type: 'string' },
      format: { type: 'string', default: 'json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new ParallignError('USAGE', `batch expects one MANIFEST (a file, a directory or -)\n${BATCH_USAGE}`);
  if (values.format !== 'json') throw new ParallignError('USAGE', `batch writes JSON Lines only; unknown format '${values.format}'`);
  let workers = availableParallelism();
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new ParallignError('USAGE', `--workers must be a whole number of at least 1, not '${values.workers}'`);
  }
  if (values.resume && values.out === undefined) throw new ParallignError('USAGE', '--resume needs --out FILE (the results to resume)');
  const options: BatchOptions = { manifest: positionals[0]!, summary: values.summary, trustLanguages: values['trust-languages'], workers, resume: values.resume };
  if (values.out !== undefined) options.out = values.out;
  if (values.pivot !== undefined) options.pivot = values.pivot;
  return options;
}

/** Opens the manifest before any work starts, so an unreadable one is a usage error (exit 2). */
function openManifest(options: BatchOptions, streams: BatchStreams): AsyncIterable<ManifestItem> | Iterable<ManifestItem> {
  const path = options.manifest;
  if (path === '-') return readJsonLinesManifest(streams.stdin, 'stdin', '.');
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ParallignError('NOT_FOUND', `${path}: no such manifest file or directory`);
  }
  if (stats.isDirectory()) {
    let names: string[];
    try {
      names = readdirSync(path);
    } catch (error) {
      throw new ParallignError('UNREADABLE', `${path}: directory cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const items = pairDirectoryFiles(names, path, options.pivot);
    if (items.length === 0) throw new ParallignError('INVALID_INPUT', `${path}: no name.<lang>.txt files to pair`);
    return items;
  }
  if (options.pivot !== undefined) throw new ParallignError('USAGE', '--pivot applies to a directory manifest only');
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new ParallignError('UNREADABLE', `${path}: manifest cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return readJsonLinesManifest(createReadStream(path, { fd }), path, dirname(path));
}

/**
 * Collects the ids already in a results file and cuts off a last line left half-written by an
 * interrupted run, so appending continues on a clean line.
 */
async function readDoneIds(path: string, stderr: Writable): Promise<Set<string>> {
  const ids = new Set<string>();
  try {
    statSync(path);
  } catch {
    return ids;
  }
  const decoder = new TextDecoder();
  let pending: Buffer[] = [];
  let completeBytes = 0;
  let position = 0;
  const take = (bytes: Buffer) => {
    try {
      const record = JSON.parse(decoder.decode(bytes)) as { id?: unknown };
      if (typeof record.id === 'string') ids.add(record.id);
    } catch {
      // A line that is not JSON is not a finished record; its pair runs again.
    }
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, newline));
      take(Buffer.concat(pending));
      pending = [];
      from = newline + 1;
      completeBytes = position + from;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    position += chunk.length;
  }
  if (completeBytes < position) {
    truncateSync(path, completeBytes);
    stderr.write(`parallign: ${path}: dropped an unfinished last line (${position - completeBytes} bytes) left by an interrupted run\n`);
  }
  return ids;
}

function openOutput(options: BatchOptions, streams: BatchStreams): { stream: Writable; own: boolean } {
  if (options.out === undefined) return { stream: streams.stdout, own: false };
  let fd: number;
  try {
    fd = openSync(options.out, options.resume ? 'a' : 'w');
  } catch (error) {
    throw new ParallignError('UNREADABLE', `${options.out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { stream: createWriteStream(options.out, { fd }), own: true };
}

async function executeBatch(options: BatchOptions, streams: BatchStreams): Promise<number> {
  const items = openManifest(options, streams);
  const doneIds = options.resume && options.out !== undefined ? await readDoneIds(options.out, streams.stderr) : new Set<string>();
  const output = openOutput(options, streams);
  const started = performance.now();
  const counts = { ok: 0, failed: 0, skipped: 0 };
  const seenIds = new Set<string>();
  const window: WindowEntry[] = [];
  const windowLimit = options.workers * WINDOW_PER_WORKER;
  const showProgress = streams.stderr.isTTY === true;
  let lastProgress = started;
  let pool: PairPool | undefined;
  let sequence = 0;

  const write = async (line: string) => {
    if (!output.stream.write(line + '\n')) await once(output.stream, 'drain');
  };
  const flushFinished = async () => {
    while (window.length > 0 && window[0]!.done) {
      const entry = window.shift()!;
      if (entry.ok) counts.ok += 1;
      else counts.failed += 1;
      await write(entry.line);
    }
    if (showProgress && performance.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
      lastProgress = performance.now();
      const seconds = (lastProgress - started) / 1000;
      streams.stderr.write(`\rparallign batch: ${counts.ok + counts.failed} done, ${counts.failed} failed, ${((counts.ok + counts.failed) / seconds).toFixed(1)} pairs/s `);
    }
  };
  const settled = (line: string, ok: boolean): WindowEntry => ({ done: true, ok, line, finished: Promise.resolve() });

  try {
    for await (const item of items) {
      if (doneIds.has(item.id)) {
        counts.skipped += 1;
        continue;
      }
      if (seenIds.has(item.id)) {
        window.push(settled(failureLine(item.id, `${options.manifest}: id ${JSON.stringify(item.id)} appears more than once; only its first pair was compared`), false));
      } else if (item.kind === 'problem') {
        seenIds.add(item.id);
        window.push(settled(failureLine(item.id, item.error), false));
      } else {
        seenIds.add(item.id);
        pool ??= new PairPool(options.workers);
        const entry: WindowEntry = { done: false, ok: false, line: '', finished: Promise.resolve() };
        const task: PairTask = { sequence: sequence++, id: item.id, source: item.source, target: item.target, summary: options.summary };
        if (options.trustLanguages) task.trustLanguages = true;
        if (item.sourceLanguage !== undefined) task.sourceLanguage = item.sourceLanguage;
        if (item.targetLanguage !== undefined) task.targetLanguage = item.targetLanguage;
        if (item.sourceText !== undefined) task.sourceText = item.sourceText;
        if (item.targetText !== undefined) task.targetText = item.targetText;
        entry.finished = pool.run(task).then((result: PairResult) => {
          entry.done = true;
          entry.ok = result.ok;
          entry.line = result.line;
        });
        window.push(entry);
      }
      await flushFinished();
      while (window.length >= windowLimit) {
        await window[0]!.finished;
        await flushFinished();
      }
    }
    while (window.length > 0) {
      await window[0]!.finished;
      await flushFinished();
    }
  } finally {
    await pool?.close();
    if (output.own) {
      output.stream.end();
      await once(output.stream, 'finish');
    }
  }

  const seconds = (performance.now() - started) / 1000;
  const total = counts.ok + counts.failed;
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped as already done` : '';
  streams.stderr.write(
    `${showProgress ? '\r\u001b[K' : ''}parallign batch: ${total} pairs in ${seconds.toFixed(2)} s (${(total / Math.max(seconds, 1e-9)).toFixed(1)} pairs/s): ${counts.ok} ok, ${counts.failed} failed${skipped}\n`,
  );
  return 0;
}

/**
 * `parallign align`'s input: one segment per line, each file read and scanned for the aligner (scanSide).
 * On long input the target is read and scanned by a worker thread (align-worker.ts) while this thread does
 * the source: the scans are a third of a long alignment's time, and the machine has a second core. The
 * worker hands its scan over as transferred typed arrays (no copy) and the key strings.
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type LanguageCode, ParallignError, type ParallignErrorCode, scanSide, type SideScan } from '../index.js';
import { readInputFile } from './read-input.js';
import { workerSpec } from './worker-spec.js';

/**
 * Below this many bytes in the target file, both sides are scanned on this thread: starting a worker (a new
 * V8 isolate loading the bundle) took 150–210 ms to its first message (load 4.6), about what scanning 1 MB
 * (≈ 8 000 segments) takes.
 */
export const WORKER_MIN_BYTES = 1 << 20;
/**
 * The worker is only worth it with a core to spare: at 100 000 segments a side, with the narrower third
 * pass (long.ts, THIRD_PASS_RADIUS) it cut 1.4–3.4 s of ≈ 20 s wall at load 1–2 where the radius alone
 * saves 1.1–1.4 s of CPU, and nothing at load 3–6 (the other core busy); it costs memory either way (peak
 * RSS +25–40 MB: a second heap, and its allocator's arena). So it is started only when the cores minus the
 * last minute's load average are at least this: load ≤ 1.5 on two cores (the load average counts this
 * command's own previous runs too, as in those A/B runs).
 */
const SPARE_CORE = 0.5;

/** One side to read: its path (`-` is standard input), the size limit and the language for anchors. */
export interface AlignInput {
  path: string;
  maxBytes: number;
  language?: LanguageCode | undefined;
}

/** What the worker posts back: the scan, or the error that stopped it. */
export type ScanReply = { scan: SideScan } | { error: { code?: ParallignErrorCode; message: string } };

/**
 * One segment per line; a final newline does not start another segment, and an empty file has none.
 * (slice, not replace: a slice of a long string shares its characters, a replace copies the whole file).
 */
export function segmentLines(text: string): string[] {
  if (text === '') return [];
  const end = text.endsWith('\r\n') ? text.length - 2 : text.endsWith('\n') ? text.length - 1 : text.length;
  return text.slice(0, end).split(/\r?\n/);
}

/** Reads and scans one side on this thread. */
export function scanInput(input: AlignInput): SideScan {
  const texts = segmentLines(readInputFile(input.path, { maxBytes: input.maxBytes }).text);
  return scanSide(input.language ? { texts, language: input.language } : { texts });
}

/**
 * Whether the target is worth a worker: a regular file (not standard input) of at least WORKER_MIN_BYTES,
 * on a machine that is not busy (see SPARE_CORE).
 */
function worthAWorker(path: string, spareCores: number): boolean {
  if (path === '-' || spareCores < SPARE_CORE) return false;
  try {
    const stats = statSync(path);
    return stats.isFile() && stats.size >= WORKER_MIN_BYTES;
  } catch {
    return false; // this thread's read reports the problem
  }
}

/**
 * Both sides scanned: the source on this thread, the target on a worker when it is long and the machine
 * not busy (`spareCores`: the cores minus the 1-minute load average). Errors are the sequential ones: the
 * source's first (the worker is stopped), then the target's.
 */
export async function scanInputs(
  source: AlignInput,
  target: AlignInput,
  spareCores = availableParallelism() - (loadavg()[0] ?? 0),
): Promise<{ source: SideScan; target: SideScan }> {
  if (!worthAWorker(target.path, spareCores)) return { source: scanInput(source), target: scanInput(target) };
  const spec = workerSpec('align-worker');
  const worker = new Worker(spec.script, { eval: spec.eval, workerData: target });
  const reply = new Promise<ScanReply>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error) => resolve({ error: { message: error instanceof Error ? error.message : String(error) } }));
    worker.once('exit', (code) => resolve({ error: { message: `the target's scanning thread stopped (exit ${code})` } }));
  });
  let sourceScan: SideScan;
  try {
    sourceScan = scanInput(source);
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const answer = await reply;
  void worker.terminate();
  if ('error' in answer) {
    // A ParallignError (an unreadable or over-large file) keeps its code; anything else is an internal error.
    const { code, message } = answer.error;
    throw code ? new ParallignError(code, message) : new Error(message);
  }
  return { source: sourceScan, target: answer.scan };
}

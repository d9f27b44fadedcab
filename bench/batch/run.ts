/**
 * bench/batch: pairs per second through `parallign batch` on EU-Reporter-sized article pairs.
 *
 * Generates N variations of the seed Swedish–Arabic EU Reporter article pair (corpus/), deterministically
 * from a seed: on each side independently, paragraphs dropped, neighbouring paragraphs swapped and single
 * sentences dropped, so no two pairs are alike and the aligner meets omissions and moves. Then runs the
 * built CLI, `node dist/cli.js batch MANIFEST --out FILE`, with the full report and with --summary, on
 * every core and on one, and prints pairs per second (wall time from spawn to exit, node start-up and
 * worker start-up included). Target (issue 5): ≥ 200 pairs/s on this 2-core machine.
 *
 * It also prints the CPU time of each command (user + system, every thread: driver, workers, V8's
 * compiler and GC threads; bench/batch/child.mjs reads it at exit) per pair, and the rate that CPU cost
 * allows on its workers' cores of an otherwise idle machine. On a machine shared with other work the
 * wall-clock rate swings with that work (a factor of two from one run to the next here); the CPU cost per
 * pair much less, and it is the figure to compare between builds.
 *
 * Usage: npm run bench:batch [-- --pairs 2000] [--seed 1] [--detect] [--trust-languages] [--keep] [--dist DIR]
 *   --detect  leave the languages out of the manifest so each pair pays for language detection
 *   --trust-languages  one more run: full reports with `batch --trust-languages` (the manifest's languages
 *                   taken without detection; a build from before the option rejects it)
 *   --paragraphs K  keep only the first K paragraphs of each side: with K = 2 the pairs are tiny and the
 *                   figure is the batch machinery's own ceiling (reading, threads, ordering, writing)
 *   --dist DIR      run another build's dist/cli.js (a copy of an earlier build), to compare builds
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom } from '../devsets/prng.js';
import { varyArticle } from './vary.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = join(ROOT, 'bench/batch/child.mjs');
const SOURCE = join(ROOT, 'corpus/eureporter-global-alliance.sv.txt');
const TARGET = join(ROOT, 'corpus/eureporter-global-alliance.ar.txt');

/** The first `count` paragraphs of a text (all of it for Infinity). */
function firstParagraphs(text: string, count: number): string {
  return Number.isFinite(count) ? text.split(/\n\s*\n/).slice(0, count).join('\n\n') : text;
}

function generate(dir: string, pairs: number, seed: number, detect: boolean, paragraphs: number): { manifest: string; bytes: number } {
  const source = firstParagraphs(readFileSync(SOURCE, 'utf8'), paragraphs);
  const target = firstParagraphs(readFileSync(TARGET, 'utf8'), paragraphs);
  const next = createRandom(seed).next;
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; i < pairs; i++) {
    const sourceText = varyArticle(source, next);
    const targetText = varyArticle(target, next);
    bytes += Buffer.byteLength(sourceText) + Buffer.byteLength(targetText);
    writeFileSync(join(dir, `article-${i}.sv.txt`), sourceText);
    writeFileSync(join(dir, `article-${i}.ar.txt`), targetText);
    const entry: Record<string, string> = { id: `article-${i}`, source: `article-${i}.sv.txt`, target: `article-${i}.ar.txt` };
    if (!detect) Object.assign(entry, { sourceLang: 'sv', targetLang: 'ar' });
    lines.push(JSON.stringify(entry));
  }
  const manifest = join(dir, 'manifest.jsonl');
  writeFileSync(manifest, lines.join('\n') + '\n');
  return { manifest, bytes };
}

interface Run {
  label: string;
  workers: number;
  seconds: number;
  ok: number;
  failed: number;
  outputMb: number;
  /** Sum of the per-pair `ms` (read + compare) the summary records report, in seconds; 0 without --summary. */
  compareSeconds: number;
  /** CPU time of the whole command (user + system, every thread), in seconds. */
  cpuSeconds: number;
}

async function runBatch(label: string, cli: string, manifest: string, out: string, workers: number, extra: string[]): Promise<Run> {
  const usageFile = `${out}.usage.json`;
  const env = { ...process.env, PARALLIGN_BENCH_CLI: cli, PARALLIGN_BENCH_USAGE_FILE: usageFile };
  const started = performance.now();
  const child = spawn(process.execPath, [CHILD, 'batch', manifest, '--out', out, '--workers', String(workers), ...extra], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code: number | null = await new Promise((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`batch exited ${code}: ${stderr.trim()}`);
  const text = readFileSync(out, 'utf8');
  let ok = 0;
  let failed = 0;
  let compareMs = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const record = JSON.parse(line) as { ok: boolean; ms?: number };
    if (record.ok) ok++;
    else failed++;
    compareMs += record.ms ?? 0;
  }
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number };
  rmSync(usageFile);
  return { label, workers, seconds, ok, failed, outputMb: Buffer.byteLength(text) / 2 ** 20, compareSeconds: compareMs / 1000, cpuSeconds: usage.cpuMs / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pairs: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      detect: { type: 'boolean', default: false },
      'trust-languages': { type: 'boolean', default: false },
      paragraphs: { type: 'string' },
      keep: { type: 'boolean', default: false },
      dist: { type: 'string', default: join(ROOT, 'dist') },
    },
  });
  const cli = join(resolve(values.dist), 'cli.js');
  const pairs = Number(values.pairs);
  const cores = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), 'parallign-batch-bench-'));
  try {
    const { manifest, bytes } = generate(dir, pairs, Number(values.seed), values.detect, values.paragraphs === undefined ? Infinity : Number(values.paragraphs));
    console.log('bench/batch: `parallign batch` on generated variations of the seed sv-ar EU Reporter pair (corpus/)');
    console.log(`machine: ${cores} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${new Date().toISOString()}`);
    console.log(`${pairs} pairs, ${(bytes / pairs / 1024).toFixed(1)} KiB per pair on average, languages ${values.detect ? 'detected' : 'given in the manifest'}`);
    console.log('pairs/s = pairs / wall time of the whole command (node and worker start-up included)');
    console.log('compare ms/pair = mean of the summaries\' `ms` (wall time to read + compare in a worker); ceiling = workers / that: the rate if batch cost nothing');
    console.log(`CPU ms/pair = CPU time of the whole command (every thread) / pairs; CPU-bound = its workers (at most ${cores} cores) / that: about the rate on an otherwise idle machine`);
    console.log(`CLI: ${cli}; load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);
    const runs: Run[] = [];
    runs.push(await runBatch('full report', cli, manifest, join(dir, 'full.jsonl'), cores, []));
    if (values['trust-languages']) runs.push(await runBatch('full trusted', cli, manifest, join(dir, 'full-trusted.jsonl'), cores, ['--trust-languages']));
    runs.push(await runBatch('--summary', cli, manifest, join(dir, 'summary.jsonl'), cores, ['--summary']));
    if (cores > 1) runs.push(await runBatch('--summary', cli, manifest, join(dir, 'summary-1.jsonl'), 1, ['--summary']));
    console.log(`${'mode'.padEnd(12)} ${'workers'.padStart(7)} ${'wall s'.padStart(8)} ${'pairs/s'.padStart(8)} ${'ok'.padStart(6)} ${'failed'.padStart(6)} ${'output MB'.padStart(10)} ${'compare ms/pair'.padStart(15)} ${'ceiling pairs/s'.padStart(15)} ${'CPU ms/pair'.padStart(11)} ${'CPU-bound pairs/s'.padStart(17)}`);
    for (const run of runs) {
      const cpuMsPerPair = (run.cpuSeconds * 1000) / pairs;
      console.log(
        `${run.label.padEnd(12)} ${String(run.workers).padStart(7)} ${run.seconds.toFixed(2).padStart(8)} ${(pairs / run.seconds).toFixed(1).padStart(8)} ${String(run.ok).padStart(6)} ${String(run.failed).padStart(6)} ${run.outputMb.toFixed(1).padStart(10)} ${(run.compareSeconds ? ((run.compareSeconds * 1000) / pairs).toFixed(2) : '').padStart(15)} ${(run.compareSeconds ? ((pairs * run.workers) / run.compareSeconds).toFixed(1) : '').padStart(15)} ${cpuMsPerPair.toFixed(2).padStart(11)} ${((Math.min(run.workers, cores) * 1000) / cpuMsPerPair).toFixed(1).padStart(17)}`,
      );
    }
    console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const best = runs.filter((r) => r.workers === cores).reduce((a, b) => (a.seconds < b.seconds ? a : b));
    console.log(`\ntarget ≥ 200 pairs/s on all ${cores} cores: ${pairs / best.seconds >= 200 ? 'met' : 'NOT MET'} (${(pairs / best.seconds).toFixed(1)} pairs/s, ${best.label})`);
  } finally {
    if (values.keep) console.log(`files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();

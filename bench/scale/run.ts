/**
 * bench/scale: how alignment time and memory grow with document length.
 *
 * Builds long pre-segmented pairs by concatenating development documents — the Text+Berg German–French
 * development document (read from ../shared/data/textberg-defr-dev, with its gold alignment) alternating
 * with the seed Swedish–Arabic article (corpus/, segmented by parallign, not scored) — runs
 * `node dist/cli.js align --presegmented` on them at 1k, 10k, 100k and 1M segments a side, and prints wall
 * time, segments per second, peak RSS, the growth factor between sizes (linear is about 10× per 10×) and
 * strict/lax F1 on the Text+Berg parts against the gold shifted by each copy's offsets.
 *
 * Targets (issue 5, 2-core machine): 100 000 a side ≤ 5 s and ≤ 300 MB; 1 000 000 a side ≤ 60 s and ≤ 2 GB;
 * accuracy at 100 000 no worse than on the single document.
 *
 * Usage: npm run bench:scale [-- --max 100000] [--sizes 1000,10000] [--timeout 300] [--rss-limit-mb 8000] [--keep]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseBeads } from '../accuracy/score.js';
import { type BuiltPair, buildPair, loadUnits, score, TEXTBERG } from './pairs.js';

const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url));
const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];
/** How often the child's resident memory is checked against the safety limit, in milliseconds. */
const RSS_POLL_MS = 100;

interface Measurement {
  size: number;
  sourceSegments: number;
  targetSegments: number;
  status: string;
  wallSeconds?: number;
  peakRssMb?: number;
  strictF1?: number;
  laxF1?: number;
}

function residentMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the CLI on one pair; wall time from spawn to exit, peak RSS as the child reports it. */
async function measure(workDir: string, size: number, pair: BuiltPair, timeoutSeconds: number, rssLimitMb: number): Promise<Measurement> {
  const sourcePath = join(workDir, `${size}.src.txt`);
  const targetPath = join(workDir, `${size}.tgt.txt`);
  const outPath = join(workDir, `${size}.beads.txt`);
  const rssPath = join(workDir, `${size}.rss`);
  writeFileSync(sourcePath, pair.source.join('\n') + '\n');
  writeFileSync(targetPath, pair.target.join('\n') + '\n');
  const base: Measurement = { size, sourceSegments: pair.source.length, targetSegments: pair.target.length, status: '' };
  const maxSizeMb = String(Math.ceil((Buffer.byteLength(pair.source.join('\n')) + Buffer.byteLength(pair.target.join('\n'))) / 2 ** 20) + 64);

  const started = performance.now();
  const child = spawn(process.execPath, [CHILD, 'align', sourcePath, targetPath, '--presegmented', '--out', outPath, '--max-size', maxSizeMb], {
    env: { ...process.env, PARALLIGN_BENCH_RSS_FILE: rssPath },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let killedFor = '';
  const poll = setInterval(() => {
    const rss = child.pid === undefined ? undefined : residentMb(child.pid);
    if (rss !== undefined && rss > rssLimitMb) {
      killedFor = `killed at ${Math.round(rss)} MB RSS (limit ${rssLimitMb} MB)`;
      child.kill('SIGKILL');
    }
    if ((performance.now() - started) / 1000 > timeoutSeconds) {
      killedFor = `killed after ${timeoutSeconds} s`;
      child.kill('SIGKILL');
    }
  }, RSS_POLL_MS);
  const [code, signal]: [number | null, NodeJS.Signals | null] = await new Promise((resolve) => child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal])));
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  if (killedFor) return { ...base, status: killedFor };
  if (code !== 0) {
    // V8 prints its last GCs before the fatal line; the fatal line is the one that says what happened.
    const lines = stderr.trim().split('\n');
    const reason = lines.find((line) => /FATAL ERROR|out of memory|^parallign:/i.test(line)) ?? lines[0] ?? '';
    return { ...base, status: `failed (${code === null ? `signal ${signal}` : `exit ${code}`}): ${reason.trim()}` };
  }
  const peakRssMb = Number(readFileSync(rssPath, 'utf8')) / 1024;
  const output = parseBeads(readFileSync(outPath, 'utf8'), outPath);
  const f1 = score(pair, output);
  return { ...base, status: 'ok', wallSeconds, peakRssMb, strictF1: f1.strict, laxF1: f1.lax };
}

function pad(value: string, width: number): string {
  return value.padStart(width);
}

function printTable(rows: Measurement[], baseline: Measurement | undefined): void {
  const header = ['size', 'segments src/tgt', 'wall s', 'segments/s', 'peak RSS MB', 'time ×', 'RSS ×', 'strict F1', 'lax F1', 'status'];
  const widths = [9, 18, 8, 11, 12, 7, 6, 10, 7, 0];
  console.log(header.map((h, i) => pad(h, widths[i]!)).join('  '));
  let previous: Measurement | undefined;
  const all = baseline ? [baseline, ...rows] : rows;
  for (const row of all) {
    const ok = row.status === 'ok';
    const growth = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && previous?.status === 'ok' && row !== baseline ? (a / b).toFixed(1) : '');
    console.log(
      [
        row === baseline ? '1 doc' : String(row.size),
        `${row.sourceSegments}/${row.targetSegments}`,
        ok ? row.wallSeconds!.toFixed(2) : '',
        ok ? Math.round(row.sourceSegments / row.wallSeconds!).toString() : '',
        ok ? row.peakRssMb!.toFixed(0) : '',
        growth(row.wallSeconds, previous?.wallSeconds),
        growth(row.peakRssMb, previous?.peakRssMb),
        ok ? row.strictF1!.toFixed(3) : '',
        ok ? row.laxF1!.toFixed(3) : '',
        row.status,
      ]
        .map((cell, i) => pad(cell, widths[i]!))
        .join('  '),
    );
    if (row !== baseline) previous = row;
  }
}

function verdict(rows: Measurement[]): void {
  const targets = [
    { size: 100_000, seconds: 5, mb: 300 },
    { size: 1_000_000, seconds: 60, mb: 2048 },
  ];
  for (const target of targets) {
    const row = rows.find((r) => r.size === target.size);
    if (!row) continue;
    if (row.status !== 'ok') {
      console.log(`target ${target.size} a side (≤ ${target.seconds} s, ≤ ${target.mb} MB): NOT MET (${row.status})`);
      continue;
    }
    const met = row.wallSeconds! <= target.seconds && row.peakRssMb! <= target.mb;
    console.log(`target ${target.size} a side (≤ ${target.seconds} s, ≤ ${target.mb} MB): ${met ? 'met' : 'NOT MET'} (${row.wallSeconds!.toFixed(2)} s, ${row.peakRssMb!.toFixed(0)} MB)`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      max: { type: 'string' },
      sizes: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      'rss-limit-mb': { type: 'string', default: '8000' },
      keep: { type: 'boolean', default: false },
      'keep-going': { type: 'boolean', default: false },
    },
  });
  let sizes = values.sizes ? values.sizes.split(',').map(Number) : DEFAULT_SIZES;
  if (values.max) sizes = sizes.filter((size) => size <= Number(values.max));
  const timeoutSeconds = Number(values.timeout);
  const rssLimitMb = Number(values['rss-limit-mb']);

  console.log('bench/scale: `parallign align --presegmented` on concatenated development documents');
  console.log(`reads ${TEXTBERG} (Text+Berg de-fr dev, with gold) and corpus/ (seed sv-ar, unscored)`);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}, ${new Date().toISOString()}`);
  console.log(`peak RSS: getrusage ru_maxrss of the CLI process; wall: spawn to exit (node start-up included)\n`);

  const units = loadUnits();
  const workDir = mkdtempSync(join(tmpdir(), 'parallign-scale-'));
  try {
    const single = buildPair(units.slice(0, 1), 1);
    const baseline = await measure(workDir, 0, single, timeoutSeconds, rssLimitMb);
    const rows: Measurement[] = [];
    let stop = '';
    for (const size of sizes) {
      const pair = buildPair(units, size);
      if (stop) {
        rows.push({ size, sourceSegments: pair.source.length, targetSegments: pair.target.length, status: stop });
        continue;
      }
      process.stderr.write(`running ${size} a side (${pair.source.length}/${pair.target.length} segments)…\n`);
      const row = await measure(workDir, size, pair, timeoutSeconds, rssLimitMb);
      rows.push(row);
      if (row.status !== 'ok' && !values['keep-going']) stop = `skipped (${size} did not finish)`;
    }
    printTable(rows, baseline);
    console.log('');
    verdict(rows);
  } finally {
    if (values.keep) console.log(`files kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

await main();

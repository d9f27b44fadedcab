/**
 * bench/batch/compare-ab.ts: `compare()` of two builds in one process, interleaved round by round, as a
 * `parallign batch` worker runs it (an AnalysisCache kept across pairs, one per build, and the JSON record
 * made), in CPU milliseconds per pair; and language detection (`detectLanguage`) of the seed articles the
 * same way. On a machine shared with other work two runs of bench/batch/run.ts or stages.ts move by more
 * than a change outside the aligner is worth; here both builds meet the same load, so their medians compare.
 *
 * Pairs: the seed sv-ar pair and `--variations` variations made as bench/batch/run.ts makes them. It first
 * checks that both builds give the same records on every pair. `--trust` compares as `batch
 * --trust-languages` does (no detection of the given languages).
 *
 * Usage: npm run build && npx tsx bench/batch/compare-ab.ts --base DIR [--dist DIR] [--rounds 20]
 *          [--variations 20] [--trust]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Parallign from '../../src/index.js';
import { createRandom } from '../devsets/prng.js';
import { varyArticle } from './vary.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
    rounds: { type: 'string', default: '20' },
    variations: { type: 'string', default: '20' },
    trust: { type: 'boolean', default: false },
  },
});
if (values.base === undefined) throw new Error('--base DIR (another build\'s dist/) is required');
const dists = [resolve(values.base), resolve(values.dist)] as const;
const libs = (await Promise.all(dists.map((dist) => import(pathToFileURL(join(dist, 'index.js')).href)))) as (typeof Parallign)[];

const read = (name: string) => readFileSync(join(ROOT, 'corpus', name), 'utf8');
const source = read('eureporter-global-alliance.sv.txt');
const target = read('eureporter-global-alliance.ar.txt');
const next = createRandom(1).next;
const pairs: [string, string][] = [[source, target]];
for (let i = 0; i < Number(values.variations); i++) pairs.push([varyArticle(source, next), varyArticle(target, next)]);
const caches = libs.map((lib) => lib.createAnalysisCache());
const options = (k: number): Parallign.CompareOptions => ({ sourceLanguage: 'sv', targetLanguage: 'ar', cache: caches[k]!, checkGivenLanguages: !values.trust });

/** Every pair compared by build `k`, as batch records. */
function records(k: number): string[] {
  const lib = libs[k]!;
  return pairs.map(([s, t]) => JSON.stringify({ id: 'x', ok: true, report: lib.compare(s, t, options(k)) }));
}

/** CPU milliseconds of `run`. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** `measure(k)` of both builds, `rounds` times, the order alternating; per-round CPU ms of each. */
function interleave(rounds: number, measure: (k: number) => number): [number[], number[]] {
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) times[k as 0 | 1].push(measure(k));
  }
  return times;
}

function report(label: string, unit: string, [base, self]: [number[], number[]]): void {
  const change = (median(self) / median(base) - 1) * 100;
  console.log(`${label.padEnd(28)} base ${median(base).toFixed(3)}  this ${median(self).toFixed(3)} ${unit}  ${change >= 0 ? '+' : ''}${change.toFixed(1)} %`);
}

const [first, second] = [records(0), records(1)];
const differing = first.filter((line, i) => line !== second[i]).length;
if (differing > 0) throw new Error(`the two builds give different records on ${differing} of ${pairs.length} pairs`);
for (let i = 0; i < 3; i++) [0, 1].forEach(records);

const rounds = Number(values.rounds);
console.log(`bench/batch/compare-ab: the seed sv-ar pair and ${pairs.length - 1} variations, ${new Date().toISOString()}`);
console.log(`base ${dists[0]}, this ${dists[1]}; records identical on every pair; median of ${rounds} interleaved rounds, CPU ms\n`);
report(`compare() + record${values.trust ? ', trusted' : ''}`, 'ms/pair', interleave(rounds, (k) => cpuMs(() => records(k)) / pairs.length));
for (const [text, language] of [[source, 'sv'], [target, 'ar']] as const) {
  const times = 50;
  report(`detectLanguage (${language} article)`, 'ms/text', interleave(rounds, (k) => cpuMs(() => { for (let i = 0; i < times; i++) libs[k]!.detectLanguage(text); }) / times));
}

/**
 * bench/batch/detectors.ts: `findDivergences` of two builds in one process, interleaved round by round, in
 * CPU milliseconds per pair. On a machine shared with other work, two runs of bench/batch/stages.ts move by
 * more than a detector's change; here both builds meet the same load, so their medians compare.
 *
 * Contexts are made once, by the first build's `compare()` (the seed sv-ar pair and `--variations` bench
 * variations, as bench/batch/stages.ts makes them), and both builds run the detectors on them: a name memo
 * kept across pairs as a batch worker keeps one (`--no-memo`: a fresh one per call, as a lone `compare`).
 * It first checks that both builds find the same divergences on every context.
 *
 * Usage: npm run build && npx tsx bench/batch/detectors.ts --base DIR [--dist DIR] [--rounds 60]
 *          [--variations 20] [--kinds entity-mismatch,artifact] [--no-memo]
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
    rounds: { type: 'string', default: '60' },
    variations: { type: 'string', default: '20' },
    kinds: { type: 'string' },
    'no-memo': { type: 'boolean', default: false },
  },
});
if (!values.base) throw new Error('--base DIR: the build to compare with (a copy of an earlier dist/)');
const load = async (dir: string) => (await import(pathToFileURL(join(resolve(dir), 'index.js')).href)) as typeof Parallign;
const base = await load(values.base);
const build = await load(values.dist);

const source = readFileSync(join(ROOT, 'corpus/eureporter-global-alliance.sv.txt'), 'utf8');
const target = readFileSync(join(ROOT, 'corpus/eureporter-global-alliance.ar.txt'), 'utf8');
const next = createRandom(1).next;
const pairs: [string, string][] = [[source, target]];
for (let i = 0; i < Number(values.variations); i++) pairs.push([varyArticle(source, next), varyArticle(target, next)]);

const contexts: Parallign.DivergenceContext[] = pairs.map(([sourceText, targetText]) => {
  const comparison = base.compare(sourceText, targetText, { sourceLanguage: 'sv', targetLanguage: 'ar' });
  const anchorsOf = (side: Parallign.DocumentSide) => side.segments.map((segment) => base.findAnchors(segment, side.language));
  return {
    source: comparison.source, target: comparison.target, beads: comparison.beads,
    sourceAnchors: anchorsOf(comparison.source), targetAnchors: anchorsOf(comparison.target), sourceText, targetText,
  };
});
const options: Parallign.DivergenceOptions = values.kinds ? { kinds: values.kinds.split(',') as Parallign.DivergenceKind[] } : {};

for (const [k, context] of contexts.entries()) {
  if (JSON.stringify(base.findDivergences(context, options)) !== JSON.stringify(build.findDivergences(context, options))) {
    throw new Error(`the builds find different divergences on pair ${k}`);
  }
}

/** One pass of a build over every context; CPU ms per pair. */
function pass(lib: typeof Parallign, memo: Parallign.DivergenceContext['nameKeysMemo']): number {
  const before = process.cpuUsage();
  for (const context of contexts) lib.findDivergences(memo ? { ...context, nameKeysMemo: memo } : context, options);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / contexts.length;
}

const memoFor = (lib: typeof Parallign) => (values['no-memo'] ? undefined : lib.createNameKeysMemo(100_000));
const runs = [{ name: 'base', lib: base, memo: memoFor(base), times: [] as number[] }, { name: 'this', lib: build, memo: memoFor(build), times: [] as number[] }];
for (let warm = 0; warm < 5; warm++) for (const run of runs) pass(run.lib, run.memo);
for (let round = 0; round < Number(values.rounds); round++) {
  // Alternate which build goes first, so neither always runs right after the other's garbage.
  for (const run of round % 2 === 0 ? runs : [...runs].reverse()) run.times.push(pass(run.lib, run.memo));
}
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const [before, after] = runs.map((run) => median(run.times)) as [number, number];
console.log(`bench/batch/detectors: findDivergences${values.kinds ? ` (${values.kinds})` : ''} on the seed sv-ar pair and ${pairs.length - 1} variations, ${values['no-memo'] ? 'no name memo' : 'name memo kept'}, ${new Date().toISOString()}`);
console.log(`CPU ms per pair, median of ${values.rounds} interleaved rounds: base ${before.toFixed(3)} (${values.base}), this ${after.toFixed(3)} (${values.dist}): ${(100 * (after - before) / before).toFixed(1)} %`);

/**
 * bench/batch/outputs.ts: a hash of `compare()`'s JSON report on every input the speed work is measured
 * on, per group, so a change meant to be faster only can be shown to change nothing: run it on the build
 * before and after (`--dist DIR`) and compare the lines.
 *
 * Groups: the two seed pairs of corpus/ in both directions; the bench/batch variations of the seed sv-ar
 * pair (`--pairs`, seed 1, made as bench/batch/run.ts makes them); the development sets' documents as
 * running text (bench/devsets), in their own direction. Each report is the library's `formatReport(…,
 * 'json')`, what `parallign compare --format json` prints; the divergences alone are hashed too, so a
 * difference there is told apart from one in the beads.
 *
 * Usage: npm run build && npx tsx bench/batch/outputs.ts [--pairs 300] [--dist DIR]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Parallign from '../../src/index.js';
import { buildDevSets } from '../devsets/index.js';
import { createRandom } from '../devsets/prng.js';
import { varyArticle } from './vary.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '300' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
  },
});
const lib = (await import(pathToFileURL(join(resolve(values.dist), 'index.js')).href)) as typeof Parallign;

interface Pair { source: string; target: string; sourceLanguage: Parallign.LanguageCode; targetLanguage: Parallign.LanguageCode }

const corpus = (file: string) => readFileSync(join(ROOT, 'corpus', file), 'utf8');
const svAr: Pair = { source: corpus('eureporter-global-alliance.sv.txt'), target: corpus('eureporter-global-alliance.ar.txt'), sourceLanguage: 'sv', targetLanguage: 'ar' };
const plSv: Pair = { source: corpus('ec-press-note-global-alliance.pl.txt'), target: corpus('malmstrom-blog-global-alliance.sv.txt'), sourceLanguage: 'pl', targetLanguage: 'sv' };
const reversed = (pair: Pair): Pair => ({ source: pair.target, target: pair.source, sourceLanguage: pair.targetLanguage, targetLanguage: pair.sourceLanguage });

const next = createRandom(1).next;
const variations: Pair[] = [];
for (let i = 0; i < Number(values.pairs); i++) {
  variations.push({ ...svAr, source: varyArticle(svAr.source, next), target: varyArticle(svAr.target, next) });
}
const devDocs: Pair[] = buildDevSets()
  .filter((set) => set.sourceText !== undefined && set.targetText !== undefined)
  .map((set) => ({
    source: set.sourceText!, target: set.targetText!,
    sourceLanguage: set.sourceLanguage as Parallign.LanguageCode, targetLanguage: set.targetLanguage as Parallign.LanguageCode,
  }));

const groups: [string, Pair[]][] = [
  ['seed pairs', [svAr, reversed(svAr), plSv, reversed(plSv)]],
  ['bench variations', variations],
  ['dev-set documents', devDocs],
];

console.log(`bench/batch/outputs: sha256 of compare()'s JSON report, built library ${values.dist}`);
for (const [name, pairs] of groups) {
  const reports = createHash('sha256');
  const divergences = createHash('sha256');
  let count = 0;
  for (const pair of pairs) {
    const comparison = lib.compare(pair.source, pair.target, { sourceLanguage: pair.sourceLanguage, targetLanguage: pair.targetLanguage });
    reports.update(lib.formatReport(comparison, 'json')).update('\n');
    divergences.update(JSON.stringify(comparison.divergences)).update('\n');
    count += comparison.divergences.length;
  }
  console.log(`${name.padEnd(18)} ${String(pairs.length).padStart(4)} pairs  report ${reports.digest('hex').slice(0, 16)}  divergences ${divergences.digest('hex').slice(0, 16)} (${count})`);
}

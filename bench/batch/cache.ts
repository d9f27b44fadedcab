/**
 * bench/batch/cache.ts: what a kept `AnalysisCache` (compare's `cache` option, kept by each `parallign batch`
 * worker) saves, on documents that share words the way an archive's do and on documents that share
 * almost all of them the way bench/batch's variations do.
 *
 * Two streams of documents, each compared in order with one cache made fresh at the start of the stream
 * (so a document profits only from the documents before it, as in a worker) and without a cache, the two
 * interleaved round by round:
 * - `dev docs`: the development sets' documents (bench/devsets: UDHR and Debian Administrator's Handbook
 *   chapters, four language pairs), each a different text: the realistic case;
 * - `bench pairs`: the seed sv-ar pair and variations of it made as bench/batch/run.ts makes them, which
 *   share nearly every word: the upper bound that bench/batch measures.
 * It also checks that every comparison with the cache equals the one without (as JSON), and prints the
 * cache's size at the end of a stream. Times are CPU milliseconds per document, median of `--rounds`.
 *
 * Usage: npm run build && npx tsx bench/batch/cache.ts [--rounds 9] [--variations 20] [--dev-docs 40] [--dist DIR]
 */
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
    rounds: { type: 'string', default: '9' },
    variations: { type: 'string', default: '20' },
    'dev-docs': { type: 'string', default: '40' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
  },
});
const lib = (await import(pathToFileURL(join(resolve(values.dist), 'index.js')).href)) as typeof Parallign;

interface Doc {
  source: string;
  target: string;
  sourceLanguage: Parallign.LanguageCode;
  targetLanguage: Parallign.LanguageCode;
}

const devDocs: Doc[] = buildDevSets()
  .filter((set) => set.sourceText !== undefined && set.targetText !== undefined)
  .slice(0, Number(values['dev-docs']))
  .map((set) => ({
    source: set.sourceText!,
    target: set.targetText!,
    sourceLanguage: set.sourceLanguage as Parallign.LanguageCode,
    targetLanguage: set.targetLanguage as Parallign.LanguageCode,
  }));
const seedSource = readFileSync(join(ROOT, 'corpus/eureporter-global-alliance.sv.txt'), 'utf8');
const seedTarget = readFileSync(join(ROOT, 'corpus/eureporter-global-alliance.ar.txt'), 'utf8');
const next = createRandom(1).next;
const benchDocs: Doc[] = [{ source: seedSource, target: seedTarget, sourceLanguage: 'sv', targetLanguage: 'ar' }];
for (let i = 0; i < Number(values.variations); i++) {
  benchDocs.push({ source: varyArticle(seedSource, next), target: varyArticle(seedTarget, next), sourceLanguage: 'sv', targetLanguage: 'ar' });
}

const cpuMs = (run: () => void): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Compares every document in order; with `cache`, one cache for the whole stream. */
function stream(docs: readonly Doc[], cache: Parallign.AnalysisCache | undefined): Parallign.Comparison[] {
  return docs.map(({ source, target, sourceLanguage, targetLanguage }) =>
    lib.compare(source, target, cache ? { sourceLanguage, targetLanguage, cache } : { sourceLanguage, targetLanguage }),
  );
}

console.log(`bench/batch/cache: compare() of a stream of documents with one kept AnalysisCache and without, built library ${values.dist}`);
console.log(`CPU ms per document, median of ${values.rounds} rounds (a fresh cache each round), the two interleaved\n`);
for (const [name, docs] of [[`dev docs (${devDocs.length})`, devDocs], [`bench pairs (${benchDocs.length})`, benchDocs]] as const) {
  // Warm-up, and the check that the cache changes nothing.
  const plain = stream(docs, undefined).map((c) => JSON.stringify(c));
  const cache = lib.createAnalysisCache();
  const cached = stream(docs, cache).map((c) => JSON.stringify(c));
  const differ = plain.filter((json, k) => json !== cached[k]).length;
  const without: number[] = [];
  const withCache: number[] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    const order = r % 2 === 0 ? [false, true] : [true, false];
    for (const useCache of order) {
      const ms = cpuMs(() => stream(docs, useCache ? lib.createAnalysisCache() : undefined)) / docs.length;
      (useCache ? withCache : without).push(ms);
    }
  }
  const a = median(without);
  const b = median(withCache);
  console.log(
    `${name.padEnd(18)} without ${a.toFixed(2).padStart(7)}  with cache ${b.toFixed(2).padStart(7)}  (${(((b - a) / a) * 100).toFixed(1)} %)` +
      `  cache at the end: ${cache.words.words.size} spellings, ${cache.names.forms.size} searched words, ${cache.names.names.size} name words;` +
      `  ${differ === 0 ? 'every comparison equal' : `${differ} comparisons DIFFER`}`,
  );
}

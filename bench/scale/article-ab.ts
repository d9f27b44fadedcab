/**
 * bench/scale/article-ab.ts: two builds of the library compared on one article's alignment, in one process
 * and interleaved, so that a loaded machine's swings hit both alike (CPU time itself can swing twofold
 * between runs when other benchmarks share the two cores). Both builds are loaded side by side; the seed
 * Swedish–Arabic pair of corpus/ and `--variations` variations of it (bench/batch/vary.ts, as bench/batch makes
 * them), segmented with anchors found beforehand as `compare()` does, and the seed Polish–Swedish pair are
 * aligned with a word-analysis memo per build (as a batch worker keeps one), rounds alternating which build
 * goes first. Prints each build's median (and fastest) CPU milliseconds per `alignSegments`, and stops first
 * if the two builds give different beads on any pair.
 *
 * Usage: npm run build && npx tsx bench/scale/article-ab.ts --base /path/to/old/dist [--new dist] [--rounds 30] [--variations 10]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Parallign from '../../src/index.js';
import { varyArticle } from '../batch/vary.js';
import { createRandom } from '../devsets/prng.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    new: { type: 'string', default: join(ROOT, 'dist') },
    rounds: { type: 'string', default: '30' },
    variations: { type: 'string', default: '10' },
  },
});
if (!values.base) throw new Error('usage: article-ab.ts --base DIR [--new DIR] [--rounds 30] [--variations 10]');
const load = async (dir: string) => (await import(pathToFileURL(join(resolve(dir), 'index.js')).href)) as typeof Parallign;
const libs = [await load(values.base), await load(values.new)] as const;
const names = ['base', 'new'] as const;

type Side = Parallign.AlignSide;
const side = (text: string, language: Parallign.LanguageCode): Side => {
  const { segments } = libs[0].segmentDocument(text, { language });
  return { texts: segments.map((s) => s.text), anchors: segments.map((s) => libs[0].findAnchors(s, language)), blocks: segments.map((s) => s.block), language };
};
const read = (file: string) => readFileSync(join(ROOT, 'corpus', file), 'utf8');
const sv = read('eureporter-global-alliance.sv.txt');
const ar = read('eureporter-global-alliance.ar.txt');
const next = createRandom(1).next;
const articles: [Side, Side][] = [[side(sv, 'sv'), side(ar, 'ar')]];
for (let v = 0; v < Number(values.variations); v++) articles.push([side(varyArticle(sv, next), 'sv'), side(varyArticle(ar, next), 'ar')]);
const groups: { name: string; pairs: [Side, Side][]; repeat: number }[] = [
  { name: `sv-ar + ${values.variations} variations`, pairs: articles, repeat: 2 },
  { name: 'seed pl-sv', pairs: [[side(read('ec-press-note-global-alliance.pl.txt'), 'pl'), side(read('malmstrom-blog-global-alliance.sv.txt'), 'sv')]], repeat: 10 },
];
const memos = libs.map((lib) => lib.createAnalysisCache().words);
const align = (b: 0 | 1, [s, t]: [Side, Side]) => libs[b].alignSegments(s, t, { wordMemo: memos[b]! });

for (const { name, pairs } of groups) {
  for (const pair of pairs) {
    if (JSON.stringify(align(0, pair)) !== JSON.stringify(align(1, pair))) throw new Error(`${name}: the two builds give different beads`);
  }
}
const cpuMs = (run: () => void) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
// Warm-up, so that both builds are JIT-compiled before the first measured round.
for (let w = 0; w < 3; w++) for (const b of [0, 1] as const) for (const { pairs } of groups) for (const pair of pairs) align(b, pair);
const times = groups.map(() => [[], []] as [number[], number[]]);
for (let r = 0; r < Number(values.rounds); r++) {
  for (const b of r % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const)) {
    groups.forEach(({ pairs, repeat }, g) => {
      const ms = cpuMs(() => {
        for (let q = 0; q < repeat; q++) for (const pair of pairs) align(b, pair);
      });
      times[g]![b].push(ms / (repeat * pairs.length));
    });
  }
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
groups.forEach(({ name }, g) => {
  const [base, now] = times[g]!;
  const figures = [base, now].map((xs, b) => `${names[b]} ${median(xs).toFixed(2)} (fastest ${Math.min(...xs).toFixed(2)})`);
  console.log(`${name.padEnd(28)} ${figures.join(' | ')} ms CPU per alignment; new/base ${(median(now) / median(base)).toFixed(3)}`);
});

/**
 * bench/scale/article.ts: what one article costs in `alignSegments`, JIT warm. The seed pairs of corpus/
 * (segmented by parallign, anchors found beforehand as compare() does) and the development-set documents
 * are aligned again and again; prints milliseconds per alignment for each group. `parallign batch` has
 * 10 ms a pair for everything (issue 5: 200 pairs/s on 2 cores), so this is the aligner's share of it.
 * CPU time (user + sys) is the figure to compare on a shared machine; wall time is printed beside it.
 * Profile with `node --cpu-prof --import tsx bench/scale/article.ts --dist dist` (the built bundle keeps line
 * numbers; tsx's transform does not). `--dist DIR` aligns with the built library in DIR (a copy of an earlier
 * `dist/`, to compare two builds back to back) instead of the sources.
 *
 * Usage: npx tsx bench/scale/article.ts [--rounds 20] [--dev-docs 40] [--dist DIR]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as sources from '../../src/index.js';
import type { AlignSide } from '../../src/align/index.js';
import type { LanguageCode } from '../../src/types.js';
import { buildDevSets } from '../devsets/index.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '20' }, 'dev-docs': { type: 'string', default: '40' }, dist: { type: 'string' } },
});
const lib = values.dist ? ((await import(pathToFileURL(join(resolve(values.dist), 'index.js')).href)) as typeof sources) : sources;
const { alignSegments, findAnchors, segmentDocument } = lib;
if (values.dist) console.log(`built library ${resolve(values.dist)}`);
const rounds = Number(values.rounds);
const root = fileURLToPath(new URL('../../', import.meta.url));

function side(text: string, language: LanguageCode): AlignSide {
  const { segments } = segmentDocument(text, { language });
  return {
    texts: segments.map((s) => s.text),
    anchors: segments.map((s) => findAnchors(s, language)),
    blocks: segments.map((s) => s.block),
    language,
  };
}
const corpusSide = (file: string, language: LanguageCode) => side(readFileSync(`${root}corpus/${file}`, 'utf8'), language);
const groups: { name: string; pairs: [AlignSide, AlignSide][] }[] = [
  { name: 'seed sv-ar', pairs: [[corpusSide('eureporter-global-alliance.sv.txt', 'sv'), corpusSide('eureporter-global-alliance.ar.txt', 'ar')]] },
  { name: 'seed pl-sv', pairs: [[corpusSide('ec-press-note-global-alliance.pl.txt', 'pl'), corpusSide('malmstrom-blog-global-alliance.sv.txt', 'sv')]] },
];
const devPairs: [AlignSide, AlignSide][] = [];
for (const set of Number(values['dev-docs']) > 0 ? buildDevSets().slice(0, Number(values['dev-docs'])) : []) {
  const anchorsOf = (texts: readonly string[], language: LanguageCode) =>
    texts.map((text, index) => findAnchors({ index, text, start: 0, end: text.length, block: 0 }, language));
  devPairs.push([
    { texts: set.source, anchors: anchorsOf(set.source, set.sourceLanguage as LanguageCode), language: set.sourceLanguage as LanguageCode },
    { texts: set.target, anchors: anchorsOf(set.target, set.targetLanguage as LanguageCode), language: set.targetLanguage as LanguageCode },
  ]);
}
if (devPairs.length > 0) groups.push({ name: `dev docs (${devPairs.length})`, pairs: devPairs });

for (const { name, pairs } of groups) {
  // Warm-up rounds first, so the figure is the JIT-compiled steady state.
  for (let r = 0; r < 3; r++) for (const [s, t] of pairs) alignSegments(s, t);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const [s, t] of pairs) alignSegments(s, t);
  const cpu = process.cpuUsage(cpuBefore);
  const ms = (performance.now() - started) / (rounds * pairs.length);
  const cpuMs = (cpu.user + cpu.system) / 1000 / (rounds * pairs.length);
  const segments = pairs.reduce((sum, [s, t]) => sum + s.texts.length + t.texts.length, 0) / pairs.length / 2;
  console.log(`${name.padEnd(16)} ${cpuMs.toFixed(2)} ms CPU (user + sys), ${ms.toFixed(2)} ms wall per alignment  (${segments.toFixed(0)} segments a side on average)`);
}

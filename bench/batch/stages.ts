/**
 * bench/batch/stages.ts: where one EU-Reporter-sized `compare()` spends its time, stage by stage, in this
 * process (no worker, no file I/O): language detection, segmentation, anchors, alignment, each divergence
 * detector, and the JSON report. `bench/batch/run.ts` measures the whole batch command; this says which
 * stage a shortfall is in. The target (issue 5: ≥ 200 pairs/s on 2 cores) means ≈ 10 ms of CPU per pair.
 *
 * It runs the stages as `compare` chains them, on the seed sv-ar pair (corpus/) and, with `--variations
 * N`, on N variations of it made as bench/batch/run.ts makes them, after a warm-up (a batch worker runs
 * warm after its first pairs), and `compare()` once more as a batch worker runs it, with an AnalysisCache
 * kept across pairs (on variations of one article, the cache's best case: bench/batch/cache.ts has the
 * realistic one). Times are CPU milliseconds of this process (user + system), the median of `--rounds`
 * rounds, per pair. It loads the built library (dist/index.js; `--dist DIR` for another build,
 * e.g. a copy of an earlier one, so two builds compare back to back on the same machine).
 *
 * Usage: npm run build && npx tsx bench/batch/stages.ts [--rounds 7] [--variations 20] [--dist DIR]
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Parallign from '../../src/index.js';
import { createRandom } from '../devsets/prng.js';
import { varyArticle } from './vary.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    variations: { type: 'string', default: '20' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
  },
});
const lib = (await import(pathToFileURL(join(resolve(values.dist), 'index.js')).href)) as typeof Parallign;

const source = readFileSync(join(ROOT, 'corpus/eureporter-global-alliance.sv.txt'), 'utf8');
const target = readFileSync(join(ROOT, 'corpus/eureporter-global-alliance.ar.txt'), 'utf8');
const next = createRandom(1).next;
const pairs: [string, string][] = [[source, target]];
for (let i = 0; i < Number(values.variations); i++) pairs.push([varyArticle(source, next), varyArticle(target, next)]);

/** The detectors in the order `findDivergences` runs them (src/diverge/index.ts). */
const DETECTOR_KINDS: readonly Parallign.DivergenceKind[] = [
  'same-language', 'unaligned-segment', 'number-mismatch', 'number-shifted', 'entity-mismatch', 'untranslated',
  'artifact', 'length-ratio', 'format-mismatch',
];

/** CPU milliseconds of `run`. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const cache = 'createAnalysisCache' in lib ? lib.createAnalysisCache() : undefined;

/** One pass of every stage over every pair; returns CPU ms per stage, summed over the pairs. */
function pass(): Map<string, number> {
  const times = new Map<string, number>();
  const add = (stage: string, ms: number) => times.set(stage, (times.get(stage) ?? 0) + ms);
  for (const [sourceText, targetText] of pairs) {
    const sides = ([[sourceText, 'sv'], [targetText, 'ar']] as const).map(([text, language]) => {
      // compare() detects even when the language is given, to warn on a contradiction.
      add('detect language (franc)', cpuMs(() => lib.detectLanguage(text)));
      let document!: Parallign.SegmentedDocument;
      add('segment', cpuMs(() => (document = lib.segmentDocument(text, { language }))));
      let anchors!: Parallign.Anchor[][];
      add('findAnchors', cpuMs(() => (anchors = document.segments.map((segment) => lib.findAnchors(segment, language)))));
      const side: Parallign.DocumentSide = { language, languageSource: 'given', blocks: document.blocks, segments: document.segments };
      return { side, anchors, text };
    });
    const [src, tgt] = sides as [(typeof sides)[number], (typeof sides)[number]];
    let beads!: Parallign.Bead[];
    add('align (scale/acc)', cpuMs(() => {
      beads = lib.alignSegments(
        { texts: src.side.segments.map((s) => s.text), anchors: src.anchors, blocks: src.side.segments.map((s) => s.block), language: 'sv' },
        { texts: tgt.side.segments.map((s) => s.text), anchors: tgt.anchors, blocks: tgt.side.segments.map((s) => s.block), language: 'ar' },
      );
    }));
    const context: Parallign.DivergenceContext = {
      source: src.side, target: tgt.side, beads, sourceAnchors: src.anchors, targetAnchors: tgt.anchors, sourceText: src.text, targetText: tgt.text,
    };
    for (const kind of DETECTOR_KINDS) add(`  ${kind}`, cpuMs(() => lib.findDivergences(context, { kinds: [kind] })));
    let divergences!: Parallign.Divergence[];
    add('findDivergences (all)', cpuMs(() => (divergences = lib.findDivergences(context))));
    const comparison: Parallign.Comparison = { version: 1, source: src.side, target: tgt.side, beads, divergences, warnings: [] };
    add('JSON.stringify (batch record)', cpuMs(() => JSON.stringify({ id: 'x', ok: true, report: comparison })));
    add('formatReport json (compare CLI)', cpuMs(() => lib.formatReport(comparison, 'json')));
  }
  const sourceTarget = pairs.map(([s, t]) => [s, t] as const);
  add('compare() end to end', cpuMs(() => { for (const [s, t] of sourceTarget) lib.compare(s, t, { sourceLanguage: 'sv', targetLanguage: 'ar' }); }));
  // As a batch worker runs it: one AnalysisCache kept across pairs and rounds (a build from before the
  // cache has no createAnalysisCache: the line is left out).
  if (cache) add('compare() with a kept cache', cpuMs(() => { for (const [s, t] of sourceTarget) lib.compare(s, t, { sourceLanguage: 'sv', targetLanguage: 'ar', cache }); }));
  return times;
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

pass();
pass();
const rounds = Array.from({ length: Number(values.rounds) }, pass);
console.log(`bench/batch/stages: compare() by stage on the seed sv-ar pair and ${pairs.length - 1} variations, built library ${values.dist}`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${new Date().toISOString()}`);
console.log(`CPU ms per pair, median of ${rounds.length} rounds (each detector alone, then all of them as findDivergences runs them)\n`);
for (const stage of rounds[0]!.keys()) {
  const perPair = median(rounds.map((r) => r.get(stage)!)) / pairs.length;
  console.log(`${stage.padEnd(34)} ${perPair.toFixed(2).padStart(8)}`);
}

/**
 * bench/anchors/features.ts: per-segment cost of the two stages every segment of a long document goes
 * through before the aligner's search, `findAnchors` and `buildFeatures`, on the input bench/scale uses
 * (Text+Berg de-fr alternating with the seed sv-ar article, 10 000 segments a side by default,
 * pre-segmented, no language given: as `parallign align --presegmented` runs them). CPU µs per segment
 * (user + system), warm, the median of `--rounds` rounds and the best (on a busy machine the best is
 * the steadier figure); buildFeatures is timed with the anchors found
 * beforehand, so the two figures add up.
 *
 * `--root DIR` loads the sources of another checkout (a copy of an earlier tree), so two versions compare
 * back to back under the same transform (tsx); the bundled dist/ runs the same code somewhat faster.
 *
 * Usage: npx tsx bench/anchors/features.ts [--size 10000] [--rounds 7] [--root DIR]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Anchors from '../../src/anchors/index.js';
import type * as Features from '../../src/align/features.js';
import type { Anchor } from '../../src/types.js';
import { buildPair, loadUnits } from '../scale/pairs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '7' },
    root: { type: 'string', default: ROOT },
  },
});
const root = resolve(values.root);
const anchors = (await import(pathToFileURL(join(root, 'src/anchors/index.ts')).href)) as typeof Anchors;
const features = (await import(pathToFileURL(join(root, 'src/align/features.ts')).href)) as typeof Features;

const pair = buildPair(loadUnits(), Number(values.size));
const sides = [pair.source, pair.target];
const segments = pair.source.length + pair.target.length;

const cpuMs = (run: () => void): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

function round(): { anchors: number; features: number } {
  let found: Anchor[][][] = [];
  const anchorMs = cpuMs(() => {
    found = sides.map((texts) => texts.map((text) => anchors.findAnchors({ index: 0, text, start: 0, end: text.length, block: 0 }, 'und')));
  });
  const featureMs = cpuMs(() => {
    const keys = new features.KeyTable();
    sides.forEach((texts, s) => features.buildFeatures(texts, found[s]!, undefined, keys, new features.KeyTable()));
  });
  return { anchors: anchorMs, features: featureMs };
}

round();
const rounds = Array.from({ length: Number(values.rounds) }, round);
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
console.log(`bench/anchors/features: ${pair.source.length}/${pair.target.length} segments (bench/scale's ${values.size}), sources ${root}`);
console.log(`node ${process.version}, ${new Date().toISOString()}; CPU µs per segment, median of ${rounds.length} rounds\n`);
for (const stage of ['anchors', 'features'] as const) {
  const ms = median(rounds.map((r) => r[stage]));
  const best = Math.min(...rounds.map((r) => r[stage]));
  const perSegment = (x: number) => ((x * 1000) / segments).toFixed(2);
  console.log(`${stage === 'anchors' ? 'findAnchors  ' : 'buildFeatures'} ${perSegment(ms)} µs per segment (best ${perSegment(best)})`);
}

/**
 * bench/anchors/per-segment.ts: the cost of `findAnchors` per segment, in microseconds, on the built
 * library: every segment of the seed Swedish–Arabic pair (corpus/) repeated 100 times (8 500 segments),
 * warm, the median of `--rounds` rounds of CPU time (user + system). findAnchors runs once per segment of
 * every document, so this figure times the segment count is its share of a comparison: of a batch pair
 * (≈ 85 segments) and of a book (bench/scale: 100 000 segments a side).
 *
 * `--dist DIR` loads another build (a copy of an earlier dist/), so two builds compare back to back.
 *
 * Usage: npm run build && npx tsx bench/anchors/per-segment.ts [--rounds 9] [--dist DIR]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Parallign from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '9' }, dist: { type: 'string', default: join(ROOT, 'dist') } },
});
const lib = (await import(pathToFileURL(join(resolve(values.dist), 'index.js')).href)) as typeof Parallign;

const REPEAT = 100;
const sides = (['sv', 'ar'] as const).map((language) => {
  const text = readFileSync(join(ROOT, `corpus/eureporter-global-alliance.${language}.txt`), 'utf8');
  return { language, segments: lib.segmentDocument(Array(REPEAT).fill(text).join('\n\n'), { language }).segments };
});

function round(): { sv: number; ar: number; anchors: number } {
  const ms = { sv: 0, ar: 0, anchors: 0 };
  for (const { language, segments } of sides) {
    const before = process.cpuUsage();
    for (const segment of segments) ms.anchors += lib.findAnchors(segment, language).length;
    const used = process.cpuUsage(before);
    ms[language] = (used.user + used.system) / 1000;
  }
  return ms;
}

round();
round();
const rounds = Array.from({ length: Number(values.rounds) }, round);
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
console.log(`bench/anchors/per-segment: findAnchors on the seed sv-ar pair × ${REPEAT}, built library ${values.dist}`);
console.log(`node ${process.version}, ${new Date().toISOString()}; CPU µs per segment, median of ${rounds.length} rounds\n`);
let totalMs = 0;
let totalSegments = 0;
for (const { language, segments } of sides) {
  const ms = median(rounds.map((r) => r[language]));
  totalMs += ms;
  totalSegments += segments.length;
  console.log(`${language}: ${segments.length} segments, ${((ms * 1000) / segments.length).toFixed(1)} µs per segment`);
}
console.log(`both: ${totalSegments} segments, ${((totalMs * 1000) / totalSegments).toFixed(1)} µs per segment (${rounds[0]!.anchors} anchors a round)`);

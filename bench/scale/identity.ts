/**
 * bench/scale/identity.ts: a hash of every bead (indices and score) the aligner gives on the development
 * sets, the Text+Berg document and the seed pairs, per set. Speed work on the aligner must leave the beads of
 * short documents byte-identical; run this before and after a change and compare the lines. With
 * `--long FILE.src.txt,FILE.tgt.txt` (repeatable) it also hashes the beads of pre-segmented long pairs.
 *
 * Usage: npx tsx bench/scale/identity.ts [--long a.src.txt,a.tgt.txt]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXTBERG_DIR } from '../accuracy/setup.js';
import { parseArgs } from 'node:util';
import { alignSegments } from '../../src/align/index.js';
import type { Bead } from '../../src/types.js';
import { buildDevSets } from '../devsets/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const textBergDir = TEXTBERG_DIR;
const { values } = parseArgs({ options: { long: { type: 'string', multiple: true, default: [] } } });

const lines = (path: string) => readFileSync(path, 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
const hashOf = (beadLists: readonly (readonly Bead[])[]) => {
  const hash = createHash('sha256');
  for (const beads of beadLists) for (const b of beads) hash.update(`${b.source.join(',')}:${b.target.join(',')}:${b.score}\n`);
  return hash.digest('hex').slice(0, 16);
};
const report = (name: string, beadLists: readonly (readonly Bead[])[], ms: number) =>
  console.log(`${name.padEnd(16)} ${hashOf(beadLists)}  ${beadLists.reduce((s, l) => s + l.length, 0)} beads  ${ms.toFixed(0)} ms`);

let t0 = performance.now();
const textberg = alignSegments({ texts: lines(join(textBergDir, 'dev.de')), language: 'de' }, { texts: lines(join(textBergDir, 'dev.fr')), language: 'fr' });
report('textberg-de-fr', [textberg], performance.now() - t0);
const sets = buildDevSets();
for (const pair of ['sv-ar', 'pl-sv', 'sv-en', 'ar-en']) {
  t0 = performance.now();
  const all = sets
    .filter((s) => s.pair === pair)
    .map((set) => alignSegments({ texts: set.source, language: set.sourceLanguage }, { texts: set.target, language: set.targetLanguage }));
  report(pair, all, performance.now() - t0);
}
for (const spec of values.long) {
  const [sourcePath, targetPath] = spec.split(',') as [string, string];
  t0 = performance.now();
  report(sourcePath.split('/').pop()!, [alignSegments({ texts: lines(sourcePath) }, { texts: lines(targetPath) })], performance.now() - t0);
}

/**
 * bench/scale/quick.ts: `alignSegments` in this process on the same concatenated pairs as run.ts, for
 * trying search constants quickly. Prints the alignment's own time (no CLI start-up, no file I/O), the heap
 * in use after it and strict/lax F1 on the Text+Berg parts. Peak RSS and the CLI's figures come from run.ts.
 * The F1 of identical copies is inflated (pairs.ts); for accuracy on long input use distinct.ts.
 *
 * Usage: npx tsx bench/scale/quick.ts [--sizes 1000,10000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { alignSegments } from '../../src/index.js';
import { buildPair, loadUnits, score } from './pairs.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const units = loadUnits();
for (const size of values.sizes.split(',').map(Number)) {
  const pair = size === 0 ? buildPair(units.slice(0, 1), 1) : buildPair(units, size);
  const started = performance.now();
  const beads = alignSegments({ texts: pair.source }, { texts: pair.target });
  const seconds = (performance.now() - started) / 1000;
  const f1 = score(pair, beads);
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${String(size).padStart(8)}  ${pair.source.length}/${pair.target.length}  ${seconds.toFixed(2)} s  ` +
      `${Math.round(pair.source.length / seconds)} seg/s  heap ${heapMb.toFixed(0)} MB  strict F1 ${f1.strict.toFixed(3)}  lax ${f1.lax.toFixed(3)}`,
  );
}

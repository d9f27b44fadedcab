/**
 * `npx tsx bench/accuracy/quick.ts [--cost name=value ...] [--only textberg|sv-ar|...]`: the accuracy
 * figures of bench/accuracy/run.ts, in process and from the TypeScript sources (no build, no CLI spawn), for
 * fast iteration on the aligner's constants. Presegmented figures only, plus the seed pair through compare().
 * Each set also prints strict F1 / one-sided recall on a tuning half and a held-out half (halves.ts): tune
 * constants on the first, report the second.
 * Like run.ts it reads the Text+Berg development set from ../shared (only benchmarks may).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTuningArgs, TEXTBERG_DIR } from './setup.js';
import { alignSegments, type CostParameters } from '../../src/align/index.js';
import { compare } from '../../src/index.js';
import { buildDevSets } from '../devsets/index.js';
import { splitByPosition, splitDocuments } from './halves.js';
import { addCounts, type AlignmentCounts, countAlignment, parseBeads, ratios } from './score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const textBergDir = TEXTBERG_DIR;

const { cost, wanted } = parseTuningArgs(process.argv.slice(2));
/** All, then the tuning and held-out halves (halves.ts): strict F1 and one-sided recall of each. */
const show = (name: string, counts: AlignmentCounts, ms: number, tune: AlignmentCounts, heldOut: AlignmentCounts) => {
  const r = ratios(counts);
  const half = (c: AlignmentCounts) => `${ratios(c).strict.f1.toFixed(3)}/${ratios(c).oneSidedRecall.toFixed(3)}`;
  console.log(
    `${name.padEnd(16)} F1 ${r.strict.f1.toFixed(3)} (P ${r.strict.precision.toFixed(3)} R ${r.strict.recall.toFixed(3)}) lax ${r.lax.f1.toFixed(3)} 1-sided ${r.oneSidedRecall.toFixed(3)}  tune ${half(tune)} held-out ${half(heldOut)}  ${ms.toFixed(0)} ms`,
  );
};

if (wanted('textberg')) {
  const lines = (f: string) => readFileSync(join(textBergDir, f), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
  const gold = parseBeads(readFileSync(join(textBergDir, 'dev.defr'), 'utf8'), 'dev.defr');
  const t0 = performance.now();
  const beads = alignSegments({ texts: lines('dev.de'), language: 'de' }, { texts: lines('dev.fr'), language: 'fr' }, { cost });
  const halves = splitByPosition(gold, beads);
  show(
    'textberg-de-fr',
    countAlignment(beads, gold),
    performance.now() - t0,
    countAlignment(halves.tune.output, halves.tune.gold),
    countAlignment(halves.heldOut.output, halves.heldOut.gold),
  );
}

const sets = buildDevSets();
for (const pair of ['sv-ar', 'pl-sv', 'sv-en', 'ar-en']) {
  if (!wanted(pair)) continue;
  const counts: AlignmentCounts[] = [];
  const byHalf = { tune: [] as AlignmentCounts[], 'held-out': [] as AlignmentCounts[] };
  const ofPair = sets.filter((s) => s.pair === pair);
  const halves = splitDocuments(ofPair.map((s) => s.id));
  const t0 = performance.now();
  for (const set of ofPair) {
    const beads = alignSegments(
      { texts: set.source, language: set.sourceLanguage },
      { texts: set.target, language: set.targetLanguage },
      { cost },
    );
    counts.push(countAlignment(beads, set.gold));
    byHalf[halves.get(set.id)!].push(counts[counts.length - 1]!);
  }
  show(pair, addCounts(...counts), performance.now() - t0, addCounts(...byHalf.tune), addCounts(...byHalf['held-out']));
}

if (wanted('seed')) {
  const gold = JSON.parse(readFileSync(join(root, 'bench/accuracy/gold/eureporter-global-alliance.sv-ar.json'), 'utf8')) as {
    source: string;
    target: string;
    pairs: [string, string][];
    sourceOnly: string[];
    targetOnly: string[];
  };
  const sv = readFileSync(join(root, 'corpus', gold.source), 'utf8');
  const ar = readFileSync(join(root, 'corpus', gold.target), 'utf8');
  const result = compare(sv, ar, { sourceLanguage: 'sv', targetLanguage: 'ar' });
  const beadOf = (side: 'source' | 'target', fragment: string) => {
    const segment = result[side].segments.find((s) => s.text.includes(fragment));
    return segment ? result.beads.findIndex((b) => b[side].includes(segment.index)) : -1;
  };
  const pairsRight = gold.pairs.filter(([s, t]) => beadOf('source', s) >= 0 && beadOf('source', s) === beadOf('target', t)).length;
  let oneSided = 0;
  for (const f of gold.sourceOnly) if (result.beads[beadOf('source', f)]?.target.length === 0) oneSided++;
  for (const f of gold.targetOnly) if (result.beads[beadOf('target', f)]?.source.length === 0) oneSided++;
  console.log(`seed pair        pairs ${pairsRight}/${gold.pairs.length} one-sided ${oneSided}/${gold.sourceOnly.length + gold.targetOnly.length}`);
  if (process.argv.includes('--show-seed')) {
    for (const bead of result.beads) {
      const s = bead.source.map((i) => result.source.segments[i]!.text.slice(0, 40)).join(' / ');
      const t = bead.target.map((j) => result.target.segments[j]!.text.slice(0, 40)).join(' / ');
      console.log(`  [${bead.source}]:[${bead.target}] ${bead.score.toFixed(2)} | ${s} || ${t}`);
    }
  }
}

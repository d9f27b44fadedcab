/**
 * `npx tsx bench/accuracy/errors.ts [--only textberg|sv-ar|…] [--show N] [--cost name=value ...]`: what the
 * aligner gets wrong, next to the gold, so the cost can be fixed where it loses most. For every gold bead
 * the output does not reproduce exactly, it names an error class and prints (up to N per set, default 0)
 * the gold bead and the output beads over the same segments, texts truncated.
 *
 * Classes, judged per gold bead against the output beads that touch its segments:
 * - `split a-b → …`: the output cut a gold merge into smaller beads (all of them inside the gold bead),
 *   e.g. a gold 1-2 output as 1-1 + 0-1;
 * - `swallowed a-b in c-d`: the gold bead lies inside one larger output bead (a one-sided sentence or page
 *   chrome absorbed into a neighbour's bead, or two gold 1-1 beads merged into a 2-2);
 * - `crossing a-b`: output beads that straddle the gold bead's borders (an off-by-one run, a shifted merge).
 * Reads the Text+Berg set like quick.ts (PARALLIGN_TEXTBERG_DIR or ../shared).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTuningArgs, TEXTBERG_DIR } from './setup.js';
import { alignSegments, type CostParameters } from '../../src/align/index.js';
import { buildDevSets } from '../devsets/index.js';
import type { ScoredBead } from './score.js';
import { parseBeads } from './score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const textBergDir = TEXTBERG_DIR;

const { cost, wanted, show } = parseTuningArgs(process.argv.slice(2));

const shape = (bead: ScoredBead) => `${bead.source.length}-${bead.target.length}`;

interface Document {
  source: readonly string[];
  target: readonly string[];
  gold: readonly ScoredBead[];
  output: readonly ScoredBead[];
}

/** The error class of each gold bead the output gets wrong, with the output beads involved. */
function classify(doc: Document): { gold: ScoredBead; output: ScoredBead[]; label: string }[] {
  const outOfSource = new Map<number, number>();
  const outOfTarget = new Map<number, number>();
  doc.output.forEach((bead, k) => {
    for (const s of bead.source) outOfSource.set(s, k);
    for (const t of bead.target) outOfTarget.set(t, k);
  });
  const errors: { gold: ScoredBead; output: ScoredBead[]; label: string }[] = [];
  for (const gold of doc.gold) {
    if (gold.source.length === 0 && gold.target.length === 0) continue;
    const touched = [
      ...new Set([...gold.source.map((s) => outOfSource.get(s)!), ...gold.target.map((t) => outOfTarget.get(t)!)]),
    ].sort((x, y) => x - y);
    const beads = touched.map((k) => doc.output[k]!);
    const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    if (beads.length === 1 && same(beads[0]!.source, gold.source) && same(beads[0]!.target, gold.target)) continue;
    const inside = (b: ScoredBead) => b.source.every((s) => gold.source.includes(s)) && b.target.every((t) => gold.target.includes(t));
    const contains = (b: ScoredBead) => gold.source.every((s) => b.source.includes(s)) && gold.target.every((t) => b.target.includes(t));
    let label: string;
    if (beads.every(inside)) label = `split ${shape(gold)} → ${beads.map(shape).sort().join(' + ')}`;
    else if (beads.length === 1 && contains(beads[0]!)) label = `swallowed ${shape(gold)} in ${shape(beads[0]!)}`;
    else label = `crossing ${shape(gold)}`;
    errors.push({ gold, output: beads, label });
  }
  return errors;
}

function text(doc: Document, bead: ScoredBead): string {
  const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
  const s = bead.source.map((i) => cut(doc.source[i]!)).join(' ⏎ ');
  const t = bead.target.map((j) => cut(doc.target[j]!)).join(' ⏎ ');
  return `[${bead.source}]:[${bead.target}]  ${s}  ‖  ${t}`;
}

function report(name: string, docs: readonly Document[]): void {
  const classes = new Map<string, number>();
  let wrong = 0;
  let goldBeads = 0;
  const examples: string[] = [];
  for (const doc of docs) {
    goldBeads += doc.gold.length;
    for (const error of classify(doc)) {
      wrong++;
      classes.set(error.label, (classes.get(error.label) ?? 0) + 1);
      if (examples.length < show) {
        examples.push(`  ${error.label}\n    gold ${text(doc, error.gold)}\n${error.output.map((b) => `    out  ${text(doc, b)}`).join('\n')}`);
      }
    }
  }
  console.log(`\n${name}: ${wrong} of ${goldBeads} gold beads wrong`);
  for (const [label, count] of [...classes].sort((x, y) => y[1] - x[1])) console.log(`  ${String(count).padStart(4)}  ${label}`);
  for (const example of examples) console.log(example);
}

if (wanted('textberg')) {
  const lines = (f: string) => readFileSync(join(textBergDir, f), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
  const source = lines('dev.de');
  const target = lines('dev.fr');
  const gold = parseBeads(readFileSync(join(textBergDir, 'dev.defr'), 'utf8'), 'dev.defr');
  const output = alignSegments({ texts: source, language: 'de' }, { texts: target, language: 'fr' }, { cost });
  report('textberg-de-fr', [{ source, target, gold, output }]);
}

const sets = buildDevSets();
for (const pair of ['sv-ar', 'pl-sv', 'sv-en', 'ar-en']) {
  if (!wanted(pair)) continue;
  const docs = sets
    .filter((s) => s.pair === pair)
    .map((set) => ({
      source: set.source,
      target: set.target,
      gold: set.gold,
      output: alignSegments({ texts: set.source, language: set.sourceLanguage }, { texts: set.target, language: set.targetLanguage }, { cost }),
    }));
  report(pair, docs);
}

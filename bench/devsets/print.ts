/**
 * Prints the development sets' statistics, and dumps sets to files in the presegmented format.
 *
 *   npx tsx bench/devsets/print.ts [--seed N] [--pair sv-ar,pl-sv] [--corpus udhr|debian-handbook]
 *                                  [--dump DIR [--id ID|all]]
 *
 * A dump writes DIR/source.txt, target.txt, gold.txt (and source.page.txt / target.page.txt, the running
 * text); with `--id all`, one folder per set under DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { beadType, presegmentedFiles } from './format.js';
import { buildDevSetsWithStats, DEFAULT_SEED, type Corpus, type DevSet } from './index.js';

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  return [line(cells[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const BEAD_TYPES = ['1-1', '2-1', '1-2', '3-1', '1-3', '1-0', '0-1'];

function summarize(sets: readonly DevSet[]): Record<string, number> {
  const counts: Record<string, number> = { documents: sets.length, source: 0, target: 0, beads: 0, other: 0, chrome: 0 };
  for (const set of sets) {
    counts['source'] = (counts['source'] ?? 0) + set.source.length;
    counts['target'] = (counts['target'] ?? 0) + set.target.length;
    counts['beads'] = (counts['beads'] ?? 0) + set.gold.length;
    counts['chrome'] = (counts['chrome'] ?? 0) + (set.perturbations?.chromeLines ?? 0);
    for (const bead of set.gold) {
      const type = beadType(bead);
      const key = BEAD_TYPES.includes(type) ? type : 'other';
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      pair: { type: 'string', multiple: true },
      corpus: { type: 'string', multiple: true },
      dump: { type: 'string' },
      id: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: npx tsx bench/devsets/print.ts [--seed N] [--pair sv-ar,pl-sv] [--corpus udhr|debian-handbook] [--dump DIR [--id ID|all]]');
    return;
  }
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed: "${values.seed}" is not an integer`);
  const pairs = values.pair?.flatMap((item) => item.split(','));
  const corpora = values.corpus?.flatMap((item) => item.split(',')) as Corpus[] | undefined;
  const started = performance.now();
  const { sets, pairing } = buildDevSetsWithStats({ seed, ...(pairs ? { pairs } : {}), ...(corpora ? { corpora } : {}) });
  const elapsedMs = performance.now() - started;

  console.log(`Development sets, seed ${seed}: ${sets.length} documents, built in ${(elapsedMs / 1000).toFixed(1)} s\n`);
  const groups = new Map<string, DevSet[]>();
  for (const set of sets) {
    const key = `${set.corpus ?? '?'} ${set.pair}`;
    groups.set(key, [...(groups.get(key) ?? []), set]);
  }
  const columns = ['documents', 'source', 'target', 'beads', ...BEAD_TYPES, 'other', 'chrome'];
  const summaryRows = [...groups].map(([key, group]) => {
    const counts = summarize(group);
    return [key, ...columns.map((column) => counts[column] ?? 0)];
  });
  const all = summarize(sets);
  summaryRows.push(['all', ...columns.map((column) => all[column] ?? 0)]);
  console.log('Per corpus and pair (segments per side, gold beads by type; chrome = injected chrome lines):\n');
  console.log(table(['set', ...columns], summaryRows));

  console.log('\nStructural pairing of the real translations (blocks):\n');
  console.log(
    table(
      ['set', 'candidates', 'untranslated', 'structure', 'ratio', 'sentences', 'kept', 'block-level'],
      [...pairing].map(([key, s]) => [key, s.candidateBlocks, s.untranslated, s.structureMismatch, s.lengthRatioOutlier, s.sentenceCountMismatch, s.keptBlocks, s.blockLevelUnits]),
    ),
  );

  console.log('\nPer document:\n');
  console.log(
    table(
      ['id', 'source', 'target', 'beads', 'merged', 'dropped', 'blocks dropped', 'chrome', 'pages'],
      sets.map((set) => [
        set.id,
        set.source.length,
        set.target.length,
        set.gold.length,
        set.perturbations?.merged ?? 0,
        set.perturbations?.dropped ?? 0,
        set.perturbations?.droppedBlocks ?? 0,
        set.perturbations?.chromeLines ?? 0,
        set.origin?.length ?? 0,
      ]),
    ),
  );

  if (values.dump !== undefined) {
    const wanted = values.id ?? sets[0]?.id;
    const chosen = wanted === 'all' ? sets : sets.filter((set) => set.id === wanted);
    if (chosen.length === 0) throw new Error(`--id: no set "${wanted}"; known: ${sets.map((set) => set.id).join(', ')}`);
    for (const set of chosen) {
      const directory = wanted === 'all' ? join(values.dump, set.id) : values.dump;
      mkdirSync(directory, { recursive: true });
      for (const [name, content] of Object.entries(presegmentedFiles(set))) writeFileSync(join(directory, name), content);
      console.log(`\nwrote ${set.id} to ${directory}/ (source.txt, target.txt, gold.txt, source.page.txt, target.page.txt)`);
    }
  }
}

try {
  main();
} catch (error) {
  console.error(`devsets: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

/**
 * `npm run bench:accuracy`: how well parallign aligns, on data aligned by people.
 *
 * 1. Text+Berg German–French development set (read from ../shared/data/textberg-defr-dev, or from
 *    PARALLIGN_TEXTBERG_DIR when the checkout is not beside shared/, e.g. a worktree in /tmp: this benchmark,
 *    and only it, reads the shared folder), through the built CLI: `node dist/cli.js align --presegmented`.
 * 2. The development sets of bench/devsets (udhr + debian-handbook, sv-ar, pl-sv, sv-en, ar-en), through the
 *    same CLI on their segments, and through the library's `compare()` on their running text, mapping our
 *    segments back to gold segments by offsets.
 * 3. The seed pair (corpus/eureporter-global-alliance.sv/.ar): which of the hand-listed pairs and one-sided
 *    lines (bench/accuracy/gold/) come out right.
 *
 * Prints strict and lax precision/recall/F1 and one-sided recall per set and per pair, and the targets.
 * Exits non-zero when a data set is missing (it never skips one silently).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXTBERG_DIR } from './setup.js';
import { addCounts, type AlignmentCounts, countAlignment, parseBeads, ratios, type ScoredBead } from './score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const textBergDir = TEXTBERG_DIR;
const seedGoldFile = join(root, 'bench/accuracy/gold/eureporter-global-alliance.sv-ar.json');

function fail(message: string): never {
  process.stderr.write(`bench:accuracy: ${message}\n`);
  process.exit(1);
}

function requireFile(path: string, what: string): void {
  if (!existsSync(path)) fail(`${what} is missing: ${path}`);
}

const workDir = mkdtempSync(join(tmpdir(), 'parallign-accuracy-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));

/** Runs the presegmented CLI on two lists of segments and returns its beads. */
function alignWithCli(source: readonly string[], target: readonly string[], languages?: [string, string]): ScoredBead[] {
  const sourcePath = join(workDir, 'source.txt');
  const targetPath = join(workDir, 'target.txt');
  writeFileSync(sourcePath, source.join('\n') + '\n');
  writeFileSync(targetPath, target.join('\n') + '\n');
  const args = [cli, 'align', sourcePath, targetPath, '--presegmented'];
  if (languages) args.push('--source-lang', languages[0], '--target-lang', languages[1]);
  let output: string;
  try {
    output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error).trim().split('\n')[0];
    fail(`parallign align failed (${source.length} × ${target.length} segments): ${stderr}`);
  }
  return parseBeads(output, 'parallign align output');
}

const format = (x: number) => (Number.isNaN(x) ? '   – ' : x.toFixed(3));

interface Row {
  name: string;
  counts: AlignmentCounts;
}

function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'set'.padEnd(34)} ${'strict P'.padStart(8)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'lax P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'1-sided'.padStart(7)} ${'(n)'.padStart(5)}`,
  );
  for (const row of rows) {
    const r = ratios(row.counts);
    console.log(
      `${row.name.padEnd(34)} ${format(r.strict.precision).padStart(8)} ${format(r.strict.recall).padStart(6)} ${format(r.strict.f1).padStart(6)}   ${format(r.lax.precision).padStart(6)} ${format(r.lax.recall).padStart(6)} ${format(r.lax.f1).padStart(6)}   ${format(r.oneSidedRecall).padStart(7)} ${String(row.counts.goldOneSidedBeads).padStart(5)}`,
    );
  }
}

/**
 * Maps beads over our segments to beads over gold segments: each of our segments stands for the gold
 * segments its [start, end) overlaps; beads that end up sharing a gold segment are merged so the result is
 * again a partition in document order.
 */
export function projectBeads(
  beads: readonly ScoredBead[],
  ours: { source: readonly [number, number][]; target: readonly [number, number][] },
  gold: { source: readonly [number, number][]; target: readonly [number, number][] },
): ScoredBead[] {
  const overlapping = (span: [number, number], spans: readonly [number, number][]) => {
    const out: number[] = [];
    spans.forEach(([start, end], k) => {
      if (start < span[1] && span[0] < end) out.push(k);
    });
    return out;
  };
  const projected = beads.map((bead) => ({
    source: [...new Set(bead.source.flatMap((s) => overlapping(ours.source[s]!, gold.source)))].sort((x, y) => x - y),
    target: [...new Set(bead.target.flatMap((t) => overlapping(ours.target[t]!, gold.target)))].sort((x, y) => x - y),
  }));
  const merged: { source: number[]; target: number[] }[] = [];
  for (const bead of projected) {
    if (bead.source.length === 0 && bead.target.length === 0) continue;
    const last = merged[merged.length - 1];
    const lastMaxS = last && last.source.length ? last.source[last.source.length - 1]! : -1;
    const lastMaxT = last && last.target.length ? last.target[last.target.length - 1]! : -1;
    const clashes = last && ((bead.source.length && bead.source[0]! <= lastMaxS) || (bead.target.length && bead.target[0]! <= lastMaxT));
    if (last && clashes) {
      last.source = [...new Set([...last.source, ...bead.source])].sort((x, y) => x - y);
      last.target = [...new Set([...last.target, ...bead.target])].sort((x, y) => x - y);
    } else merged.push({ source: [...bead.source], target: [...bead.target] });
  }
  return merged;
}

async function main(): Promise<void> {
  requireFile(cli, 'the built CLI (run `npm run build` first)');
  const started = performance.now();

  // 1. Text+Berg.
  for (const f of ['dev.de', 'dev.fr', 'dev.defr']) requireFile(join(textBergDir, f), `Text+Berg ${f}`);
  const lines = (f: string) => readFileSync(join(textBergDir, f), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
  const textBergGold = parseBeads(readFileSync(join(textBergDir, 'dev.defr'), 'utf8'), 'dev.defr');
  const textBerg = countAlignment(alignWithCli(lines('dev.de'), lines('dev.fr'), ['de', 'fr']), textBergGold);
  printTable('Text+Berg de-fr development set (presegmented CLI); target strict F1 ≥ 0.90', [{ name: 'textberg-de-fr', counts: textBerg }]);

  // 2. Development sets.
  const devsetsModule = join(root, 'bench/devsets/index.ts');
  requireFile(devsetsModule, 'bench/devsets (the development-set generator)');
  const { buildDevSets } = (await import('../devsets/index.js')) as { buildDevSets: () => import('../devsets/index.js').DevSet[] };
  const sets = buildDevSets();
  if (sets.length === 0) fail('bench/devsets built no development sets');
  for (const pair of ['sv-ar', 'pl-sv', 'sv-en', 'ar-en']) {
    if (!sets.some((s) => s.pair === pair)) fail(`no development set for the pair ${pair}`);
  }
  const { compare } = (await import(join(root, 'dist/index.js'))) as typeof import('../../src/index.js');

  const cliRows: Row[] = [];
  const textRows: Row[] = [];
  for (const set of sets) {
    const beads = alignWithCli(set.source, set.target, [set.sourceLanguage, set.targetLanguage]);
    cliRows.push({ name: `${set.id} (${set.pair})`, counts: countAlignment(beads, set.gold) });
    if (set.sourceText !== undefined && set.targetText !== undefined && set.sourceSpans && set.targetSpans) {
      const result = compare(set.sourceText, set.targetText, { sourceLanguage: set.sourceLanguage, targetLanguage: set.targetLanguage });
      const projected = projectBeads(
        result.beads,
        {
          source: result.source.segments.map((s) => [s.start, s.end] as [number, number]),
          target: result.target.segments.map((s) => [s.start, s.end] as [number, number]),
        },
        { source: set.sourceSpans, target: set.targetSpans },
      );
      textRows.push({ name: `${set.id} (${set.pair})`, counts: countAlignment(projected, set.gold) });
    }
  }
  const perPair = (rows: readonly Row[]) =>
    [...new Set(sets.map((s) => s.pair))].map((pair) => ({
      name: `ALL ${pair}`,
      counts: addCounts(...rows.filter((r) => r.name.endsWith(`(${pair})`)).map((r) => r.counts)),
    }));
  printTable('Development sets, presegmented CLI, per set', cliRows);
  printTable('Development sets, presegmented CLI, per pair; target sv-ar and pl-sv strict F1 ≥ 0.97, 1-sided ≥ 0.9', perPair(cliRows));
  if (textRows.length > 0) {
    printTable('Development sets, running text through compare() (segments mapped to gold by offsets), per pair', perPair(textRows));
  } else console.log('\n(no development set carries running text; compare() on running text not measured)');

  // 3. The seed pair.
  requireFile(seedGoldFile, 'the seed pair gold');
  const seedGold = JSON.parse(readFileSync(seedGoldFile, 'utf8')) as SeedGold;
  const sv = readFileSync(join(root, 'corpus', seedGold.source), 'utf8');
  const ar = readFileSync(join(root, 'corpus', seedGold.target), 'utf8');
  const seed = compare(sv, ar, { sourceLanguage: 'sv', targetLanguage: 'ar' });
  const seedReport = judgeSeed(seed, seedGold);
  console.log(`\nSeed pair ${seedGold.source} ↔ ${seedGold.target}: ${seed.beads.length} beads`);
  console.log(`  listed pairs together: ${seedReport.pairsRight}/${seedGold.pairs.length}; listed one-sided lines one-sided: ${seedReport.oneSidedRight}/${seedGold.sourceOnly.length + seedGold.targetOnly.length}`);
  for (const problem of seedReport.problems) console.log(`  ✗ ${problem}`);
  if (process.argv.includes('--show-seed')) {
    for (const bead of seed.beads) {
      const s = bead.source.map((i) => seed.source.segments[i]!.text.slice(0, 50)).join(' / ');
      const t = bead.target.map((j) => seed.target.segments[j]!.text.slice(0, 50)).join(' / ');
      console.log(`  [${bead.source}]:[${bead.target}] ${bead.score.toFixed(2)} | ${s} || ${t}`);
    }
  }
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/** Hand-listed gold for the seed pair, as text fragments so it survives changes to the segmenter. */
interface SeedGold {
  source: string;
  target: string;
  /** [source fragment, target fragment]: the segments containing them must share a bead. */
  pairs: [string, string][];
  /** Fragments of lines with no counterpart: the segments containing them must be in one-sided beads. */
  sourceOnly: string[];
  targetOnly: string[];
}

function judgeSeed(result: import('../../src/index.js').Comparison, gold: SeedGold) {
  const problems: string[] = [];
  const beadOf = (side: 'source' | 'target', fragment: string): number => {
    const segment = result[side].segments.find((s) => s.text.includes(fragment));
    if (!segment) {
      problems.push(`${side} fragment not found in any segment: ${JSON.stringify(fragment)}`);
      return -1;
    }
    return result.beads.findIndex((b) => b[side].includes(segment.index));
  };
  let pairsRight = 0;
  for (const [s, t] of gold.pairs) {
    const bs = beadOf('source', s);
    const bt = beadOf('target', t);
    if (bs >= 0 && bs === bt) pairsRight++;
    else if (bs >= 0 && bt >= 0) problems.push(`not paired: ${JSON.stringify(s)} ↔ ${JSON.stringify(t)}`);
  }
  let oneSidedRight = 0;
  for (const [side, list] of [['source', gold.sourceOnly], ['target', gold.targetOnly]] as const) {
    const other = side === 'source' ? 'target' : 'source';
    for (const fragment of list) {
      const b = beadOf(side, fragment);
      if (b >= 0 && result.beads[b]![other].length === 0) oneSidedRight++;
      else if (b >= 0) problems.push(`${side} line not one-sided: ${JSON.stringify(fragment)}`);
    }
  }
  return { pairsRight, oneSidedRight, problems };
}

await main();

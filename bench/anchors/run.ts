/**
 * Speed of the anchors stage, printed as tables with a growth column (time at this size / time at the
 * previous size, next to the size ratio: linear growth keeps the two equal).
 *
 * 1. `findAnchors` over every segment of the seed Swedish–Arabic pair (corpus/eureporter-global-alliance)
 *    repeated 1, 10, 40 and 100 times.
 * 2. `matchAnchors(sv, ar, svText, arText)` — the call the entity detector makes per bead, with the
 *    Arabic side searched for the Swedish names by transliteration — over the same repeated pair. Sentence
 *    i of the Swedish side is paired with Arabic sentences ⌊i·m/n⌋ − 1 to ⌊i·m/n⌋ + 1 (n, m: the sides'
 *    sentence counts), joined by a line break as the detector joins a bead: the figures do not depend on
 *    the aligner, which is measured in bench/scale.
 * 3. `findAnchors` on one segment of 2.5, 5 and 10 MB without punctuation (the seed texts with every
 *    punctuation mark turned into a space), in Swedish and in Arabic.
 * 4. `findAnchors` on 1 MB and 2 MB adversarial inputs (digit runs, "1." repeated, "A/1/" chains, "a@"
 *    runs, capitals, month names, Arabic number words, …), so that a rule that goes quadratic or a regular
 *    expression that backtracks shows up as a growth far above 2.
 *
 * Times are CPU milliseconds of this process (user + system; steadier than wall time on a busy machine),
 * the best of `REPEATS` runs. Run: npx tsx bench/anchors/run.ts [--quick]. Under tsx the source is
 * transformed module by module; the bundled dist/ runs the same code about 1.5× faster.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findAnchors, matchAnchors } from '../../src/anchors/index.js';
import { segmentDocument } from '../../src/segment/index.js';

const MB = 1 << 20;
const QUICK = process.argv.includes('--quick');
/** Runs per measurement; the fastest is reported (the others include garbage collection and noise). */
const REPEATS = QUICK ? 1 : 3;
const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

function cpuMs<T>(run: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result: T | undefined;
  for (let k = 0; k < REPEATS; k++) {
    const before = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, result: result as T };
}

interface Row {
  label: string;
  size: number;
  ms: number;
  note: string;
}

/** Prints rows of one table, with the growth of time against the growth of size. */
function printTable(title: string, sizeUnit: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log(`${'input'.padEnd(30)} ${sizeUnit.padStart(12)} ${'cpu ms'.padStart(9)} ${'size ×'.padStart(7)} ${'time ×'.padStart(7)}  note`);
  rows.forEach((row, k) => {
    const previous = k > 0 && rows[k - 1]!.label === row.label ? rows[k - 1] : undefined;
    const sizeRatio = previous ? (row.size / previous.size).toFixed(1) : '';
    const timeRatio = previous ? (row.ms / Math.max(previous.ms, 0.5)).toFixed(1) : '';
    const size = sizeUnit === 'MB' ? (row.size / MB).toFixed(2) : String(row.size);
    console.log(`${row.label.padEnd(30)} ${size.padStart(12)} ${row.ms.toFixed(0).padStart(9)} ${sizeRatio.padStart(7)} ${timeRatio.padStart(7)}  ${row.note}`);
  });
}

// 1 and 2: the repeated seed pair.
const swedish = readFileSync(`${CORPUS}eureporter-global-alliance.sv.txt`, 'utf8');
const arabic = readFileSync(`${CORPUS}eureporter-global-alliance.ar.txt`, 'utf8');
const pairRows: Row[] = [];
const matchRows: Row[] = [];
for (const times of QUICK ? [1, 10, 40] : [1, 10, 40, 100]) {
  const sv = segmentDocument(Array(times).fill(swedish).join('\n\n'), { language: 'sv' }).segments;
  const ar = segmentDocument(Array(times).fill(arabic).join('\n\n'), { language: 'ar' }).segments;
  const found = cpuMs(() => ({ sv: sv.map((s) => findAnchors(s, 'sv')), ar: ar.map((s) => findAnchors(s, 'ar')) }));
  const count = found.result.sv.reduce((n, a) => n + a.length, 0) + found.result.ar.reduce((n, a) => n + a.length, 0);
  pairRows.push({ label: 'sv + ar segments', size: sv.length + ar.length, ms: found.ms, note: `${times}× the pair, ${count} anchors` });

  // Each Swedish sentence against the three Arabic sentences around its place, joined as the entity
  // detector joins a bead's sentences: like a 1–3 bead, so that most names have their counterpart there.
  const pairs = sv.map((svSegment, i) => {
    const j = Math.floor((i * ar.length) / sv.length);
    const window = ar.slice(Math.max(0, j - 1), j + 2);
    return {
      svAnchors: found.result.sv[i]!,
      arAnchors: window.flatMap((s) => found.result.ar[s.index]!),
      svText: svSegment.text,
      arText: window.map((s) => s.text).join('\n'),
    };
  });
  const matched = cpuMs(() => pairs.map((p) => matchAnchors(p.svAnchors, p.arAnchors, p.svText, p.arText)));
  const names = matched.result.reduce((n, m) => n + m.filter((x) => x.found).length, 0);
  matchRows.push({ label: 'sv sentence vs 3 ar', size: pairs.length, ms: matched.ms, note: `${times}× the pair, ${names} names found in Arabic` });
}
printTable('findAnchors, every segment of the seed sv/ar pair repeated', 'segments', pairRows);
printTable('matchAnchors with texts (names searched in the Arabic), seed pair repeated', 'pairs', matchRows);

// 3: one long segment without punctuation.
const longRows: Row[] = [];
for (const [language, text] of [['sv', swedish], ['ar', arabic]] as const) {
  const plain = text.replace(/[^\p{L}\p{N}\s]/gu, ' ');
  for (const size of QUICK ? [2.5 * MB, 5 * MB] : [2.5 * MB, 5 * MB, 10 * MB]) {
    const segmentText = plain.repeat(Math.ceil(size / plain.length)).slice(0, size);
    const segment = { index: 0, text: segmentText, start: 0, end: segmentText.length, block: 0 };
    const { ms, result } = cpuMs(() => findAnchors(segment, language));
    longRows.push({ label: `${language}, no punctuation`, size, ms, note: `${result.length} anchors` });
  }
}
printTable('findAnchors on one long segment', 'MB', longRows);

// 4: adversarial inputs.
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
const adversarial: Record<string, string> = {
  'prose (sv seed-like)': 'Den 5 december 2012 lanserade Cecilia Malmström med USA:s Eric Holder (IP / 12 / 1308) 50 000 bilder. ',
  'digits only': '1234567890',
  'digit groups': '1 234 ',
  '"1 " repeated': '1 ',
  'dots between digits': '1.',
  '"a." repeated': 'a.',
  'Arabic decimal marks ٫': '\u066B',
  'letters only (one word)': 'a',
  'capitals only': 'A',
  'capitalised words': 'Aa ',
  'slash chain': 'A/1/',
  'slash chain, spaced': 'A / 1 / ',
  'glued codes (x1)': 'x1',
  'at signs': 'a@',
  'url starts': 'http://',
  'month names': '5 december ',
  'arabic number words': 'الأربعة وعشرون ',
  'hyphen words': 'a-',
  'spaces': ' ',
};
const adversarialRows: Row[] = [];
for (const [name, unit] of Object.entries(adversarial)) {
  for (const size of [MB, 2 * MB]) {
    const text = repeat(unit, size);
    const segment = { index: 0, text, start: 0, end: text.length, block: 0 };
    const { ms, result } = cpuMs(() => findAnchors(segment, name.startsWith('arabic') || name.startsWith('Arabic') ? 'ar' : 'sv'));
    adversarialRows.push({ label: name, size, ms, note: `${result.length} anchors` });
  }
}
printTable('findAnchors on adversarial inputs', 'MB', adversarialRows);

/**
 * `npm run bench:redos [-- --sizes 100000,1000000 --cap 60]`: feeds the segmenter, `findAnchors` and the
 * divergence detectors adversarial inputs (long runs of the characters their regular expressions look
 * at) and prints the time per size with the growth ratio between sizes. Linear growth is a ratio close
 * to the size ratio (10 for 100 KB → 1 MB); catastrophic backtracking shows up as 100 and more.
 *
 * Each measurement is the best of REPEATS runs after a warm-up. A size whose run would take longer than
 * `--cap` seconds even at linear growth from the previous size is skipped (`skipped` in the row, and the
 * row is flagged): a stage that slow on 1 MB fails the linear-time goal anyway.
 * Reads nothing outside this repository.
 */
import { parseArgs } from 'node:util';
import { alignSegments, findAnchors, findDivergences, segmentDocument, type Bead, type Segment } from '../../src/index.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    cap: { type: 'string', default: '60' },
    only: { type: 'string' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const CAP_MS = Number(values.cap) * 1000;
const REPEATS = 2;
/** Growth ratio per 10× size above which a row is flagged: quadratic would be 100. */
const SUPERLINEAR_RATIO = 25;

/** Adversarial inputs: `unit` repeated to `size` UTF-16 code units. */
const PATTERNS: { name: string; unit: string }[] = [
  { name: '"a." x N', unit: 'a.' },
  { name: '"1 " x N', unit: '1 ' },
  { name: '"٫" x N', unit: '٫' },
  { name: '"(" x N', unit: '(' },
  { name: 'one long word', unit: 'a' },
  { name: 'spaces', unit: ' ' },
  { name: 'dots', unit: '.' },
  { name: '"1," x N', unit: '1,' },
  { name: '"١٬" x N', unit: '١٬' },
  { name: 'capitalised words', unit: 'Ab ' },
  { name: '"http://a" x N', unit: 'http://a' },
  { name: '"a@" x N', unit: 'a@' },
  { name: '"IP / 1" x N', unit: 'IP / 1' },
  { name: '"_1" x N', unit: '_1' },
  { name: '"ال" x N', unit: 'ال' },
  { name: 'mixed a1.', unit: 'a1. ' },
  { name: '"ab" (no URL)', unit: 'ab' },
  // held-out 4 rules: citation marks after a stop, lower-case writers' full stops, reference lines
  { name: '"a.[1] " x N', unit: 'a.[1] ' },
  { name: '".[a b" x N', unit: '.[a b' },
  { name: '"ord. ord " x N', unit: 'ord. ord ' },
  { name: 'reference lines', unit: 'Ek, A. (2020). B.\n' },
];

const make = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
    if (fastest > CAP_MS) break;
  }
  return fastest;
}

/** The stages measured; each gets the adversarial text and returns nothing of interest. */
const STAGES: { name: string; run: (text: string) => unknown }[] = [
  { name: 'segment', run: (text) => segmentDocument(text, { language: 'sv' }) },
  {
    name: 'findAnchors',
    run: (text) => {
      // The whole input as one segment: the worst case for a per-segment tokenizer.
      const segment: Segment = { index: 0, text, start: 0, end: text.length, block: 0 };
      return findAnchors(segment, 'sv');
    },
  },
  {
    name: 'detectors',
    run: (text) => {
      // Both sides the same adversarial text, paired 1-1, so every detector sees every segment; the
      // target is declared Arabic so that the script-mixing detectors (untranslated, artifacts) run too.
      // Alignment itself is not measured here.
      const document = segmentDocument(text, { language: 'sv' });
      const anchors = document.segments.map((s) => findAnchors(s, 'sv'));
      const source = { language: 'sv', languageSource: 'given' as const, blocks: document.blocks, segments: document.segments };
      const target = { ...source, language: 'ar' };
      const beads: Bead[] = document.segments.map((_, i) => ({ source: [i], target: [i], score: 1 }));
      const started = performance.now();
      findDivergences({ source, target, beads, sourceAnchors: anchors, targetAnchors: anchors, sourceText: text, targetText: text });
      return performance.now() - started;
    },
  },
  {
    name: 'align',
    run: (text) => {
      const document = segmentDocument(text, { language: 'sv' });
      const texts = document.segments.map((s) => s.text);
      return alignSegments({ texts, language: 'sv' }, { texts: texts.slice(0, Math.ceil(texts.length * 0.9)), language: 'sv' });
    },
  },
];

/** Times only what a stage reports as its own time (detectors), else the whole call. */
function measure(stage: (typeof STAGES)[number], text: string): number {
  if (stage.name !== 'detectors') return best(() => stage.run(text));
  let fastest = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    fastest = Math.min(fastest, stage.run(text) as number);
    if (fastest > CAP_MS) break;
  }
  return fastest;
}

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const header = [pad('stage', 12), pad('input', 20), ...SIZES.map((size) => lpad(`${size / 1000} K ms`, 12)), ...SIZES.slice(1).map((_, i) => lpad(`ratio ${i + 1}`, 9)), '  verdict'].join(' ');
console.log(`bench/redos: best of ${REPEATS} runs, sizes in UTF-16 code units, cap ${CAP_MS / 1000} s per run`);
console.log(header);
console.log('-'.repeat(header.length));
let flagged = 0;
for (const stage of STAGES) {
  if (values.only && !values.only.split(',').includes(stage.name)) continue;
  for (const pattern of PATTERNS) {
    const times: (number | undefined)[] = [];
    let capped = false;
    // Warm the JIT on a small input first, or the smallest size measures compilation.
    measure(stage, make(pattern.unit, 1000));
    for (const [i, size] of SIZES.entries()) {
      const previous = times[i - 1];
      // Skip a size whose run would exceed the cap even if growth were linear from the last size.
      if (capped || (previous !== undefined && i > 0 && (previous * size) / SIZES[i - 1]! > CAP_MS)) {
        capped = true;
        times.push(undefined);
        continue;
      }
      const ms = measure(stage, make(pattern.unit, size));
      times.push(ms);
      if (ms > CAP_MS) capped = true;
    }
    const ratios = times.slice(1).map((t, i) => {
      const previous = times[i];
      // Below a millisecond the timer, not the algorithm, decides the ratio.
      return t === undefined || previous === undefined ? undefined : t / Math.max(previous, 1);
    });
    const sizeRatios = SIZES.slice(1).map((size, i) => size / SIZES[i]!);
    const superlinear = capped || ratios.some((r, i) => r !== undefined && r > (SUPERLINEAR_RATIO * sizeRatios[i]!) / 10);
    if (superlinear) flagged++;
    console.log(
      [
        pad(stage.name, 12),
        pad(pattern.name, 20),
        ...times.map((t) => lpad(t === undefined ? 'skipped' : t.toFixed(1), 12)),
        ...ratios.map((r) => lpad(r === undefined ? '-' : r.toFixed(1), 9)),
        superlinear ? '  SUPERLINEAR' : '  linear',
      ].join(' '),
    );
  }
}
console.log(`\n${flagged} row(s) grow faster than linear (ratio above ${SUPERLINEAR_RATIO} per 10x, or over the cap).`);

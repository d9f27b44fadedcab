/**
 * Precision and recall of each divergence detector on hand-made data (`npx tsx bench/precision/run.ts`).
 *
 * 1. False alarms: every finding on the correct translation pairs of test/diverge/fixtures/correct-pairs.ts
 *    (gold 1-1 alignment, real anchor finders) is a false alarm; printed per kind and severity.
 * 2. Injected errors: each correct document is corrupted one way at a time (a changed number, a number
 *    moved behind its noun, a dropped sentence, a replaced name, a copied sentence, glued words, a
 *    truncated sentence, a question made a statement, a line of page chrome); a new finding of the
 *    expected kind in the expected bead is a hit, any other new finding a false alarm.
 * Precision per kind = hits / (hits + false alarms on correct pairs + other new findings of that kind).
 * The alignment is gold, so this measures the detectors, not the aligner.
 */
import { ALL_MONTH_NAMES } from '../../src/data/months.js';
import { findDivergences } from '../../src/diverge/index.js';
import type { Divergence, DivergenceKind } from '../../src/types.js';
import { CORRECT_DOCUMENTS, type CorrectDocument } from '../../test/diverge/fixtures/correct-pairs.js';
import { goldContext, type GoldPair } from '../../test/diverge/fixtures/gold-context.js';

interface Injection {
  name: string;
  kind: DivergenceKind;
  /** Corrupts the pairs; returns the corrupted pairs and the bead where the finding is expected, or undefined when it does not apply. */
  apply: (pairs: GoldPair[], doc: CorrectDocument) => { pairs: GoldPair[]; bead: number } | undefined;
}

const CHROME: Record<string, string> = { sv: 'Dela den här artikeln:', ar: 'اترك تعليقا', pl: 'Zostaw komentarz', en: 'Share this article' };

/** Finds the first pair where `test` returns a replacement target (or source) and applies it. */
function firstPair(pairs: GoldPair[], change: (source: string, target: string) => GoldPair | undefined): { pairs: GoldPair[]; bead: number } | undefined {
  for (let i = 0; i < pairs.length; i++) {
    const [s, t] = pairs[i]!;
    if (s === null || t === null) continue;
    const changed = change(s, t);
    if (!changed) continue;
    const copy = pairs.slice();
    copy[i] = changed;
    return { pairs: copy, bead: i };
  }
  return undefined;
}

const INJECTIONS: Injection[] = [
  { name: 'changed number', kind: 'number-mismatch', apply: (pairs) => firstPair(pairs, (s, t) => {
    const m = /(?<![\d.,٫])(\d{2,3})(?![\d.,٫])/.exec(t);
    if (!m || !s.includes(m[1]!)) return undefined;
    return [s, t.slice(0, m.index) + String(Number(m[1]) + 7) + t.slice(m.index + m[1]!.length)];
  }) },
  { name: 'number moved behind its noun', kind: 'number-shifted', apply: (pairs) => firstPair(pairs, (s, t) => {
    const m = /(?<=\s)(\d{2,3}) ([\p{L}]{3,})(?=[\s.,،])/u.exec(t);
    // A day before its month is a date, and "March 14" is a correct date format, not a shift.
    if (!m || !s.includes(m[1]!) || ALL_MONTH_NAMES.has(m[2]!.toLowerCase())) return undefined;
    return [s, t.slice(0, m.index) + `${m[2]} ${m[1]} ،` + t.slice(m.index + m[0].length)];
  }) },
  { name: 'dropped sentence', kind: 'unaligned-segment', apply: (pairs) => {
    const i = Math.floor(pairs.length / 2);
    const copy = pairs.slice();
    copy.splice(i, 1, [pairs[i]![0], null]);
    return { pairs: copy, bead: i };
  } },
  { name: 'page chrome line', kind: 'unaligned-segment', apply: (pairs, doc) => {
    const copy = pairs.slice();
    copy.splice(1, 0, [null, CHROME[doc.targetLanguage] ?? CHROME.en!]);
    return { pairs: copy, bead: 1 };
  } },
  { name: 'replaced name', kind: 'entity-mismatch', apply: (pairs) => firstPair(pairs, (s, t) => {
    // A surname (the last of a run of capitalised words, not opening the sentence) written the same on both
    // sides is replaced in the target by another surname.
    const m = /(?<=\p{Lu}\p{Ll}+ )(\p{Lu}\p{Ll}{3,})(?=[\s.,])(?! \p{Lu})/u.exec(s);
    if (!m || !t.includes(m[1]!)) return undefined;
    return [s, t.replace(m[1]!, 'Asselborn')];
  }) },
  { name: 'copied sentence', kind: 'untranslated', apply: (pairs) => firstPair(pairs, (s) => (s.split(' ').length >= 5 ? [s, s] : undefined)) },
  { name: 'glued words', kind: 'artifact', apply: (pairs) => firstPair(pairs, (s, t) => {
    const m = /(\p{L})([,،]) (\p{L})/u.exec(t);
    return m ? [s, t.slice(0, m.index) + m[1] + m[2] + m[3] + t.slice(m.index + m[0].length)] : undefined;
  }) },
  { name: 'truncated sentence', kind: 'length-ratio', apply: (pairs) => firstPair(pairs, (s, t) => {
    const words = t.split(' ');
    return words.length >= 9 ? [s, `${words.slice(0, Math.ceil(words.length * 0.35)).join(' ')}.`] : undefined;
  }) },
  { name: 'question made a statement', kind: 'format-mismatch', apply: (pairs) => firstPair(pairs, (s, t) =>
    (/[?؟]$/u.test(t) ? [s, t.replace(/[?؟]$/u, '.')] : undefined)) },
];

const key = (d: Divergence) => `${d.kind}|${d.bead}|${d.side}|${d.text}`;
const KINDS: DivergenceKind[] = ['unaligned-segment', 'number-mismatch', 'number-shifted', 'entity-mismatch', 'untranslated', 'artifact', 'length-ratio', 'format-mismatch', 'same-language'];

const falseAlarms = new Map<string, number>();
const hits = new Map<DivergenceKind, number>();
const tries = new Map<DivergenceKind, number>();
const otherNew = new Map<DivergenceKind, number>();
const bump = <K>(map: Map<K, number>, k: K, by = 1) => map.set(k, (map.get(k) ?? 0) + by);
let sentencePairs = 0;

for (const doc of CORRECT_DOCUMENTS) {
  sentencePairs += doc.pairs.length;
  const clean = findDivergences(goldContext(doc.pairs, doc.sourceLanguage, doc.targetLanguage));
  for (const d of clean) bump(falseAlarms, `${d.kind}|${d.severity}`);
  for (const injection of INJECTIONS) {
    const injected = injection.apply(doc.pairs.slice(), doc);
    if (!injected) continue;
    bump(tries, injection.kind);
    // Beads after an inserted or removed line keep their index here (one-sided beads replace or are added
    // before them), so the clean findings are compared after shifting inserted beads.
    const shift = injection.name === 'page chrome line' ? 1 : 0;
    const before = new Set(clean.map((d) => key({ ...d, bead: d.bead >= injected.bead ? d.bead + shift : d.bead })));
    const after = findDivergences(goldContext(injected.pairs, doc.sourceLanguage, doc.targetLanguage));
    let hit = false;
    for (const d of after) {
      if (before.has(key(d))) continue;
      const expectedCategory = injection.name === 'page chrome line' ? d.category === 'page-chrome' : injection.name === 'dropped sentence' ? d.category === 'omission' : true;
      if (d.kind === injection.kind && d.bead === injected.bead && expectedCategory) hit = true;
      // New findings in the corrupted bead are consequences of the injected error (a cut sentence loses
      // its numbers too); new findings elsewhere are false alarms.
      else if (d.bead !== injected.bead) bump(otherNew, d.kind);
    }
    if (hit) bump(hits, injection.kind);
  }
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');
console.log(`Correct pairs: ${CORRECT_DOCUMENTS.length} documents, ${sentencePairs} sentence pairs (sv-ar, pl-sv, sv-en, en-ar, pl-en)\n`);
console.log('kind               | false alarms on correct pairs (error/warning/info) | injected: found/tried (recall) | precision');
for (const kind of KINDS) {
  const fa = (severity: string) => falseAlarms.get(`${kind}|${severity}`) ?? 0;
  const allFalse = fa('error') + fa('warning') + fa('info');
  const found = hits.get(kind) ?? 0;
  const tried = tries.get(kind) ?? 0;
  const precision = found / (found + allFalse + (otherNew.get(kind) ?? 0));
  console.log(`${kind.padEnd(18)} | ${`${fa('error')}/${fa('warning')}/${fa('info')}`.padEnd(50)} | ${`${found}/${tried} (${pct(found / tried)})`.padEnd(30)} | ${pct(precision)}`);
}
const totalFalse = [...falseAlarms.values()].reduce((a, b) => a + b, 0);
const seriousFalse = [...falseAlarms.entries()].filter(([k]) => !k.endsWith('|info')).reduce((a, [, v]) => a + v, 0);
console.log(`\nFalse alarms per 100 correct sentence pairs: ${(100 * totalFalse / sentencePairs).toFixed(1)} (errors and warnings only: ${(100 * seriousFalse / sentencePairs).toFixed(1)})`);

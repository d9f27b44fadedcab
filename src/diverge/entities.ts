/**
 * `entity-mismatch`: a name, acronym, code, URL or e-mail on one side of a bead with no counterpart on
 * the other (transliteration-aware through the anchors stage: مالمستروم matches Malmström). Severity
 * follows how sure we can be that a counterpart must exist: codes, URLs and e-mails never translate
 * (error); a single name or acronym usually survives (warning); a multi-word name is often translated as a
 * whole ("Global Alliance" → "التحالف العالمي"), so its absence is only `info`.
 */
import { createNameKeysMemo, matchAnchors, namesMatch, sharesCognatePrefix } from '../anchors/index.js';
import { ALL_MONTH_NAMES, WEEKDAY_NAMES } from '../data/months.js';
import type { Anchor, Divergence, Severity } from '../types.js';
import { beadAnchors, divergence, dominantScript, isTwoSided, type DivergenceContext } from './context.js';
import { entityCounterpart, prepareOtherSide, type CounterpartMatch, type OtherSide } from './counterparts.js';
import { sideText } from './number-matching.js';

type BeadAnchor = ReturnType<typeof beadAnchors>[number];
type LonelyAnchor = BeadAnchor & { match: CounterpartMatch };

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * `text.replace(/[^\p{L}\p{N}]/gu, '').length >= 2` (letters and digits, in code units: an astral letter
 * counts two), without a regular expression run and a copy per name: ASCII by its code, any other code
 * point by the pattern. test/diverge/fast-paths.test.ts holds the two together.
 */
export function hasTwoLetterOrDigitUnits(text: string): boolean {
  let units = 0;
  for (let i = 0; i < text.length && units < 2; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) units++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    i += ch.length - 1;
    if (LETTER_OR_NUMBER.test(ch)) units += ch.length;
  }
  return units >= 2;
}

/** How alike two words must be, as names, to be one name in two languages (Ungern ~ Hungary is 0.68). */
const LOOK_ALIKE_SIMILARITY = 0.5;

function lookAlike(a: string, b: string): boolean {
  const wordsA = a.split(/\s+/u);
  const wordsB = b.split(/\s+/u);
  return wordsA.some((x) => wordsB.some((y) => sharesCognatePrefix(x, y) || namesMatch(x, y) >= LOOK_ALIKE_SIMILARITY));
}

const ENTITY_KINDS: ReadonlySet<Anchor['kind']> = new Set(['entity', 'acronym', 'url', 'email', 'code']);

/**
 * Codes, URLs and e-mails never translate: an error. Acronyms survive or have an entry in the equivalence
 * table: a warning. A single name is a warning within one script, but across scripts country and
 * place names take exonyms that transliteration cannot see (Schweiz / سويسرا, Japan / اليابان): info.
 * A multi-word name is often translated as a whole: info.
 */
function severityOf(anchor: Anchor, isCrossScript: () => boolean): Severity {
  if (anchor.kind === 'url' || anchor.kind === 'email' || anchor.kind === 'code') return 'error';
  if (anchor.kind === 'acronym') return 'warning';
  return /\s/u.test(anchor.text.trim()) || isCrossScript() ? 'info' : 'warning';
}

const KIND_NAMES: Record<string, string> = {
  entity: 'name', acronym: 'acronym', url: 'web address', email: 'e-mail address', code: 'reference code',
};

export function detectEntityMismatches(context: DivergenceContext): Divergence[] {
  const found: Divergence[] = [];
  const reportedOnce = new Set<string>();
  // One document's words and names recur from bead to bead: their transliterated keys are made once (and
  // once for many documents when the caller keeps a memo across them).
  const nameKeysMemo = context.nameKeysMemo ?? createNameKeysMemo();
  context.beads.forEach((bead, beadIndex) => {
    if (!isTwoSided(bead)) return;
    const anchors = { source: beadAnchors(context, bead, 'source'), target: beadAnchors(context, bead, 'target') };
    const texts = { source: sideText(context, bead, 'source'), target: sideText(context, bead, 'target') };
    // The anchors stage pairs by key, by name similarity and, for an uncased side (Arabic), by finding
    // the transliterated name among its words; what it leaves unpaired gets the detector's own checks.
    const matches = matchAnchors(anchors.source.map((a) => a.anchor), anchors.target.map((a) => a.anchor), texts.source, texts.target, nameKeysMemo);
    // 1 for an anchor a match took (a match found on the fly has index -1 on that side).
    const paired = { source: new Uint8Array(anchors.source.length), target: new Uint8Array(anchors.target.length) };
    for (const m of matches) {
      if (m.source >= 0) paired.source[m.source] = 1;
      if (m.target >= 0) paired.target[m.target] = 1;
    }
    const lonely = { source: [] as LonelyAnchor[], target: [] as LonelyAnchor[] };
    for (const side of ['source', 'target'] as const) {
      const other = side === 'source' ? 'target' : 'source';
      // Prepared on first use: most bead sides have no unpaired name, and folding the text is not free.
      let otherSide: OtherSide | undefined;
      anchors[side].forEach((entry, index) => {
        const { anchor } = entry;
        if (!ENTITY_KINDS.has(anchor.kind) || paired[side][index] === 1) return;
        // A lone capitalised word opening a sentence may be an ordinary word ("Europol bistår" vs "Ministrar").
        if (anchor.weak) return;
        // Month and weekday names are words, not names: left in another language they are `untranslated`.
        const lower = anchor.text.toLowerCase();
        if (ALL_MONTH_NAMES.has(lower) || WEEKDAY_NAMES.has(lower)) return;
        if (!hasTwoLetterOrDigitUnits(anchor.text)) return;
        otherSide ??= prepareOtherSide(anchors[other].map((a) => a.anchor), texts[other]);
        const match = entityCounterpart(anchor, otherSide);
        if (match !== 'full') lonely[side].push({ anchor, segment: entry.segment, match });
      });
    }
    // Most beads have nothing left to report, and most of what is left is told apart without the
    // scripts: they are read for the first single-word name that needs them (4 % of the detector's time).
    if (lonely.source.length === 0 && lonely.target.length === 0) return;
    let crossScript: boolean | undefined;
    const isCrossScript = (): boolean => (crossScript ??= dominantScript(texts.source) !== dominantScript(texts.target));
    for (const side of ['source', 'target'] as const) {
      const other = side === 'source' ? 'target' : 'source';
      for (const { anchor, segment, match } of lonely[side]) {
        // Two unpaired names that look alike are one name rendered two ways ("Ungern" / "Hungary",
        // "Europaparlamentet" / "European Parliament"), not two missing names.
        if (match === 'none' && anchor.kind === 'entity' && lonely[other].some((o) => o.anchor.kind === 'entity' && lookAlike(anchor.text, o.anchor.text))) continue;
        // Part of a name found and its last word not: the name was changed ("Cecilia Asselborn").
        const severity = match === 'partial' ? 'warning' : severityOf(anchor, isCrossScript);
        // An info-level name is said once per document: the tenth "Global Alliance" adds nothing.
        if (severity === 'info') {
          if (reportedOnce.has(`${side}:${anchor.key}`)) continue;
          reportedOnce.add(`${side}:${anchor.key}`);
        }
        found.push(divergence('entity-mismatch', severity, side, beadIndex, segment,
          anchor.start - segment.start, anchor.end - segment.start,
          match === 'partial'
            ? `The name "${anchor.text}" in the ${side} is only partly in the ${other} sentence: it may have been changed.`
            : `The ${KIND_NAMES[anchor.kind] ?? 'name'} "${anchor.text}" in the ${side} has no counterpart in the ${other} sentence.`,
          anchor.kind));
      }
    }
  });
  return found;
}

/**
 * `format-mismatch`: punctuation that carries meaning and should survive translation: questions and
 * exclamations (`?` ↔ `؟` ↔ `？` are the same mark), brackets, quotation marks (”…” ↔ «…» ↔ „…” are all
 * quotes, and a Polish or Swedish dialogue dash "– " quotes too), and list bullets. A question that became
 * a statement is a `warning`; the rest is `info` because translators legitimately rephrase.
 */
import type { Divergence, Segment } from '../types.js';
import { beadSegments, divergence, isTwoSided, type DivergenceContext, type OneSide } from './context.js';

interface MarkClass {
  name: string;
  pattern: RegExp;
  severity: 'warning' | 'info';
  message: (side: OneSide, other: OneSide) => string;
}

const MARK_CLASSES: readonly MarkClass[] = [
  { name: 'question', pattern: /[?؟？⸮]/gu, severity: 'warning',
    message: (side, other) => `The ${side} has a question mark here that the ${other} lacks: a question may have become a statement.` },
  { name: 'exclamation', pattern: /[!！]/gu, severity: 'info',
    message: (side, other) => `The ${side} has an exclamation mark here that the ${other} lacks.` },
  { name: 'bracket', pattern: /[([（［﴾]/gu, severity: 'info',
    message: (side, other) => `The ${side} has more brackets than the ${other}: a bracketed part may be missing or added.` },
];

/** Double quotation marks of every tradition; the ASCII and typographic single quotes double as apostrophes. */
const QUOTE = /["“”„«»「」『』‹›]/u;
/** A dialogue dash opening a sentence: quoted speech in Polish, Swedish and other traditions. */
const DIALOGUE_DASH = /^[–—-]\s/u;
const UNAMBIGUOUS_BULLET = /^[•◦▪▫●○■□►▸‣⁃*·]/u;
const WHITESPACE = /\s/u;
const ANY_LIST_MARKER = /^(?:[•◦▪▫●○■□►▸‣⁃*·–—-]|\p{N}{1,3}[.)]|\p{L}\))/u;

/** The list marker of a segment: in its text, or just before it on its line in the original text. */
function listMarker(segment: Segment, original: string | undefined): { text: string; start: number } | undefined {
  if (ANY_LIST_MARKER.test(segment.text)) return { text: segment.text, start: segment.start };
  if (original === undefined) return undefined;
  // The last whitespace-delimited token before the segment on its line, with the spaces after it (what
  // /\S+\s*$/u finds in that stretch), scanned backwards: the regex, run on a copy of the stretch, walked
  // the whole paragraph before every sentence of it (0.3 ms of a 25 ms pair, most of this detector). The
  // scan stops at the line break itself; looking the line's start up first (`lastIndexOf`) walked back
  // over the whole text before every segment of a text without line breaks (bench/redos).
  let end = segment.start;
  while (end > 0 && original[end - 1] !== '\n' && WHITESPACE.test(original[end - 1]!)) end--;
  if (end === 0 || original[end - 1] === '\n') return undefined;
  let start = end;
  while (start > 0 && !WHITESPACE.test(original[start - 1]!)) start--;
  const text = original.slice(start, segment.start);
  if (!ANY_LIST_MARKER.test(text)) return undefined;
  return { text, start };
}

/**
 * Where `pattern` (global) matches in some segments. `search` (which leaves the pattern's lastIndex as it
 * was) first: most sentences have no question mark, exclamation mark or bracket, and spreading an empty
 * `matchAll` for each of them was most of this detector's time.
 */
function marksIn(segments: readonly Segment[], pattern: RegExp): { segment: Segment; index: number }[] {
  const found: { segment: Segment; index: number }[] = [];
  for (const segment of segments) {
    if (segment.text.search(pattern) < 0) continue;
    for (const m of segment.text.matchAll(pattern)) found.push({ segment, index: m.index });
  }
  return found;
}

export function detectFormatMismatches(context: DivergenceContext): Divergence[] {
  const found: Divergence[] = [];
  context.beads.forEach((bead, beadIndex) => {
    if (!isTwoSided(bead)) return;
    const segments = { source: beadSegments(context, bead, 'source'), target: beadSegments(context, bead, 'target') };
    for (const mark of MARK_CLASSES) {
      const marks = { source: marksIn(segments.source, mark.pattern), target: marksIn(segments.target, mark.pattern) };
      if (marks.source.length === marks.target.length) continue;
      const side: OneSide = marks.source.length > marks.target.length ? 'source' : 'target';
      const last = marks[side][marks[side].length - 1]!;
      found.push(divergence('format-mismatch', mark.severity, side, beadIndex, last.segment, last.index, last.index + 1,
        mark.message(side, side === 'source' ? 'target' : 'source'), mark.name));
    }
    const quoted = (side: OneSide) => segments[side].some((segment) => QUOTE.test(segment.text) || DIALOGUE_DASH.test(segment.text));
    for (const side of ['source', 'target'] as const) {
      const other: OneSide = side === 'source' ? 'target' : 'source';
      if (!quoted(side) || quoted(other)) continue;
      const segment = segments[side].find((s) => QUOTE.test(s.text));
      if (!segment) continue;
      const index = segment.text.search(QUOTE);
      found.push(divergence('format-mismatch', 'info', side, beadIndex, segment, index, index + 1,
        `The ${side} quotes something here and the ${other} has no quotation marks.`, 'quote'));
    }
    const markers = {
      source: segments.source[0] && listMarker(segments.source[0], context.sourceText),
      target: segments.target[0] && listMarker(segments.target[0], context.targetText),
    };
    for (const side of ['source', 'target'] as const) {
      const other: OneSide = side === 'source' ? 'target' : 'source';
      const marker = markers[side];
      const segment = segments[side][0];
      if (!marker || !segment || markers[other] || !UNAMBIGUOUS_BULLET.test(marker.text)) continue;
      const finding: Divergence = {
        kind: 'format-mismatch', severity: 'info', side, bead: beadIndex, segment: segment.index,
        start: marker.start, end: marker.start + 1, text: marker.text.slice(0, 1),
        message: `The ${side} is a list item here and the ${other} is not.`, category: 'bullet',
      };
      found.push(finding);
    }
  });
  return found;
}

/**
 * Anchors: the things in a segment that survive translation — numbers (read to their values in any digit
 * system and locale), names and acronyms, reference codes, URLs and e-mail addresses — with the
 * language-independent keys the aligner and the divergence detectors compare. See docs/anchors.md.
 */
import type { Anchor, LanguageCode, Segment } from '../types.js';
import { findEntities } from './entities.js';
import { findCodes, findEmails, findUrls } from './links.js';
import { numberKey } from './match.js';
import { readNumbers } from './numbers.js';

export { readNumbers, type NumberReading, type NumberPart } from './numbers.js';
export { matchAnchors, entitySimilarity, numberKey, isUncased, type AnchorMatch } from './match.js';
export {
  findNameCounterparts, findCounterpartsIn, prepareNameSearch, createNameKeysMemo, type NameKeysMemo, nameKey, namesMatch, wordMatchesName, NAME_MATCH_THRESHOLD, type NameSearch,
} from './names.js';
export { cognateSimilarity, sharesCognatePrefix, foldToken, COGNATE_PREFIX_LENGTH } from './cognates.js';
export { transliterate, foldName, normalizeArabic, digitValue } from './text.js';

interface Span {
  start: number;
  end: number;
}

/** Whether `span` overlaps any of `taken` (both sorted by start; `cursor` walks `taken` once). */
function overlapsTaken(span: Span, taken: readonly Span[], cursor: { at: number }): boolean {
  while (cursor.at < taken.length && taken[cursor.at]!.end <= span.start) cursor.at++;
  const next = taken[cursor.at];
  return next !== undefined && next.start < span.end;
}

/** Keeps the spans of `spans` (sorted) that overlap nothing in `taken` (sorted). */
function withoutOverlaps<T extends Span>(spans: readonly T[], taken: readonly Span[]): readonly T[] {
  if (taken.length === 0 || spans.length === 0) return spans;
  const cursor = { at: 0 };
  return spans.filter((span) => !overlapsTaken(span, taken, cursor));
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Finds the anchors of one segment, in text order, with offsets into the document (`segment.start` +
 * offset in the segment). Precedence where spans overlap: URLs and e-mails, then codes (so "IP / 12 /
 * 1308" is one `code` anchor, not the numbers 12 and 1308), then numbers, then names and acronyms.
 */
export function findAnchors(segment: Segment, language: LanguageCode): Anchor[] {
  const text = segment.text;
  const shift = segment.start;
  const anchors: Anchor[] = [];
  const urls = findUrls(text);
  const emails = findEmails(text);
  const links = emails.length === 0 ? urls : [...urls, ...withoutOverlaps(emails, urls)].sort(byStart);
  const codes = withoutOverlaps(findCodes(text), links);
  // Most segments have no link and no code: no copies and sorts of empty lists then.
  const taken = codes.length === 0 ? links : links.length === 0 ? codes : [...links, ...codes].sort(byStart);
  for (const link of taken) {
    anchors.push({ kind: link.kind, text: link.text, start: shift + link.start, end: shift + link.end, key: link.key });
  }
  const numbers = withoutOverlaps(readNumbers(text, language), taken);
  for (const number of numbers) {
    const anchor: Anchor = {
      kind: 'number',
      text: number.text,
      start: shift + number.start,
      end: shift + number.end,
      key: numberKey(number.value),
      value: number.value,
      form: number.form,
    };
    if (number.part) anchor.part = number.part;
    if (number.isYear) anchor.isYear = true;
    if (number.percent) anchor.percent = true;
    anchors.push(anchor);
  }
  const occupied = taken.length === 0 ? numbers : [...taken, ...numbers].sort(byStart);
  for (const entity of withoutOverlaps(findEntities(text, language), occupied)) {
    const anchor: Anchor = { kind: entity.kind, text: entity.text, start: shift + entity.start, end: shift + entity.end, key: entity.key };
    if (entity.weak) anchor.weak = true;
    anchors.push(anchor);
  }
  // Each kind comes in text order and spans do not overlap: the list needs sorting only when two kinds
  // interleave (most segments have one kind, or numbers all before names or after them).
  for (let k = 1; k < anchors.length; k++) if (byStart(anchors[k - 1]!, anchors[k]!) > 0) return anchors.sort(byStart);
  return anchors;
}

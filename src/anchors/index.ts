/**
 * Anchors: the things in a segment that survive translation (numbers, names, codes, URLs).
 * PLACEHOLDER: ASCII numbers only, to be replaced by the real finders.
 */
import type { Anchor, LanguageCode, Segment } from '../types.js';

/** Finds the anchors of one segment; offsets are into the document text. */
export function findAnchors(segment: Segment, language: LanguageCode): Anchor[] {
  void language;
  const anchors: Anchor[] = [];
  const re = /\d+/g;
  for (let m = re.exec(segment.text); m; m = re.exec(segment.text)) {
    const start = segment.start + m.index;
    anchors.push({ kind: 'number', text: m[0], start, end: start + m[0].length, key: String(Number(m[0])), value: Number(m[0]) });
  }
  return anchors;
}

import { expect } from 'vitest';
import { segment, segmentDocument } from '../../src/segment/index.js';
import type { SegmentedDocument } from '../../src/types.js';

/** The sentence texts of `text` in `language`. */
export function sentences(text: string, language = 'und'): string[] {
  return segment(text, { language }).map((s) => s.text);
}

/** Asserts the segmentation invariants: exact offsets, whitespace-only gaps, order, full coverage. */
export function expectLossless(text: string, language = 'und'): SegmentedDocument {
  const doc = segmentDocument(text, { language });
  let cursor = 0;
  let rebuilt = '';
  doc.segments.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(cursor);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    const gap = text.slice(cursor, s.start);
    expect(gap).toMatch(/^\s*$/);
    const block = doc.blocks[s.block];
    expect(block).toBeDefined();
    expect(s.start).toBeGreaterThanOrEqual(block!.start);
    expect(s.end).toBeLessThanOrEqual(block!.end);
    rebuilt += gap + s.text;
    cursor = s.end;
  });
  const tail = text.slice(cursor);
  expect(tail).toMatch(/^\s*$/);
  expect(rebuilt + tail).toBe(text);
  return doc;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/index.js';
import { prose, trickyText } from './arbitraries.js';

const LANGUAGES = ['sv', 'ar', 'pl', 'en', 'und'] as const;

/** Checks the lossless-segmentation contract of issue 2 and 6; returns nothing, throws on violation. */
function expectLossless(text: string, language: string): void {
  const document = segmentDocument(text, { language });
  expect(document.text).toBe(text);
  let previousEnd = 0;
  document.segments.forEach((segment, position) => {
    expect(segment.index).toBe(position);
    expect(segment.start).toBeLessThan(segment.end);
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
    expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    // Between two segments there is only whitespace: nothing is dropped.
    expect(text.slice(previousEnd, segment.start)).toMatch(/^\s*$/u);
    const block = document.blocks[segment.block];
    expect(block).toBeDefined();
    expect(segment.start).toBeGreaterThanOrEqual(block!.start);
    expect(segment.end).toBeLessThanOrEqual(block!.end);
    previousEnd = segment.end;
  });
  expect(text.slice(previousEnd)).toMatch(/^\s*$/u);
  document.blocks.forEach((block, position) => {
    expect(block.index).toBe(position);
    expect(block.start).toBeLessThanOrEqual(block.end);
    if (position > 0) expect(block.start).toBeGreaterThanOrEqual(document.blocks[position - 1]!.end);
  });
}

describe('segmentDocument (property)', () => {
  it('is lossless with exact offsets on random Unicode: combining marks, emoji, surrogates, bidi, ZWJ, every line break, NUL', () => {
    fc.assert(
      fc.property(trickyText(), fc.constantFrom(...LANGUAGES), (text, language) => expectLossless(text, language)),
      { numRuns: 300 },
    );
  });

  it('is lossless with exact offsets on random prose in paragraphs', () => {
    fc.assert(fc.property(prose(), fc.constantFrom(...LANGUAGES), (text, language) => expectLossless(text, language)), { numRuns: 150 });
  });

  it('gives the same segments on every call (no hidden state)', () => {
    fc.assert(
      fc.property(trickyText(), (text) => {
        expect(segmentDocument(text, { language: 'sv' })).toEqual(segmentDocument(text, { language: 'sv' }));
      }),
      { numRuns: 100 },
    );
  });
});

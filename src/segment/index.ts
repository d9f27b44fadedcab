/**
 * Segmentation: text → blocks → sentences, lossless, with offsets into the original string.
 * PLACEHOLDER: a line-and-punctuation splitter, to be replaced by the real segmenter.
 */
import type { Block, LanguageCode, Segment, SegmentedDocument } from '../types.js';

export interface SegmentOptions {
  /** ISO 639-1 code; selects abbreviation and punctuation rules. */
  language?: LanguageCode;
}

/** Splits `text` into blocks and sentences. */
export function segmentDocument(text: string, options: SegmentOptions = {}): SegmentedDocument {
  const blocks: Block[] = [];
  const segments: Segment[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const line = m[0];
    if (line.trim() === '') continue;
    const block: Block = { index: blocks.length, kind: 'paragraph', start: lineStart, end: lineStart + line.length };
    blocks.push(block);
    const sentRe = /\S[^]*?(?:[.!?؟](?=\s|$)|$)/g;
    for (let s = sentRe.exec(line); s; s = sentRe.exec(line)) {
      const raw = s[0];
      const trimmed = raw.trimEnd();
      if (!trimmed) continue;
      const start = lineStart + s.index;
      segments.push({ index: segments.length, text: trimmed, start, end: start + trimmed.length, block: block.index });
    }
  }
  return { language: options.language ?? 'und', text, blocks, segments };
}

/** Splits `text` into sentences with `start`/`end` offsets. */
export function segment(text: string, options: SegmentOptions = {}): Segment[] {
  return segmentDocument(text, options).segments;
}

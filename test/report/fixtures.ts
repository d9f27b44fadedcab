/** Hand-made comparisons for the report tests, so they do not depend on how well the aligner does. */
import type { Comparison, Divergence } from '../../src/index.js';

export function handMade(
  source: string[],
  target: string[],
  beads: Comparison['beads'],
  divergences: Divergence[] = [],
  languages: [string, string] = ['sv', 'ar'],
): Comparison {
  const side = (texts: string[], language: string) => {
    let offset = 0;
    const segments = texts.map((text, index) => {
      const segment = { index, text, start: offset, end: offset + text.length, block: index };
      offset += text.length + 1;
      return segment;
    });
    return { language, languageSource: 'given' as const, blocks: segments.map((s) => ({ index: s.index, kind: 'paragraph' as const, start: s.start, end: s.end })), segments };
  };
  return { version: 1, source: side(source, languages[0]), target: side(target, languages[1]), beads, divergences, warnings: [] };
}

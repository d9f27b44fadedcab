import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison } from '../../src/index.js';
import { prose, PROSE_LANGUAGES, trickyText } from './arbitraries.js';

/** Every segment of both sides in exactly one bead, beads in document order, indices contiguous. */
function expectBeadsPartitionSegments(result: Comparison): void {
  for (const side of ['source', 'target'] as const) {
    const seen = result.beads.flatMap((bead) => bead[side]);
    expect(seen).toEqual(result[side].segments.map((segment) => segment.index));
  }
  for (const bead of result.beads) {
    expect(bead.source.length + bead.target.length).toBeGreaterThan(0);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
}

/** Divergences point at real beads and at spans that exist in their side's text. */
function expectDivergencesLocated(result: Comparison, texts: { source: string; target: string }): void {
  for (const divergence of result.divergences) {
    expect(divergence.bead).toBeGreaterThanOrEqual(0);
    if (result.beads.length > 0) expect(divergence.bead).toBeLessThan(result.beads.length);
    if (divergence.side === 'both') continue;
    const text = texts[divergence.side];
    expect(divergence.start).toBeGreaterThanOrEqual(0);
    expect(divergence.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(divergence.start, divergence.end)).toBe(divergence.text);
  }
}

const language = fc.constantFrom(undefined, 'sv', 'ar', 'pl', 'en');

/** Prose with the language it is written in, or random Unicode declared as language-neutral. */
const textWithItsLanguage: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.constantFrom(...PROSE_LANGUAGES).chain((lang) => prose(12, lang).map((text): [string, string] => [text, lang])),
  trickyText(40).map((text): [string, string] => [text, 'und']),
);

describe('compare (property)', () => {
  it('puts every segment in exactly one bead, in order, for random Unicode on both sides', () => {
    fc.assert(
      fc.property(trickyText(40), trickyText(40), language, language, (source, target, sourceLanguage, targetLanguage) => {
        const options: Parameters<typeof compare>[2] = {};
        if (sourceLanguage) options.sourceLanguage = sourceLanguage;
        if (targetLanguage) options.targetLanguage = targetLanguage;
        const result = compare(source, target, options);
        expectBeadsPartitionSegments(result);
        expectDivergencesLocated(result, { source, target });
      }),
      { numRuns: 120 },
    );
  });

  it('puts every segment in exactly one bead, in order, for random prose pairs', () => {
    fc.assert(
      fc.property(prose(), prose(), (source, target) => {
        const result = compare(source, target, { sourceLanguage: 'sv', targetLanguage: 'pl' });
        expectBeadsPartitionSegments(result);
        expectDivergencesLocated(result, { source, target });
      }),
      { numRuns: 80 },
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(trickyText(40), prose(), (source, target) => {
        expect(JSON.stringify(compare(source, target))).toBe(JSON.stringify(compare(source, target)));
      }),
      { numRuns: 60 },
    );
  });

  it('aligns a text with itself 1-1, reporting at most that both sides are the same language', () => {
    fc.assert(
      fc.property(textWithItsLanguage, ([text, lang]) => {
        const result = compare(text, text, { sourceLanguage: lang, targetLanguage: lang });
        result.beads.forEach((bead, position) => {
          expect(bead).toMatchObject({ source: [position], target: [position] });
        });
        expect(result.beads).toHaveLength(result.source.segments.length);
        for (const divergence of result.divergences) expect(divergence.kind).toBe('same-language');
      }),
      { numRuns: 120 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');

describe('compare on the Swedish/Arabic seed pair', () => {
  const sv = corpus('eureporter-global-alliance.sv.txt');
  const ar = corpus('eureporter-global-alliance.ar.txt');
  const result = compare(sv, ar, { sourceLanguage: 'sv', targetLanguage: 'ar' });

  it('puts every segment of both sides in exactly one bead, in order', () => {
    for (const side of ['source', 'target'] as const) {
      const seen = result.beads.flatMap((b) => b[side]);
      expect(seen).toEqual(result[side].segments.map((s) => s.index));
    }
  });

  it('gives segments whose offsets point back into the original text', () => {
    for (const s of result.source.segments) expect(sv.slice(s.start, s.end)).toBe(s.text);
    for (const s of result.target.segments) expect(ar.slice(s.start, s.end)).toBe(s.text);
  });

  it('detects the languages when they are not given', () => {
    const detected = compare(sv, ar);
    expect(detected.source.language).toBe('sv');
    expect(detected.target.language).toBe('ar');
    expect(detected.source.languageSource).toBe('detected');
  });
});

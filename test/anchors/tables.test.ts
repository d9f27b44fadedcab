/**
 * `codeUnitsMatching` builds the per-character tables the anchors and detectors read instead of running
 * a regular expression per character: each table must say what the expression says, character by
 * character.
 */
import { describe, expect, it } from 'vitest';
import { codeUnitsMatching, transliterate } from '../../src/anchors/text.js';

describe('codeUnitsMatching', () => {
  it('marks exactly the code units the one-character pattern matches', () => {
    for (const pattern of [/[\p{L}\p{M}]/u, /\p{Lu}/u, /\p{Ll}/u, /[\p{L}\p{N}]/u, /\p{Script=Arabic}/u, /[a-f]/iu]) {
      const table = codeUnitsMatching(pattern, 0x800);
      const expected = Array.from({ length: 0x800 }, (_, code) => (pattern.test(String.fromCharCode(code)) ? 1 : 0));
      expect({ pattern: String(pattern), table: [...table] }).toEqual({ pattern: String(pattern), table: expected });
    }
  });

  it('gives letters, not digits or punctuation, for a letter pattern', () => {
    const table = codeUnitsMatching(/\p{L}/u, 0x800);
    expect([table[0x61], table[0xf6], table[0x645], table[0x31], table[0x2e], table[0x661]]).toEqual([1, 1, 1, 0, 0, 0]);
  });
});

describe('transliterate (table filled on first use)', () => {
  it('gives the same answer the first time a letter is seen and afterwards', () => {
    const first = transliterate('Малмстрём مالمستروم Ωmega');
    expect(transliterate('Малмстрём مالمستروم Ωmega')).toBe(first);
    expect(first).toBe('malmstrem malmstrwm omega');
  });
});

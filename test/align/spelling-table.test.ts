/**
 * The spelling table of one side's words (scanFeatures): spellings found by a hash of their code units and
 * compared in place, so a word inside a segment is looked up without a string being cut out of it. Checked
 * against a Map from spellings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpellingTable, spellingHash } from '../../src/align/features.js';

/** `text`'s entry for the span `[start, end)`, as the scan asks for it. */
const findSpan = <T>(table: SpellingTable<T>, text: string, start: number, end: number) =>
  table.find(text, start, end, spellingHash(text, start, end));

describe('spellingHash', () => {
  it('hashes a span as it hashes the same characters on their own', () => {
    expect(spellingHash('Bryssel, igår', 0, 7)).toBe(spellingHash('Bryssel'));
    expect(spellingHash('قال المتحدث', 4, 11)).toBe(spellingHash('المتحدث'));
  });

  it('tells apart spellings that differ in case, order or length', () => {
    const hashes = ['talade', 'Talade', 'taldae', 'talad', 'taladee'].map((s) => spellingHash(s));
    expect(new Set(hashes).size).toBe(5);
  });
});

describe('SpellingTable', () => {
  it('finds a spelling added from one text at any place in another', () => {
    const table = new SpellingTable<string>();
    table.add('the cat sat', 4, 7, spellingHash('the cat sat', 4, 7), 'feline');
    const entry = findSpan(table, 'concat', 3, 6);
    expect(entry).toBe(0);
    expect(table.values[entry]).toBe('feline');
    expect(table.get('cat')).toBe('feline');
  });

  it('does not find a prefix, an extension, another case or another word of the same length', () => {
    const table = new SpellingTable<number>();
    table.add('cat', 0, 3, spellingHash('cat'), 1);
    for (const other of ['ca', 'cats', 'Cat', 'cot', '']) {
      expect(findSpan(table, other, 0, other.length)).toBe(-1);
      expect(table.get(other)).toBeUndefined();
    }
  });

  it('compares the characters when two spellings share a hash', () => {
    // Both spans are given the same hash, as a collision would: only the comparison can tell them apart.
    const table = new SpellingTable<string>();
    table.add('ab', 0, 2, 7, 'first');
    expect(table.find('ba', 0, 2, 7)).toBe(-1);
    table.add('ba', 0, 2, 7, 'second');
    expect(table.values[table.find('ab', 0, 2, 7)]).toBe('first');
    expect(table.values[table.find('ba', 0, 2, 7)]).toBe('second');
  });

  it('keeps every spelling as it grows far beyond its first slots and character store', () => {
    const table = new SpellingTable<number>();
    const words = Array.from({ length: 5000 }, (_, i) => `ord${i}-${'x'.repeat(i % 7)}`);
    words.forEach((word, i) => table.add(word, 0, word.length, spellingHash(word), i));
    expect(table.size).toBe(5000);
    words.forEach((word, i) => expect(table.get(word)).toBe(i));
    expect(table.get('ord5000-')).toBeUndefined();
  });

  it('answers as a Map would, for spans of any text (surrogate pairs, Arabic, marks, the empty spelling)', () => {
    const spelling = fc
      .array(fc.constantFrom('a', 'b', 'A', 'ä', 'ب', 'ت', '\u064e', '😀', '\ud835\udc00', 'ß'), { minLength: 0, maxLength: 4 })
      .map((parts) => parts.join(''));
    const operation = fc.oneof(
      fc.record({ op: fc.constant('set' as const), word: spelling, value: fc.integer(), pad: fc.tuple(spelling, spelling) }),
      fc.record({ op: fc.constant('get' as const), word: spelling, pad: fc.tuple(spelling, spelling) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 120 }), (operations) => {
        const table = new SpellingTable<number>();
        // `set` overwrites an entry's value, as the scan never does but a Map would.
        const map = new Map<string, number>();
        for (const o of operations) {
          // The spelling sits inside padding, as a word sits inside its segment.
          const text = o.pad[0] + o.word + o.pad[1];
          const start = o.pad[0].length;
          const end = start + o.word.length;
          const hash = spellingHash(text, start, end);
          const entry = table.find(text, start, end, hash);
          expect(entry < 0 ? undefined : table.values[entry]).toBe(map.get(o.word));
          if (o.op === 'set') {
            if (entry >= 0) table.values[entry] = o.value;
            else table.add(text, start, end, hash, o.value);
            map.set(o.word, o.value);
          }
          expect(table.size).toBe(map.size);
        }
        for (const [word, value] of map) expect(table.get(word)).toBe(value);
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});

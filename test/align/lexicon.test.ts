/**
 * The lexicon learnt from the documents themselves: Dice over beads, its pairs as match keys, and the beads
 * it is learnt from again after the second pass.
 */
import { describe, expect, it } from 'vitest';
import { buildFeatures, KeyTable, type SideFeatures, withLexiconKeys } from '../../src/align/features.js';
import { learnLexicon, relearningBeads } from '../../src/align/lexicon.js';
import { matchMasks } from '../../src/align/scoring.js';

function sides(source: string[], target: string[]) {
  const keys = new KeyTable();
  const sourceWords = new KeyTable();
  const targetWords = new KeyTable();
  const s = buildFeatures(source, source.map(() => []), undefined, keys, sourceWords);
  const t = buildFeatures(target, target.map(() => []), undefined, keys, targetWords);
  return { s, t, keys, sourceWords, targetWords };
}

const matches = (s: SideFeatures, i: number, t: SideFeatures, j: number) => {
  const out = new Uint32Array(2);
  matchMasks(s, i, t, j, out);
  return out[0] !== 0;
};

describe('learnLexicon', () => {
  it('pairs words that occur in the same beads, and not words that occur in different ones', () => {
    const { s, t, sourceWords, targetWords } = sides(
      ['Hunden sover.', 'Hunden springer.', 'Katten äter.'],
      ['Le chien dort.', 'Le chien court.', 'Le chat mange.'],
    );
    const lexicon = learnLexicon(s, t, [[0, 0], [1, 1], [2, 2]]);
    const hund = sourceWords.peek('hunde')!;
    expect(lexicon.some((e) => e.sourceWord === hund && e.targetWord === targetWords.peek('chien'))).toBe(true);
    // "chat" occurs once: one co-occurrence is not enough.
    expect(lexicon.some((e) => e.targetWord === targetWords.peek('chat'))).toBe(false);
  });

  it('counts a stem once per bead, so two inflections in one sentence do not push Dice above 1', () => {
    // "konferensen" and "konferenser" share the stem "konfe"; counted per token, Dice would be 8/6.
    const { s, t } = sides(
      ['Konferensen och konferenser.', 'Konferensen och konferenser igen.'],
      ['Conférence.', 'Conférence encore.'],
    );
    const lexicon = learnLexicon(s, t, [[0, 0], [1, 1]]);
    expect(lexicon.length).toBeGreaterThan(0);
    for (const entry of lexicon) expect(entry.dice).toBeLessThanOrEqual(1);
  });
});

describe('withLexiconKeys', () => {
  it('makes a learnt pair match like a cognate, and leaves other words unmatched', () => {
    const { s, t, keys } = sides(['Hunden sover.', 'Hunden springer.', 'Katten äter.'], ['Le chien dort.', 'Le chien court.', 'Le chat mange.']);
    // Without the lexicon "Hunden" and "chien" share nothing (the full stop is no structure key).
    expect(matches(s, 0, t, 1)).toBe(false);
    const lexicon = learnLexicon(s, t, [[0, 0], [1, 1]]);
    const taught = withLexiconKeys(s, t, lexicon, keys);
    expect(matches(taught.source, 0, taught.target, 1)).toBe(true);
    expect(matches(taught.source, 2, taught.target, 2)).toBe(false);
  });

  it('returns the sides unchanged for an empty lexicon', () => {
    const { s, t, keys } = sides(['Hunden sover.'], ['Le chien dort.']);
    const same = withLexiconKeys(s, t, [], keys);
    expect(same.source).toBe(s);
    expect(same.target).toBe(t);
  });
});

describe('relearningBeads', () => {
  it('takes every 1-1 bead of the second pass and the first pass\'s confident beads it changed, each once', () => {
    expect(relearningBeads([[0, 0], [1, 1], [3, 2]], [[0, 0], [2, 2]])).toEqual([[0, 0], [1, 1], [3, 2], [2, 2]]);
  });

  it('is empty when neither pass has a 1-1 bead', () => {
    expect(relearningBeads([], [])).toEqual([]);
  });
});

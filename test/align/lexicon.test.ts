/**
 * The lexicon learnt from the documents themselves: Dice over beads, its pairs as match keys, and the beads
 * it is learnt from again after the second pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatures, KeyTable, type SideFeatures, tokenWord, withLexiconKeys } from '../../src/align/features.js';
import { learnLexicon, type LexiconEntry, MAX_TRANSLATIONS, MIN_DICE, MIN_PAIR_COUNT, relearningBeads } from '../../src/align/lexicon.js';
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

/**
 * The straightforward form of learnLexicon, the reference it is checked against: every word pair of every
 * bead counted in a Map (learnLexicon counts only the pairs that can pass its thresholds, in a typed table).
 */
function naiveLexicon(s: SideFeatures, t: SideFeatures, beads: readonly [number, number][]): LexiconEntry[] {
  const wordsOf = (side: SideFeatures, i: number) => {
    const out = new Set<number>();
    for (let k = side.tokenStart[i]!; k < side.tokenStart[i + 1]!; k++) if (tokenWord(side, k) >= 0) out.add(tokenWord(side, k));
    return [...out];
  };
  const sourceCount = new Map<number, number>();
  const targetCount = new Map<number, number>();
  const pairCount = new Map<string, number>();
  for (const [i, j] of beads) {
    const ws = wordsOf(s, i);
    const wt = wordsOf(t, j);
    for (const w of ws) sourceCount.set(w, (sourceCount.get(w) ?? 0) + 1);
    for (const w of wt) targetCount.set(w, (targetCount.get(w) ?? 0) + 1);
    for (const a of ws) for (const b of wt) pairCount.set(`${a}:${b}`, (pairCount.get(`${a}:${b}`) ?? 0) + 1);
  }
  const candidates: LexiconEntry[] = [];
  for (const [key, count] of pairCount) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    const dice = (2 * count) / (sourceCount.get(a)! + targetCount.get(b)!);
    if (count >= MIN_PAIR_COUNT && dice >= MIN_DICE) candidates.push({ sourceWord: a, targetWord: b, dice });
  }
  candidates.sort((x, y) => y.dice - x.dice || x.sourceWord - y.sourceWord || x.targetWord - y.targetWord);
  const perSource = new Map<number, number>();
  const perTarget = new Map<number, number>();
  return candidates.filter((e) => {
    const ns = perSource.get(e.sourceWord) ?? 0;
    const nt = perTarget.get(e.targetWord) ?? 0;
    if (ns >= MAX_TRANSLATIONS || nt >= MAX_TRANSLATIONS) return false;
    perSource.set(e.sourceWord, ns + 1);
    perTarget.set(e.targetWord, nt + 1);
    return true;
  });
}

describe('learnLexicon against counting every pair', () => {
  it('learns exactly the pairs that counting every word pair of every bead learns', () => {
    // Small vocabularies, so that words repeat within and across beads and many pairs reach the thresholds.
    const sentence = (vocabulary: string[]) => fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + '.');
    const sv = ['hunden', 'katten', 'sover', 'äter', 'springer', 'huset', 'staden', 'barnen', 'regeringen', 'beslutet'];
    const fr = ['chien', 'chat', 'dort', 'mange', 'court', 'maison', 'ville', 'enfants', 'gouvernement', 'décision'];
    let learnt = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence(sv), sentence(fr)), { minLength: 2, maxLength: 25 }), (pairs) => {
        const { s, t } = sides(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        );
        const beads = pairs.map((_, k) => [k, k] as [number, number]);
        const lexicon = learnLexicon(s, t, beads);
        expect(lexicon).toEqual(naiveLexicon(s, t, beads));
        learnt += lexicon.length;
      }),
      { numRuns: 150, seed: 5 },
    );
    // Pairs were learnt at all: otherwise the comparison would prove nothing.
    expect(learnt).toBeGreaterThan(100);
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

/**
 * buildFeatures reads each segment in one pass over its code units and keeps a long segment's heaviest
 * tokens by insertion: these tests hold that pass and that selection to the regular expressions and the
 * sort they replace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatures, CHROME_MAX_LENGTH, CHROME_SHAPE, chromeCues, foldWord, heaviestFirst, KeyTable } from '../../src/align/features.js';
import { stemOf } from '../../src/align/stems.js';

/** The definitions the scan replaces. */
const WORD_RE = /[\p{L}\p{N}]+/gu;
const SENTENCE_END_RE = /[.!?؟。…]["”’»)\]]*\s*$/u;
const QUOTE_RE = /["“”„«»‘’‚‹›]/u;
const BULLET_RE = /^\s*(?:[•·▪◦‣∙*●○■□–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/u;

function structureKeys(text: string): string[] {
  const keys: string[] = [];
  const end = text.trimEnd().slice(-2);
  if (/[?؟]/u.test(end)) keys.push('p:question');
  else if (/!/u.test(end)) keys.push('p:exclamation');
  else if (/[:：]/u.test(end)) keys.push('p:colon');
  if (BULLET_RE.test(text)) keys.push('p:bullet');
  if (QUOTE_RE.test(text)) keys.push('p:quote');
  return keys;
}

const PIECES = [
  'Malmström', 'konferensen', 'والأطفال', 'Москва', 'été', 'ÉTÉ', '2012', '٣٤', 'G20', '𝐀𝐛', '𝟓', '\ud835', '\udc00', 'ǅ', 'x\u0301',
  ' ', '  ', '\u00a0', '\u2003', '\t', '\n', '\ufeff', '.', '!', '?', '؟', '。', '…', ':', '：', '"', '”', '’', '»', ')', ']', '“', '„', '«',
  '‘', '‚', '‹', '›', ',', '،', ';', '؛', '|', '·', '•', '- ', '1) ', 'a. ', '—', '_', '@', '/',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

describe('buildFeatures reads a segment as the regular expressions do', () => {
  it('counts the collapsed length, finds the words in order, the structure classes and the chrome cues', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const keys = new KeyTable();
        const words = new KeyTable();
        const features = buildFeatures(texts, texts.map(() => []), undefined, keys, words);
        const stems: string[] = [];
        for (const [i, t] of texts.entries()) {
          expect(features.length[i]).toBe(t.replace(/\s+/gu, ' ').trim().length);
          for (const word of t.match(WORD_RE) ?? []) {
            const folded = foldWord(word);
            if (/^\p{Nd}+$/u.test(folded)) continue;
            const stem = stemOf(folded);
            if (!stems.includes(stem)) stems.push(stem);
          }
          const sentence = SENTENCE_END_RE.test(t);
          expect(features.chromeLike[i]! & CHROME_SHAPE).toBe(features.length[i]! <= CHROME_MAX_LENGTH && !sentence ? CHROME_SHAPE : 0);
          expect(features.chromeLike[i]).toBe(chromeCues(t));
        }
        // Stems are interned in order of first appearance: the same words, in the same order.
        expect(words.size).toBe(stems.length);
        stems.forEach((stem, id) => expect(words.peek(stem)).toBe(id));
        for (const key of ['p:question', 'p:exclamation', 'p:colon', 'p:bullet', 'p:quote']) {
          expect(keys.peek(key) !== undefined, key).toBe(texts.some((t) => structureKeys(t).includes(key)));
        }
      }),
      { numRuns: 1500 },
    );
  });
  it('reads a question, a bullet and quotes, and no question in a statement', () => {
    const keys = new KeyTable();
    buildFeatures(['• Vad kostar det?  ', '”Nej.”'], [[], []], undefined, keys, new KeyTable());
    expect(['p:question', 'p:bullet', 'p:quote'].map((k) => keys.peek(k) !== undefined)).toEqual([true, true, true]);
    expect(keys.peek('p:exclamation')).toBeUndefined();
    expect(keys.peek('p:colon')).toBeUndefined();
  });
});

describe('heaviestFirst', () => {
  it('keeps the first of a stable sort by weight (heaviest first), then hash', () => {
    const values = fc.array(fc.tuple(fc.constantFrom(0.1, 0.5, 1, 2.5, 3), fc.constantFrom(0, 7, 2 ** 31, 2 ** 32 - 1)), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 40 }), (pairs, size) => {
        const n = pairs.length;
        const weight = Float64Array.from(pairs, ([w]) => w);
        const hash = Float64Array.from(pairs, ([, h]) => h);
        const keep = Math.min(size, n);
        const best = new Int32Array(keep);
        heaviestFirst(weight, hash, n, best);
        const sorted = Array.from({ length: n }, (_, t) => t).sort((a, b) => weight[b]! - weight[a]! || hash[a]! - hash[b]!);
        expect([...best]).toEqual(sorted.slice(0, keep));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * The features' word analysis kept across documents (`WordAnalysisMemo`): a pure function of the spelling,
 * so a memo must change no feature and no bead, however it is filled or emptied.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSegments, type AlignSide } from '../../src/align/index.js';
import { analyseWord, createWordAnalysisMemo, KeyTable, scanFeatures } from '../../src/align/features.js';
import { findAnchors, segmentDocument } from '../../src/index.js';
import type { LanguageCode } from '../../src/types.js';

const corpus = (file: string) => readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8');

function side(text: string, language: LanguageCode): AlignSide {
  const { segments } = segmentDocument(text, { language });
  return { texts: segments.map((s) => s.text), anchors: segments.map((s) => findAnchors(s, language)), blocks: segments.map((s) => s.block), language };
}

const SV = side(corpus('eureporter-global-alliance.sv.txt'), 'sv');
const AR = side(corpus('eureporter-global-alliance.ar.txt'), 'ar');
const PL = side(corpus('ec-press-note-global-alliance.pl.txt'), 'pl');
const SV2 = side(corpus('malmstrom-blog-global-alliance.sv.txt'), 'sv');
/** Four documents in a row, as a batch worker meets them: the later ones share words with the earlier. */
const PAIRS: [AlignSide, AlignSide][] = [[SV, AR], [PL, SV2], [AR, SV], [SV2, PL]];

describe('analyseWord', () => {
  it('folds case and diacritics, stems, and keys the cognate prefix', () => {
    expect(analyseWord('Malmström')).toEqual({ folded: 'malmstrom', stem: 'malms', keyNames: ['c:malm'] });
  });
  it('gives a word of an uncased script its name skeletons, a cased word none', () => {
    const arabic = analyseWord('ومالمستروم');
    expect(arabic?.keyNames[0]).toMatch(/^c:/u);
    expect(arabic?.keyNames.filter((k) => k.startsWith('n:')).length).toBeGreaterThan(0);
    expect(analyseWord('Malmström')?.keyNames.some((k) => k.startsWith('n:'))).toBe(false);
  });
  it('leaves a digits-only word to the anchors (null), in any digit system', () => {
    expect(analyseWord('2021')).toBeNull();
    expect(analyseWord('٢٠٢١')).toBeNull();
    expect(analyseWord('G7')).not.toBeNull();
  });
});

describe('scanFeatures and alignSegments with a memo kept across documents', () => {
  it('scan every document as without a memo, the memo filled by the documents before', () => {
    const memo = createWordAnalysisMemo();
    for (const [source, target] of PAIRS) {
      for (const s of [source, target]) {
        expect(scanFeatures(s.texts, s.anchors!, s.blocks, new KeyTable(), memo)).toEqual(scanFeatures(s.texts, s.anchors!, s.blocks, new KeyTable()));
      }
    }
    expect(memo.words.size).toBeGreaterThan(100);
  });

  it('align every pair as without a memo, also when a tiny memo is emptied again and again', () => {
    const big = createWordAnalysisMemo();
    const tiny = createWordAnalysisMemo(7);
    for (const [source, target] of PAIRS) {
      const plain = alignSegments(source, target);
      expect(alignSegments(source, target, { wordMemo: big })).toEqual(plain);
      expect(alignSegments(source, target, { wordMemo: tiny })).toEqual(plain);
      expect(tiny.words.size).toBeLessThanOrEqual(7);
      expect(tiny.names.size).toBeLessThanOrEqual(7);
    }
  });

  it('read the analysis from the memo (a wrong entry shows up in the features)', () => {
    // Guards the tests above: they would pass as well if the memo were never consulted.
    const memo = createWordAnalysisMemo();
    const texts = ['Cecilia Malmström talade.'];
    const plain = scanFeatures(texts, [[]], undefined, new KeyTable());
    memo.words.set('talade', { folded: 'zzzz', stem: 'zzzz', keyNames: ['c:zzzz'] });
    const poisoned = scanFeatures(texts, [[]], undefined, new KeyTable(), memo);
    expect(poisoned.keyNames).toContain('c:zzzz');
    expect(plain.keyNames).not.toContain('c:zzzz');
  });
});

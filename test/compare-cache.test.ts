/**
 * `compare` with an `AnalysisCache` kept across calls (as each `parallign batch` worker keeps one): the same
 * comparison as without, document after document, and a cache that stays within its bound.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, createAnalysisCache, type CompareOptions } from '../src/index.js';

const corpus = (file: string) => readFileSync(new URL(`../corpus/${file}`, import.meta.url), 'utf8');
const SV = corpus('eureporter-global-alliance.sv.txt');
const AR = corpus('eureporter-global-alliance.ar.txt');
const PL = corpus('ec-press-note-global-alliance.pl.txt');
const SV2 = corpus('malmstrom-blog-global-alliance.sv.txt');

/** Both seed pairs, both directions, then the first again: later documents meet words the cache has. */
const DOCUMENTS: [string, string, CompareOptions][] = [
  [SV, AR, { sourceLanguage: 'sv', targetLanguage: 'ar' }],
  [PL, SV2, { sourceLanguage: 'pl', targetLanguage: 'sv' }],
  [AR, SV, {}],
  [SV2, PL, { sourceLanguage: 'sv', targetLanguage: 'pl', checkGivenLanguages: false }],
  [SV, AR, { sourceLanguage: 'sv', targetLanguage: 'ar', sourceName: 'a.sv.txt', targetName: 'a.ar.txt' }],
];

describe('compare with a kept AnalysisCache', () => {
  it('gives every document the comparison it gets without a cache', () => {
    const cache = createAnalysisCache();
    for (const [source, target, options] of DOCUMENTS) {
      expect(JSON.stringify(compare(source, target, { ...options, cache }))).toBe(JSON.stringify(compare(source, target, options)));
    }
    // The cache was used: the aligner's words and the entity detector's searched Arabic words are in it.
    expect(cache.words.words.size).toBeGreaterThan(100);
    expect(cache.names.forms.size).toBeGreaterThan(10);
  });

  it('stays within its bound, and a cache emptied again and again changes nothing either', () => {
    const cache = createAnalysisCache(5);
    for (const [source, target, options] of DOCUMENTS.slice(0, 3)) {
      expect(JSON.stringify(compare(source, target, { ...options, cache }))).toBe(JSON.stringify(compare(source, target, options)));
      for (const map of [cache.words.words, cache.words.names, cache.names.forms, cache.names.names]) expect(map.size).toBeLessThanOrEqual(5);
    }
  });
});

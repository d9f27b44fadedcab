import { describe, expect, it } from 'vitest';
import { check, normalizeLanguageTag, readTmx } from '../../src/index.js';

describe('check', () => {
  const pairs = {
    sourceLanguage: 'sv-SE',
    targetLanguage: 'ar',
    pairs: [
      { source: 'Det kostar 48 kronor.', target: 'يكلف 48 كرونة.' },
      { source: 'Annons', target: '' },
      { source: '  ', target: '' },
      { source: '', target: 'اترك تعليقا' },
      { source: 'Två\nrader.', target: 'سطران.' },
    ],
  };
  const result = check(pairs, { sourceName: 'memory.tmx (sv)' });

  it('makes one bead per pair, in order: 1-1, or one-sided when a side is empty; drops pairs empty on both sides', () => {
    expect(result.beads).toEqual([
      { source: [0], target: [0], score: 1 },
      { source: [1], target: [], score: 1 },
      { source: [], target: [1], score: 1 },
      { source: [2], target: [2], score: 1 },
    ]);
  });

  it('takes each side’s original text to be the pairs joined with "\\n": offsets slice the segments out of it', () => {
    const sourceText = pairs.pairs.map((p) => p.source).join('\n');
    for (const segment of result.source.segments) expect(sourceText.slice(segment.start, segment.end)).toBe(segment.text);
    expect(result.source.segments.map((s) => s.text)).toEqual(['Det kostar 48 kronor.', 'Annons', 'Två\nrader.']);
    expect(result.source.segments[2]!.start).toBe(sourceText.indexOf('Två'));
    expect(result.source.blocks).toHaveLength(result.source.segments.length);
  });

  it('uses the file’s languages, normalised to ISO 639-1, as given', () => {
    expect(result.source).toMatchObject({ language: 'sv', languageSource: 'given', name: 'memory.tmx (sv)' });
    expect(result.target).toMatchObject({ language: 'ar', languageSource: 'given' });
    expect(check(pairs, { targetLanguage: 'fa' }).target.language).toBe('fa');
  });

  it('detects languages the file does not declare, and warns when it cannot', () => {
    const long = (s: string) => Array.from({ length: 4 }, () => s);
    const detected = check({ pairs: long('Det här är en mening på svenska om barn och säkerhet på nätet.').map((source) => ({ source, target: 'x' })) });
    expect(detected.source).toMatchObject({ language: 'sv', languageSource: 'detected' });
    expect(detected.target).toMatchObject({ language: 'und', languageSource: 'default' });
    expect(detected.warnings).toEqual([expect.objectContaining({ code: 'language-unknown', side: 'target' })]);
  });

  it('warns, as compare() does, when the text contradicts a declared language', () => {
    const swedish = 'Det här är en mening på svenska om barn och säkerhet på nätet.';
    const swapped = check({ sourceLanguage: 'ar', targetLanguage: 'sv', pairs: Array.from({ length: 4 }, () => ({ source: swedish, target: swedish })) });
    expect(swapped.warnings).toEqual([expect.objectContaining({ code: 'language-mismatch', side: 'source' })]);
  });

  it('runs the divergence detectors on the beads (a one-sided pair is reported)', () => {
    const oneSided = result.divergences.filter((d) => d.kind === 'unaligned-segment');
    expect(oneSided.map((d) => [d.side, d.bead, d.text])).toEqual([
      ['source', 1, 'Annons'],
      ['target', 2, 'اترك تعليقا'],
    ]);
  });

  it('gives an empty, valid result for no pairs', () => {
    const empty = check({ sourceLanguage: 'sv', targetLanguage: 'ar', pairs: [] });
    expect(empty).toMatchObject({ version: 1, beads: [], divergences: [] });
  });

  it('checks what readTmx read', () => {
    const tmx = '<tmx version="1.4"><header srclang="pl"/><body><tu><tuv xml:lang="pl"><seg>50 tys.</seg></tuv><tuv xml:lang="sv"><seg>50 000</seg></tuv></tu></body></tmx>';
    const checked = check(readTmx(tmx));
    expect(checked.beads).toEqual([{ source: [0], target: [0], score: 1 }]);
    expect([checked.source.language, checked.target.language]).toEqual(['pl', 'sv']);
  });
});

describe('normalizeLanguageTag', () => {
  it('reduces a tag to its ISO 639-1 primary language', () => {
    expect(['sv-SE', 'EN_us', 'ar', 'swe', 'arb', ' pl '].map(normalizeLanguageTag)).toEqual(['sv', 'en', 'ar', 'sv', 'ar', 'pl']);
  });
  it('keeps codes without a two-letter form', () => {
    expect(normalizeLanguageTag('fuv')).toBe('fuv');
  });
});

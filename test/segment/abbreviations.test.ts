import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, abbreviationLookup } from '../../src/data/abbreviations.js';
import { sentences } from './helpers.js';

describe('abbreviationLookup', () => {
  it('matches lower-case entries in any case and adds the final full stop', () => {
    const sv = abbreviationLookup('sv');
    expect(sv.folded.get('ca.')).toBe('continuing');
    expect(sv.folded.get('m.m.')).toBe('terminal');
    expect(sv.exact.get('ca.')).toBeUndefined();
  });

  it('matches entries with a capital letter only exactly', () => {
    const en = abbreviationLookup('en');
    expect(en.exact.get('No.')).toBe('continuing');
    expect(en.folded.get('no.')).toBeUndefined();
  });

  it('ignores a region suffix and merges every list for an unknown language', () => {
    expect(abbreviationLookup('pl-PL').folded.get('tys.')).toBe('terminal');
    const und = abbreviationLookup('und');
    for (const key of ['tys.', 'bl.a.', 'ds.']) expect(und.folded.get(key), key).toBeDefined();
    expect(und.exact.get('z.B.')).toBe('continuing');
  });

  it('lets a continuing entry win over a terminal one when lists are merged', () => {
    const und = abbreviationLookup(undefined);
    expect(und.folded.get('dr.')).toBe('continuing');
  });

  it('lists no entry twice within one language', () => {
    for (const [language, list] of Object.entries(ABBREVIATIONS)) {
      const all = [...list.continuing, ...list.terminal].map((e) => (e.endsWith('.') ? e : `${e}.`));
      expect(new Set(all).size, language).toBe(all.length);
    }
  });
});

describe('segment without a language', () => {
  it('still knows the Polish, Swedish and English abbreviations', () => {
    expect(sentences('Biuro ds. Narkotyków, bl.a. Dr. Smith, zebrało 50 tys. zdjęć. Nowy raport wyszedł.')).toEqual([
      'Biuro ds. Narkotyków, bl.a. Dr. Smith, zebrało 50 tys. zdjęć.',
      'Nowy raport wyszedł.',
    ]);
  });
});

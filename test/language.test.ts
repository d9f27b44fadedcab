/**
 * Language identification: `francCode` computes franc-min's answer on franc-min's data with an inverted
 * index (for speed). These tests hold it to franc itself: on real documents of every language we ship
 * data for, on slices of them (short texts, other openings), on generated text mixing scripts, and on
 * the edge cases franc treats specially (too short, no letters, a script with a single language).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare.js';
import { detectLanguage } from '../src/language.js';
import { expressions } from 'franc-min/expressions.js';
import { clean, francCode, paddedCleanUnits, scriptMatchCounts } from '../src/language-trigrams.js';

const ROOT = new URL('../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');

const DOCUMENTS: Record<string, string> = Object.fromEntries([
  ...readdirSync(new URL('corpus/', ROOT)).filter((f) => f.endsWith('.txt')).map((f) => [f, read(`corpus/${f}`)] as const),
  ...readdirSync(new URL('bench/segment/gold/', ROOT)).filter((f) => f.endsWith('.txt')).map((f) => [f, read(`bench/segment/gold/${f}`)] as const),
]);

describe('paddedCleanUnits', () => {
  const asText = (units: Uint16Array): string => String.fromCharCode(...units);
  it('gives the code units of clean(value) between two spaces', () => {
    const pieces = ['a', 'B', 'Ä', 'ß', 'Σ', 'σ', 'ς', 'İ', 'I', 'Ω', 'Ж', 'ש', 'س', '٣', '1', '!', '@', 'A', '[', '`', '{', '~', ' ', '  ', '\t', '\n', '\u000B', '\u00A0', '\u2003', '\u3000', '\uFEFF', '𝐀', '\uD800', 'ǅ', 'ſ', 'ﬀ', '\u0301', 'ˆ', 'ẞ', '–', '”', 'Ⓐ', 'Ａ', 'Ⰰ', 'Ꙁ', '\u2028', '\u1680', 'ﬃ', 'ŉ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(asText(paddedCleanUnits(text))).toBe(` ${clean(text)} `);
      }),
      { numRuns: 3000 },
    );
  });
  it('collapses separators, trims the ends and lower-cases', () => {
    expect(asText(paddedCleanUnits('  12 Över, och!! SÅ  '))).toBe(' över och så ');
    expect(asText(paddedCleanUnits('ΟΔΟΣ'))).toBe(` ${'ΟΔΟΣ'.toLowerCase()} `);
    expect(asText(paddedCleanUnits(''))).toBe('  ');
  });
});

describe('francCode', () => {
  it('answers as franc does on every corpus and segmentation gold document', () => {
    for (const [name, text] of Object.entries(DOCUMENTS)) {
      expect({ name, code: francCode(text, 20) }).toEqual({ name, code: franc(text, { minLength: 20 }) });
    }
  });

  it('answers as franc does on slices of those documents, from a few letters to a page', () => {
    const texts = Object.values(DOCUMENTS);
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(5000), fc.integer({ min: 0, max: 3000 }), (which, from, length) => {
        const text = texts[which]!.slice(from, from + length);
        expect(francCode(text, 20)).toBe(franc(text, { minLength: 20 }));
      }),
      { numRuns: 400 },
    );
  });

  it('answers as franc does on generated text mixing scripts, digits, punctuation and spaces', () => {
    const pieces = ['the ', 'och ', 'i ', 'w ', 'في ', 'من ', 'الأمم ', 'это ', 'και ', 'שלום ', 'ภาษา ', '한국 ', '日本 ', 'नमस्ते ', '123 ', '!?, ', '\n\n', ' ', 'Ä', 'ß', 'İ', '𝐀', 'ó', 'ł', 'ą'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (parts, minLength) => {
        const text = parts.join('');
        expect(francCode(text, minLength)).toBe(franc(text, { minLength }));
      }),
      { numRuns: 1000 },
    );
  });

  it('says und for text that is too short or has no letters, as franc does', () => {
    for (const text of ['', 'kort', '1234567890 1234567890 1234567890', '!!!!!!!!!!!!!!!!!!!!!!!!!']) {
      expect(francCode(text, 20)).toBe('und');
      expect(franc(text, { minLength: 20 })).toBe('und');
    }
  });

  it('names the language of a script that has only one (Thai, Korean) without comparing profiles', () => {
    const thai = 'ภาษาไทยเป็นภาษาราชการของประเทศไทย และเป็นภาษาแม่ของชาวไทย';
    expect(francCode(thai, 20)).toBe('tha');
    expect(francCode(thai, 20)).toBe(franc(thai, { minLength: 20 }));
  });
});

describe('scriptMatchCounts', () => {
  const matchCounts = (text: string) => Object.values(expressions).map((expression) => text.match(expression)?.length ?? 0);

  it('counts each script as its franc-min expression matches, with and without astral characters', () => {
    const pieces = ['the ', 'och ', 'في ', 'это ', 'και ', 'ภาษา ', '한국 ', '日本 ', 'ひらがな', 'नमस्ते ', '123 ', 'Ä', 'ß', '𝐀', '𠀀', '😀', '\uD83C\uDE00', '\uD840', '\uDC00'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(scriptMatchCounts(text)).toEqual(matchCounts(text));
      }),
      { numRuns: 500 },
    );
  });

  it('counts Swedish letters as Latin and Arabic letters as Arabic, and digits as neither', () => {
    const names = Object.keys(expressions);
    const counts = scriptMatchCounts('Malmström مالمستروم 2021');
    expect(counts[names.indexOf('Latin')]).toBe(9);
    expect(counts[names.indexOf('Arabic')]).toBe(9);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(18);
  });
});

describe('detectLanguage', () => {
  it('tells Swedish, Arabic and Polish articles apart', () => {
    expect(detectLanguage(read('corpus/eureporter-global-alliance.sv.txt'))).toBe('sv');
    expect(detectLanguage(read('corpus/eureporter-global-alliance.ar.txt'))).toBe('ar');
    expect(detectLanguage(read('corpus/ec-press-note-global-alliance.pl.txt'))).toBe('pl');
  });

  it('does not guess below 20 letters, however long the text', () => {
    expect(detectLanguage(`${'1 234, '.repeat(500)} abcdefghijklmnopqrs`)).toBeUndefined();
    expect(detectLanguage('Det var en gång en katt som hette Måns och han bodde i Stockholm.')).toBe('sv');
  });
});

describe('compare with checkGivenLanguages', () => {
  const swedish = read('corpus/malmstrom-blog-global-alliance.sv.txt');
  const polish = read('corpus/ec-press-note-global-alliance.pl.txt');

  it('warns by default when a given language contradicts the text', () => {
    const swapped = compare(swedish, polish, { sourceLanguage: 'pl', targetLanguage: 'sv' });
    expect(swapped.warnings.map((w) => [w.code, w.side])).toEqual([['language-mismatch', 'source'], ['language-mismatch', 'target']]);
  });

  it('set to false, trusts the given languages: the same comparison without the mismatch warnings', () => {
    const checked = compare(swedish, polish, { sourceLanguage: 'pl', targetLanguage: 'sv' });
    const trusted = compare(swedish, polish, { sourceLanguage: 'pl', targetLanguage: 'sv', checkGivenLanguages: false });
    expect(trusted.warnings).toEqual([]);
    expect(trusted).toEqual({ ...checked, warnings: [] });
  });

  it('set to false, still detects a language that is not given', () => {
    const result = compare(swedish, polish, { sourceLanguage: 'sv', checkGivenLanguages: false });
    expect([result.source.languageSource, result.target.language, result.target.languageSource]).toEqual(['given', 'pl', 'detected']);
  });
});

/**
 * The detectors skip work for speed: `dominantScript` reads letters from a table instead of testing each
 * with a regular expression, `foldLatin` lower-cases ASCII without normalising it. These tests hold each
 * shortcut to the plain definition it replaces, on text mixing every script the table covers and some it
 * does not (astral letters, lone surrogates, marks, digits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominantScript, hasTwoLettersNormalised, normalisedWords, sameNormalisedWords, scriptOf, type Script } from '../../src/diverge/context.js';
import { mayChangeScript } from '../../src/diverge/artifacts.js';
import { foldLatin } from '../../src/diverge/counterparts.js';

/** The definition: count each letter's script with the regular expressions; ties go to the first seen. */
function dominantScriptByRegex(text: string): Script | undefined {
  const counts = new Map<Script, number>();
  for (const match of text.matchAll(/\p{L}/gu)) {
    const script = scriptOf(match[0]);
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script | undefined;
  let bestCount = 0;
  for (const [script, count] of counts) if (count > bestCount) { best = script; bestCount = count; }
  return best;
}

const PIECES = ['a', 'Ö', 'ł', 'ب', 'ـ', 'ة', '٣', 'Ж', 'λ', 'ש', '中', 'か', '한', 'ภ', 'ℵ', '𝐀', '𐐷', '\uD800', '\uDC00', '\u0301', ' ', '1', '.', '’', 'ß', 'ǅ', 'ʰ', '\u0640'];
const mixedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('dominantScript', () => {
  it('gives the script the regular expressions give, letter by letter', () => {
    fc.assert(fc.property(mixedText, (text) => {
      expect(dominantScript(text)).toBe(dominantScriptByRegex(text));
    }), { numRuns: 2000 });
  });

  it('gives the first script seen on a tie, and undefined without letters', () => {
    expect(dominantScript('ab بت')).toBe('latin');
    expect(dominantScript('بت ab')).toBe('arabic');
    expect(dominantScript('12 ، … \u0301')).toBeUndefined();
    // The tatweel and mathematical letters are letters of no script of their own (Common): 'other'.
    expect(dominantScript('ـــ ب')).toBe('other');
    expect(dominantScript('𝐀𝐁 ب')).toBe('other');
  });
});

describe('foldLatin', () => {
  it('lower-cases and strips marks as NFD + remove \\p{M} + lower-case does', () => {
    const pieces = ['A', 'z', 'Malmström', 'ÅÄÖ', 'İ', 'ß', 'é', 'e\u0301', 'ب', 'ـ', '1', ' ', 'ǅ', 'Ω'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(foldLatin(text)).toBe(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    }), { numRuns: 1000 });
  });
});

/** The script-change pattern of artifacts.ts, which `mayChangeScript` lets run only where it can match. */
const SCRIPT_CHANGE = /(?:\p{Script=Latin}(?=[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}])|\p{Script=Arabic}(?=[\p{Script=Latin}\p{Script=Cyrillic}])|\p{Script=Cyrillic}(?=[\p{Script=Latin}\p{Script=Arabic}]))/u;

describe('mayChangeScript', () => {
  it('is true wherever the script-change pattern matches', () => {
    fc.assert(fc.property(mixedText, (text) => {
      if (SCRIPT_CHANGE.test(text)) expect(mayChangeScript(text)).toBe(true);
    }), { numRuns: 3000 });
  });

  it('is false for text in one script, and true for Latin glued to Arabic, Greek or Hebrew', () => {
    expect(mayChangeScript('Cecilia Malmström’s “alliance” – 2012')).toBe(false);
    expect(mayChangeScript('قالت مالمستروم ، ٢٠١٢')).toBe(false);
    expect(mayChangeScript('Europolالـ')).toBe(true);
    expect(mayChangeScript('aλ')).toBe(true);
    expect(mayChangeScript('ж ب')).toBe(true);
  });
});

describe('sameNormalisedWords and hasTwoLettersNormalised', () => {
  const casedText = fc.array(fc.constantFrom(...PIECES, 'A', 'İ', 'Σ', 'σ', 'ς', 'Ⅰ', 'ⅰ', 'Ⓐ', '!', 'K', 'a', 'a', '1'), { maxLength: 12 }).map((parts) => parts.join(''));

  it('answer as the normalised texts do', () => {
    fc.assert(fc.property(casedText, casedText, (a, b) => {
      expect(sameNormalisedWords(a, b)).toBe(normalisedWords(a) === normalisedWords(b));
      expect(hasTwoLettersNormalised(a)).toBe(/\p{L}{2}/u.test(normalisedWords(a)));
    }), { numRuns: 5000 });
  });

  it('tell a copy from a translation, whatever the case and punctuation', () => {
    expect(sameNormalisedWords('Cecilia Malmström sa', 'قالت مالمستروم')).toBe(false);
    expect(sameNormalisedWords('– 12 barn', '22 barn')).toBe(false);
    expect(sameNormalisedWords('”Europol” bistår.', 'europol bistår')).toBe(true);
    expect(sameNormalisedWords('Äpple', 'äpple!')).toBe(true);
    expect(hasTwoLettersNormalised('İs')).toBe(false);
    expect(hasTwoLettersNormalised('Is')).toBe(true);
    expect(hasTwoLettersNormalised('a b 1')).toBe(false);
  });
});

/**
 * The detectors skip work for speed: `dominantScript` reads letters from a table instead of testing each
 * with a regular expression, `foldLatin` folds character by character, `gluedColons` looks at the colons
 * instead of running a look-behind pattern at every position, `scriptChanges` and `wordsOf` read tables
 * instead of running their patterns, `wordsEndingInGluedVerbs` finds the words from the verbs' occurrences
 * instead of listing every Arabic word. These tests hold each shortcut to the plain definition it replaces,
 * on text mixing every script the table covers and some it does not (astral letters, lone surrogates,
 * marks, digits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominantScript, hasTwoLettersNormalised, normalisedWords, sameNormalisedWords, scriptOf, WORD_PATTERN, wordsOf, type Script } from '../../src/diverge/context.js';
import { DETACHED_ARTICLE, FINAL_LETTER_INSIDE_WORD, finalLettersInsideWords, gluedColons, mayHoldDetachedArticle, scriptChanges, wordsEndingInGluedVerbs } from '../../src/diverge/artifacts.js';
import { GLUED_VERBS_AR } from '../../src/data/glitches-ar.js';
import { foldLatin } from '../../src/diverge/counterparts.js';
import { hasTwoLetterOrDigitUnits } from '../../src/diverge/entities.js';
import { hasLatinLetter, isCapitalised } from '../../src/diverge/untranslated.js';

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

  it('folds every BMP character as the whole-text fold does, wherever it stands among marks', () => {
    // U+0345 has the highest combining class (240): a character that NFD would move before it, or whose
    // decomposition starts with a reordered character, makes the character-by-character fold differ.
    const wholeText = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const differing: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      for (const text of [`a\u0345${character}b\u0301`, `${character}\u0301`, `Σ${character}`]) {
        if (foldLatin(text) !== wholeText(text)) differing.push(code.toString(16));
      }
    }
    expect(differing).toEqual([]);
  });

  it('takes text outside the BMP whole, and keeps the context of a final sigma', () => {
    expect(foldLatin('𝐀é\u0301Ω')).toBe('𝐀eω');
    // A Greek word's last sigma lower-cases to ς only when its context is seen.
    expect(foldLatin('ΌΔΟΣ Ά')).toBe('\u03BF\u03B4\u03BF\u03C2 \u03B1');
    expect(foldLatin('أإآ')).toBe('ااا');
  });
});

/** The script-change pattern artifacts.ts replaced with `scriptChanges`: its definition. */
const SCRIPT_CHANGE = /(?:\p{Script=Latin}(?=[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}])|\p{Script=Arabic}(?=[\p{Script=Latin}\p{Script=Cyrillic}])|\p{Script=Cyrillic}(?=[\p{Script=Latin}\p{Script=Arabic}]))/gu;

describe('scriptChanges', () => {
  it('finds where the script-change pattern matches, in order, surrogates and all', () => {
    const scriptText = fc.array(fc.constantFrom(...PIECES, 'ẞ', 'ﬁ', 'Ａ', 'ﻻ', 'ᾀ', 'ﬠ', '\uD835', '\uDC00'), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(fc.property(scriptText, (text) => {
      expect(scriptChanges(text)).toEqual([...text.matchAll(SCRIPT_CHANGE)].map((match) => match.index));
    }), { numRuns: 10000 });
  });

  it('finds nothing in one script or across a space, and each glued pair the pattern pairs', () => {
    expect(scriptChanges('Cecilia Malmström’s “alliance” – 2012')).toEqual([]);
    expect(scriptChanges('قالت مالمستروم ، ٢٠١٢')).toEqual([]);
    expect(scriptChanges('ж ب a λ')).toEqual([]);
    expect(scriptChanges('Europolالـ')).toEqual([6]);
    expect(scriptChanges('aλ λa')).toEqual([0]);
    // Letters outside the table: a Latin ligature before Arabic presentation forms; Hebrew before Latin is no pair.
    expect(scriptChanges('ﬁﻻ ﬠa 𝐀ب')).toEqual([0]);
  });
});

describe('wordsOf', () => {
  it('finds the words the word pattern matches, with their offsets', () => {
    const wordText = fc.array(fc.constantFrom(...PIECES, "'", '’', '-', '-', "'", '\uD835\uDC00'), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(fc.property(wordText, (text) => {
      expect(wordsOf(text)).toEqual([...text.matchAll(WORD_PATTERN)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length })));
    }), { numRuns: 10000 });
  });

  it('joins letters across an inner apostrophe or hyphen only', () => {
    expect(wordsOf("Global Alliance-mötet, EU:s d'Artagnan' -x").map((w) => w.word)).toEqual(['Global', 'Alliance-mötet', 'EU', 's', "d'Artagnan", 'x']);
    expect(wordsOf('e\u0301t 𝐀b \uD800a')).toEqual([{ word: 'e\u0301t', start: 0, end: 3 }, { word: '𝐀b', start: 4, end: 7 }, { word: 'a', start: 9, end: 10 }]);
  });
});

describe('gluedColons', () => {
  const colonText = fc.array(fc.constantFrom(...PIECES, ':', ':', ':'), { maxLength: 30 }).map((parts) => parts.join(''));

  it('finds the colons the look-behind pattern finds, in order', () => {
    fc.assert(fc.property(colonText, (text) => {
      expect(gluedColons(text)).toEqual([...text.matchAll(/(?<=\p{L}):(?=\p{L})/gu)].map((match) => match.index));
    }), { numRuns: 5000 });
  });

  it('takes a colon between letters of any script, astral ones read whole, and no other', () => {
    expect(gluedColons('USA:s verklighet:sa')).toEqual([3, 16]);
    expect(gluedColons('𝐀:𝐀 ب:ب')).toEqual([2, 7]);
    expect(gluedColons('kl. 12:30, DELA MED SIG: nu :a a: \uDC00:a a\uDC00:a')).toEqual([]);
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

describe('wordsEndingInGluedVerbs', () => {
  /** The definition: every Arabic word, kept when it ends in one of the verbs. */
  const byWords = (text: string) =>
    [...text.matchAll(/[\u0621-\u064A\u0640]+/gu)]
      .filter((match) => GLUED_VERBS_AR.some((verb) => match[0].endsWith(verb)))
      .map((match) => [match.index, match.index + match[0].length]);

  it('gives the Arabic words ending in a verb, in text order, as listing every word does', () => {
    const pieces = [...GLUED_VERBS_AR, 'ال', 'ناجين', 'مقال', 'ـ', 'ة', 'ت', 'ف', ' ', '،', '.', 'a', '٣', '\u064B', 'ی'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      expect(wordsEndingInGluedVerbs(text)).toEqual(byWords(text));
    }), { numRuns: 3000 });
  });

  it('finds a verb glued to the word before it, and not a verb followed by more letters', () => {
    expect(wordsEndingInGluedVerbs('الناجينقال هولدر')).toEqual([[0, 10]]);
    expect(wordsEndingInGluedVerbs('قالها هولدر')).toEqual([]);
  });
});

describe('hasTwoLetterOrDigitUnits', () => {
  it('is the length test on the text without its non-letters and non-digits', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, 'Z', '@', '[', '`', '{', '9', '-', 'A'), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        expect(hasTwoLetterOrDigitUnits(text)).toBe(text.replace(/[^\p{L}\p{N}]/gu, '').length >= 2);
      }),
      { numRuns: 3000 },
    );
  });
  it('counts an astral letter as two, and marks, lone surrogates and punctuation as none', () => {
    expect(hasTwoLetterOrDigitUnits('𝐀')).toBe(true);
    expect(hasTwoLetterOrDigitUnits('a\u0301')).toBe(false);
    expect(hasTwoLetterOrDigitUnits('\uD800a')).toBe(false);
    expect(hasTwoLetterOrDigitUnits('@[`{a')).toBe(false);
    expect(hasTwoLetterOrDigitUnits('-٣ب')).toBe(true);
  });
});

/** Arabic around the article and the taa marbuta, the ends of the letter ranges, spaces of several kinds. */
const ARABIC_PIECES = ['ال', 'ـ', ' ', '  ', '\n', '\u00A0', '\u2003', 'ة', 'ب', 'ي', 'ء', 'غ', '\u063B', '\u0640', 'ف', '\u064B', '\u0620', 'ا', 'ل', 'a', '1', '٣', '.', '𝐀', '\uD800'];
const arabicText = fc.array(fc.constantFrom(...ARABIC_PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('finalLettersInsideWords', () => {
  it('finds the matches of the pattern it replaces', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        expect(finalLettersInsideWords(text)).toEqual([...text.matchAll(FINAL_LETTER_INSIDE_WORD)].map((m) => m.index));
      }),
      { numRuns: 3000 },
    );
  });
  it('takes a ة before a letter of either range, not before the gap between them or a mark', () => {
    expect(finalLettersInsideWords('واقعةقال')).toEqual([4]);
    expect(finalLettersInsideWords('ةء ةي')).toEqual([0, 3]);
    expect(finalLettersInsideWords('ة\u0640 ة\u064B ة')).toEqual([]);
  });
});

describe('mayHoldDetachedArticle', () => {
  it('holds wherever the detached-article pattern matches', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        if (text.search(DETACHED_ARTICLE) !== -1) expect(mayHoldDetachedArticle(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
  it('passes over the article opening a word, and takes it before a space, after a tatweel or at the end', () => {
    expect(mayHoldDetachedArticle('الاتحاد الأوروبي يعمل')).toBe(false);
    expect(mayHoldDetachedArticle('girl_16الـ Smakämnen')).toBe(true);
    expect(mayHoldDetachedArticle('كلمة الـ')).toBe(true);
    expect(mayHoldDetachedArticle('كلمة ال')).toBe(true);
  });
});

describe('hasLatinLetter and isCapitalised', () => {
  const pieces = [...PIECES, 'ḁ', 'Ḁ', 'Ａ', 'ａ', 'ﬀ', '“', '–', 'ʰ', 'ª', '\u0363', 'Ǆ', 'ǅ', 'Ω', 'س', '،', '𝐀'];
  it('give what the patterns they replace give', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(hasLatinLetter(text)).toBe(/\p{Script=Latin}/u.test(text));
        expect(isCapitalised(text)).toBe(/^\p{Lu}/u.test(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('find Latin beyond the table and none in Arabic with its punctuation', () => {
    expect(hasLatinLetter('قال، “ماذا” – لا')).toBe(false);
    expect(hasLatinLetter('قال Ａ')).toBe(true);
    expect(hasLatinLetter('قال ḁ')).toBe(true);
    expect(isCapitalised('Ḁbc')).toBe(true);
    expect(isCapitalised('ḁbc')).toBe(false);
  });
});

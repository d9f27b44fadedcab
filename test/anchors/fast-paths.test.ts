/**
 * The anchors stage skips work for speed: slash and glued codes are tried only near a "/" or a run of
 * digits, names are compared only with words whose skeleton length allows a match, words are scanned
 * without a regular expression. These tests hold each shortcut to the plain definition it replaces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNameKeysMemo, findAnchors, findNameCounterparts, isUncased, matchAnchors, nameKey, NAME_MATCH_THRESHOLD, prepareNameSearch, readNumbers, wordMatchesName } from '../../src/anchors/index.js';
import { findEntities } from '../../src/anchors/entities.js';
import { nameKeys } from '../../src/anchors/names.js';
import { codeKey, findCodes } from '../../src/anchors/links.js';
import { isLetter, isUpper, transliterate } from '../../src/anchors/text.js';
import { ARABIC_TO_LATIN, CYRILLIC_TO_LATIN, GREEK_TO_LATIN, LATIN_SPECIAL_TO_ASCII } from '../../src/data/translit.js';
import type { Anchor, Segment } from '../../src/types.js';

/** The code patterns of links.ts, scanned over the whole text position by position. */
const SLASH_CODE = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,10}|\p{Nd}{1,8})(?: ?\/ ?(?:\p{Lu}{1,10}|\p{Nd}{1,8})){1,12}(?![\p{L}\p{N}])/gu;
const GLUED_CODE = /(?<![\p{L}\p{N}_])(\p{Script=Latin}{1,20})([-_]?)(\p{Nd}{1,8})(?![\p{Nd}])/gu;

function codesByFullScan(text: string): { start: number; end: number; key: string }[] {
  const found: { start: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(SLASH_CODE)) {
    if (/\p{L}/u.test(m[0]) && /\p{Nd}/u.test(m[0])) found.push({ start: m.index, end: m.index + m[0].length, key: codeKey(m[0]) });
  }
  const slash = [...found];
  for (const m of text.matchAll(GLUED_CODE)) {
    const [, letters = '', joiner] = m;
    const ok = joiner === '_' || (joiner === '-' ? /^\p{Lu}+$/u.test(letters) : /^\p{Lu}/u.test(letters));
    const end = m.index + m[0].length;
    if (ok && !slash.some((s) => s.start < end && m.index < s.end)) found.push({ start: m.index, end, key: codeKey(m[0]) });
  }
  return found.sort((a, b) => a.start - b.start);
}

const CODE_PIECES = ['A', 'IP', 'MEMO', '12', '1', '937', '/', ' / ', ' ', 'a', 'girl', '_', '-', '𝐀', '𝟓', '٣', 'Ж', 'Ⅰ', 'abcdefghijklmnopqrstu', 'ABCDEFGHIJK', '123456789'];
const codeText = fc.array(fc.constantFrom(...CODE_PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('findCodes', () => {
  it('finds exactly what a full scan with the code patterns finds', () => {
    fc.assert(
      fc.property(codeText, (text) => {
        expect(findCodes(text).map(({ start, end, key }) => ({ start, end, key }))).toEqual(codesByFullScan(text));
      }),
      { numRuns: 2000 },
    );
  });
  it('finds a code after a long stretch of prose without slashes or digits', () => {
    const text = 'ord '.repeat(10_000) + 'IP / 12 / 1308 och G20';
    expect(findCodes(text).map((c) => c.key)).toEqual(['ip/12/1308', 'g20']);
  });
  it('finds no code where the letters before the digits run longer than a code allows', () => {
    expect(findCodes('abcdefghijklmnopqrstuvwxyz1')).toEqual([]);
  });
});

const WORD_PIECES = ['Malmström', 'USA', ':s', 'NGOs', 'iPhone', 'eBay', 'EU-kommissionären', "O'Brien", 'von', 'der', 'Det', 'the', 'a', 'é', ' ', ' ', '. ', '-', "'", '’', '𝐀', '𝐚', 'Москва', 'سيسيليا', 'II', 'December'];
const wordText = fc.array(fc.constantFrom(...WORD_PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('findEntities', () => {
  it('splits words as the pattern [\\p{L}\\p{M}]+(?:[\'’-][\\p{L}\\p{M}]+)* does', () => {
    const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
    fc.assert(
      fc.property(wordText, fc.constantFrom('sv', 'en', 'pl'), (text, language) => {
        // Every entity starts where a word of the pattern starts and ends inside or at the end of one.
        const starts = new Set([...text.matchAll(WORD)].map((m) => m.index));
        for (const entity of findEntities(text, language)) expect(starts.has(entity.start)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('keeps a lower-case word with a capital inside as a name (iPhone), not an all-lower-case one', () => {
    expect(findEntities('köp en iPhone nu', 'sv').map((e) => e.text)).toEqual(['iPhone']);
    expect(findEntities('köp en telefon nu', 'sv')).toEqual([]);
  });
});

/** `findNameCounterparts` for one name, as a plain scan: every word, every part, the best (last on ties). */
function counterpartWordsByFullScan(name: string, text: string): string[] {
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]);
  const matched: number[] = [];
  for (const part of name.split(' ').filter((p) => nameKey(p).length >= 2)) {
    let best = -1;
    let bestScore = NAME_MATCH_THRESHOLD;
    words.forEach((word, index) => {
      if (matched.includes(index) || word === part) return;
      const score = wordMatchesName(word, part);
      if (score >= bestScore) {
        bestScore = score;
        best = index;
      }
    });
    if (best >= 0) matched.push(best);
  }
  return matched.sort((a, b) => a - b).map((index) => words[index]!);
}

const NAMES = ['Cecilia Malmström', 'Eric Holder', 'Washington', 'Twitter', 'Albanien', 'Europol', 'Mexiko', 'Eric', 'Thailand', 'Hassan Rouhani'];
const ARABIC_WORDS = ['سيسيليا', 'مالمستروم', 'إريك', 'هولدر', 'واشنطن', 'بواشنطن', 'تويتر', 'ألبانيا', 'يوروبول', 'والمكسيك', 'تايلاند', 'عرق', 'في', 'من', 'العام', 'حسن', 'روحاني', 'الأمم', 'المتحدة'];

describe('findNameCounterparts', () => {
  it('finds the same words as comparing the name with every word of the segment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...ARABIC_WORDS), { minLength: 1, maxLength: 15 }), (name, words) => {
        const text = words.join(' ');
        const segment: Segment = { index: 0, text, start: 0, end: text.length, block: 0 };
        const entity: Anchor = { kind: 'entity', text: name, key: name.toLowerCase(), start: 0, end: name.length };
        const found = findNameCounterparts([entity], segment).flatMap((a) => a.text.split(' '));
        expect(found).toEqual(counterpartWordsByFullScan(name, text));
      }),
      { numRuns: 1000 },
    );
  });
});

/** The words of `text` (as the name search splits it) that the counterparts found for `names` cover, by offset. */
function coveredWordOffsets(names: Anchor[], text: string): number[] {
  const segment: Segment = { index: 0, text, start: 0, end: text.length, block: 0 };
  const found = findNameCounterparts(names, segment);
  return [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m.index).filter((at) => found.some((a) => a.start <= at && at < a.end));
}

/** `coveredWordOffsets` as a plain scan: name after name, each part against every word no earlier name took. */
function coveredWordOffsetsByFullScan(names: string[], text: string): number[] {
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
  const taken = new Set<number>();
  for (const name of names) {
    const matched: number[] = [];
    for (const part of name.split(' ').filter((p) => nameKey(p).length >= 2)) {
      let best = -1;
      let bestScore = NAME_MATCH_THRESHOLD;
      words.forEach((word, index) => {
        if (taken.has(index) || matched.includes(index) || word[0] === part) return;
        const score = wordMatchesName(word[0], part);
        if (score >= bestScore) {
          bestScore = score;
          best = index;
        }
      });
      if (best >= 0) matched.push(best);
    }
    for (const index of matched) taken.add(index);
  }
  return [...taken].sort((a, b) => a - b).map((index) => words[index]!.index);
}

describe('findNameCounterparts with several names', () => {
  it('gives each word to the first name that takes it, as a plain scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 4 }), fc.array(fc.constantFrom(...ARABIC_WORDS), { minLength: 1, maxLength: 15 }), (names, words) => {
        const text = words.join(' ');
        const entities = names.map((name): Anchor => ({ kind: 'entity', text: name, key: name.toLowerCase(), start: 0, end: name.length }));
        expect(coveredWordOffsets(entities, text)).toEqual(coveredWordOffsetsByFullScan(names, text));
      }),
      { numRuns: 1000 },
    );
  });
  it('does not give a second name the word a first one took (Eric, then Eric again)', () => {
    const eric: Anchor = { kind: 'entity', text: 'Eric', key: 'eric', start: 0, end: 4 };
    expect(coveredWordOffsets([eric, eric], 'قال إريك')).toEqual([4]);
    expect(coveredWordOffsets([eric, eric], 'إريك قال إريك')).toEqual([0, 9]);
  });
});

describe('nameKeys', () => {
  const bareByDefinition = (key: string) => /^[wyh]/u.test(key);
  it('marks as bare exactly the skeletons that start with w, y or h', () => {
    const latinWord = fc.array(fc.constantFrom(...'abcdeghiknpstxyzwh'.split(''), 'sh', 'ch', 'th'), { minLength: 1, maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(latinWord, fc.constantFrom(...ARABIC_WORDS, ...NAMES)), (word) => {
        const keys = nameKeys(word);
        expect(keys.bare).toBe(bareByDefinition(keys.key));
      }),
      { numRuns: 2000 },
    );
  });
  it('marks Holder and يوروبول bare, Malmström and Washington\'s "sh" not', () => {
    expect(nameKeys('Holder').bare).toBe(true);
    expect(nameKeys('يوروبول').bare).toBe(true);
    expect(nameKeys('Malmström').bare).toBe(false);
    expect(nameKeys('Shakira').bare).toBe(false);
  });
});

/** Latin words one or two letters away from the names' words and each other: near the match threshold. */
const LATIN_LETTERS = 'bcdfghjklmnprstvwxyzaeiou';
const nearWord = fc.array(fc.constantFrom(...LATIN_LETTERS), { minLength: 2, maxLength: 10 }).map((letters) => letters.join(''));

describe('findNameCounterparts: words near the threshold', () => {
  it('finds the same words as the full scan when the words are random letter strings (the letter-set bound)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.array(fc.oneof(nearWord, fc.constantFrom(...ARABIC_WORDS)), { minLength: 1, maxLength: 12 }), (name, words) => {
        const text = words.join(' ');
        const segment: Segment = { index: 0, text, start: 0, end: text.length, block: 0 };
        const entity: Anchor = { kind: 'entity', text: name, key: name.toLowerCase(), start: 0, end: name.length };
        expect(findNameCounterparts([entity], segment).flatMap((a) => a.text.split(' '))).toEqual(counterpartWordsByFullScan(name, text));
      }),
      { numRuns: 2000 },
    );
  });
  it('still finds a name whose skeleton only drops or adds a letter (Malmström ~ Malmstrom, Holder ~ Holdar)', () => {
    const text = 'malmstrm och holdar';
    const segment: Segment = { index: 0, text, start: 0, end: text.length, block: 0 };
    const names: Anchor[] = [
      { kind: 'entity', text: 'Malmström', key: 'malmström', start: 0, end: 9 },
      { kind: 'entity', text: 'Holder', key: 'holder', start: 0, end: 6 },
    ];
    expect(findNameCounterparts(names, segment).map((a) => a.text)).toEqual(['malmstrm', 'holdar']);
  });
});

describe('matchAnchors with a memo of name keys', () => {
  it('pairs exactly as without it, over a document of beads sharing the memo', () => {
    const entity = (text: string): Anchor => ({ kind: 'entity', text, key: text.toLowerCase(), start: 0, end: text.length });
    const bead = fc.record({
      names: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
      words: fc.array(fc.constantFrom(...ARABIC_WORDS), { minLength: 1, maxLength: 10 }),
    });
    fc.assert(
      fc.property(fc.array(bead, { minLength: 1, maxLength: 8 }), (beads) => {
        const memo = createNameKeysMemo();
        for (const { names, words } of beads) {
          const text = words.join(' ');
          const source = names.map(entity);
          expect(matchAnchors(source, [], 'x', text, memo)).toEqual(matchAnchors(source, [], 'x', text));
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * `isUncased` by its definition: the share of cased letters (upper case, or with an upper-case mapping)
 * among the first 200 letters, below a half; every letter's case asked for.
 */
function isUncasedByDefinition(text: string): boolean {
  const letters = [...text].filter((ch) => isLetter(ch)).slice(0, 200);
  const cased = letters.filter((ch) => isUpper(ch) || ch.toUpperCase() !== ch).length;
  return letters.length > 0 && cased / letters.length < 0.5;
}

describe('isUncased', () => {
  it('agrees with its definition on mixed Arabic, Latin, Greek and other letters', () => {
    const pieces = ['سيسيليا', 'مالمستروم', 'ـ', 'ﻻ', 'Malmström', 'EU', 'a', 'Ω', 'ω', '日本', '𝐀', '𝐚', ' ', '1', '.',
      'ß', 'ǅ', 'ŉ', 'İ', 'ʰ', '\u0301', '\uD800', '\uDC00', 'Ж', 'ж', 'ש', 'ᾳ', 'ﬀ', 'Ⅰ', 'ⓐ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(isUncased(text)).toBe(isUncasedByDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });
  it('reads only the first 200 letters, whatever their script', () => {
    // 150 cased letters, then Arabic: cased within the first 200 letters, uncased over all of them.
    expect(isUncased('a'.repeat(150) + ' ' + 'س'.repeat(300))).toBe(false);
    expect(isUncased('س'.repeat(300) + ' ' + 'a'.repeat(150))).toBe(true);
  });
  it('holds for Arabic text and not for Swedish', () => {
    expect(isUncased('قالت سيسيليا مالمستروم في بروكسل')).toBe(true);
    expect(isUncased('Cecilia Malmström sade i Bryssel')).toBe(false);
  });
});

describe('readNumbers on long inputs', () => {
  it('reads hundreds of thousands of dates with month names without overflowing the call stack', () => {
    const text = '5 december '.repeat(150_000);
    const readings = readNumbers(text, 'sv');
    expect(readings).toHaveLength(300_000);
    expect(readings[1]).toMatchObject({ value: 12, part: 'month', form: 'words' });
  });
  it('reads a long run of digits as one number', () => {
    const anchors = findAnchors({ index: 0, text: '7'.repeat(100_000), start: 0, end: 100_000, block: 0 }, 'sv');
    expect(anchors).toHaveLength(1);
    expect(anchors[0]!.kind).toBe('number');
  });
});

/** `transliterate` as defined character by character on the lower-cased text, without the table. */
function transliterateByRules(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    if (ch.charCodeAt(0) < 128) {
      out += ch;
      continue;
    }
    const known = ARABIC_TO_LATIN[ch] ?? LATIN_SPECIAL_TO_ASCII[ch];
    if (known !== undefined) {
      out += known;
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base.length > 0) out += CYRILLIC_TO_LATIN[base] ?? GREEK_TO_LATIN[base] ?? base;
  }
  return out;
}

describe('transliterate', () => {
  it('gives what the per-character rules give, whatever the script', () => {
    const pieces = ['Malmström', 'مالمستروم', 'Малмстрём', 'Σωκράτης', 'ΟΔΟΣ', 'ł', 'ß', 'İ', 'ǅ', 'é', 'e\u0301', 'ـ', 'ً', '٣', '中', '𝐀', '\uD800', ' ', '-', 'Ж', 'ש', 'ڤ', 'Ø', 'Æ'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      expect(transliterate(text)).toBe(transliterateByRules(text));
    }), { numRuns: 2000 });
  });
});

/** The consonant skeleton as first written, with a two-letter string per position (names.ts, `skeleton`). */
function skeletonByPairs(latin: string): string {
  const vowels = new Set(['a', 'e', 'i', 'o', 'u']);
  const classes: Record<string, string> = { b: 'b', p: 'b', d: 'd', f: 'f', v: 'f', g: 'g', j: 'g', k: 'k', q: 'k', l: 'l', m: 'm', n: 'n', r: 'r', s: 's', z: 's', t: 't' };
  let key = '';
  let previousLetter = '';
  for (let i = 0; i < latin.length; i++) {
    const ch = latin[i]!;
    const next = latin[i + 1] ?? '';
    const pair = ch + next;
    let sound: string;
    let width = 1;
    if (pair === 'sh' || pair === 'ch' || (pair === 'sc' && latin[i + 2] === 'h')) {
      sound = 'S';
      width = pair === 'sc' ? 3 : 2;
    } else if (['th', 'ph', 'kh', 'gh', 'dh', 'ck'].includes(pair)) {
      sound = pair === 'ph' ? 'f' : pair === 'ck' ? 'k' : classes[ch]!;
      width = 2;
    } else if (ch === 'n' && next === 'g' && !vowels.has(latin[i + 2] ?? 'a')) {
      sound = 'n';
      width = 2;
    } else if (ch === 'x') sound = 'ks';
    else if (ch === 'c') sound = next === 'e' || next === 'i' || next === 'y' ? 's' : 'k';
    else if (ch === 'w' || ch === 'y' || ch === 'h') sound = i === 0 ? ch : '';
    else if (vowels.has(ch)) sound = '';
    else sound = classes[ch] ?? '';
    const letter = width === 1 ? ch : latin.slice(i, i + width);
    if (!(letter === previousLetter && sound !== '' && key.endsWith(sound))) key += sound;
    previousLetter = letter;
    i += width - 1;
  }
  return key;
}

describe('nameKey', () => {
  it('gives the skeleton the letter-pair definition gives', () => {
    const letters = fc.array(fc.constantFrom(...'abcdeghiknpstxyzw'.split(''), 'sch', 'ck', 'ng', 'ph'), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(fc.property(letters, (word) => {
      expect(nameKey(word)).toBe(skeletonByPairs(word));
    }), { numRuns: 3000 });
  });
});

describe('prepareNameSearch', () => {
  /** The definition: every match of the word pattern, at most 400. */
  const byPattern = (text: string) => [...text.matchAll(/[\p{L}\p{M}]+/gu)].slice(0, 400).map((m) => ({ text: m[0], index: m.index }));
  const segmentOf = (text: string): Segment => ({ index: 0, text, start: 0, end: text.length, block: 0 });

  it('splits the words the pattern finds, astral letters, marks and lone surrogates included', () => {
    const pieces = ['a', 'Ö', 'ب', 'ـ', '\u0301', '\u064B', 'ی', '中', ' ', '1', '.', '-', '𝐀', '𐐷', '😀', '\uD800', '\uDC00', 'ß'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(prepareNameSearch(segmentOf(text)).words).toEqual(byPattern(text));
    }), { numRuns: 3000 });
  });

  it('stops at 400 words', () => {
    const text = 'ord '.repeat(450);
    expect(prepareNameSearch(segmentOf(text)).words).toEqual(byPattern(text));
    expect(prepareNameSearch(segmentOf(text)).words).toHaveLength(400);
  });
});

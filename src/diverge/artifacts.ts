/**
 * `artifact`: machine-translation and extraction debris, on any segment of either side.
 * - glitch words an MT engine produces for page furniture (src/data/glitches-<lang>.ts: "Smakämnen");
 * - an image file name glued to the first word of the text ("girl_16Smakämnen", "girl_16الـ");
 * - words glued together: punctuation with no space after it ("verklighet,sa", "،قال"), Arabic reporting
 *   verbs glued to the previous word ("الناجينقال"), a word-final letter inside a word ("واقعةقال"), two
 *   scripts with no space between them;
 * - a detached Arabic article "الـ" standing before a space;
 * - extraction debris in any language: mojibake, replacement characters, HTML entities and tags.
 */
import { GLITCH_WORDS, EXTRACTION_DEBRIS, type GlitchWord } from '../data/glitches.js';
import { GLUED_VERBS_AR, NOT_GLUED_AR } from '../data/glitches-ar.js';
import type { Divergence, LanguageCode, Segment } from '../types.js';
import { codeUnitsMatching } from '../anchors/text.js';
import { divergence, type DivergenceContext, type OneSide } from './context.js';

/** Offsets local to a segment, with the category and message of one artifact. */
interface Hit { start: number; end: number; category: string; message: string }

/** An image or document file name: letters/digits, an underscore, digits ("girl_16", "IMG_2041"). */
const FILE_NAME_GLUED = /(?<![\p{L}\p{N}_])[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)*_\p{N}+(?=\p{L})/gu;
const FILE_NAME_WITH_EXTENSION = /(?<![\p{L}\p{N}_/.])[\p{L}\p{N}_-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?![\p{L}\p{N}])/giu;

/** ",", ";" and their Arabic forms directly followed by a letter: a space was lost. */
const GLUED_COMMA = /[,;،؛](?=\p{L})/gu;
/**
 * Whether `GLUED_COMMA` has a match, without the copy of the global pattern `matchAll` makes: most
 * segments have a comma, few a glued one.
 */
const HAS_GLUED_COMMA = /[,;،؛]\p{L}/u;
/**
 * ":" between letters (`/(?<=\p{L}):(?=\p{L})/u`), except the Swedish/Finnish genitive after acronyms
 * ("USA:s", "EU:n", "FN:s"). Found by `gluedColons`: the pattern's look-behind was tried at every position
 * of a paragraph with a colon.
 */
const LETTER = /^\p{L}/u;
const ACRONYM_GENITIVE = /^[\p{Lu}\p{N}]{1,8}:\p{Ll}{1,3}$/u;
/** A full stop between a lower-case word and a capitalised one: two sentences glued. */
const GLUED_FULL_STOP = /(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu;
/**
 * What every match of `GLUED_FULL_STOP` holds: nearly every segment has a full stop, and the pattern's
 * look-behind is tried at every position, where this scan looks for the full stop first.
 */
const FULL_STOP_BEFORE_CAPITAL = /\.\p{Lu}/u;
/**
 * Arabic ة (taa marbuta) only ends a word: followed by another Arabic letter, two words were glued. The
 * pattern of the definition; `finalLettersInsideWords` finds its matches.
 */
export const FINAL_LETTER_INSIDE_WORD = /ة(?=[\u0621-\u063A\u0641-\u064A])/gu;
/** The Arabic article with tatweel standing alone before a space and a word, or at the end. */
export const DETACHED_ARTICLE = /(?<![\p{L}\p{M}])الـ?(?=\s+[^\s\p{N}]|\s*$)/gu;
const WHITESPACE = /^\s$/u;

/**
 * The offsets of `FINAL_LETTER_INSIDE_WORD`'s matches, in order: each ة followed by a letter of the two
 * ranges, found with `indexOf` and the next code unit. Nearly every Arabic segment has a ة, few a glued
 * one; the pattern's `matchAll` (a copy of the global pattern, an iterator, a look-ahead) ran on each.
 */
export function finalLettersInsideWords(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('ة'); at !== -1; at = text.indexOf('ة', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if ((next >= 0x0621 && next <= 0x063a) || (next >= 0x0641 && next <= 0x064a)) found.push(at);
  }
  return found;
}

/**
 * Whether `DETACHED_ARTICLE` can match: some "ال" (with a tatweel or not) is followed by white space or the
 * end of the text, as its look-ahead requires. Nearly every Arabic segment has "ال", where it opens a word
 * (followed by a letter); the pattern, with a look-behind at each occurrence, then runs for nothing.
 */
export function mayHoldDetachedArticle(text: string): boolean {
  for (let at = text.indexOf('ال'); at !== -1; at = text.indexOf('ال', at + 1)) {
    let next = at + 2;
    if (text.charCodeAt(next) === 0x0640) next++;
    if (next >= text.length || WHITESPACE.test(text[next]!)) return true;
  }
  return false;
}

const HAS_LATIN = /\p{Script=Latin}/u;
const HAS_ARABIC = /\p{Script=Arabic}/u;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether the code point that ends just before `index` is a letter (a surrogate pair read whole). */
function letterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const paired = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return LETTER.test(String.fromCodePoint(text.codePointAt(paired ? index - 2 : index - 1)!));
}

/** The offsets of the colons with a letter on each side, in order: the matches of ":" between letters. */
export function gluedColons(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    if (letterBefore(text, at) && at + 1 < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(at + 1)!))) found.push(at);
  }
  return found;
}

/**
 * A letter of one script directly followed by a letter of another is two words glued ("Europolالـ"): the
 * pattern `SCRIPT_CHANGE` of the tests, `/(?:\p{Script=Latin}(?=[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}])|\p{Script=Arabic}(?=[\p{Script=Latin}\p{Script=Cyrillic}])|\p{Script=Cyrillic}(?=[\p{Script=Latin}\p{Script=Arabic}]))/gu`,
 * found by `scriptChanges` from a table of these bits (Greek and Hebrew share one).
 */
const LATIN_BIT = 1;
const ARABIC_BIT = 2;
const CYRILLIC_BIT = 4;
const GREEK_OR_HEBREW_BIT = 8;
const HAS_GREEK_OR_HEBREW = /[\p{Script=Greek}\p{Script=Hebrew}]/u;

/** The script bits of one code point, from the same Unicode properties as the patterns. */
function scriptBitsOf(point: number): number {
  const character = String.fromCodePoint(point);
  return (HAS_LATIN.test(character) ? LATIN_BIT : 0) | (HAS_ARABIC.test(character) ? ARABIC_BIT : 0)
    | (HAS_CYRILLIC.test(character) ? CYRILLIC_BIT : 0) | (HAS_GREEK_OR_HEBREW.test(character) ? GREEK_OR_HEBREW_BIT : 0);
}

/** Code units below this (Latin to Arabic and NKo) have their script bits in `SCRIPT_BITS`. */
const SCRIPT_BITS_SIZE = 0x800;

/** `scriptBitsOf` each code unit below `SCRIPT_BITS_SIZE`: built once at load, never changed. */
const SCRIPT_BITS: Uint8Array = (() => {
  const tables: [Uint8Array, number][] = [
    [codeUnitsMatching(HAS_LATIN, SCRIPT_BITS_SIZE), LATIN_BIT], [codeUnitsMatching(HAS_ARABIC, SCRIPT_BITS_SIZE), ARABIC_BIT],
    [codeUnitsMatching(HAS_CYRILLIC, SCRIPT_BITS_SIZE), CYRILLIC_BIT], [codeUnitsMatching(HAS_GREEK_OR_HEBREW, SCRIPT_BITS_SIZE), GREEK_OR_HEBREW_BIT],
  ];
  const bits = new Uint8Array(SCRIPT_BITS_SIZE);
  for (const [members, bit] of tables) for (let code = 0; code < SCRIPT_BITS_SIZE; code++) if (members[code]) bits[code]! |= bit;
  return bits;
})();

/**
 * The scripts `SCRIPT_CHANGE` lets follow a letter of each script, as bits: Latin → Arabic, Cyrillic,
 * Greek, Hebrew; Arabic → Latin, Cyrillic; Cyrillic → Latin, Arabic; Greek and Hebrew → none. A code point
 * has one script, so at most one bit.
 */
function scriptsAfter(bits: number): number {
  if (bits === LATIN_BIT) return ARABIC_BIT | CYRILLIC_BIT | GREEK_OR_HEBREW_BIT;
  if (bits === ARABIC_BIT) return LATIN_BIT | CYRILLIC_BIT;
  if (bits === CYRILLIC_BIT) return LATIN_BIT | ARABIC_BIT;
  return 0;
}

/**
 * The offsets where `SCRIPT_CHANGE` matches, in order: a letter of one script directly followed by one of
 * another that the pattern pairs with it. One pass with a table lookup per character, where the pattern
 * (with a look-ahead at every position) ran on every segment holding two scripts, after up to four
 * scans that looked for them; the artifact detector's glued-word checks took about half their time then.
 */
export function scriptChanges(text: string): number[] {
  const found: number[] = [];
  let previous = 0;
  let previousAt = 0;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    let point = text.charCodeAt(i);
    let bits: number;
    if (point < SCRIPT_BITS_SIZE) bits = SCRIPT_BITS[point]!;
    else {
      // A surrogate pair is one code point, as the pattern (flag u) reads it; a lone surrogate is itself.
      if (point >= 0xd800 && point <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          point = 0x10000 + ((point - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      bits = scriptBitsOf(point);
    }
    if ((scriptsAfter(previous) & bits) !== 0) found.push(previousAt);
    previous = bits;
    previousAt = at;
  }
  return found;
}

/** The file-name patterns, each with a test every text with a match passes (cheap, before the scan). */
const FILE_NAME_PATTERNS: readonly (readonly [RegExp, RegExp])[] = [
  [FILE_NAME_GLUED, /_/],
  // Nearly every segment has a full stop: the extension itself is the test (a plain scan, no look-behind;
  // the same flags, so that "ſ" still folds to "s").
  [FILE_NAME_WITH_EXTENSION, /\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)/iu],
];

const URL_LIKE = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|[wW]{3}\.)|@|\.[a-z]{2,4}(?:\/|$)/u;

/** The whitespace-delimited token around `index`. */
function tokenAt(text: string, index: number): { start: number; end: number } {
  let start = index;
  let end = index;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  return { start, end };
}

/** Trims punctuation from the ends of a token span, keeping what is glued in the middle. */
function trimToken(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[("«“„'‘\[]/u.test(text[start]!)) start++;
  while (end > start && /[)"»”'’\].!?؟]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A code unit of the Arabic words the glued-verb check reads (`[\u0621-\u064A\u0640]`). */
function isArabicWordUnit(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || code === 0x0640;
}

/**
 * The Arabic words (maximal runs of `[\u0621-\u064A\u0640]`) of `text` that end in one of GLUED_VERBS_AR,
 * as [start, end) in text order: the words a match of `/[\u0621-\u064A\u0640]+/gu` would give that can
 * hold a glued verb. Found from each verb's occurrences, not by listing every word of a segment that has
 * "قال" (said) somewhere, as nearly every news paragraph in Arabic has.
 */
export function wordsEndingInGluedVerbs(text: string): Array<[number, number]> {
  const ends = new Set<number>();
  for (const verb of GLUED_VERBS_AR) {
    for (let at = text.indexOf(verb); at !== -1; at = text.indexOf(verb, at + 1)) {
      const end = at + verb.length;
      if (end < text.length && isArabicWordUnit(text.charCodeAt(end))) continue;
      ends.add(end);
    }
  }
  const words: Array<[number, number]> = [];
  for (const end of [...ends].sort((a, b) => a - b)) {
    let start = end;
    while (start > 0 && isArabicWordUnit(text.charCodeAt(start - 1))) start--;
    // A verb of other letters than the words' (none today) has no word around it.
    if (start < end) words.push([start, end]);
  }
  return words;
}

function gluedWords(text: string, language: LanguageCode): Hit[] {
  const hits: Hit[] = [];
  const push = (index: number, what: string) => {
    const span = trimToken(text, tokenAt(text, index));
    if (URL_LIKE.test(text.slice(span.start, span.end))) return;
    hits.push({ ...span, category: 'glued-words', message: `"${text.slice(span.start, span.end)}" ${what}.` });
  };
  // Each pattern is run only when the character it is built around occurs: most segments have no colon,
  // no Arabic, no second script, and a regex scan per pattern per segment was much of this detector's time
  // (with the glitch patterns compiled once: 2.8 → 1.4 ms a pair, bench/batch/stages.ts).
  if (HAS_GLUED_COMMA.test(text)) for (const match of text.matchAll(GLUED_COMMA)) push(match.index, 'has no space after its punctuation: two words are glued together');
  for (const colon of gluedColons(text)) {
    const span = tokenAt(text, colon);
    if (ACRONYM_GENITIVE.test(text.slice(span.start, span.end).replace(/^[^\p{L}\p{N}]+|[^\p{L}]+$/gu, ''))) continue;
    push(colon, 'has no space after its colon: two words are glued together');
  }
  if (FULL_STOP_BEFORE_CAPITAL.test(text)) for (const match of text.matchAll(GLUED_FULL_STOP)) push(match.index, 'has no space after a full stop: two sentences are glued together');
  for (const at of finalLettersInsideWords(text)) push(at, 'has a word-final letter inside it: two words are glued together');
  for (const at of scriptChanges(text)) push(at, 'mixes two scripts without a space: two words are glued together');
  // A glued verb needs the verb in the text: most segments have none of them.
  if (GLUED_VERBS_AR.some((verb) => text.includes(verb)) && (language === 'ar' || HAS_ARABIC.test(text))) {
    for (const [start, end] of wordsEndingInGluedVerbs(text)) {
      const word = text.slice(start, end);
      const verb = GLUED_VERBS_AR.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= 4);
      if (!verb || NOT_GLUED_AR.some((real) => word.endsWith(real))) continue;
      hits.push({ start, end, category: 'glued-words',
        message: `"${word}" is the word "${word.slice(0, -verb.length)}" glued to "${verb}": a space is missing.` });
    }
  }
  return hits;
}

/** A glitch word with its whole-word pattern, compiled once at load rather than per segment. */
interface CompiledGlitch extends GlitchWord {
  pattern: RegExp;
}

function compileGlitches(table: readonly GlitchWord[]): readonly CompiledGlitch[] {
  return Object.freeze(table.map((glitch) => {
    const escaped = glitch.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return { ...glitch, pattern: new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'gu') };
  }));
}

/** Per language, and for a language without a table every table in order (derived data, never changed). */
const COMPILED_GLITCHES: Readonly<Record<LanguageCode, readonly CompiledGlitch[]>> = Object.freeze(
  Object.fromEntries(Object.entries(GLITCH_WORDS).map(([language, table]) => [language, compileGlitches(table)])),
);
const ALL_COMPILED_GLITCHES: readonly CompiledGlitch[] = Object.freeze(Object.values(COMPILED_GLITCHES).flat());

function artifactsOf(text: string, language: LanguageCode): Hit[] {
  const hits: Hit[] = [];
  for (const glitch of COMPILED_GLITCHES[language] ?? ALL_COMPILED_GLITCHES) {
    // The pattern is the word itself between non-letters: a text without the word needs no regex run.
    if (!text.includes(glitch.word)) continue;
    // matchAll runs on a copy of the pattern, so the shared global RegExp's lastIndex never changes.
    for (const match of text.matchAll(glitch.pattern)) {
      hits.push({ start: match.index, end: match.index + glitch.word.length, category: 'glitch-word',
        message: `"${glitch.word}" is machine-translation debris: ${glitch.note}.` });
    }
  }
  for (const [pattern, needed] of FILE_NAME_PATTERNS) {
    if (!needed.test(text) || text.search(pattern) === -1) continue;
    for (const match of text.matchAll(pattern)) {
      hits.push({ start: match.index, end: match.index + match[0].length, category: 'image-file-name',
        message: `"${match[0]}" looks like an image file name left in the text by the page extraction.` });
    }
  }
  if (mayHoldDetachedArticle(text)) for (const match of text.matchAll(DETACHED_ARTICLE)) {
    hits.push({ start: match.index, end: match.index + match[0].length, category: 'detached-article',
      message: `"${match[0]}" is an Arabic article standing alone, detached from its word: machine-translation debris.` });
  }
  for (const { pattern, note } of EXTRACTION_DEBRIS) {
    // One native search, without the copy of the pattern and the iterator matchAll makes: almost every
    // segment is clean. (`search` restores the shared pattern's lastIndex.)
    if (text.search(pattern) === -1) continue;
    for (const match of text.matchAll(pattern)) {
      hits.push({ start: match.index, end: match.index + match[0].length, category: 'extraction-debris', message: `"${match[0]}" is ${note}.` });
    }
  }
  // A glued-words token around a span already reported (a file name, an HTML entity) says the same again.
  const overlaps = (hit: Hit) => hits.some((other) => other.start < hit.end && hit.start < other.end);
  for (const hit of gluedWords(text, language)) if (!overlaps(hit)) hits.push(hit);
  return hits;
}

function segmentArtifacts(segment: Segment, language: LanguageCode, beadIndex: number, side: OneSide): Divergence[] {
  const hits = artifactsOf(segment.text, language).sort((a, b) => a.start - b.start || b.end - a.end);
  const found: Divergence[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const hit of hits) {
    if (hit.start === lastStart && hit.end <= lastEnd) continue;
    found.push(divergence('artifact', 'warning', side, beadIndex, segment, hit.start, hit.end, hit.message, hit.category));
    lastStart = hit.start;
    lastEnd = Math.max(lastEnd, hit.end);
  }
  return found;
}

export function detectArtifacts(context: DivergenceContext): Divergence[] {
  const found: Divergence[] = [];
  context.beads.forEach((bead, beadIndex) => {
    for (const side of ['source', 'target'] as const) {
      for (const index of bead[side]) {
        const segment = context[side].segments[index];
        if (segment) for (const item of segmentArtifacts(segment, context[side].language, beadIndex, side)) found.push(item);
      }
    }
  });
  return found;
}

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
import { divergence, type DivergenceContext, type OneSide } from './context.js';

/** Offsets local to a segment, with the category and message of one artifact. */
interface Hit { start: number; end: number; category: string; message: string }

/** An image or document file name: letters/digits, an underscore, digits ("girl_16", "IMG_2041"). */
const FILE_NAME_GLUED = /(?<![\p{L}\p{N}_])[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)*_\p{N}+(?=\p{L})/gu;
const FILE_NAME_WITH_EXTENSION = /(?<![\p{L}\p{N}_/.])[\p{L}\p{N}_-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?![\p{L}\p{N}])/giu;

/** ",", ";" and their Arabic forms directly followed by a letter: a space was lost. */
const GLUED_COMMA = /[,;،؛](?=\p{L})/gu;
/** ":" between letters, except the Swedish/Finnish genitive after acronyms ("USA:s", "EU:n", "FN:s"). */
const GLUED_COLON = /(?<=\p{L}):(?=\p{L})/gu;
const ACRONYM_GENITIVE = /^[\p{Lu}\p{N}]{1,8}:\p{Ll}{1,3}$/u;
/** A full stop between a lower-case word and a capitalised one: two sentences glued. */
const GLUED_FULL_STOP = /(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu;
/**
 * What every match of `GLUED_FULL_STOP` holds: nearly every segment has a full stop, and the pattern's
 * look-behind is tried at every position, where this scan looks for the full stop first.
 */
const FULL_STOP_BEFORE_CAPITAL = /\.\p{Lu}/u;
/** Arabic ة (taa marbuta) only ends a word: followed by another Arabic letter, two words were glued. */
const FINAL_LETTER_INSIDE_WORD = /ة(?=[\u0621-\u063A\u0641-\u064A])/gu;
/** A letter of one script directly followed by a letter of another (Latin/Arabic/Cyrillic/Greek/Hebrew). */
const SCRIPT_CHANGE = /(?:\p{Script=Latin}(?=[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}])|\p{Script=Arabic}(?=[\p{Script=Latin}\p{Script=Cyrillic}])|\p{Script=Cyrillic}(?=[\p{Script=Latin}\p{Script=Arabic}]))/gu;
/** The Arabic article with tatweel standing alone before a space and a word, or at the end. */
const DETACHED_ARTICLE = /(?<![\p{L}\p{M}])الـ?(?=\s+[^\s\p{N}]|\s*$)/gu;

const HAS_LATIN = /\p{Script=Latin}/u;
const HAS_ARABIC = /\p{Script=Arabic}/u;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_NON_LATIN = /[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}]/u;

/**
 * Whether `text` has the two scripts some alternative of `SCRIPT_CHANGE` needs: each pairs a Latin letter
 * with an Arabic, Cyrillic, Greek or Hebrew one, or an Arabic letter with a Cyrillic one. A few native
 * scans instead of the pattern's look-ahead at every position (most segments are in one script).
 */
export function mayChangeScript(text: string): boolean {
  return (HAS_LATIN.test(text) && HAS_NON_LATIN.test(text)) || (HAS_ARABIC.test(text) && HAS_CYRILLIC.test(text));
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
  if (/[,;،؛]/u.test(text)) for (const match of text.matchAll(GLUED_COMMA)) push(match.index, 'has no space after its punctuation: two words are glued together');
  if (text.includes(':')) for (const match of text.matchAll(GLUED_COLON)) {
    const span = tokenAt(text, match.index);
    if (ACRONYM_GENITIVE.test(text.slice(span.start, span.end).replace(/^[^\p{L}\p{N}]+|[^\p{L}]+$/gu, ''))) continue;
    push(match.index, 'has no space after its colon: two words are glued together');
  }
  if (FULL_STOP_BEFORE_CAPITAL.test(text)) for (const match of text.matchAll(GLUED_FULL_STOP)) push(match.index, 'has no space after a full stop: two sentences are glued together');
  if (text.includes('ة')) for (const match of text.matchAll(FINAL_LETTER_INSIDE_WORD)) push(match.index, 'has a word-final letter inside it: two words are glued together');
  if (mayChangeScript(text)) for (const match of text.matchAll(SCRIPT_CHANGE)) push(match.index, 'mixes two scripts without a space: two words are glued together');
  // A glued verb needs the verb in the text: most segments have none of them.
  if ((language === 'ar' || /\p{Script=Arabic}/u.test(text)) && GLUED_VERBS_AR.some((verb) => text.includes(verb))) {
    for (const match of text.matchAll(/[\u0621-\u064A\u0640]+/gu)) {
      const word = match[0];
      const verb = GLUED_VERBS_AR.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= 4);
      if (!verb || NOT_GLUED_AR.some((real) => word.endsWith(real))) continue;
      hits.push({ start: match.index, end: match.index + word.length, category: 'glued-words',
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
  if (text.includes('ال')) for (const match of text.matchAll(DETACHED_ARTICLE)) {
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

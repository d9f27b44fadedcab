/**
 * Segmentation: text → blocks → sentences, lossless, with offsets into the original string.
 *
 * Blocks come from line structure (blank lines, list markers, short lines of page chrome, headings);
 * sentences from terminal punctuation decided by per-language abbreviation rules (src/data/abbreviations.ts).
 * Every character of the input is in exactly one segment or in whitespace between two segments, and no
 * boundary falls inside a grapheme cluster. See docs/segmentation.md for the rules and the benchmark.
 */
import { abbreviationLookup, DATED_ACT_PHRASES, LOWER_CASE_AFTER_GREETING_LANGUAGES, OPENING_PREPOSITIONS, ORDINAL_DOT_LANGUAGES } from '../data/abbreviations.js';
import { SPEECH_VERBS } from '../data/speech-verbs.js';
import { SENTENCE_DETERMINERS, SENTENCE_STOPWORDS } from '../data/stopwords.js';
import type { Block, LanguageCode, Segment, SegmentedDocument } from '../types.js';
import { findBlocks, timeStampPrefixEnd } from './blocks.js';
import { hasVisible, isSpace } from './chars.js';
import { isReferenceEntry } from './references.js';
import { nextWord, splitSentences, type SplitContext } from './sentences.js';

export interface SegmentOptions {
  /** ISO 639-1 code (`sv`, `pl`, `ar`, `en`; a region suffix such as `sv-SE` is ignored); selects abbreviation and punctuation rules. Unknown or missing: all lists merged. */
  language?: LanguageCode;
}

/** The language's own list, or every list merged for a language without one (as for abbreviations). */
function wordSet(lists: Readonly<Record<string, readonly string[]>>, base: string): ReadonlySet<string> {
  const own = lists[base];
  return new Set(own ?? Object.values(lists).flat());
}

function baseLanguage(language: LanguageCode | undefined): string {
  return (language ?? 'und').toLowerCase().split(/[-_]/)[0] ?? 'und';
}

/** Longest @handle skipped at the start of a block. */
const MAX_MENTION_LENGTH = 40;

/** Longest IRC nick skipped at the start of a block, brackets included ("<kestrel>"). */
const MAX_NICK_LENGTH = 34;

/**
 * Where a block's own words start once a reply's @handle ("@cykelnisse88 haha samma här!! köpte …") or a
 * chat log's time stamp and IRC nick ("[21:06] <mjb> yes. it hands …", held-out 15) is skipped: neither
 * says whether the writer capitalises.
 */
function afterMention(text: string, blockStart: number, end: number): number {
  let start = timeStampPrefixEnd(text, blockStart, end);
  if (start > blockStart && text.charCodeAt(start) === 0x3c) {
    // "<nick> ": read at most MAX_NICK_LENGTH units, no space inside.
    let i = start + 1;
    const stop = Math.min(end, start + MAX_NICK_LENGTH);
    while (i < stop && text.charCodeAt(i) !== 0x3e && !isSpace(text.charCodeAt(i))) i++;
    if (i > start + 1 && text.charCodeAt(i) === 0x3e && text.charCodeAt(i + 1) === 0x20) start = i + 2;
  }
  if (text.charCodeAt(start) !== 0x40) return start;
  let i = start + 1;
  while (i < end && i - start < MAX_MENTION_LENGTH && /[\p{L}\p{N}_.]/u.test(text[i] ?? '')) i++;
  return i > start + 1 && i < end && /\s/u.test(text[i] ?? '') ? i : start;
}

/**
 * Splits `text` into blocks (headings, paragraphs, list items, lines) and sentences.
 *
 * @param text The document, as decoded text. Any string is accepted.
 * @param options `language` selects the abbreviation rules.
 * @returns Blocks and segments in document order, with UTF-16 offsets into `text`.
 */
export function segmentDocument(text: string, options: SegmentOptions = {}): SegmentedDocument {
  const language = options.language ?? 'und';
  const base = baseLanguage(language);
  const ctx: SplitContext = {
    text,
    abbreviations: abbreviationLookup(language),
    openingPrepositions: new Set(OPENING_PREPOSITIONS[base] ?? []),
    ordinalDot: ORDINAL_DOT_LANGUAGES.has(base),
    speechVerbs: wordSet(SPEECH_VERBS, base),
    sentenceStopwords: wordSet(SENTENCE_STOPWORDS, base),
    sentenceDeterminers: new Set(SENTENCE_DETERMINERS[base] ?? []),
    datedActPhrases: DATED_ACT_PHRASES[base] ?? [],
    lowerCaseAfterGreeting: LOWER_CASE_AFTER_GREETING_LANGUAGES.has(base),
  };
  // Made once, not per block: a text of 1 MB of short lines has 300 000 blocks.
  const headingContext: SplitContext = { ...ctx, heading: true };
  const lowerCaseWriterContext: SplitContext = { ...ctx, lowerCaseWriter: true };
  const blocks: Block[] = [];
  const segments: Segment[] = [];
  const ranges: number[] = [];
  for (const range of findBlocks(ctx)) {
    const blockIndex = blocks.length;
    ranges.length = 0;
    if (isReferenceEntry(text, range.start, range.end)) ranges.push(range.start, range.end);
    else if (range.kind === 'heading') splitSentences(headingContext, range.start, range.end, ranges);
    else if (nextWord(text, afterMention(text, range.start, range.end), range.end).kind === 'lower') splitSentences(lowerCaseWriterContext, range.start, range.end, ranges);
    else splitSentences(ctx, range.start, range.end, ranges);
    // A short line that holds two sentences is a paragraph, not a heading.
    const kind = range.kind === 'heading' && ranges.length > 2 ? 'paragraph' : range.kind;
    blocks.push({ index: blockIndex, kind, start: range.start, end: range.end });
    const firstOfBlock = segments.length;
    for (let k = 0; k < ranges.length; k += 2) {
      const start = ranges[k] as number;
      const end = ranges[k + 1] as number;
      const previous = segments[segments.length - 1];
      // A piece with nothing visible (stray format characters) joins the sentence before it.
      if (previous && segments.length > firstOfBlock && !hasVisible(text.slice(start, end))) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
        continue;
      }
      segments.push({ index: segments.length, text: text.slice(start, end), start, end, block: blockIndex });
    }
  }
  return { language, text, blocks, segments };
}

/**
 * Splits `text` into sentences with `start`/`end` offsets (`text.slice(start, end) === segment.text`).
 *
 * @example
 * segment('Det var bl.a. dr Ek. Han kom kl. 10.', { language: 'sv' }).map((s) => s.text)
 * // → ['Det var bl.a. dr Ek.', 'Han kom kl. 10.']
 */
export function segment(text: string, options: SegmentOptions = {}): Segment[] {
  return segmentDocument(text, options).segments;
}

/**
 * `check`: the divergence detectors of `compare`, run on a translation memory that is already aligned
 * (read from TMX or TSV by `readTmx`/`readTsv`). No segmentation and no alignment: each pair is one bead.
 */
import { findAnchors } from './anchors/index.js';
import { iso6393to1 } from './data/iso639.js';
import { findDivergences } from './diverge/index.js';
import type { AlignedPairs } from './input/index.js';
import { resolveLanguage } from './language.js';
import type { Anchor, Bead, Block, Comparison, DocumentSide, LanguageCode, Segment, Warning } from './types.js';

export interface CheckOptions {
  /** ISO 639-1 code of the source side; overrides the file's language. */
  sourceLanguage?: LanguageCode;
  /** ISO 639-1 code of the target side; overrides the file's language. */
  targetLanguage?: LanguageCode;
  /** Names for the two sides as they should appear in reports (e.g. `memory.tmx (sv)`). */
  sourceName?: string;
  targetName?: string;
}

/**
 * A file's language tag as the ISO 639-1 code the detectors key their data on: `sv-SE` → `sv`,
 * `EN_us` → `en`, `swe` → `sv`; a code without a two-letter form stays as it is (lower-cased).
 */
export function normalizeLanguageTag(tag: string): LanguageCode {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return iso6393to1[primary] ?? primary;
}

interface CheckedSide {
  side: DocumentSide;
  anchors: Anchor[][];
  /** Segment index for each pair, or undefined when the pair is empty (whitespace only) on this side. */
  segmentOfPair: (number | undefined)[];
  /** The side's "original text": its pairs joined with "\n". */
  text: string;
}

function buildSide(
  texts: readonly string[],
  requested: LanguageCode | undefined,
  declared: LanguageCode | undefined,
  name: string | undefined,
  role: 'source' | 'target',
  warnings: Warning[],
): CheckedSide {
  const fullText = texts.join('\n');
  const given = requested ?? declared;
  const { language, languageSource } = resolveLanguage(fullText, given?.trim() ? normalizeLanguageTag(given) : undefined, name ?? `the ${role} side`, role, warnings);
  const blocks: Block[] = [];
  const segments: Segment[] = [];
  const segmentOfPair: (number | undefined)[] = [];
  let offset = 0;
  for (const text of texts) {
    if (text.trim() === '') {
      segmentOfPair.push(undefined);
    } else {
      const index = segments.length;
      blocks.push({ index, kind: 'paragraph', start: offset, end: offset + text.length });
      segments.push({ index, text, start: offset, end: offset + text.length, block: index });
      segmentOfPair.push(index);
    }
    offset += text.length + 1;
  }
  const side: DocumentSide = { language, languageSource, blocks, segments };
  if (name !== undefined) side.name = name;
  return { side, anchors: segments.map((segment) => findAnchors(segment, language)), segmentOfPair, text: fullText };
}

/**
 * Checks an aligned translation memory. Each pair becomes one bead, in order: 1-1 when both sides have
 * text, one-sided when a side is empty or whitespace only (pairs empty on both sides are dropped). Each
 * side's "original text", which offsets in the result refer to, is its pairs' texts joined with "\n"
 * (one segment and one block per non-empty text). Languages come from the options, then the file, then
 * detection.
 */
export function check(pairs: AlignedPairs, options: CheckOptions = {}): Comparison {
  const warnings: Warning[] = [];
  const src = buildSide(pairs.pairs.map((p) => p.source), options.sourceLanguage, pairs.sourceLanguage, options.sourceName, 'source', warnings);
  const tgt = buildSide(pairs.pairs.map((p) => p.target), options.targetLanguage, pairs.targetLanguage, options.targetName, 'target', warnings);
  const beads: Bead[] = [];
  for (let i = 0; i < pairs.pairs.length; i++) {
    const s = src.segmentOfPair[i];
    const t = tgt.segmentOfPair[i];
    if (s === undefined && t === undefined) continue;
    // The alignment is given by the file, not inferred, so it carries full confidence.
    beads.push({ source: s === undefined ? [] : [s], target: t === undefined ? [] : [t], score: 1 });
  }
  const divergences = findDivergences({
    source: src.side,
    target: tgt.side,
    beads,
    sourceAnchors: src.anchors,
    targetAnchors: tgt.anchors,
    sourceText: src.text,
    targetText: tgt.text,
  });
  return { version: 1, source: src.side, target: tgt.side, beads, divergences, warnings };
}

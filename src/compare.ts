/**
 * `compare`: the whole pipeline (detect languages → segment → find anchors → align → find divergences)
 * for two texts in memory. Touches no file system, so it runs in a browser too.
 */
import { alignSegments, type AlignOptions } from './align/index.js';
import { findAnchors } from './anchors/index.js';
import { findDivergences } from './diverge/index.js';
import { resolveLanguage } from './language.js';
import { segmentDocument } from './segment/index.js';
import type { Anchor, Comparison, DocumentSide, LanguageCode, Warning } from './types.js';

export interface CompareOptions {
  /** ISO 639-1 code of the source text; detected with franc when omitted. */
  sourceLanguage?: LanguageCode;
  /** ISO 639-1 code of the target text; detected with franc when omitted. */
  targetLanguage?: LanguageCode;
  /** Names for the two sides as they should appear in reports (file names). */
  sourceName?: string;
  targetName?: string;
  /** A caller-supplied sentence similarity the aligner uses alongside its own evidence. */
  similarity?: AlignOptions['similarity'];
  /**
   * Whether a side whose language is given is still run through language detection, to warn when its text
   * looks like another language (`language-mismatch`). Default true. False saves the detection (about
   * 0.5 ms of an EU-Reporter-sized side, 4 % of `compare`) for callers that do not read the warnings, as
   * `parallign batch --summary` does; nothing else in the comparison changes.
   */
  checkGivenLanguages?: boolean;
}

interface PreparedSide {
  side: DocumentSide;
  anchors: Anchor[][];
}

function prepareSide(
  text: string,
  givenLanguage: LanguageCode | undefined,
  name: string | undefined,
  role: 'source' | 'target',
  warnings: Warning[],
  checkGiven: boolean,
): PreparedSide {
  const label = name ?? `the ${role} text`;
  if (text.trim() === '') {
    warnings.push({ code: 'empty-input', side: role, message: `${label}: the ${role} text is empty or only whitespace, so everything on the other side is one-sided.` });
  }
  const { language, languageSource } = resolveLanguage(text, givenLanguage, label, role, warnings, checkGiven);
  const document = segmentDocument(text, { language });
  const side: DocumentSide = { language, languageSource, blocks: document.blocks, segments: document.segments };
  if (name !== undefined) side.name = name;
  return { side, anchors: document.segments.map((segment) => findAnchors(segment, language)) };
}

/** Segments, aligns and checks two language versions of a document. */
export function compare(source: string, target: string, options: CompareOptions = {}): Comparison {
  const warnings: Warning[] = [];
  const checkGiven = options.checkGivenLanguages ?? true;
  const src = prepareSide(source, options.sourceLanguage, options.sourceName, 'source', warnings, checkGiven);
  const tgt = prepareSide(target, options.targetLanguage, options.targetName, 'target', warnings, checkGiven);
  const alignOptions: AlignOptions = {};
  if (options.similarity) alignOptions.similarity = options.similarity;
  const beads = alignSegments(
    { texts: src.side.segments.map((s) => s.text), anchors: src.anchors, blocks: src.side.segments.map((s) => s.block), language: src.side.language },
    { texts: tgt.side.segments.map((s) => s.text), anchors: tgt.anchors, blocks: tgt.side.segments.map((s) => s.block), language: tgt.side.language },
    alignOptions,
  );
  const divergences = findDivergences({
    source: src.side,
    target: tgt.side,
    beads,
    sourceAnchors: src.anchors,
    targetAnchors: tgt.anchors,
    sourceText: source,
    targetText: target,
  });
  return { version: 1, source: src.side, target: tgt.side, beads, divergences, warnings };
}

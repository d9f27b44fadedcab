/**
 * `compare`: the whole pipeline (detect languages → segment → find anchors → align → find divergences)
 * for two texts in memory. Touches no file system, so it runs in a browser too.
 */
import { alignSegments, createWordAnalysisMemo, DEFAULT_MEMO_ENTRIES, type AlignOptions, type WordAnalysisMemo } from './align/index.js';
import { createNameKeysMemo, findAnchors, type NameKeysMemo } from './anchors/index.js';
import { findDivergences, type DivergenceContext } from './diverge/index.js';
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
   * 0.2–0.25 ms of an EU-Reporter-sized side, 1–2 % of `compare`) for callers that do not read the
   * warnings, as `parallign batch --summary` does; nothing else in the comparison changes.
   */
  checkGivenLanguages?: boolean;
  /**
   * Word-level work kept from one call to the next (`createAnalysisCache`), for a caller that compares many
   * documents, as a `parallign batch` worker does. The comparison is the same with or without it.
   */
  cache?: AnalysisCache;
}

/**
 * What `compare` may keep between documents: the analyses that depend on a word alone (its folded form,
 * stem and name skeletons in the aligner's features; its transliterated forms in the entity detector's
 * name search), which an archive's articles share. Each part is bounded (emptied when it reaches
 * `maxEntries`), so a cache kept for a million documents stays bounded: about 380 bytes of heap a spelling
 * (8.1 MB after the 43 development-set documents: 22 400 spellings, 4 600 names and searched words), so
 * some 10–20 MB at the default bound. Not safe to share between threads;
 * one per worker.
 */
export interface AnalysisCache {
  readonly words: WordAnalysisMemo;
  readonly names: NameKeysMemo;
}

/**
 * A cache for `compare`'s `cache` option; see AnalysisCache. `maxEntries` bounds each of its tables (distinct
 * spellings, names, searched words; DEFAULT_MEMO_ENTRIES by default).
 */
export function createAnalysisCache(maxEntries: number = DEFAULT_MEMO_ENTRIES): AnalysisCache {
  return { words: createWordAnalysisMemo(maxEntries), names: createNameKeysMemo(maxEntries) };
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
  if (options.cache) alignOptions.wordMemo = options.cache.words;
  const beads = alignSegments(
    { texts: src.side.segments.map((s) => s.text), anchors: src.anchors, blocks: src.side.segments.map((s) => s.block), language: src.side.language },
    { texts: tgt.side.segments.map((s) => s.text), anchors: tgt.anchors, blocks: tgt.side.segments.map((s) => s.block), language: tgt.side.language },
    alignOptions,
  );
  const context: DivergenceContext = {
    source: src.side,
    target: tgt.side,
    beads,
    sourceAnchors: src.anchors,
    targetAnchors: tgt.anchors,
    sourceText: source,
    targetText: target,
  };
  if (options.cache) context.nameKeysMemo = options.cache.names;
  const divergences = findDivergences(context);
  return { version: 1, source: src.side, target: tgt.side, beads, divergences, warnings };
}

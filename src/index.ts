/**
 * parallign: align two language versions of a document sentence by sentence and report where they
 * diverge. This file is the public API; the CLI imports nothing else from the core.
 */
export { compare, createAnalysisCache, type AnalysisCache, type CompareOptions } from './compare.js';
export { check, normalizeLanguageTag, type CheckOptions } from './check.js';
export { readTmx, readTsv, type AlignedPair, type AlignedPairs, type ReadPairsOptions, type ReadTsvOptions } from './input/index.js';
export { formatReport, reportFormats, type ReportFormat, type ReportOptions } from './report/index.js';
export { segment, segmentDocument, type SegmentOptions } from './segment/index.js';
export {
  findAnchors,
  readNumbers,
  matchAnchors,
  createNameKeysMemo,
  findNameCounterparts,
  transliterate,
  nameKey,
  namesMatch,
  cognateSimilarity,
  sharesCognatePrefix,
  type NumberReading,
  type NumberPart,
  type AnchorMatch,
  type NameKeysMemo,
} from './anchors/index.js';
export {
  alignScanned,
  alignSegments,
  DEFAULT_COST,
  scanBuffers,
  scanSide,
  type AlignOptions,
  type AlignSide,
  type CostParameters,
  type SideScan,
} from './align/index.js';
export { findDivergences, type DivergenceContext, type DivergenceOptions } from './diverge/index.js';
export { detectLanguage } from './language.js';
export { ParallignError, type ParallignErrorCode } from './errors.js';
export { decodeText, findInvalidUtf8, sniffBinaryFormat, type DecodedText, type DecodeOptions } from './io/decode.js';
export type * from './types.js';

/**
 * parallign: align two language versions of a document sentence by sentence and report where they
 * diverge. This file is the public API; the CLI imports nothing else from the core.
 */
export { compare, type CompareOptions } from './compare.js';
export { segment, segmentDocument, type SegmentOptions } from './segment/index.js';
export { findAnchors } from './anchors/index.js';
export { alignSegments, type AlignOptions, type AlignSide } from './align/index.js';
export { findDivergences, type DivergenceContext } from './diverge/index.js';
export { detectLanguage } from './language.js';
export { ParallignError, type ParallignErrorCode } from './errors.js';
export type * from './types.js';

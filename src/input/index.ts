/**
 * Readers for translation memories that are already aligned (TMX, two-column TSV), feeding `check`.
 * Each takes the file's text and returns `AlignedPairs`; reading the file is the caller's job.
 */
export { readTmx } from './tmx.js';
export { readTsv, type ReadTsvOptions } from './tsv.js';
export type { AlignedPair, AlignedPairs, ReadPairsOptions } from './pairs.js';

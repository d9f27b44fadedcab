/** The shape both readers return and `check` consumes: a translation memory that is already aligned. */
import type { LanguageCode } from '../types.js';

/** One translation unit: a source text and its translation. Either side may be `''` (one-sided). */
export interface AlignedPair {
  source: string;
  target: string;
}

/** Aligned pairs in file order, with the languages the file declares (omitted when it declares none). */
export interface AlignedPairs {
  /** Language tag as the file writes it (`sv`, `sv-SE`, `EN-US`); `check` normalises it. */
  sourceLanguage?: LanguageCode;
  targetLanguage?: LanguageCode;
  pairs: AlignedPair[];
}

/** Options shared by `readTmx` and `readTsv`. */
export interface ReadPairsOptions {
  /** Name of the input (a file name) used in error messages; defaults to `input`. */
  name?: string;
  /** Language tag of the source side; overrides what the file declares. */
  sourceLanguage?: LanguageCode;
  /** Language tag of the target side; overrides what the file declares. */
  targetLanguage?: LanguageCode;
}

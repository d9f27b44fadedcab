/**
 * Cognates: tokens that are identical or nearly so on both sides ("Washington", "Europol", "UNODC",
 * "Global Alliance"). Two measures, as aligners use them:
 * - `cognateSimilarity`: 1 − normalised Levenshtein distance of the accent-folded, lower-cased,
 *   transliterated forms, in [0, 1] (Melamed 1999 uses the longest common subsequence ratio; edit
 *   distance ranks the same pairs and is what the rest of parallign uses).
 * - `sharesCognatePrefix`: both words have at least `length` letters and the same first `length` letters
 *   once folded, the rule of Simard, Foster & Isabelle (1992), with 4 letters as in their paper.
 */
import { editSimilarity, foldName } from './text.js';

/** Simard, Foster & Isabelle (1992): two words of 4+ letters sharing their first 4 are cognates. */
export const COGNATE_PREFIX_LENGTH = 4;

/** Accent-folded, lower-case, Latin-script form of a token, without spaces or punctuation. */
export function foldToken(token: string): string {
  return foldName(token).replace(/[^a-z0-9]+/g, '');
}

/** Similarity in [0, 1] of two tokens after folding: 1 for "Malmström" / "malmstrom", 0 for "" / "x". */
export function cognateSimilarity(a: string, b: string): number {
  return editSimilarity(foldToken(a), foldToken(b));
}

/** Whether two tokens share their first `length` letters after folding ("Europol" / "Europolu"). */
export function sharesCognatePrefix(a: string, b: string, length: number = COGNATE_PREFIX_LENGTH): boolean {
  const x = foldToken(a);
  const y = foldToken(b);
  return x.length >= length && y.length >= length && x.slice(0, length) === y.slice(0, length);
}

/**
 * Continuation cues: whether a segment carries on the sentence of the segment before it. Translators and
 * sentence splitters cut at different places; a French line that starts in lower case ("il n'y aurait pas
 * eu assez de vivres …") or follows a line ending in ";" or ":" is the second half of something, and in a
 * hand alignment it shares a bead with the line before it (Text+Berg: 104 of 554 French lines start in
 * lower case). A dropped sentence or a line of page chrome starts a sentence of its own, and chrome is where
 * the cues mislead: "Share this article:" is followed by "Facebook", a date line ("October 17, 2015") by a
 * definition-list item in lower case ("user authorizes all users …"). So a line after a line of chrome by
 * pattern never continues it, and a lower-case start only counts after a line that is not chrome-shaped
 * (short and unpunctuated) or that ends open ("C'était prévu ;").
 */
import { hasDigit } from '../anchors/text.js';
import { CHROME_PATTERN, CHROME_SHAPE } from './features.js';

/** In `continuationCues`' result, the bits that count the cues (0–2). */
export const CUE_COUNT = 3;
/**
 * In `continuationCues`' result, a bit set when the segment holds a decimal digit (any script: 0–9, ٠–٩):
 * the scorer's `digitPenalty`. Kept here, beside the cues, so that it is sliced with them on long input.
 */
export const HAS_DIGIT = 4;
/** The first letter of a segment, past leading punctuation, dashes and list marks' brackets. */
const FIRST_LETTER_RE = /\p{L}/u;
const LOWER_RE = /^\p{Ll}$/u;
/** A line that stops in mid-sentence: a semicolon, colon, comma or hyphen (a word broken across lines). */
const OPEN_END_RE = /[;:,\-–—]["”’»)\]]*\s*$/u;

/**
 * Per segment, how many cues say it continues the segment before it (`& CUE_COUNT`): 0, 1 or 2 (the line
 * before ends in ; : , or a dash, and this one starts in lower case); 0 for the first. Plus HAS_DIGIT when it
 * holds a digit. `chromeLike` are the segments' chrome bits (features.ts `chromeCues`).
 */
export function continuationCues(texts: readonly string[], chromeLike: Uint8Array): Uint8Array {
  const cues = new Uint8Array(texts.length);
  for (let k = 1; k < texts.length; k++) {
    const before = chromeLike[k - 1]!;
    if ((before & CHROME_PATTERN) !== 0) continue;
    const letter = FIRST_LETTER_RE.exec(texts[k]!)?.[0];
    const lower = letter !== undefined && LOWER_RE.test(letter) && letter.toUpperCase() !== letter;
    const open = OPEN_END_RE.test(texts[k - 1]!);
    cues[k] = (open ? 1 : 0) + (lower && (open || (before & CHROME_SHAPE) === 0) ? 1 : 0);
  }
  for (let k = 0; k < texts.length; k++) if (hasDigit(texts[k]!)) cues[k] = cues[k]! | HAS_DIGIT;
  return cues;
}

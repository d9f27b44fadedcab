/**
 * The shape of a per-language number-word table (src/data/numbers-<lang>.ts). Kept apart from the
 * tables so that someone who knows a language but not the code can add one by copying a sibling file.
 */

export interface NumberWordTable {
  /**
   * Number words with their values, lower-case: units, teens, tens, hundreds, and inflected forms.
   * Compound words ("tjugotvå") are read by splitting into these when `compounds` is true.
   */
  readonly words: Readonly<Record<string, number>>;
  /** Multipliers that may follow a number ("50 tys.", "5 miljoner", "50 ألف"), lower-case. */
  readonly scales: Readonly<Record<string, number>>;
  /** Scale abbreviations whose following "." belongs to the number ("tys." in "50 tys. nowych"). */
  readonly abbreviatedScales?: readonly string[];
  /**
   * Words for 1 that double as an article or pronoun (sv "en", en "one", pl "jeden"): they count only
   * before a scale word ("en miljon"), so that "en bild" is not read as the number 1.
   */
  readonly ambiguousOne?: readonly string[];
  /** Words that join parts of one number written in words (en "and" in "one hundred and five"). */
  readonly joiners?: readonly string[];
  /** Whether number words glue into compounds ("tjugotvå", "femtusen"), as in Swedish and German. */
  readonly compounds?: boolean;
  /** Month names (full, and the inflected forms used in dates) with their number, lower-case. */
  readonly months: Readonly<Record<string, number>>;
  /** Words that make the preceding number a percentage ("procent", "proc."). */
  readonly percentWords?: readonly string[];
}

/**
 * The shapes every stage shares. A stage takes plain data and returns plain data; these types are the
 * contract between them and, through `Comparison`, the public JSON report (docs/report.schema.json).
 *
 * Offsets are UTF-16 code units into the original text, as `String#slice` counts them.
 */

/** ISO 639-1 code (`sv`, `ar`, `pl`), or `und` when the language is unknown. */
export type LanguageCode = string;

/** What kind of text block a segment sits in; used as soft evidence by the aligner and by the reports. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'line';

/** A run of text between blank lines (or a single line of page chrome, a list item, a heading). */
export interface Block {
  index: number;
  kind: BlockKind;
  start: number;
  end: number;
}

/** One sentence (or sentence-like unit) of a document. `text === document.slice(start, end)`. */
export interface Segment {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Index of the block this segment belongs to. */
  block: number;
}

/** A document split into blocks and sentences. Every character is in one segment or in whitespace between two. */
export interface SegmentedDocument {
  language: LanguageCode;
  text: string;
  blocks: Block[];
  segments: Segment[];
}

/** The kinds of things that survive translation and let the aligner tie two segments together. */
export type AnchorKind = 'number' | 'entity' | 'acronym' | 'url' | 'email' | 'code';

/** A span of a segment that should have a counterpart on the other side. */
export interface Anchor {
  kind: AnchorKind;
  /** Exactly as written in the document. */
  text: string;
  /** Offsets into the document text (not the segment). */
  start: number;
  end: number;
  /**
   * Language-independent comparison key: a number's value (`"50000"`), a lower-cased, accent-folded,
   * Latin-script form of a name (`"malmstrom"`), a normalised code (`"ip/12/1308"`).
   */
  key: string;
  /** Numeric value, for numbers. */
  value?: number;
  /** Numbers: written with digits (any script) or in words ("en miljon", "مليون", a month name). */
  form?: 'digits' | 'words';
  /** Numbers: the part of a date or time the number is ("5 december 2012" → day, month, year). */
  part?: 'day' | 'month' | 'year' | 'hour' | 'minute';
  /** Numbers: a four-digit year 1900–2100 standing alone, or a date's year. */
  isYear?: boolean;
  /** Numbers: a percentage ("50 %", "٥٠٪", "50 procent"). */
  percent?: boolean;
  /**
   * Entities: a lone capitalised word opening a sentence, which may be an ordinary word ("Europol
   * bistår" vs "Ministrar och …"). Good evidence for aligning when matched; weak evidence of a missing
   * name when not.
   */
  weak?: boolean;
}

/**
 * A bead: a group of source segments aligned with a group of target segments. One-sided beads (`[3]:[]`)
 * mark text with no counterpart: omissions, additions, page chrome.
 */
export interface Bead {
  /** Source segment indices, ascending and contiguous. */
  source: number[];
  /** Target segment indices, ascending and contiguous. */
  target: number[];
  /** Confidence in [0, 1] that this bead is right; higher is better. */
  score: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type Side = 'source' | 'target' | 'both';

export type DivergenceKind =
  | 'unaligned-segment'
  | 'number-mismatch'
  | 'number-shifted'
  | 'entity-mismatch'
  | 'untranslated'
  | 'artifact'
  | 'length-ratio'
  | 'format-mismatch'
  | 'same-language';

/** One place where the two versions part, located precisely enough to highlight. */
export interface Divergence {
  kind: DivergenceKind;
  severity: Severity;
  /** Which side the offending span is on. */
  side: Side;
  /** Index into `Comparison.beads`. */
  bead: number;
  /** Segment index on `side` (for `both`, on the source side). */
  segment: number;
  /** Offsets of the offending span in that side's original text. */
  start: number;
  end: number;
  /** Exactly the offending span, e.g. `"48"` or `"Smakämnen"`. */
  text: string;
  /** One sentence a translator understands. */
  message: string;
  /** Finer classification where the detector can tell, e.g. `page-chrome`, `omission`, `glued-words`. */
  category?: string;
}

/** Something the caller should know about the input that is not a divergence (e.g. language doubts). */
export interface Warning {
  code: string;
  side?: 'source' | 'target';
  message: string;
}

/** One side of a comparison as it appears in the report. */
export interface DocumentSide {
  language: LanguageCode;
  /** Where `language` came from: given by the caller, or detected from the text. */
  languageSource: 'given' | 'detected' | 'default';
  /** The name the caller gave this side (a file name), if any. */
  name?: string;
  blocks: Block[];
  segments: Segment[];
}

/** The whole result of `compare` or `check`: the JSON report, version 1. */
export interface Comparison {
  version: 1;
  source: DocumentSide;
  target: DocumentSide;
  /** Every segment of both sides is in exactly one bead; beads are in document order. */
  beads: Bead[];
  divergences: Divergence[];
  warnings: Warning[];
}

/**
 * The shape of a development set, as the accuracy runner (bench/accuracy/) consumes it. The required fields
 * are the contract; the optional ones describe where the set came from and what was done to it.
 */

/** A gold bead: source and target segment indices, ascending and contiguous; one side may be empty. */
export interface GoldBead {
  source: number[];
  target: number[];
}

/** How many of each perturbation the generator applied to a document. */
export interface PerturbationCounts {
  /** Two neighbouring sentences joined into one segment on one side (→ a 2-1 or 1-2 gold bead). */
  merged: number;
  /** One sentence removed from one side (→ a one-sided gold bead on the other). */
  dropped: number;
  /** A whole block (paragraph, heading, list item) removed from one side. */
  droppedBlocks: number;
  /** Lines of page chrome added to one side (each a one-sided gold bead). */
  chromeLines: number;
}

export interface DevSet {
  /** e.g. `udhr-sv-ar`, `handbook-pl-sv-03`. */
  id: string;
  /** `sv-ar` | `pl-sv` | `sv-en` | `ar-en`. */
  pair: string;
  /** ISO 639-1. */
  sourceLanguage: string;
  targetLanguage: string;
  /** Segments, one per line (the presegmented form); never empty, never containing a line break. */
  source: string[];
  target: string[];
  /** Gold beads in order; every segment is in exactly one. */
  gold: GoldBead[];
  /** The same document as running text: blocks separated by blank lines, chrome as its own lines. */
  sourceText?: string;
  targetText?: string;
  /** Each segment's [start, end) in the running text: `sourceText.slice(start, end) === source[i]`. */
  sourceSpans?: [number, number][];
  targetSpans?: [number, number][];
  /** Which corpus the document was cut from (`udhr`, `debian-handbook`). */
  corpus?: string;
  /** Pages (handbook file names) or declarations (udhr codes) the document was cut from, in order. */
  origin?: string[];
  /** The seed this document was generated with (derived from the run's seed and the id). */
  seed?: number;
  perturbations?: PerturbationCounts;
  /** Indices of segments that are injected page chrome, per side (their gold beads are one-sided). */
  chrome?: { source: number[]; target: number[] };
}

/**
 * Bibliography entries in author–year style ("Smith, J. R. and Patel, M. (2019). Early Treatment. 2nd ed.
 * Oxford: OUP.") are one unit each, as an annotator and a translator treat them, though they hold several
 * full stops before capitals. Recognised only on a line of their own, by their head: authors, then the
 * year in brackets followed by a full stop.
 */
import { isLineBreak } from './chars.js';

/** Longest line (UTF-16 units) read as one reference; running paragraphs are longer. */
const MAX_REFERENCE_LENGTH = 320;
/** How far into the line the "(2019)." of the head may stand: long author lists fit. */
const MAX_HEAD_LENGTH = 160;
/** Most words in an author list without a comma (a body as author: "Statistiska centralbyrån (2021)."). */
const MAX_WORDS_WITHOUT_COMMA = 4;
/** Most words in an author list ("Steere, A. C.; Strle, F.; Wormser, G. P." is 9). */
const MAX_HEAD_WORDS = 24;

/** "(2019)." "(٢٠٠٥)." "(2020a)." "(n.d.).": the year of an author–year reference, closed by a full stop. */
const YEAR_IN_BRACKETS = /\((?:\p{Nd}{4}[a-z]?|n\.\s?d\.)\)\.(?=\s)/u;
/** Abbreviations an author list may hold: "et al.", "(red.)", "(ed.)", "(eds.)", "(Hrsg.)", "(oprac.)". */
const HEAD_ABBREVIATIONS = new Set(['al', 'red', 'ed', 'eds', 'hrsg', 'oprac', 'utg', 'jr', 'sr']);
const INITIAL = /^\p{Lu}\p{M}*$/u;

/** Is `[start, end)` (one trimmed block) a single-line author–year bibliography entry? */
export function isReferenceEntry(text: string, start: number, end: number): boolean {
  if (end - start > MAX_REFERENCE_LENGTH) return false;
  const head = text.slice(start, Math.min(end, start + MAX_HEAD_LENGTH));
  const year = YEAR_IN_BRACKETS.exec(head);
  if (!year || year.index === 0) return false;
  for (let i = start; i < end; i++) if (isLineBreak(text.charCodeAt(i))) return false;
  const authors = head.slice(0, year.index);
  if (!/^[\p{Lu}\p{Lo}]/u.test(authors)) return false;
  const words = authors.split(/\s+/u).filter((w) => w !== '');
  if (words.length > MAX_HEAD_WORDS) return false;
  if (words.length > MAX_WORDS_WITHOUT_COMMA && !/[,،;]/u.test(authors)) return false;
  // Every full stop in the authors belongs to an initial or a listed abbreviation: no sentence ends there.
  for (const word of words) {
    const bare = word.replace(/^[(\[]+|[)\],;،]+$/gu, '');
    if (!bare.includes('.')) continue;
    const parts = bare.split('.').filter((p) => p !== '');
    // "J.-P." splits into "J" and "-P"
    if (!parts.every((p) => INITIAL.test(p.replace(/^-/u, '')) || HEAD_ABBREVIATIONS.has(p.toLowerCase()))) return false;
  }
  return true;
}

/**
 * TSV reader: a two-column, tab-separated translation memory (source TAB target, one pair per line), as
 * spreadsheets and CAT tools export it. Pure: a string in, plain data out.
 *
 * Also reads parallign's own TSV report (recognised by its header row): the `source_text` and
 * `target_text` columns, with its `\t \n \r \\` escapes undone, so a report can be checked again.
 */
import { ParallignError } from '../errors.js';
import type { AlignedPair, AlignedPairs, ReadPairsOptions } from './pairs.js';

/** The header row of the TSV report (src/report/tsv.ts writes it; a test keeps the two in step). */
export const REPORT_TSV_HEADER = 'bead\tsource_segments\ttarget_segments\tscore\tsource_text\ttarget_text';

/** A BCP 47-looking language tag (`sv`, `ar`, `pt-BR`, `zh-Hant-TW`), for header rows that name the languages. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

export interface ReadTsvOptions extends ReadPairsOptions {
  /**
   * The first line is a header, not a pair. When its two cells look like language tags (`sv`, `ar-EG`),
   * they are the languages (unless given in the options). Default false: a plain TSV has no header, and
   * guessing would lose a pair like `ja<TAB>nej`.
   */
  header?: boolean;
}

/** Undoes the report's escapes: `\t`, `\n`, `\r`, `\\`; any other backslash stays as written. */
function unescapeField(field: string): string {
  return field.replace(/\\([tnr\\])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

/**
 * Reads tab-separated pairs. Lines end in LF, CRLF or CR; empty lines are skipped; a cell may be empty
 * (a one-sided pair). Cells are taken exactly as written: no quoting, no trimming.
 *
 * @throws ParallignError `INVALID_INPUT` naming the line when a line does not have exactly two cells.
 */
export function readTsv(text: string, options: ReadTsvOptions = {}): AlignedPairs {
  const name = options.name ?? 'input';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  const pairs: AlignedPair[] = [];
  let sourceLanguage = options.sourceLanguage;
  let targetLanguage = options.targetLanguage;
  let reportFormat = false;
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const cells = line.split('\t');
    if (first) {
      first = false;
      if (line === REPORT_TSV_HEADER) {
        reportFormat = true;
        continue;
      }
      if (options.header) {
        const [a, b] = cells;
        if (cells.length === 2 && a !== undefined && b !== undefined && LANGUAGE_TAG.test(a) && LANGUAGE_TAG.test(b)) {
          sourceLanguage ??= a;
          targetLanguage ??= b;
        }
        continue;
      }
    }
    if (reportFormat) {
      if (cells.length !== 6) throw new ParallignError('INVALID_INPUT', `${name}:${i + 1}: expected the 6 columns of a parallign TSV report, found ${cells.length}`);
      const source = unescapeField(cells[4]!);
      const target = unescapeField(cells[5]!);
      if (source !== '' || target !== '') pairs.push({ source, target });
      continue;
    }
    if (cells.length !== 2) {
      throw new ParallignError('INVALID_INPUT', `${name}:${i + 1}: expected two tab-separated columns (source, target), found ${cells.length === 1 ? 'one' : cells.length}`);
    }
    const [source, target] = cells as [string, string];
    if (source === '' && target === '') continue;
    pairs.push({ source, target });
  }
  const result: AlignedPairs = { pairs };
  if (sourceLanguage !== undefined) result.sourceLanguage = sourceLanguage;
  if (targetLanguage !== undefined) result.targetLanguage = targetLanguage;
  return result;
}

/**
 * Reports: a `Comparison` rendered for a program (JSON), a person (HTML, Markdown), a CAT tool (TMX) or a
 * spreadsheet (TSV). Every format is a pure function of the comparison and the options: the same input
 * gives the same bytes, so reports can be diffed and committed.
 */
import { ParallignError } from '../errors.js';
import type { Comparison } from '../types.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import type { ReportOptions } from './options.js';
import { formatTmx } from './tmx.js';
import { formatTsv } from './tsv.js';

export type { ReportOptions } from './options.js';

/** The output formats `formatReport` knows. */
export type ReportFormat = 'json' | 'html' | 'md' | 'tmx' | 'tsv';

/** Every `ReportFormat`, in the order the CLI lists them. */
export const reportFormats: readonly ReportFormat[] = ['json', 'html', 'md', 'tmx', 'tsv'];

/**
 * Renders `comparison` as a report.
 *
 * @param comparison What `compare` or `check` returned.
 * @param format `json` (the contract, docs/report.schema.json), `html` (one self-contained page), `md`
 *   (summary and a table of divergences), `tmx` (TMX 1.4b of the paired beads), `tsv` (one bead per row).
 * @param options Title, tool version and creation date; nothing is read from the clock.
 * @throws ParallignError `USAGE` when `format` is not one of `reportFormats`.
 */
export function formatReport(comparison: Comparison, format: ReportFormat, options: ReportOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(comparison);
    case 'html':
      return formatHtml(comparison, options);
    case 'md':
      return formatMarkdown(comparison, options);
    case 'tmx':
      return formatTmx(comparison, options);
    case 'tsv':
      return formatTsv(comparison);
    default:
      throw new ParallignError('USAGE', `unknown report format '${String(format)}' (expected one of ${reportFormats.join(', ')})`);
  }
}

/**
 * The TSV report: one bead per row, for spreadsheets and shell tools. Tabs, newlines and backslashes in
 * the text are written as `\t`, `\n`, `\r` and `\\` (the "linear TSV" convention), so every bead stays on
 * one line and `readTsv` can undo it.
 */
import type { Comparison } from '../types.js';
import { beadSideText } from './summary.js';

export const TSV_HEADER = ['bead', 'source_segments', 'target_segments', 'score', 'source_text', 'target_text'] as const;

/** Escapes one TSV field: backslash, tab, LF and CR become `\\`, `\t`, `\n`, `\r`. */
export function escapeTsvField(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** Scores are printed with at most four decimals: enough to rank beads, stable across platforms. */
function formatScore(score: number): string {
  return Number.isFinite(score) ? String(Math.round(score * 10_000) / 10_000) : '';
}

/** One header row, then one row per bead: index, segment indices (comma-separated), score, both texts. */
export function formatTsv(comparison: Comparison): string {
  const rows: string[] = [TSV_HEADER.join('\t')];
  comparison.beads.forEach((bead, index) => {
    rows.push([
      String(index),
      bead.source.join(','),
      bead.target.join(','),
      formatScore(bead.score),
      escapeTsvField(beadSideText(comparison, 'source', bead.source)),
      escapeTsvField(beadSideText(comparison, 'target', bead.target)),
    ].join('\t'));
  });
  return rows.join('\n') + '\n';
}

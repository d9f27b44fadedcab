/**
 * Counts shared by the human-readable reports (HTML and Markdown): divergences by kind and severity, and
 * beads by shape, so both formats say the same numbers.
 */
import type { Comparison, DivergenceKind, Severity } from '../types.js';

/** Every divergence kind, in the order the reports list them (most actionable first). */
export const DIVERGENCE_KINDS: readonly DivergenceKind[] = [
  'unaligned-segment',
  'number-mismatch',
  'number-shifted',
  'entity-mismatch',
  'untranslated',
  'artifact',
  'length-ratio',
  'format-mismatch',
  'same-language',
];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface KindCount {
  kind: string;
  bySeverity: Record<Severity, number>;
  total: number;
}

export interface ReportSummary {
  beads: number;
  /** Beads with segments on both sides. */
  pairedBeads: number;
  /** Beads with source segments only / target segments only. */
  sourceOnlyBeads: number;
  targetOnlyBeads: number;
  /** One row per kind that occurs, in `DIVERGENCE_KINDS` order, then any unknown kinds alphabetically. */
  byKind: KindCount[];
  bySeverity: Record<Severity, number>;
  divergences: number;
}

/** Counts beads by shape and divergences by kind and severity. */
export function summarize(comparison: Comparison): ReportSummary {
  let pairedBeads = 0;
  let sourceOnlyBeads = 0;
  let targetOnlyBeads = 0;
  for (const bead of comparison.beads) {
    if (bead.source.length > 0 && bead.target.length > 0) pairedBeads++;
    else if (bead.source.length > 0) sourceOnlyBeads++;
    else if (bead.target.length > 0) targetOnlyBeads++;
  }
  const kinds = new Map<string, KindCount>();
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const divergence of comparison.divergences) {
    let row = kinds.get(divergence.kind);
    if (!row) {
      row = { kind: divergence.kind, bySeverity: { error: 0, warning: 0, info: 0 }, total: 0 };
      kinds.set(divergence.kind, row);
    }
    if (divergence.severity in bySeverity) {
      row.bySeverity[divergence.severity]++;
      bySeverity[divergence.severity]++;
    }
    row.total++;
  }
  const rank = (kind: string): number => {
    const i = (DIVERGENCE_KINDS as readonly string[]).indexOf(kind);
    return i === -1 ? DIVERGENCE_KINDS.length : i;
  };
  const byKind = [...kinds.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return {
    beads: comparison.beads.length,
    pairedBeads,
    sourceOnlyBeads,
    targetOnlyBeads,
    byKind,
    bySeverity,
    divergences: comparison.divergences.length,
  };
}

/** The text of a bead's side: its segments joined with a space, as the TSV and TMX reports show it. */
export function beadSideText(comparison: Comparison, side: 'source' | 'target', indices: readonly number[]): string {
  const segments = comparison[side].segments;
  const parts: string[] = [];
  for (const index of indices) {
    const segment = segments[index];
    if (segment) parts.push(segment.text);
  }
  return parts.join(' ');
}

/**
 * The JSON report: the `Comparison` contract (docs/report.schema.json), pretty-printed with a fixed key
 * order so that the same comparison always gives the same bytes, whatever order the stages built their
 * objects in.
 */
import type { Comparison } from '../types.js';

/** Key order per shape; keys not listed here follow the listed ones, alphabetically. */
const KEY_ORDER = {
  comparison: ['version', 'source', 'target', 'beads', 'divergences', 'warnings'],
  side: ['language', 'languageSource', 'name', 'blocks', 'segments'],
  block: ['index', 'kind', 'start', 'end'],
  segment: ['index', 'text', 'start', 'end', 'block'],
  bead: ['source', 'target', 'score'],
  divergence: ['kind', 'severity', 'side', 'bead', 'segment', 'start', 'end', 'text', 'message', 'category'],
  warning: ['code', 'side', 'message'],
} as const;

type Plain = Record<string, unknown>;

function ordered(value: unknown, keys: readonly string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Plain;
  const result: Plain = {};
  for (const key of keys) if (source[key] !== undefined) result[key] = source[key];
  for (const key of Object.keys(source).sort()) if (!(key in result) && source[key] !== undefined) result[key] = source[key];
  return result;
}

function orderedList(list: unknown, keys: readonly string[]): unknown {
  return Array.isArray(list) ? list.map((item) => ordered(item, keys)) : list;
}

function orderedSide(side: unknown): unknown {
  const result = ordered(side, KEY_ORDER.side) as Plain;
  if (result && typeof result === 'object') {
    if ('blocks' in result) result.blocks = orderedList(result.blocks, KEY_ORDER.block);
    if ('segments' in result) result.segments = orderedList(result.segments, KEY_ORDER.segment);
  }
  return result;
}

/** The comparison as a pretty-printed JSON document (two-space indent, trailing newline). */
export function formatJson(comparison: Comparison): string {
  const top = ordered(comparison, KEY_ORDER.comparison) as Plain;
  top.source = orderedSide(comparison.source);
  top.target = orderedSide(comparison.target);
  top.beads = orderedList(comparison.beads, KEY_ORDER.bead);
  top.divergences = orderedList(comparison.divergences, KEY_ORDER.divergence);
  top.warnings = orderedList(comparison.warnings, KEY_ORDER.warning);
  return JSON.stringify(top, null, 2) + '\n';
}

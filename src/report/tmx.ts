/**
 * The TMX report: TMX 1.4b (https://www.gala-global.org/tmx-14b) of the beads that have text on both
 * sides, so OmegaT, Trados or any CAT tool can import the alignment as a translation memory. The output
 * is valid against the TMX 1.4b DTD; `readTmx` reads it back.
 */
import type { Comparison } from '../types.js';
import { escapeXml } from './escape.js';
import { beadSideText } from './summary.js';
import type { ReportOptions } from './options.js';

/** TMX dates are ISO 8601 basic format in UTC: `YYYYMMDDThhmmssZ`. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** One `<tu>` per bead with both sides non-empty; multi-segment sides are joined with a space. */
export function formatTmx(comparison: Comparison, options: ReportOptions = {}): string {
  const sourceLanguage = escapeXml(comparison.source.language || 'und');
  const targetLanguage = escapeXml(comparison.target.language || 'und');
  const version = escapeXml(options.toolVersion ?? 'unknown');
  const date = options.createdAt ? ` creationdate="${tmxDate(options.createdAt)}"` : '';
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="parallign" creationtoolversion="${version}" segtype="sentence" o-tmf="parallign" adminlang="en" srclang="${sourceLanguage}" datatype="plaintext"${date}/>`,
    '  <body>',
  ];
  for (const bead of comparison.beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    const source = beadSideText(comparison, 'source', bead.source);
    const target = beadSideText(comparison, 'target', bead.target);
    lines.push(
      '    <tu>',
      `      <tuv xml:lang="${sourceLanguage}"><seg>${escapeXml(source)}</seg></tuv>`,
      `      <tuv xml:lang="${targetLanguage}"><seg>${escapeXml(target)}</seg></tuv>`,
      '    </tu>',
    );
  }
  lines.push('  </body>', '</tmx>');
  return lines.join('\n') + '\n';
}

import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/index.js';
import { escapeMarkdownText, markdownCode } from '../../src/report/markdown.js';
import { handMade } from './fixtures.js';

const comparison = handMade(
  ['Det kostar 48 kronor.', 'Annons'],
  ['يكلف 54 كرونة.'],
  [
    { source: [0], target: [0], score: 0.9 },
    { source: [1], target: [], score: 0.2 },
  ],
  [
    { kind: 'number-mismatch', severity: 'error', side: 'source', bead: 0, segment: 0, start: 11, end: 13, text: '48', message: 'The number 48 has no counterpart in the target.' },
    { kind: 'unaligned-segment', severity: 'info', side: 'source', bead: 1, segment: 1, start: 22, end: 28, text: 'Annons', message: 'Page chrome only in the source.', category: 'page-chrome' },
  ],
);

describe('formatReport md', () => {
  const md = formatReport(comparison, 'md', { title: 'Seed | pair' });

  it('opens with the title and a summary of beads and severities', () => {
    expect(md.startsWith('# parallign report: Seed \\| pair\n')).toBe(true);
    expect(md).toContain('- **Beads:** 2 (1 paired, 1 only in source, 0 only in target)');
    expect(md).toContain('- **Divergences:** 2 (1 error, 0 warning, 1 info)');
    expect(md).toContain('| number-mismatch | 1 | 0 | 0 | 1 |');
  });

  it('writes one table row per divergence', () => {
    const rows = md.split('\n').filter((line) => /^\| \d+ \| \d+ \|/.test(line));
    expect(rows).toEqual([
      '| 1 | 0 | source | 0 | number-mismatch | error | ` 48 ` | The number 48 has no counterpart in the target. |',
      '| 2 | 1 | source | 1 | unaligned-segment \\(page-chrome\\) | info | ` Annons ` | Page chrome only in the source. |',
    ]);
  });

  it('says so when there are no divergences', () => {
    expect(formatReport({ ...comparison, divergences: [] }, 'md')).toContain('No divergences found.');
  });

  it('keeps hostile text from breaking the table or turning into markup', () => {
    const hostile = handMade(['a'], ['b'], [{ source: [0], target: [0], score: 1 }], [
      { kind: 'artifact', severity: 'warning', side: 'source', bead: 0, segment: 0, start: 0, end: 1, text: 'x|y`z\nw', message: '<script>alert(1)</script> *bold* [link](javascript:alert(1)) a|b\nnext' },
    ]);
    const row = formatReport(hostile, 'md').split('\n').find((line) => line.startsWith('| 1 |'))!;
    expect(row).toBe('| 1 | 0 | source | 0 | artifact | warning | `` x\\|y`z w `` | \\<script\\>alert\\(1\\)\\</script\\> \\*bold\\* \\[link\\]\\(javascript:alert\\(1\\)\\) a\\|b next |');
    // Every unescaped pipe is a cell border: eight cells.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(8);
  });
});

describe('escapeMarkdownText', () => {
  it('escapes CommonMark punctuation and folds line breaks', () => {
    expect(escapeMarkdownText('a_b*c\r\nd|e<f>&g')).toBe('a\\_b\\*c d\\|e\\<f\\>\\&g');
  });
  it('leaves letters, digits and Arabic text alone', () => {
    expect(escapeMarkdownText('Malmström 48 مالمستروم')).toBe('Malmström 48 مالمستروم');
  });
});

describe('markdownCode', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(markdownCode('a``b')).toBe('``` a``b ```');
    expect(markdownCode('plain')).toBe('` plain `');
  });
  it('gives an empty cell for an empty span', () => {
    expect(markdownCode('')).toBe('');
  });
});

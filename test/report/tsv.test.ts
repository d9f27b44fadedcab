import { describe, expect, it } from 'vitest';
import { formatReport, readTsv } from '../../src/index.js';
import { REPORT_TSV_HEADER } from '../../src/input/tsv.js';
import { TSV_HEADER } from '../../src/report/tsv.js';
import { handMade } from './fixtures.js';

describe('formatReport tsv', () => {
  const comparison = handMade(['Annons', 'Ett.', 'Två.', 'Tre\tfyra\nfem \\n'], ['واحد اثنان.', 'ثلاثة'], [
    { source: [0], target: [], score: 0.123456 },
    { source: [1, 2], target: [0], score: 0.9 },
    { source: [3], target: [1], score: 1 },
  ]);
  const rows = formatReport(comparison, 'tsv').split('\n');

  it('writes a header row, then one row per bead with indices, score and both texts', () => {
    expect(rows[0]).toBe('bead\tsource_segments\ttarget_segments\tscore\tsource_text\ttarget_text');
    expect(rows[1]).toBe('0\t0\t\t0.1235\tAnnons\t');
    expect(rows[2]).toBe('1\t1,2\t0\t0.9\tEtt. Två.\tواحد اثنان.');
    expect(rows).toHaveLength(comparison.beads.length + 2);
    expect(rows.at(-1)).toBe('');
  });

  it('escapes tabs, newlines and backslashes so each bead stays on one line with six cells', () => {
    expect(rows[3]).toBe('2\t3\t1\t1\tTre\\tfyra\\nfem \\\\n\tثلاثة');
    for (const row of rows.slice(0, -1)) expect(row.split('\t')).toHaveLength(6);
  });

  it('is read back by readTsv, escapes undone', () => {
    expect(readTsv(formatReport(comparison, 'tsv')).pairs).toEqual([
      { source: 'Annons', target: '' },
      { source: 'Ett. Två.', target: 'واحد اثنان.' },
      { source: 'Tre\tfyra\nfem \\n', target: 'ثلاثة' },
    ]);
  });

  it('has the header readTsv recognises', () => {
    expect(TSV_HEADER.join('\t')).toBe(REPORT_TSV_HEADER);
  });
});

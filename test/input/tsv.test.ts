import { describe, expect, it } from 'vitest';
import { ParallignError, readTsv } from '../../src/index.js';

describe('readTsv', () => {
  it('reads one pair per line, source TAB target, with LF, CRLF or CR line ends', () => {
    expect(readTsv('Ett.\tواحد.\r\nTvå.\tاثنان.\rTre.\tثلاثة.\n').pairs).toEqual([
      { source: 'Ett.', target: 'واحد.' },
      { source: 'Två.', target: 'اثنان.' },
      { source: 'Tre.', target: 'ثلاثة.' },
    ]);
  });

  it('keeps cells exactly (spaces, quotes, backslashes) and skips empty lines', () => {
    expect(readTsv('\ufeff "a" \t b\\n \n\n\t\n').pairs).toEqual([{ source: ' "a" ', target: ' b\\n ' }]);
  });

  it('keeps one-sided pairs', () => {
    expect(readTsv('Annons\t\n\tتعليق\n').pairs).toEqual([{ source: 'Annons', target: '' }, { source: '', target: 'تعليق' }]);
  });

  it('has no languages unless a header or the options give them', () => {
    expect(readTsv('ja\tnej\n')).toEqual({ pairs: [{ source: 'ja', target: 'nej' }] });
    expect(readTsv('sv\tar\nEtt.\tواحد.\n', { header: true })).toEqual({ sourceLanguage: 'sv', targetLanguage: 'ar', pairs: [{ source: 'Ett.', target: 'واحد.' }] });
    expect(readTsv('source\ttarget\nEtt.\tواحد.\n', { header: true, sourceLanguage: 'sv' })).toEqual({ sourceLanguage: 'sv', pairs: [{ source: 'Ett.', target: 'واحد.' }] });
  });

  it('rejects a line without exactly two cells, naming the input and the line', () => {
    const run = (text: string) => () => readTsv(text, { name: 'memory.tsv' });
    expect(run('a\tb\nonly one cell\n')).toThrow(ParallignError);
    expect(run('a\tb\nonly one cell\n')).toThrow('memory.tsv:2: expected two tab-separated columns (source, target), found one');
    expect(run('a\tb\tc\n')).toThrow('memory.tsv:1: expected two tab-separated columns (source, target), found 3');
  });

  it('reads parallign’s own TSV report, escapes undone', () => {
    const report = 'bead\tsource_segments\ttarget_segments\tscore\tsource_text\ttarget_text\n0\t0\t0\t1\ta\\tb\\\\n\tc\\nd\n1\t1\t\t0.2\tAnnons\t\n';
    expect(readTsv(report).pairs).toEqual([{ source: 'a\tb\\n', target: 'c\nd' }, { source: 'Annons', target: '' }]);
    expect(() => readTsv(report + 'x\ty\n')).toThrow(/:4: expected the 6 columns/);
  });
});

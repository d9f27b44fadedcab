import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, compare, formatReport, readTmx } from '../../src/index.js';
import { handMade } from './fixtures.js';
import { validateTmx14 } from './tmx-dtd.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = (file: string) => readFileSync(join(root, 'corpus', file), 'utf8');

describe('validateTmx14 (the test DTD checker)', () => {
  const valid = '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="sv" datatype="plaintext"/><body><tu><tuv xml:lang="sv"><seg>Hej <ph x="1">&lt;br/&gt;</ph></seg></tuv></tu></body></tmx>';

  it('accepts a minimal valid TMX 1.4b document', () => {
    expect(validateTmx14(valid)).toEqual([]);
  });

  it('rejects documents that break the DTD', () => {
    expect(validateTmx14(valid.replace(' srclang="sv"', ''))).toEqual([expect.stringContaining('missing required attribute srclang')]);
    expect(validateTmx14(valid.replace('segtype="sentence"', 'segtype="line"'))).toEqual([expect.stringContaining('segtype="line"')]);
    expect(validateTmx14(valid.replace('<tu><tuv', '<tu>stray<tuv'))).toEqual([expect.stringContaining('text not allowed in <tu>')]);
    expect(validateTmx14(valid.replace('<seg>Hej <ph x="1">&lt;br/&gt;</ph></seg>', ''))).toEqual([expect.stringContaining('<tuv>')]);
    expect(validateTmx14(valid.replace('xml:lang="sv"', 'lang="sv"')).length).toBeGreaterThan(0);
    expect(validateTmx14(valid.replace('<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n', ''))).toEqual([expect.stringContaining('DOCTYPE')]);
    expect(validateTmx14(valid.replace('</body>', '</body><extra/>')).length).toBeGreaterThan(0);
  });
});

describe('formatReport tmx', () => {
  it('writes TMX 1.4b that validates against the DTD for the seed pair', () => {
    const comparison = compare(corpus('eureporter-global-alliance.sv.txt'), corpus('eureporter-global-alliance.ar.txt'), { sourceLanguage: 'sv', targetLanguage: 'ar' });
    const tmx = formatReport(comparison, 'tmx', { toolVersion: '1.2.3', createdAt: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) });
    expect(validateTmx14(tmx)).toEqual([]);
    expect(tmx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">')).toBe(true);
    expect(tmx).toContain('creationtool="parallign" creationtoolversion="1.2.3" segtype="sentence" o-tmf="parallign" adminlang="en" srclang="sv" datatype="plaintext" creationdate="20240102T030405Z"');
    const paired = comparison.beads.filter((b) => b.source.length > 0 && b.target.length > 0).length;
    expect(tmx.match(/<tu>/g)?.length ?? 0).toBe(paired);
  });

  it('keeps only beads with both sides and joins multi-segment sides with a space', () => {
    const comparison = handMade(['Annons', 'Ett.', 'Två.', 'Tre.'], ['واحد اثنان.', 'ثلاثة.', 'تعليق'], [
      { source: [0], target: [], score: 0.1 },
      { source: [1, 2], target: [0], score: 0.9 },
      { source: [3], target: [1], score: 0.9 },
      { source: [], target: [2], score: 0.1 },
    ]);
    expect(readTmx(formatReport(comparison, 'tmx'))).toEqual({
      sourceLanguage: 'sv',
      targetLanguage: 'ar',
      pairs: [{ source: 'Ett. Två.', target: 'واحد اثنان.' }, { source: 'Tre.', target: 'ثلاثة.' }],
    });
  });

  it('escapes markup characters and strips characters XML 1.0 forbids, staying valid', () => {
    const hostile = `<script>alert("x")</script> & 'q' ]]> \u0000\u0001\u000b\u001f\ufffe\uffff \ud800 lone \udc00 kept: \t😀`;
    const comparison = handMade([hostile], ['نص'], [{ source: [0], target: [0], score: 1 }]);
    const tmx = formatReport(comparison, 'tmx');
    expect(validateTmx14(tmx)).toEqual([]);
    expect(tmx).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; ]]&gt;');
    expect(tmx).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    const back = readTmx(tmx).pairs[0]!.source;
    expect(back).toBe(`<script>alert("x")</script> & 'q' ]]>   lone  kept: \t😀`);
  });

  it('round-trips through readTmx: the same pairs, in order', () => {
    const pairs = [
      { source: 'Det kostar 48 kronor.', target: 'يكلف 48 كرونة.' },
      { source: '  leading and trailing spaces  ', target: 'مسافات  ' },
      { source: 'a < b && c > "d"', target: 'أ < ب' },
    ];
    const comparison = check({ sourceLanguage: 'sv', targetLanguage: 'ar', pairs });
    expect(readTmx(formatReport(comparison, 'tmx')).pairs).toEqual(pairs);
  });

  it('writes no creationdate unless one is passed: the same input gives the same bytes', () => {
    const comparison = handMade(['Ett.'], ['واحد.'], [{ source: [0], target: [0], score: 1 }]);
    const tmx = formatReport(comparison, 'tmx');
    expect(tmx).not.toContain('creationdate');
    expect(formatReport(comparison, 'tmx')).toBe(tmx);
  });
});

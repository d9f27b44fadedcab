import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReport, readTmx, readTsv } from '../../src/index.js';
import { stripXmlForbidden } from '../../src/report/escape.js';
import { handMade } from './fixtures.js';
import { validateTmx14 } from './tmx-dtd.js';

/** Any UTF-16 code unit, lone surrogates and C0 controls included: what a hostile or broken input holds. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const markupHeavy = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '\t', '\n', '\r', '\\', ']', 'a', 'ب', ' '), maxLength: 30 });
const text = fc.oneof(anyText, markupHeavy);

/** A comparison with one 1-1 bead per pair. */
function comparisonOf(pairs: [string, string][]) {
  return handMade(
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
    pairs.map((_, i) => ({ source: [i], target: [i], score: 1 })),
  );
}

describe('report properties', () => {
  it('TMX output is valid TMX 1.4b and reads back to the same text, minus what XML 1.0 forbids', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 6 }), (pairs) => {
        const tmx = formatReport(comparisonOf(pairs), 'tmx');
        expect(validateTmx14(tmx)).toEqual([]);
        expect(readTmx(tmx, { sourceLanguage: 'sv', targetLanguage: 'ar' }).pairs).toEqual(
          pairs.map(([source, target]) => ({ source: stripXmlForbidden(source), target: stripXmlForbidden(target) })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('TSV output has one line of six cells per bead and reads back to the same text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 6 }), (pairs) => {
        const tsv = formatReport(comparisonOf(pairs), 'tsv');
        const rows = tsv.split('\n').slice(0, -1);
        expect(rows).toHaveLength(pairs.length + 1);
        for (const row of rows) expect(row.split('\t')).toHaveLength(6);
        const expected = pairs.filter(([s, t]) => s !== '' || t !== '').map(([source, target]) => ({ source, target }));
        expect(readTsv(tsv).pairs).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('HTML output holds no markup from the input', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 4 }), (pairs) => {
        const html = formatReport(comparisonOf(pairs), 'html');
        const body = html.slice(html.indexOf('<table class="beads">'));
        // Our own tags only: anything else starting with "<" would have come from the input.
        const tags = new Set(body.match(/<\/?[a-z][a-z0-9]*/g) ?? []);
        for (const tag of tags) expect(['<table', '<colgroup', '<col', '<thead', '<tr', '<th', '<td', '<tbody', '<span', '<mark', '<ul', '<li', '<bdi', '<footer', '<h2', '</table', '</colgroup', '</thead', '</tr', '</th', '</td', '</tbody', '</span', '</mark', '</ul', '</li', '</bdi', '</footer', '</h2', '</body', '</html']).toContain(tag);
      }),
      { numRuns: 200 },
    );
  });
});

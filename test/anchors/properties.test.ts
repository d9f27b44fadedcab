import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAnchors, readNumbers } from '../../src/anchors/index.js';

/** Text built from the characters the finders care about, so that random strings hit their rules. */
const PIECES = ['5', '٥', '48', '2012', ' ', '\u00A0', ',', '.', '/', ' / ', ':', '-', '%', 'tys.', 'miljoner', 'ألف', 'Malmström', 'USA', ':s', 'IP', 'december', 'http://x.se/1', 'a@b.se', 'en', 'Det', '"', '\n', 'الأربعة', 'girl_16', '•'];
const textArbitrary = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const languages = fc.constantFrom('sv', 'pl', 'ar', 'en', 'und');

describe('findAnchors (properties)', () => {
  it('returns anchors whose text is exactly the document slice at their offsets, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), textArbitrary, languages, (prefix, text, language) => {
        const doc = prefix + text;
        const anchors = findAnchors({ index: 0, text, start: prefix.length, end: doc.length, block: 0 }, language);
        let previousStart = -1;
        for (const anchor of anchors) {
          expect(doc.slice(anchor.start, anchor.end)).toBe(anchor.text);
          expect(anchor.start).toBeGreaterThanOrEqual(previousStart);
          expect(anchor.key.length).toBeGreaterThan(0);
          previousStart = anchor.start;
        }
      }),
    );
  });

  it('never lets two anchors overlap', () => {
    fc.assert(
      fc.property(textArbitrary, languages, (text, language) => {
        const anchors = findAnchors({ index: 0, text, start: 0, end: text.length, block: 0 }, language);
        for (let k = 1; k < anchors.length; k++) expect(anchors[k]!.start).toBeGreaterThanOrEqual(anchors[k - 1]!.end);
      }),
    );
  });
});

describe('readNumbers (properties)', () => {
  it('reads any non-negative integer written with ASCII or Arabic-Indic digits back to its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.boolean(), (n, arabic) => {
        const digits = arabic ? String(n).replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))) : String(n);
        const readings = readNumbers(`x ${digits} y`, 'und');
        expect(readings.map((r) => r.value)).toEqual([n]);
      }),
    );
  });

  it('reads a number grouped with no-break spaces in any language', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e9 }), fc.constantFrom('sv', 'pl', 'en', 'ar', 'und'), (n, language) => {
        const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
        expect(readNumbers(grouped, language).map((r) => r.value)).toEqual([n]);
      }),
    );
  });
});

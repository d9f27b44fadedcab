import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, segmentDocument } from '../../src/segment/index.js';
import { expectLossless } from './helpers.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Offsets where a grapheme cluster starts, plus the end of the text. */
function graphemeBoundaries(text: string): Set<number> {
  const set = new Set<number>([text.length]);
  for (const g of graphemes.segment(text)) set.add(g.index);
  return set;
}

function expectWholeGraphemes(text: string, language: string): void {
  const boundaries = graphemeBoundaries(text);
  for (const s of segment(text, { language })) {
    expect(boundaries.has(s.start), `segment starts inside a grapheme at ${s.start}`).toBe(true);
    expect(boundaries.has(s.end), `segment ends inside a grapheme at ${s.end}`).toBe(true);
  }
}

/** Characters that stress the segmenter: terminals, quotes, breaks, marks, controls, astral letters. */
const tricky = fc.constantFrom(
  '.', '. ', '!', '?', '…', '...', '؟', '،', '۔', '。', '"', '”', '»', ')', '(', '–', '- ', '• ', '1. ',
  '\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\f', '\v', '\u0085', ' ', '\t', '\u00a0', '\u202f', '\u3000',
  '\u200b', '\u200d', '\u200e', '\u202e', '\u2066', '\ufeff', '\u0000', '\u0301', '\u064b', '\u0600',
  '👍🏽', '👨‍👩‍👧', '🇸🇪', '𝐀', '\ud83d', '\udc4d', 'e\u0301', 'A', 'a', 'Z', 'bl.a.', 'tys.', 'Dr.', 'r.', 'ds.',
  'كتاب', 'Świat', '5', '2012', 'J.', 'www.x.se', 'etc.',
);
const textArbitrary = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join('')),
);
const languageArbitrary = fc.constantFrom('sv', 'pl', 'ar', 'en', 'de', 'fr', 'und', 'zh');

describe('segment: lossless for any input', () => {
  it('gives back the input from segments and whitespace-only gaps, with exact offsets', () => {
    fc.assert(
      fc.property(textArbitrary, languageArbitrary, (text, language) => {
        expectLossless(text, language);
      }),
      { numRuns: Number(process.env.SEGMENT_FUZZ_RUNS ?? 2000) },
    );
  });

  it('never splits a grapheme cluster or a surrogate pair', () => {
    fc.assert(
      fc.property(textArbitrary, languageArbitrary, (text, language) => {
        expectWholeGraphemes(text, language);
      }),
      { numRuns: Number(process.env.SEGMENT_FUZZ_RUNS ?? 2000) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textArbitrary, languageArbitrary, (text, language) => {
        expect(segmentDocument(text, { language })).toEqual(segmentDocument(text, { language }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a space followed by a combining mark together with the mark', () => {
    const text = 'Ett. \u0301Två.';
    expectLossless(text, 'sv');
    expectWholeGraphemes(text, 'sv');
  });

  it('keeps NUL, bidi controls and zero-width characters inside segments', () => {
    const text = 'A\u0000b. \u202eC\u200bd.\u200d \u2066E\u2069.';
    const doc = expectLossless(text, 'en');
    expect(doc.segments.map((s) => s.text).join('')).toContain('\u0000');
    expect(doc.segments.map((s) => s.text).join('')).toContain('\u202e');
  });

  it('segments pathological inputs without trouble: 1 MB of "a." / "a. " / "...." / no punctuation, a 10 MB sentence', () => {
    const mb = 1 << 20;
    for (const unit of ['a.', 'a. ', '....', '. ', 'A. ', 'r. R ', 'a', ' \n']) {
      const text = unit.repeat(Math.ceil(mb / unit.length));
      const segments = segment(text, { language: 'pl' });
      expect(segments.length).toBeGreaterThanOrEqual(0);
    }
    const sentence = 'ord '.repeat(2_500_000);
    expect(segment(sentence, { language: 'sv' })).toHaveLength(1);
  });
});

describe('segment: the seed corpus', () => {
  const dir = new URL('../../corpus/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const language = (file: string) => file.split('.').at(-2) ?? 'und';
  const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');
  const texts = (file: string) => segment(read(file), { language: language(file) }).map((s) => s.text);

  it.each(files)('round-trips %s', (file) => {
    expectLossless(read(file), language(file));
    expectLossless(read(file).replace(/\n/g, '\r\n'), language(file));
  });

  it('keeps the Swedish page chrome in segments of its own', () => {
    const sv = texts('eureporter-global-alliance.sv.txt');
    for (const chrome of ['Annons', 'DELA MED SIG:', 'Cecilia Malmström webbplats', 'Följ kommissarie Malmström vidare Twitter', 'Trend']) {
      expect(sv).toContain(chrome);
    }
    const bullets = read('eureporter-global-alliance.sv.txt').split('\n').filter((line) => line.trim().startsWith('•'));
    expect(bullets.length).toBe(4);
    for (const bullet of bullets) expect(sv).toContain(bullet.trim());
  });

  it('does not split the Polish press note after "tys." or "ds."', () => {
    const pl = texts('ec-press-note-global-alliance.pl.txt');
    expect(pl.some((s) => s.includes('50 tys. nowych zdjęć'))).toBe(true);
    expect(pl.some((s) => s.includes('Biura Narodów Zjednoczonych ds. Narkotyków'))).toBe(true);
    expect(pl.some((s) => s.startsWith('– Naszym obowiązkiem jest ochrona dzieci'))).toBe(true);
  });

  it('splits the Arabic page at its sentence ends and keeps each bullet whole', () => {
    const ar = texts('eureporter-global-alliance.ar.txt');
    const bullets = read('eureporter-global-alliance.ar.txt').split('\n').filter((line) => line.trim().startsWith('•'));
    expect(bullets.length).toBeGreaterThan(0);
    for (const bullet of bullets) expect(ar).toContain(bullet.trim());
    expect(ar).toContain('المزيد من المعلومات');
  });
});

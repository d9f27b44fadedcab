import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatReport, ParallignError, reportFormats, type Divergence, type ReportFormat } from '../../src/index.js';
import { isRightToLeft } from '../../src/report/escape.js';
import { highlightSegment } from '../../src/report/html.js';
import { sha256Base64 } from '../../src/report/sha256.js';
import { handMade } from './fixtures.js';

const divergence = (start: number, end: number, extra: Partial<Divergence> = {}): Divergence => ({
  kind: 'number-mismatch', severity: 'error', side: 'source', bead: 0, segment: 0, start, end, text: '', message: 'm', ...extra,
});

describe('highlightSegment', () => {
  const segment = { index: 0, text: 'De 48 länderna', start: 100, end: 114, block: 0 };

  it('marks the span at document offsets, relative to the segment start', () => {
    expect(highlightSegment(segment, [divergence(103, 105, { message: 'Missing 48.' })])).toBe('De <mark class="k-number-mismatch s-error" title="Missing 48.">48</mark> länderna');
  });

  it('cuts overlapping spans into flat marks carrying every covering message', () => {
    const html = highlightSegment(segment, [
      divergence(103, 114, { kind: 'number-shifted', severity: 'warning', message: 'A' }),
      divergence(106, 114, { kind: 'entity-mismatch', severity: 'info', message: 'B' }),
    ]);
    expect(html).toBe(
      'De <mark class="k-number-shifted s-warning" title="A">48 </mark>' +
        '<mark class="k-number-shifted s-warning k-entity-mismatch s-info" title="A\nB">länderna</mark>',
    );
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/);
  });

  it('clamps spans that run past the segment and ignores empty ones', () => {
    expect(highlightSegment(segment, [divergence(90, 102), divergence(105, 105)])).toBe('<mark class="k-number-mismatch s-error" title="m">De</mark> 48 länderna');
  });

  it('escapes the text and the message', () => {
    const hostile = { index: 0, text: '<b>"x"</b>', start: 0, end: 10, block: 0 };
    expect(highlightSegment(hostile, [divergence(0, 3, { message: '"><script>' })])).toBe(
      '<mark class="k-number-mismatch s-error" title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</mark>&quot;x&quot;&lt;/b&gt;',
    );
  });

  it('never cuts a surrogate pair in half', () => {
    const emoji = { index: 0, text: 'a😀b', start: 0, end: 4, block: 0 };
    expect(highlightSegment(emoji, [divergence(2, 4)])).toBe('a<mark class="k-number-mismatch s-error" title="m">😀b</mark>');
  });
});

describe('formatReport html', () => {
  const comparison = handMade(
    ['Det kostar 48 kronor.', 'Annons'],
    ['يكلف 54 كرونة.', 'اترك تعليقا'],
    [
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [], score: 0.2 },
      { source: [], target: [1], score: 0.2 },
    ],
    [
      divergence(11, 13, { text: '48', message: 'The number 48 has no counterpart.' }),
      divergence(5, 7, { side: 'target', text: '54', message: 'The number 54 has no counterpart.' }),
      divergence(22, 28, { kind: 'unaligned-segment', severity: 'info', bead: 1, segment: 1, text: 'Annons', message: 'Page chrome.', category: 'page-chrome' }),
    ],
  );
  const html = formatReport(comparison, 'html');

  it('is one document with a strict CSP whose style hash matches the stylesheet', () => {
    const css = /<style>([^]*?)<\/style>/.exec(html)?.[1];
    expect(css).toBeDefined();
    const hash = createHash('sha256').update(css!, 'utf8').digest('base64');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-${hash}&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\sstyle=|https?:\/\//i);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('writes one row per bead, each side with its language and direction', () => {
    expect(html.match(/<tr class="bead /g)).toHaveLength(3);
    expect(html).toContain('<td class="text src ltr" lang="sv" dir="ltr">');
    expect(html).toContain('<td class="text tgt rtl arabic" lang="ar" dir="rtl">');
  });

  it('shows one-sided beads as one-sided', () => {
    expect(html).toMatch(/<tr class="bead one-sided[^"]*" id="bead-1">.*<td class="text tgt missing"><span class="only">only in source<\/span><\/td>/);
    expect(html).toMatch(/<tr class="bead one-sided[^"]*" id="bead-2">.*<td class="text src missing"><span class="only">only in target<\/span><\/td>/);
  });

  it('highlights each side’s spans and lists the messages in a margin note', () => {
    expect(html).toContain('kostar <mark class="k-number-mismatch s-error" title="The number 48 has no counterpart.">48</mark> kronor.');
    expect(html).toContain('يكلف <mark class="k-number-mismatch s-error" title="The number 54 has no counterpart.">54</mark> كرونة.');
    expect(html).toContain('<li class="note k-unaligned-segment s-info"><span class="sev">info</span><span class="kind">unaligned-segment · page-chrome</span>Page chrome.</li>');
  });

  it('quotes long spans in the note shortened, never cutting a surrogate pair', () => {
    const long = 'x'.repeat(79) + '😀' + 'y'.repeat(50);
    const c = handMade([long], ['z'], [{ source: [0], target: [0], score: 1 }], [divergence(0, long.length, { kind: 'artifact', text: long })]);
    expect(formatReport(c, 'html')).toContain(`<bdi class="span">${'x'.repeat(79)}…</bdi>`);
  });

  it('has a summary with counts by kind and severity, and a filter per kind present', () => {
    expect(html).toContain('<tr><td>number-mismatch</td><td>2</td><td>0</td><td>0</td><td>2</td></tr>');
    expect(html).toContain('<label for="fk-number-mismatch">number-mismatch (2)</label>');
    expect(html).toContain('<label for="fs-error">error (2)</label>');
    expect(html).not.toContain('fk-artifact');
    expect(html).toMatch(/class="bead paired has-any has-number-mismatch has-s-error"/);
  });

  it('escapes every string from the input, including names, title and warnings', () => {
    const evil = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    const hostile = handMade([evil], [evil], [{ source: [0], target: [0], score: 1 }], [divergence(0, 2, { message: evil, text: evil, category: evil })]);
    hostile.source.name = evil;
    hostile.warnings.push({ code: evil, message: evil });
    const out = formatReport(hostile, 'html', { title: evil, toolVersion: evil });
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('is deterministic and writes the date only when given', () => {
    expect(formatReport(comparison, 'html')).toBe(html);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(formatReport(comparison, 'html', { createdAt: new Date(Date.UTC(2024, 0, 2)) })).toContain('2024-01-02T00:00:00.000Z');
  });
});

describe('isRightToLeft', () => {
  it('knows Arabic, Persian, Urdu and Hebrew, with or without region', () => {
    for (const tag of ['ar', 'ar-EG', 'fa', 'ur', 'he', 'AR']) expect(isRightToLeft(tag)).toBe(true);
  });
  it('is false for left-to-right and unknown languages', () => {
    for (const tag of ['sv', 'pl', 'en-US', 'und', '']) expect(isRightToLeft(tag)).toBe(false);
  });
});

describe('sha256Base64', () => {
  it('agrees with node:crypto on empty, block-boundary and non-ASCII inputs', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'مالمستروم 😀 Malmström'.repeat(20)]) {
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
    }
  });
});

describe('formatReport', () => {
  const comparison = handMade(['Ett.'], ['واحد.'], [{ source: [0], target: [0], score: 1 }]);
  it('renders every listed format', () => {
    expect([...reportFormats]).toEqual(['json', 'html', 'md', 'tmx', 'tsv']);
    for (const format of reportFormats) expect(formatReport(comparison, format).length).toBeGreaterThan(0);
  });
  it('throws a USAGE error for an unknown format', () => {
    expect(() => formatReport(comparison, 'pdf' as ReportFormat)).toThrow(ParallignError);
    expect(() => formatReport(comparison, 'pdf' as ReportFormat)).toThrow(/unknown report format 'pdf'/);
  });
});

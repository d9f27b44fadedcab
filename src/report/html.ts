/**
 * The HTML report: one self-contained page a person reads in a browser. The two texts stand side by side,
 * bead by bead, each in its own direction; divergent spans are highlighted with the message on hover and
 * in a margin note; a summary and filters sit on top.
 *
 * Safety: every string from the inputs goes through `escapeMarkup`; the page has no script at all and a
 * Content Security Policy that allows nothing but its own stylesheet (by hash), so even a mistake in
 * escaping could not load or run anything. Filters are CSS-only (radio buttons and `:checked`).
 */
import type { Bead, Comparison, Divergence, DocumentSide, Segment, Severity } from '../types.js';
import { escapeMarkup as esc, isRightToLeft } from './escape.js';
import type { ReportOptions } from './options.js';
import { sha256Base64 } from './sha256.js';
import { SEVERITIES, summarize, type ReportSummary } from './summary.js';

/** Languages in Arabic script get a font stack that has Arabic glyphs and good diacritic placement. */
const ARABIC_SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb', 'arz', 'ary', 'pes']);

const ARABIC_FONT_STACK =
  '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Geeza Pro", "Traditional Arabic", "Segoe UI", Tahoma, Arial, sans-serif';

/** Longest span quoted in a margin note; the full span is highlighted in the text anyway. */
const NOTE_SPAN_MAX_LENGTH = 80;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A class or id fragment from a divergence kind; kinds are kebab-case already, this only guards. */
function token(value: string): string {
  return value.replace(/[^A-Za-z0-9-]/g, '_');
}

function primaryLanguage(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** `lang`, `dir` and class attributes for a cell holding text of `side`. */
function sideAttributes(side: DocumentSide): { lang: string; dir: 'rtl' | 'ltr'; className: string } {
  const rtl = isRightToLeft(side.language);
  const arabic = ARABIC_SCRIPT_LANGUAGES.has(primaryLanguage(side.language));
  const lang = side.language && side.language !== 'und' ? side.language : '';
  return { lang, dir: rtl ? 'rtl' : 'ltr', className: [rtl ? 'rtl' : 'ltr', arabic ? 'arabic' : ''].filter(Boolean).join(' ') };
}

function langAttribute(lang: string): string {
  return lang ? ` lang="${esc(lang)}"` : '';
}

/** The stylesheet; rules for the filters depend on which kinds occur, so it is built per report. */
function stylesheet(kinds: readonly string[]): string {
  const rules: string[] = [
    ':root{color-scheme:light;--error:#ffd0d0;--warning:#ffe9a8;--info:#d9ecff;--line:#d8d8d8;--muted:#666}',
    'body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0 1.5rem 2rem;color:#1a1a1a;background:#fff}',
    'h1{font-size:1.4rem;margin:1rem 0 .5rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}',
    '.sides{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}.sides dt{font-weight:600}.sides dd{margin:0}',
    '.counts{border-collapse:collapse;margin:.5rem 0}.counts th,.counts td{border:1px solid var(--line);padding:.15rem .6rem;text-align:right}.counts th:first-child,.counts td:first-child{text-align:left}',
    '.warnings li{color:#8a4b00}',
    '.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid var(--line);z-index:1;display:flex;flex-wrap:wrap;gap:.3rem .4rem;align-items:center}',
    '.filters .group{font-weight:600;margin-left:.6rem}.filters .group:first-child{margin-left:0}',
    '.filters label{border:1px solid #aaa;border-radius:1rem;padding:0 .6rem;cursor:pointer;user-select:none;font-size:.9rem}',
    '.filter{position:absolute;opacity:0;pointer-events:none}',
    'table.beads{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:.5rem}',
    '.beads th,.beads td{border-top:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;overflow-wrap:anywhere}',
    '.beads thead th{text-align:start;background:#f4f4f4}',
    '.beads col.idx{width:4.5rem}.beads col.notes{width:24%}',
    '.beads .idx{color:var(--muted);font-size:.8rem;font-weight:normal;text-align:left}.idx .shape,.idx .score{display:block}',
    '.rtl{text-align:right}',
    `.arabic{font-family:${ARABIC_FONT_STACK};font-size:1.08em;line-height:1.7}`,
    'td.missing{background:repeating-linear-gradient(135deg,#fafafa 0 6px,#f0f0f0 6px 12px)}',
    '.only{display:inline-block;color:var(--muted);font-style:italic;font-size:.85rem;direction:ltr;unicode-bidi:isolate}',
    'tr.one-sided td.text:not(.missing){border-left:3px solid #c77}',
    'mark{background:var(--warning);color:inherit;border-radius:2px;padding:0 1px}',
    'mark.s-error{background:var(--error)}mark.s-info{background:var(--info)}',
    'mark.k-unaligned-segment{background:none;padding:0}',
    'ul.notes{margin:0;padding:0;list-style:none;font-size:.85rem}ul.notes li{margin:0 0 .3rem;padding-left:.4rem;border-left:3px solid var(--warning)}',
    'ul.notes li.s-error{border-color:#e05252}ul.notes li.s-info{border-color:#6aa9e9}',
    '.sev{font-weight:600;text-transform:uppercase;font-size:.7rem;margin-right:.3rem}.kind{color:var(--muted);margin-right:.3rem}',
    'bdi.span{background:#f3f3f3;padding:0 .2rem;border-radius:2px}',
    'footer{margin-top:1.5rem;color:var(--muted);font-size:.8rem}',
    // Filters: a checked radio hides the rows without that kind/severity and dims the other highlights.
    '#fk-any:checked ~ .beads tbody tr:not(.has-any){display:none}',
    '#fk-all:checked ~ .filters label[for="fk-all"],#fk-any:checked ~ .filters label[for="fk-any"],#fs-all:checked ~ .filters label[for="fs-all"]{background:#1a1a1a;color:#fff}',
  ];
  for (const kind of kinds) {
    const k = token(kind);
    rules.push(
      `#fk-${k}:checked ~ .beads tbody tr:not(.has-${k}){display:none}`,
      `#fk-${k}:checked ~ .beads mark:not(.k-${k}){background:none}`,
      `#fk-${k}:checked ~ .beads li.note:not(.k-${k}){display:none}`,
      `#fk-${k}:checked ~ .filters label[for="fk-${k}"]{background:#1a1a1a;color:#fff}`,
    );
  }
  for (const severity of SEVERITIES) {
    rules.push(
      `#fs-${severity}:checked ~ .beads tbody tr:not(.has-s-${severity}){display:none}`,
      `#fs-${severity}:checked ~ .beads mark:not(.s-${severity}){background:none}`,
      `#fs-${severity}:checked ~ .beads li.note:not(.s-${severity}){display:none}`,
      `#fs-${severity}:checked ~ .filters label[for="fs-${severity}"]{background:#1a1a1a;color:#fff}`,
    );
  }
  return rules.join('\n');
}

/** Does divergence `d` highlight text on `side`? Findings on `both` sides are located on the source. */
function isOnSide(d: Divergence, side: 'source' | 'target'): boolean {
  return d.side === side || (d.side === 'both' && side === 'source');
}

function worstSeverity(divergences: readonly Divergence[]): Severity {
  let worst: Severity = 'info';
  for (const d of divergences) if ((SEVERITY_RANK[d.severity] ?? 2) < SEVERITY_RANK[worst]) worst = d.severity;
  return worst;
}

/** Moves a cut that would fall between the halves of a surrogate pair to before the pair. */
function safeCut(text: string, cut: number): number {
  if (cut <= 0 || cut >= text.length) return cut;
  const before = text.charCodeAt(cut - 1);
  const after = text.charCodeAt(cut);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? cut - 1 : cut;
}

/**
 * A segment's text as HTML with divergent spans in `<mark>`. Spans may overlap: the text is cut at every
 * span boundary and each piece is marked with all the spans that cover it, so marks never nest.
 */
export function highlightSegment(segment: Segment, divergences: readonly Divergence[]): string {
  const text = segment.text;
  const spans: { start: number; end: number; divergence: Divergence }[] = [];
  for (const d of divergences) {
    const start = safeCut(text, Math.max(0, d.start - segment.start));
    const end = safeCut(text, Math.min(text.length, d.end - segment.start));
    if (start < end) spans.push({ start, end, divergence: d });
  }
  if (spans.length === 0) return esc(text);
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = esc(text.slice(from, to));
    const covering = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.divergence);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const classes = new Set<string>();
    for (const d of covering) classes.add(`k-${token(d.kind)}`).add(`s-${token(d.severity)}`);
    classes.add(`s-${worstSeverity(covering)}`);
    const title = covering.map((d) => d.message).join('\n');
    html += `<mark class="${[...classes].join(' ')}" title="${esc(title)}">${piece}</mark>`;
  }
  return html;
}

function sideCell(comparison: Comparison, beadIndex: number, bead: Bead, side: 'source' | 'target', divergences: readonly Divergence[]): string {
  const document = comparison[side];
  const attrs = sideAttributes(document);
  const indices = bead[side];
  if (indices.length === 0) {
    const other = side === 'source' ? 'target' : 'source';
    return `<td class="text ${side === 'source' ? 'src' : 'tgt'} missing"><span class="only">only in ${other}</span></td>`;
  }
  const onSide = divergences.filter((d) => d.bead === beadIndex && isOnSide(d, side));
  const parts: string[] = [];
  for (const index of indices) {
    const segment = document.segments[index];
    if (!segment) continue;
    const inSegment = onSide.filter((d) => d.end > segment.start && d.start < segment.end);
    parts.push(`<span class="seg">${highlightSegment(segment, inSegment)}</span>`);
  }
  return `<td class="text ${side === 'source' ? 'src' : 'tgt'} ${attrs.className}"${langAttribute(attrs.lang)} dir="${attrs.dir}">${parts.join(' ')}</td>`;
}

function noteItem(d: Divergence): string {
  const kind = d.category ? `${d.kind} · ${d.category}` : d.kind;
  // A one-sided segment is already on show in its cell; other spans are quoted, shortened if long.
  const quoted = d.text.length > NOTE_SPAN_MAX_LENGTH ? `${d.text.slice(0, safeCut(d.text, NOTE_SPAN_MAX_LENGTH))}…` : d.text;
  const span = d.text && d.kind !== 'unaligned-segment' ? ` <bdi class="span">${esc(quoted)}</bdi>` : '';
  return `<li class="note k-${token(d.kind)} s-${token(d.severity)}"><span class="sev">${esc(d.severity)}</span><span class="kind">${esc(kind)}</span>${esc(d.message)}${span}</li>`;
}

function beadRow(comparison: Comparison, beadIndex: number, bead: Bead, divergences: readonly Divergence[]): string {
  const classes = ['bead'];
  const oneSided = bead.source.length === 0 || bead.target.length === 0;
  classes.push(oneSided ? 'one-sided' : 'paired');
  if (divergences.length > 0) classes.push('has-any');
  for (const kind of new Set(divergences.map((d) => token(d.kind)))) classes.push(`has-${kind}`);
  for (const severity of new Set(divergences.map((d) => token(d.severity)))) classes.push(`has-s-${severity}`);
  const shape = `${bead.source.length}–${bead.target.length}`;
  const score = Number.isFinite(bead.score) ? bead.score.toFixed(2) : '';
  const notes = divergences.length > 0 ? `<ul class="notes">${divergences.map(noteItem).join('')}</ul>` : '';
  return [
    `<tr class="${classes.join(' ')}" id="bead-${beadIndex}">`,
    `<th class="idx" scope="row">${beadIndex}<span class="shape">${shape}</span><span class="score" title="bead score">${score}</span></th>`,
    sideCell(comparison, beadIndex, bead, 'source', divergences),
    sideCell(comparison, beadIndex, bead, 'target', divergences),
    `<td class="notes" dir="ltr">${notes}</td>`,
    '</tr>',
  ].join('');
}

function sideDescription(label: string, side: DocumentSide): string {
  const name = side.name !== undefined ? `${esc(side.name)} · ` : '';
  return `<dt>${label}</dt><dd>${name}<span>${esc(side.language)}</span> (${esc(side.languageSource)}) · ${side.segments.length} segments</dd>`;
}

function summarySection(comparison: Comparison, summary: ReportSummary): string {
  const rows = summary.byKind
    .map((row) => `<tr><td>${esc(row.kind)}</td>${SEVERITIES.map((s) => `<td>${row.bySeverity[s]}</td>`).join('')}<td>${row.total}</td></tr>`)
    .join('');
  const totals = `<tr><th>all</th>${SEVERITIES.map((s) => `<th>${summary.bySeverity[s]}</th>`).join('')}<th>${summary.divergences}</th></tr>`;
  const warnings = comparison.warnings.length
    ? `<h2>Warnings</h2><ul class="warnings">${comparison.warnings
        .map((w) => `<li><code>${esc(w.code)}</code>${w.side ? ` (${esc(w.side)})` : ''}: ${esc(w.message)}</li>`)
        .join('')}</ul>`
    : '';
  return [
    '<section class="summary">',
    `<dl class="sides">${sideDescription('Source', comparison.source)}${sideDescription('Target', comparison.target)}`,
    `<dt>Beads</dt><dd>${summary.beads}: ${summary.pairedBeads} paired, ${summary.sourceOnlyBeads} only in source, ${summary.targetOnlyBeads} only in target</dd></dl>`,
    '<h2>Divergences</h2>',
    summary.divergences === 0
      ? '<p>No divergences found.</p>'
      : `<table class="counts"><thead><tr><th>kind</th>${SEVERITIES.map((s) => `<th>${s}</th>`).join('')}<th>total</th></tr></thead><tbody>${rows}</tbody><tfoot>${totals}</tfoot></table>`,
    warnings,
    '</section>',
  ].join('\n');
}

function filterControls(summary: ReportSummary): string {
  const kinds = summary.byKind.map((row) => row.kind);
  const inputs = [
    '<input class="filter" type="radio" name="kind" id="fk-all" checked>',
    '<input class="filter" type="radio" name="kind" id="fk-any">',
    ...kinds.map((k) => `<input class="filter" type="radio" name="kind" id="fk-${token(k)}">`),
    '<input class="filter" type="radio" name="severity" id="fs-all" checked>',
    ...SEVERITIES.map((s) => `<input class="filter" type="radio" name="severity" id="fs-${s}">`),
  ];
  const labels = [
    '<span class="group">Kind</span>',
    '<label for="fk-all">all beads</label>',
    '<label for="fk-any">with findings</label>',
    ...summary.byKind.map((row) => `<label for="fk-${token(row.kind)}">${esc(row.kind)} (${row.total})</label>`),
    '<span class="group">Severity</span>',
    '<label for="fs-all">all</label>',
    ...SEVERITIES.map((s) => `<label for="fs-${s}">${s} (${summary.bySeverity[s]})</label>`),
  ];
  return `${inputs.join('\n')}\n<nav class="filters" aria-label="Filters">${labels.join('')}</nav>`;
}

/** The whole report as one HTML document (UTF-8, no external resources, no script). */
export function formatHtml(comparison: Comparison, options: ReportOptions = {}): string {
  const summary = summarize(comparison);
  const css = stylesheet(summary.byKind.map((row) => row.kind));
  const csp = `default-src 'none'; style-src 'sha256-${sha256Base64(css)}'; base-uri 'none'; form-action 'none'`;
  const title = options.title ?? `${comparison.source.name ?? 'source'} ↔ ${comparison.target.name ?? 'target'}`;

  const byBead = new Map<number, Divergence[]>();
  const orphans: Divergence[] = [];
  for (const d of comparison.divergences) {
    if (Number.isInteger(d.bead) && d.bead >= 0 && d.bead < comparison.beads.length) {
      const list = byBead.get(d.bead);
      if (list) list.push(d);
      else byBead.set(d.bead, [d]);
    } else {
      orphans.push(d);
    }
  }
  const src = sideAttributes(comparison.source);
  const tgt = sideAttributes(comparison.target);
  const rows = comparison.beads.map((bead, i) => beadRow(comparison, i, bead, byBead.get(i) ?? []));
  const footer = [options.toolVersion ? `parallign ${esc(options.toolVersion)}` : 'parallign'];
  if (options.createdAt) footer.push(esc(options.createdAt.toISOString()));

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>parallign report: ${esc(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    `<h1>parallign report: <bdi>${esc(title)}</bdi></h1>`,
    summarySection(comparison, summary),
    filterControls(summary),
    '<table class="beads">',
    '<colgroup><col class="idx"><col class="src"><col class="tgt"><col class="notes"></colgroup>',
    `<thead><tr><th scope="col" class="idx">bead</th><th scope="col"${langAttribute(src.lang)}>source (${esc(comparison.source.language)})</th><th scope="col"${langAttribute(tgt.lang)}>target (${esc(comparison.target.language)})</th><th scope="col">notes</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    orphans.length > 0 ? `<h2>Findings outside any bead</h2><ul class="notes">${orphans.map(noteItem).join('')}</ul>` : '',
    `<footer>Generated by ${footer.join(', ')}.</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

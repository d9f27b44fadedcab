/**
 * Escaping for the markup formats. Every string that comes from the inputs goes through one of these
 * before it reaches a report, so a text holding `<script>` or `"><img onerror=…>` stays text.
 */

const MARKUP_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes `& < > " '` so the result is safe in HTML/XML text and in quoted attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => MARKUP_ESCAPES[c] ?? c);
}

/**
 * Characters XML 1.0 does not allow anywhere, not even as character references: C0 controls other than
 * tab, LF and CR; U+FFFE and U+FFFF; and UTF-16 surrogates that are not part of a pair.
 * (https://www.w3.org/TR/xml/#charsets)
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 forbids (see `XML_FORBIDDEN`). */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * Escapes for XML text or attribute content, after stripping characters XML 1.0 forbids. CR is written as
 * `&#13;` because XML parsers turn a literal CR or CRLF into LF (end-of-line handling, XML 1.0 §2.11): the
 * reference keeps the text exactly as it was.
 */
export function escapeXml(text: string): string {
  return escapeMarkup(stripXmlForbidden(text)).replace(/\r/g, '&#13;');
}

/** Languages written right to left (ISO 639-1 and a few 639-3 codes), by primary language subtag. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'arz', 'ary', 'pes']);

/** True when `language` (a BCP 47 tag such as `ar` or `fa-IR`) is written right to left. */
export function isRightToLeft(language: string): boolean {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary);
}

/**
 * TMX reader (TMX 1.4b, and TMX 1.1's `lang` attribute): every `<tu>` becomes one aligned pair, in file
 * order. Pure: a string in, plain data out, so it runs in a browser too.
 *
 * Safety: a TMX file comes from elsewhere, so nothing in it is expanded or fetched. The usual
 * `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` line is accepted and ignored (the DTD is never loaded); an internal
 * DTD subset (`[...]`, where `<!ENTITY` declarations and billion-laughs bombs live) and any entity
 * reference other than the five predefined ones and character references are rejected with `UNSAFE_XML`.
 *
 * Segment text: the character data of `<seg>` with XML escapes undone and whitespace kept exactly.
 * Inline codes `<bpt>`, `<ept>`, `<ph>`, `<it>` and `<ut>` hold native markup (`&lt;b&gt;`, RTF codes),
 * not text, so their content (and any `<sub>` inside them) is dropped; `<hi>` wraps text and its content
 * is kept. Unknown elements inside `<seg>` are transparent: their text is kept.
 */
import { SaxesParser } from 'saxes';
import { ParallignError } from '../errors.js';
import type { AlignedPair, AlignedPairs, ReadPairsOptions } from './pairs.js';

/** Inline elements whose content is native formatting code rather than translatable text. */
const CODE_ELEMENTS: ReadonlySet<string> = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** `srclang="*all*"` means "any language may be the source"; we then take the first variant's language. */
const ANY_LANGUAGE = '*all*';

interface Variant {
  language: string;
  text: string;
}

function primarySubtag(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

function sameTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The source and target variants of one unit: exact (case-insensitive) tag matches first, then a variant
 * with the same primary subtag (`sv` finds `sv-SE`), never the same variant for both sides.
 */
function pickVariants(variants: readonly Variant[], sourceLanguage: string, targetLanguage: string): [Variant | undefined, Variant | undefined] {
  let source = variants.find((v) => sameTag(v.language, sourceLanguage));
  let target = variants.find((v) => v !== source && sameTag(v.language, targetLanguage));
  source ??= variants.find((v) => v !== target && primarySubtag(v.language) === primarySubtag(sourceLanguage));
  target ??= variants.find((v) => v !== source && primarySubtag(v.language) === primarySubtag(targetLanguage));
  return [source, target];
}

/** The first language in the file other than the source: preferably another language, else another variety (en-GB for en-US). */
function firstOtherLanguage(units: readonly Variant[][], sourceLanguage: string): string | undefined {
  const all = units.flat();
  return (
    all.find((v) => primarySubtag(v.language) !== primarySubtag(sourceLanguage))?.language ??
    all.find((v) => !sameTag(v.language, sourceLanguage))?.language
  );
}

/**
 * Reads a TMX document into aligned pairs.
 *
 * Languages: the source is `options.sourceLanguage`, else the header's `srclang`, else the first
 * variant's language; the target is `options.targetLanguage`, else the first language in the file that
 * is not the source. A `<tu>` with no variant in one of the two languages becomes a one-sided pair (`''`
 * on that side), so `check` reports it as untranslated material; a `<tu>` with neither is skipped.
 *
 * @throws ParallignError `UNSAFE_XML` for an internal DTD subset or an entity reference; `INVALID_INPUT`
 *   for malformed XML (with line:column), a root element other than `<tmx>`, a `<tuv>` without a
 *   language, or a file whose units are all in one language.
 */
export function readTmx(xml: string, options: ReadPairsOptions = {}): AlignedPairs {
  const name = options.name ?? 'input';
  const parser = new SaxesParser({ fileName: name });
  const units: Variant[][] = [];
  let headerSourceLanguage: string | undefined;
  let sawRoot = false;
  let unit: Variant[] | undefined;
  let variantLanguage: string | undefined;
  let segText: string | undefined;
  let codeDepth = 0;

  const where = () => `${name}:${parser.line}:${parser.column}`;

  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) {
      throw new ParallignError('UNSAFE_XML', `${where()}: the DOCTYPE has an internal DTD subset; entity declarations are not allowed in TMX input (they could expand without bound)`);
    }
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'tmx') throw new ParallignError('INVALID_INPUT', `${name}: not a TMX document (the root element is <${tag.name}>, expected <tmx>)`);
      return;
    }
    if (segText !== undefined) {
      if (CODE_ELEMENTS.has(tag.name)) codeDepth++;
      return;
    }
    switch (tag.name) {
      case 'header':
        if (attributes.srclang && attributes.srclang !== ANY_LANGUAGE) headerSourceLanguage = attributes.srclang;
        break;
      case 'tu':
        unit = [];
        break;
      case 'tuv': {
        const language = attributes['xml:lang'] ?? attributes.lang;
        if (!language) throw new ParallignError('INVALID_INPUT', `${where()}: <tuv> without xml:lang`);
        variantLanguage = language;
        break;
      }
      case 'seg':
        if (unit && variantLanguage !== undefined) segText = '';
        break;
    }
  });
  const onText = (text: string) => {
    if (segText !== undefined && codeDepth === 0) segText += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    if (segText !== undefined) {
      if (tag.name === 'seg') {
        if (unit && variantLanguage !== undefined) unit.push({ language: variantLanguage, text: segText });
        segText = undefined;
        codeDepth = 0;
      } else if (CODE_ELEMENTS.has(tag.name)) {
        codeDepth--;
      }
      return;
    }
    if (tag.name === 'tuv') variantLanguage = undefined;
    else if (tag.name === 'tu' && unit) {
      units.push(unit);
      unit = undefined;
    }
  });

  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (error) {
    if (error instanceof ParallignError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (message.endsWith('undefined entity.')) {
      throw new ParallignError('UNSAFE_XML', `${message.replace(/undefined entity\.$/, '')}entity reference not allowed (only &amp; &lt; &gt; &quot; &apos; and character references are)`);
    }
    // saxes writes "name:line:column: problem"; keep the location first, as every parallign message does.
    const located = /^([^]*?:\d+:\d+): ([^]*)$/.exec(message);
    throw new ParallignError('INVALID_INPUT', located ? `${located[1]}: malformed XML: ${located[2]}` : `${name}: malformed XML: ${message}`);
  }
  if (!sawRoot) throw new ParallignError('INVALID_INPUT', `${name}: not a TMX document (no root element)`);

  const sourceLanguage = options.sourceLanguage ?? headerSourceLanguage ?? units.find((u) => u.length > 0)?.[0]?.language;
  const targetLanguage = options.targetLanguage ?? (sourceLanguage !== undefined ? firstOtherLanguage(units, sourceLanguage) : undefined);
  if (units.length > 0 && (sourceLanguage === undefined || targetLanguage === undefined)) {
    throw new ParallignError('INVALID_INPUT', `${name}: every <tu> is in ${sourceLanguage ?? 'one language'}; a translation memory needs a second language (or pass the target language)`);
  }
  const pairs: AlignedPair[] = [];
  for (const u of units) {
    const [source, target] = sourceLanguage !== undefined && targetLanguage !== undefined ? pickVariants(u, sourceLanguage, targetLanguage) : [];
    if (!source && !target) continue;
    pairs.push({ source: source?.text ?? '', target: target?.text ?? '' });
  }
  const result: AlignedPairs = { pairs };
  if (sourceLanguage !== undefined) result.sourceLanguage = sourceLanguage;
  if (targetLanguage !== undefined) result.targetLanguage = targetLanguage;
  return result;
}

/**
 * The TMX 1.4b DTD (https://www.gala-global.org/tmx-14b, tmx14.dtd) as data, and a checker that validates
 * a document against it: element content models, required/declared attributes and enumerations, text
 * only where the DTD allows #PCDATA, and the DOCTYPE naming the root. Written here because xmllint is
 * not installed on CI; every rule is transcribed from the DTD's ELEMENT and ATTLIST declarations.
 */
import { SaxesParser } from 'saxes';

interface ElementRule {
  /** Children, as a regular expression over the comma-terminated child names ("note,tuv,"). */
  children: RegExp;
  /** Whether non-whitespace text may appear directly inside (#PCDATA in the model). */
  text: boolean;
  required: string[];
  optional: string[];
  enums?: Record<string, string[]>;
}

const SEGTYPE = ['block', 'paragraph', 'sentence', 'phrase'];
const TU_ATTRIBUTES = ['tuid', 'o-encoding', 'datatype', 'usagecount', 'lastusagedate', 'creationtool', 'creationtoolversion', 'creationdate', 'creationid', 'changedate', 'segtype', 'changeid', 'o-tmf', 'srclang'];
const TUV_ATTRIBUTES = ['o-encoding', 'datatype', 'usagecount', 'lastusagedate', 'creationtool', 'creationtoolversion', 'creationdate', 'creationid', 'changedate', 'o-tmf', 'changeid'];
const INLINE = '(?:(?:bpt|ept|it|ph|hi|ut),)*';
const SUB_ONLY = '(?:sub,)*';

export const TMX14_DTD: Record<string, ElementRule> = {
  tmx: { children: /^header,body,$/, text: false, required: ['version'], optional: [] },
  header: {
    children: /^(?:(?:note|prop|ude),)*$/,
    text: false,
    required: ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'],
    optional: ['o-encoding', 'creationdate', 'creationid', 'changedate', 'changeid'],
    enums: { segtype: SEGTYPE },
  },
  body: { children: /^(?:tu,)*$/, text: false, required: [], optional: [] },
  tu: { children: /^(?:(?:note|prop),)*(?:tuv,)+$/, text: false, required: [], optional: TU_ATTRIBUTES, enums: { segtype: SEGTYPE } },
  tuv: { children: /^(?:(?:note|prop),)*seg,$/, text: false, required: ['xml:lang'], optional: TUV_ATTRIBUTES },
  seg: { children: new RegExp(`^${INLINE}$`), text: true, required: [], optional: [] },
  note: { children: /^$/, text: true, required: [], optional: ['xml:lang', 'o-encoding'] },
  prop: { children: /^$/, text: true, required: ['type'], optional: ['xml:lang', 'o-encoding'] },
  ude: { children: /^(?:map,)+$/, text: false, required: ['name'], optional: ['base'] },
  map: { children: /^$/, text: false, required: ['unicode'], optional: ['code', 'ent', 'subst'] },
  bpt: { children: new RegExp(`^${SUB_ONLY}$`), text: true, required: ['i'], optional: ['x', 'type'] },
  ept: { children: new RegExp(`^${SUB_ONLY}$`), text: true, required: ['i'], optional: [] },
  it: { children: new RegExp(`^${SUB_ONLY}$`), text: true, required: ['pos'], optional: ['x', 'type'], enums: { pos: ['begin', 'end'] } },
  ph: { children: new RegExp(`^${SUB_ONLY}$`), text: true, required: [], optional: ['x', 'assoc', 'type'], enums: { assoc: ['p', 'f', 'b'] } },
  hi: { children: new RegExp(`^${INLINE}$`), text: true, required: [], optional: ['x', 'type'] },
  ut: { children: new RegExp(`^${SUB_ONLY}$`), text: true, required: [], optional: ['x'] },
  sub: { children: new RegExp(`^${INLINE}$`), text: true, required: [], optional: ['datatype', 'type'] },
};

/** Validates `xml` against the TMX 1.4b DTD; returns the problems found (empty when valid). */
export function validateTmx14(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser();
  const stack: { name: string; children: string }[] = [];
  let doctype: string | undefined;
  parser.on('doctype', (text) => (doctype = text));
  parser.on('opentag', (tag) => {
    const rule = TMX14_DTD[tag.name];
    const at = `${parser.line}:${parser.column} <${tag.name}>`;
    const parent = stack[stack.length - 1];
    if (parent) parent.children += `${tag.name},`;
    else if (tag.name !== 'tmx') problems.push(`${at}: root must be <tmx>`);
    stack.push({ name: tag.name, children: '' });
    if (!rule) {
      problems.push(`${at}: element not declared`);
      return;
    }
    const attributes = tag.attributes as Record<string, string>;
    for (const name of rule.required) if (attributes[name] === undefined) problems.push(`${at}: missing required attribute ${name}`);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'version' && tag.name === 'tmx') {
        if (value !== '1.4') problems.push(`${at}: version is #FIXED "1.4"`);
        continue;
      }
      if (!rule.required.includes(name) && !rule.optional.includes(name)) problems.push(`${at}: undeclared attribute ${name}`);
      const allowed = rule.enums?.[name];
      if (allowed && !allowed.includes(value)) problems.push(`${at}: ${name}="${value}" not one of ${allowed.join('|')}`);
    }
  });
  const onText = (text: string) => {
    const current = stack[stack.length - 1];
    if (!current || text.trim() === '') return;
    if (!TMX14_DTD[current.name]?.text) problems.push(`${parser.line}:${parser.column}: text not allowed in <${current.name}>`);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const current = stack.pop();
    const rule = TMX14_DTD[tag.name];
    if (current && rule && !rule.children.test(current.children)) problems.push(`<${tag.name}>: children "${current.children}" do not match the content model`);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    problems.push(`not well-formed: ${(error as Error).message}`);
  }
  if (doctype === undefined || !/^\s*tmx\s+SYSTEM\s+["']tmx14\.dtd["']\s*$/.test(doctype)) problems.push(`DOCTYPE must be <!DOCTYPE tmx SYSTEM "tmx14.dtd">, got ${JSON.stringify(doctype)}`);
  return problems;
}

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, compare, formatReport, type Comparison } from '../../src/index.js';
import { validate } from './json-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'docs', 'report.schema.json'), 'utf8')) as Record<string, unknown>;
const corpus = (file: string) => readFileSync(join(root, 'corpus', file), 'utf8');

const seedPairs: [string, string, string, string][] = [
  ['eureporter-global-alliance.sv.txt', 'eureporter-global-alliance.ar.txt', 'sv', 'ar'],
  ['ec-press-note-global-alliance.pl.txt', 'malmstrom-blog-global-alliance.sv.txt', 'pl', 'sv'],
];

describe('formatReport json', () => {
  it.each(seedPairs)('validates against docs/report.schema.json for %s / %s', (source, target, sourceLanguage, targetLanguage) => {
    const comparison = compare(corpus(source), corpus(target), { sourceLanguage, targetLanguage, sourceName: source, targetName: target });
    expect(validate(JSON.parse(formatReport(comparison, 'json')), schema)).toEqual([]);
  });

  it('validates for check() output and for detected languages', () => {
    const checked = check({ pairs: [{ source: 'Det kostar 48 kronor.', target: 'يكلف 48 كرونة.' }, { source: 'Annons', target: '' }] });
    expect(validate(JSON.parse(formatReport(checked, 'json')), schema)).toEqual([]);
    const detected = compare(corpus('eureporter-global-alliance.sv.txt'), corpus('eureporter-global-alliance.ar.txt'));
    expect(validate(JSON.parse(formatReport(detected, 'json')), schema)).toEqual([]);
  });

  it('is rejected by the schema when the contract is broken', () => {
    const good = JSON.parse(formatReport(compare('Ett. Två.', 'One. Two.', { sourceLanguage: 'sv', targetLanguage: 'en' }), 'json'));
    const broken = (mutate: (report: any) => void) => {
      const copy = structuredClone(good);
      mutate(copy);
      return validate(copy, schema);
    };
    expect(broken((r) => delete r.beads)).toContain('$: missing beads');
    expect(broken((r) => (r.version = 2))).not.toEqual([]);
    expect(broken((r) => (r.source.segments[0].start = -1))).not.toEqual([]);
    expect(broken((r) => (r.source.segments[0].index = 0.5))).not.toEqual([]);
    expect(broken((r) => (r.beads[0].score = 1.5))).not.toEqual([]);
    expect(broken((r) => (r.source.languageSource = 'guessed'))).not.toEqual([]);
    expect(broken((r) => r.divergences.push({ kind: 'artifact', severity: 'fatal', side: 'source', bead: 0, segment: 0, start: 0, end: 1, text: 'E', message: 'x' }))).not.toEqual([]);
  });

  it('round-trips: parsing the report gives the comparison back', () => {
    const comparison = compare('Det kostar 48 kronor. Annons', 'يكلف 48 كرونة.', { sourceLanguage: 'sv', targetLanguage: 'ar', sourceName: 'a.txt' });
    expect(JSON.parse(formatReport(comparison, 'json'))).toEqual(comparison);
  });

  it('writes keys in a fixed order whatever order the objects were built in', () => {
    const comparison: Comparison = {
      version: 1,
      source: { language: 'sv', languageSource: 'given', blocks: [{ index: 0, kind: 'paragraph', start: 0, end: 3 }], segments: [{ index: 0, text: 'Ett', start: 0, end: 3, block: 0 }] },
      target: { language: 'en', languageSource: 'given', blocks: [], segments: [] },
      beads: [{ source: [0], target: [], score: 0.5 }],
      divergences: [{ kind: 'unaligned-segment', severity: 'warning', side: 'source', bead: 0, segment: 0, start: 0, end: 3, text: 'Ett', message: 'm' }],
      warnings: [],
    };
    const shuffled = JSON.parse(JSON.stringify(comparison), function (this: unknown, _key, value: unknown) {
      if (value && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).reverse());
      return value;
    }) as Comparison;
    expect(Object.keys(shuffled)[0]).toBe('warnings');
    const text = formatReport(shuffled, 'json');
    expect(text).toBe(formatReport(comparison, 'json'));
    expect(text.startsWith('{\n  "version": 1,\n  "source": {\n    "language": "sv",')).toBe(true);
    expect(text).toContain('"index": 0,\n        "text": "Ett",\n        "start": 0,');
    expect(text.endsWith('}\n')).toBe(true);
  });
});

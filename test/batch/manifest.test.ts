import { describe, expect, it } from 'vitest';
import { pairDirectoryFiles, parseManifestLine } from '../../src/cli/batch-manifest.js';

describe('parseManifestLine', () => {
  it('resolves relative paths against the manifest folder and keeps absolute ones', () => {
    const item = parseManifestLine('{"id":"p1","source":"a/x.sv.txt","target":"/abs/x.ar.txt","sourceLang":"sv","targetLang":"ar"}', 'm.jsonl:1', 'data');
    expect(item).toEqual({ kind: 'pair', id: 'p1', source: 'data/a/x.sv.txt', target: '/abs/x.ar.txt', sourceLanguage: 'sv', targetLanguage: 'ar' });
  });

  it('accepts a numeric id and leaves languages out when not given', () => {
    expect(parseManifestLine('{"id":7,"source":"s","target":"t"}', 'm:1', '.')).toEqual({ kind: 'pair', id: '7', source: 's', target: 't' });
  });

  it('accepts sourceLanguage/targetLanguage as spelled in CompareOptions', () => {
    const item = parseManifestLine('{"id":"x","source":"s","target":"t","sourceLanguage":"pl","targetLanguage":"sv"}', 'm:1', '.');
    expect(item).toMatchObject({ sourceLanguage: 'pl', targetLanguage: 'sv' });
  });

  it('takes a text given inline instead of a path, labelled by id for messages', () => {
    const item = parseManifestLine('{"id":"x","sourceText":"Hej.","target":"t.txt"}', 'm:1', 'd');
    expect(item).toEqual({ kind: 'pair', id: 'x', source: 'x#sourceText', sourceText: 'Hej.', target: 'd/t.txt' });
  });

  it('reports a line that is not JSON under its line name', () => {
    expect(parseManifestLine('{"id":', 'm.jsonl:4', '.')).toEqual({ kind: 'problem', id: 'm.jsonl:4', error: 'm.jsonl:4: not a JSON object' });
    expect(parseManifestLine('[1,2]', 'm.jsonl:5', '.')).toMatchObject({ kind: 'problem', id: 'm.jsonl:5' });
  });

  it('reports a missing id, and a missing path under the pair id', () => {
    expect(parseManifestLine('{"source":"s","target":"t"}', 'm:2', '.')).toMatchObject({ kind: 'problem', id: 'm:2', error: expect.stringContaining('"id"') });
    expect(parseManifestLine('{"id":"q","source":"s"}', 'm:3', '.')).toEqual({ kind: 'problem', id: 'q', error: 'm:3: "target" must be a file path (or "targetText" the text itself)' });
  });
});

describe('pairDirectoryFiles', () => {
  it('pairs two language versions by name, alphabetical language first, and ignores other files', () => {
    const items = pairDirectoryFiles(['b.sv.txt', 'a.sv.txt', 'a.ar.txt', 'b.pl.txt', 'README.md', 'notes.txt'], 'dir');
    expect(items).toEqual([
      { kind: 'pair', id: 'a', source: 'dir/a.ar.txt', target: 'dir/a.sv.txt', sourceLanguage: 'ar', targetLanguage: 'sv' },
      { kind: 'pair', id: 'b', source: 'dir/b.pl.txt', target: 'dir/b.sv.txt', sourceLanguage: 'pl', targetLanguage: 'sv' },
    ]);
  });

  it('keeps dots in names and reads region subtags', () => {
    const items = pairDirectoryFiles(['x.v2.pt-BR.txt', 'x.v2.en.txt'], 'd');
    expect(items).toEqual([{ kind: 'pair', id: 'x.v2', source: 'd/x.v2.en.txt', target: 'd/x.v2.pt-BR.txt', sourceLanguage: 'en', targetLanguage: 'pt-BR' }]);
  });

  it('pairs only the first two languages when a name has more', () => {
    const items = pairDirectoryFiles(['n.sv.txt', 'n.ar.txt', 'n.pl.txt'], 'd');
    expect(items).toEqual([{ kind: 'pair', id: 'n', source: 'd/n.ar.txt', target: 'd/n.pl.txt', sourceLanguage: 'ar', targetLanguage: 'pl' }]);
  });

  it('pairs the pivot with every other language when a pivot is given', () => {
    const items = pairDirectoryFiles(['n.sv.txt', 'n.ar.txt', 'n.pl.txt'], 'd', 'sv');
    expect(items.map((item) => item.kind === 'pair' && [item.id, item.source, item.target])).toEqual([
      ['n.sv-ar', 'd/n.sv.txt', 'd/n.ar.txt'],
      ['n.sv-pl', 'd/n.sv.txt', 'd/n.pl.txt'],
    ]);
  });

  it('turns a name with one version, or without the pivot, into a problem naming the file', () => {
    expect(pairDirectoryFiles(['lonely.sv.txt'], 'd')).toEqual([
      { kind: 'problem', id: 'lonely', error: 'd/lonely.sv.txt: no other language version named lonely.<lang>.txt to pair with' },
    ]);
    expect(pairDirectoryFiles(['n.ar.txt', 'n.pl.txt'], 'd', 'sv')).toMatchObject([{ kind: 'problem', id: 'n', error: expect.stringContaining('n.sv.txt') }]);
  });
});

import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison } from '../../src/index.js';
import { batch, manifestLine, PAIRS, records, scratchDir, writePairs } from './helpers.js';

const NAMES = Object.keys(PAIRS);

function jsonlManifest(dir: string, lines: string[]): string {
  const path = join(dir, 'manifest.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe('parallign batch with a JSON Lines manifest', () => {
  it('writes one full report per pair, in manifest order, with relative paths resolved against the manifest', async () => {
    const dir = scratchDir();
    writePairs(dir);
    const order = ['weather', 'budget', 'school', 'rivers'];
    const run = await batch([jsonlManifest(dir, order.map((name) => manifestLine(name))), '--workers', '2']);
    expect(run.code).toBe(0);
    const results = records(run.stdout);
    expect(results.map((r) => r['id'])).toEqual(order);
    for (const [i, name] of order.entries()) {
      const expected = compare(PAIRS[name]!.en, PAIRS[name]!.sv, {
        sourceLanguage: 'en',
        targetLanguage: 'sv',
        sourceName: join(dir, `${name}.en.txt`),
        targetName: join(dir, `${name}.sv.txt`),
      });
      expect(results[i]).toEqual({ id: name, ok: true, report: JSON.parse(JSON.stringify(expected)) });
    }
    expect(run.stderr).toMatch(/4 pairs in [\d.]+ s .*: 4 ok, 0 failed/);
  });

  it('gives a failing pair an error record naming the file and goes on', async () => {
    const dir = scratchDir();
    writePairs(dir, ['budget', 'rivers']);
    writeFileSync(join(dir, 'empty.en.txt'), '  \n');
    writeFileSync(join(dir, 'binary.en.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    const manifest = jsonlManifest(dir, [
      manifestLine('budget'),
      JSON.stringify({ id: 'missing', source: 'nowhere.en.txt', target: 'budget.sv.txt' }),
      JSON.stringify({ id: 'empty', source: 'empty.en.txt', target: 'budget.sv.txt' }),
      JSON.stringify({ id: 'binary', source: 'binary.en.txt', target: 'budget.sv.txt' }),
      '{not json',
      manifestLine('rivers'),
    ]);
    const run = await batch([manifest, '--summary', '--workers', '2']);
    expect(run.code).toBe(0);
    const results = records(run.stdout);
    expect(results.map((r) => [r['id'], r['ok']])).toEqual([
      ['budget', true],
      ['missing', false],
      ['empty', false],
      ['binary', false],
      [`${manifest}:5`, false],
      ['rivers', true],
    ]);
    expect(results[1]!['error']).toBe(`${join(dir, 'nowhere.en.txt')}: no such file`);
    expect(results[2]!['error']).toBe(`${join(dir, 'empty.en.txt')}: empty file`);
    expect(results[3]!['error']).toMatch(new RegExp(`^${join(dir, 'binary.en.txt')}: `));
    expect(results[4]!['error']).toBe(`${manifest}:5: not a JSON object`);
    expect(run.stderr).toContain('2 ok, 4 failed');
  });

  it('refuses a second pair with an id already used', async () => {
    const dir = scratchDir();
    writePairs(dir, ['budget']);
    const run = await batch([jsonlManifest(dir, [manifestLine('budget'), manifestLine('budget')]), '--summary']);
    expect(records(run.stdout).map((r) => r['ok'])).toEqual([true, false]);
    expect(records(run.stdout)[1]!['error']).toContain('appears more than once');
  });

  it('reads the manifest from stdin with -, resolving relative paths against the working directory', async () => {
    const dir = scratchDir();
    writePairs(dir, ['budget']);
    const line = JSON.stringify({ id: 'b', source: join(dir, 'budget.en.txt'), target: join(dir, 'budget.sv.txt') });
    const run = await batch(['-', '--summary'], line + '\n');
    expect(records(run.stdout)).toMatchObject([{ id: 'b', ok: true }]);
    const relative = await batch(['-', '--summary'], JSON.stringify({ id: 'r', source: 'no-such-dir/a.txt', target: 'b.txt' }) + '\n');
    expect(records(relative.stdout)).toEqual([{ id: 'r', ok: false, error: 'no-such-dir/a.txt: no such file' }]);
  });
});

describe('parallign batch with texts inline in the manifest', () => {
  it('compares sourceText/targetText as it would the same files, and names an empty one by id', async () => {
    const dir = scratchDir();
    writePairs(dir, ['rivers']);
    const inline = JSON.stringify({ id: 'r', sourceText: PAIRS['rivers']!.en, targetText: PAIRS['rivers']!.sv, sourceLang: 'en', targetLang: 'sv' });
    const empty = JSON.stringify({ id: 'e', sourceText: ' ', targetText: 'Hej.' });
    const run = await batch([jsonlManifest(dir, [manifestLine('rivers', { id: 'f' }), inline, empty]), '--summary']);
    const [fromFiles, fromInline, fromEmpty] = records(run.stdout);
    expect({ ...fromInline, ms: 0 }).toEqual({ ...fromFiles, id: 'r', ms: 0 });
    expect(fromEmpty).toEqual({ id: 'e', ok: false, error: 'e#sourceText: empty text' });
  });
});

describe('parallign batch with a directory manifest', () => {
  it('pairs name.<lang>.txt files by name, languages from the file names', async () => {
    const dir = scratchDir();
    writePairs(dir, ['rivers', 'budget']);
    writeFileSync(join(dir, 'orphan.sv.txt'), 'Ensam text.\n');
    const run = await batch([dir, '--summary']);
    expect(run.code).toBe(0);
    const results = records(run.stdout);
    expect(results.map((r) => [r['id'], r['ok'], r['sourceLanguage'], r['targetLanguage']])).toEqual([
      ['budget', true, 'en', 'sv'],
      ['orphan', false, undefined, undefined],
      ['rivers', true, 'en', 'sv'],
    ]);
  });
});

describe('parallign batch --trust-languages', () => {
  it('takes the declared languages without detecting them: no language-mismatch warning, the rest as before', async () => {
    const dir = scratchDir();
    // English text declared Swedish: long enough for detection to be sure it is English.
    writeFileSync(join(dir, 'all.en.txt'), Object.values(PAIRS).map((pair) => pair.en).join('\n'));
    writeFileSync(join(dir, 'all.sv.txt'), Object.values(PAIRS).map((pair) => pair.sv).join('\n'));
    const manifest = jsonlManifest(dir, [JSON.stringify({ id: 'all', source: 'all.en.txt', target: 'all.sv.txt', sourceLang: 'sv', targetLang: 'sv' })]);
    const [checked] = records((await batch([manifest])).stdout) as { report: Comparison }[];
    const [trusted] = records((await batch([manifest, '--trust-languages'])).stdout) as { report: Comparison }[];
    expect(checked!.report.warnings.map((w) => w.code)).toEqual(['language-mismatch']);
    expect(trusted!.report.warnings).toEqual([]);
    expect(trusted!.report.source.language).toBe('sv');
    expect({ ...trusted!.report, warnings: [] }).toEqual({ ...checked!.report, warnings: [] });
  });
});

describe('parallign batch --summary', () => {
  it('writes counts that agree with the full report', async () => {
    const dir = scratchDir();
    writePairs(dir, ['school']);
    const run = await batch([jsonlManifest(dir, [manifestLine('school')]), '--summary']);
    const [summary] = records(run.stdout);
    expect(Object.keys(summary!).sort()).toEqual(['beads', 'divergences', 'id', 'ms', 'ok', 'oneSided', 'segments', 'sourceLanguage', 'targetLanguage']);
    const report = compare(PAIRS['school']!.en, PAIRS['school']!.sv, { sourceLanguage: 'en', targetLanguage: 'sv' });
    const count = (severity: string) => report.divergences.filter((d) => d.severity === severity).length;
    expect(summary).toEqual({
      id: 'school',
      ok: true,
      sourceLanguage: 'en',
      targetLanguage: 'sv',
      segments: [report.source.segments.length, report.target.segments.length],
      beads: report.beads.length,
      oneSided: report.beads.filter((b) => b.source.length === 0 || b.target.length === 0).length,
      divergences: { error: count('error'), warning: count('warning'), info: count('info') },
      ms: expect.any(Number),
    });
    expect(summary!['ms']).toBeGreaterThan(0);
  });

  it('counts as the full report does when the declared languages contradict the texts (detection is skipped)', async () => {
    const dir = scratchDir();
    writePairs(dir, ['budget']);
    const swapped = { sourceLang: 'sv', targetLang: 'en' };
    const full = records((await batch([jsonlManifest(dir, [manifestLine('budget', swapped)])])).stdout)[0]!;
    const report = full['report'] as ReturnType<typeof compare>;
    expect(report.warnings.map((w) => w.code)).toEqual(['language-mismatch', 'language-mismatch']);
    const [summary] = records((await batch([jsonlManifest(dir, [manifestLine('budget', swapped)]), '--summary'])).stdout);
    const count = (severity: string) => report.divergences.filter((d) => d.severity === severity).length;
    expect({ ...summary, ms: 0 }).toEqual({
      id: 'budget', ok: true, sourceLanguage: 'sv', targetLanguage: 'en', ms: 0,
      segments: [report.source.segments.length, report.target.segments.length],
      beads: report.beads.length,
      oneSided: report.beads.filter((b) => b.source.length === 0 || b.target.length === 0).length,
      divergences: { error: count('error'), warning: count('warning'), info: count('info') },
    });
  });
});

describe('parallign batch --resume', () => {
  it('appends only the pairs whose ids are not yet in the output', async () => {
    const dir = scratchDir();
    writePairs(dir);
    const out = join(dir, 'out.jsonl');
    const first = await batch([jsonlManifest(dir, [manifestLine('budget'), manifestLine('rivers')]), '--summary', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const manifest = jsonlManifest(dir, NAMES.map((name) => manifestLine(name)));
    const second = await batch([manifest, '--summary', '--out', out, '--resume']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('2 skipped as already done');
    expect(records(readFileSync(out, 'utf8')).map((r) => r['id'])).toEqual(['budget', 'rivers', 'school', 'weather']);
  });

  it('drops a half-written last line and runs that pair again', async () => {
    const dir = scratchDir();
    writePairs(dir);
    const out = join(dir, 'out.jsonl');
    await batch([jsonlManifest(dir, [manifestLine('budget')]), '--summary', '--out', out]);
    appendFileSync(out, '{"id":"rivers","ok":tr');
    const run = await batch([jsonlManifest(dir, [manifestLine('budget'), manifestLine('rivers')]), '--summary', '--out', out, '--resume']);
    expect(run.stderr).toContain('dropped an unfinished last line');
    expect(records(readFileSync(out, 'utf8')).map((r) => [r['id'], r['ok']])).toEqual([
      ['budget', true],
      ['rivers', true],
    ]);
  });

  it('without --resume, overwrites the output', async () => {
    const dir = scratchDir();
    writePairs(dir, ['budget']);
    const out = join(dir, 'out.jsonl');
    writeFileSync(out, '{"id":"old","ok":true}\n');
    await batch([jsonlManifest(dir, [manifestLine('budget')]), '--summary', '--out', out]);
    expect(records(readFileSync(out, 'utf8')).map((r) => r['id'])).toEqual(['budget']);
  });
});

describe('parallign batch --workers', () => {
  it('gives byte-identical output with one worker and with two', async () => {
    const dir = scratchDir();
    writePairs(dir);
    const lines: string[] = [];
    // Enough pairs that two workers interleave and finish out of order.
    for (let i = 0; i < 12; i++) lines.push(manifestLine(NAMES[i % NAMES.length]!, { id: `pair-${i}` }));
    const manifest = jsonlManifest(dir, lines);
    const one = await batch([manifest, '--workers', '1']);
    const two = await batch([manifest, '--workers', '2']);
    expect(records(one.stdout)).toHaveLength(12);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('parallign batch usage errors', () => {
  it('exits 2 with one line naming the manifest when it does not exist', async () => {
    const run = await batch(['/no/such/manifest.jsonl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('parallign: /no/such/manifest.jsonl: no such manifest file or directory\n');
  });

  it('exits 2 on --resume without --out, a bad --workers, an unknown format or no manifest', async () => {
    for (const args of [['m.jsonl', '--resume'], ['m.jsonl', '--workers', '0'], ['m.jsonl', '--format', 'xml'], [], ['m.jsonl', '--frobnicate']]) {
      const run = await batch(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^parallign: /);
    }
  });

  it('exits 2 when the output cannot be written', async () => {
    const dir = scratchDir();
    writePairs(dir, ['budget']);
    const run = await batch([jsonlManifest(dir, [manifestLine('budget')]), '--out', join(dir, 'no-dir', 'out.jsonl')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot be written');
  });
});

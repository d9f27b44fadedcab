/**
 * Every kind of bad input issue 6 lists, through the command as a user runs it: a clear one-line
 * message naming the file and the problem and exit code 2, or (for inputs that are odd but valid) a
 * result with a warning.
 */
import { chmodSync, readFileSync, truncateSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { corpusFile, ensureBuilt, runCli, STACK_LINE, temporaryFolder } from '../cli/run-cli.js';

interface Report {
  source: { segments: { start: number; end: number; text: string }[]; language: string };
  target: { segments: { start: number; end: number; text: string }[]; language: string };
  beads: { source: number[]; target: number[] }[];
  warnings: { code: string; side?: string; message: string }[];
}

const tmp = temporaryFolder();
// Each test spawns node several times; on a busy machine that takes more than the default 20 s.
vi.setConfig({ testTimeout: 90_000 });
beforeAll(ensureBuilt);
afterAll(tmp.cleanup);

const SWEDISH = readFileSync(corpusFile('eureporter-global-alliance.sv.txt'), 'utf8');
const goodFile = tmp.file('good.sv.txt', 'Kommissionären talade i Bryssel. Hon nämnde 48 länder och 54 organisationer.\n');

function compareFiles(source: string, target: string, ...extra: string[]): ReturnType<typeof runCli> {
  return runCli(['compare', source, target, ...extra]);
}

function expectRejected(result: ReturnType<typeof runCli>, message: string | RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderrLines).toHaveLength(1);
  expect(result.stderr).not.toMatch(STACK_LINE);
  if (typeof message === 'string') expect(result.stderrLines[0]).toBe(`parallign: ${message}`);
  else expect(result.stderrLines[0]).toMatch(message);
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out: number[] = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(out);
}

describe('unreadable input files', () => {
  it('rejects a missing file, naming it', () => {
    const missing = `${tmp.dir}/nope.txt`;
    expectRejected(compareFiles(missing, goodFile), `${missing}: no such file`);
    expectRejected(compareFiles(goodFile, missing), `${missing}: no such file`);
  });

  it('rejects a directory, naming it', () => {
    expectRejected(compareFiles(tmp.dir, goodFile), `${tmp.dir}: is a directory, not a file`);
  });

  const isRoot = process.getuid?.() === 0;
  // root reads files whatever their mode; read-input.test.ts simulates EACCES with a fake file system instead.
  it.skipIf(isRoot)('rejects a file without read permission (skipped as root: root ignores file modes)', () => {
    const locked = tmp.file('locked.txt', 'Hej.');
    chmodSync(locked, 0o000);
    expectRejected(compareFiles(locked, goodFile), `${locked}: permission denied`);
  });

  it('keeps a file name with a newline in it on one line', () => {
    const odd = `${tmp.dir}/two\nlines.txt`;
    const result = compareFiles(odd, goodFile);
    expectRejected(result, `${tmp.dir}/two\\nlines.txt: no such file`);
  });
});

describe('binary input', () => {
  it.each([
    ['NUL bytes', Uint8Array.from([0x48, 0x65, 0x6a, 0x00, 0x01, 0x02]), /: binary data, not text \(NUL byte at offset 3\)$/],
    ['a PDF', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>'), /: a PDF document, not plain text; convert it to text first$/],
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /: a PNG image, not plain text/],
    ['a JPEG image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), /: a JPEG image, not plain text/],
    ['a .docx (ZIP) file', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /: a ZIP archive .*, not plain text/],
  ])('rejects %s, naming the file', (_what, content, message) => {
    const file = tmp.file(`binary-${_what.replace(/\W+/g, '-')}.txt`, content);
    const result = compareFiles(goodFile, file);
    expectRejected(result, message);
    expect(result.stderrLines[0]).toContain(file);
  });
});

describe('text encodings', () => {
  it('rejects invalid UTF-8 with the byte and its offset', () => {
    const file = tmp.file('latin1.txt', Uint8Array.from([...new TextEncoder().encode('a'.repeat(1043)), 0xff, 0x41]));
    expectRejected(compareFiles(file, goodFile), `${file}: not UTF-8 text (invalid byte 0xff at offset 1043)`);
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM to the same result as UTF-8', () => {
    const text = SWEDISH.slice(0, 3000);
    const asUtf8 = tmp.file('u8.txt', text);
    const expected = JSON.parse(compareFiles(asUtf8, goodFile, '--source-lang', 'sv', '--target-lang', 'sv', '-q').stdout) as Report;
    for (const order of ['le', 'be'] as const) {
      const file = tmp.file(`u16${order}.txt`, utf16(text, order));
      const result = compareFiles(file, goodFile, '--source-lang', 'sv', '--target-lang', 'sv', '-q');
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as Report;
      expect(report.source.segments).toEqual(expected.source.segments);
      expect(report.beads).toEqual(expected.beads);
    }
  });

  it('strips a UTF-8 BOM: offsets count from the first character after it', () => {
    const text = 'Första meningen. Andra meningen.\n';
    const file = tmp.file('bom.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    const result = compareFiles(file, goodFile, '--source-lang', 'sv', '--target-lang', 'sv', '-q');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.source.segments[0]!.start).toBe(0);
    for (const segment of report.source.segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
  });
});

describe('empty and odd but valid input', () => {
  it.each([
    ['empty', ''],
    ['whitespace-only', ' \n\t\n \r\n'],
  ])('accepts an %s side: everything one-sided, and a warning in the report and on stderr', (_what, content) => {
    const file = tmp.file(`side-${_what}.txt`, content);
    const result = compareFiles(file, goodFile, '--source-lang', 'sv', '--target-lang', 'sv');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.source.segments).toEqual([]);
    expect(report.target.segments.length).toBeGreaterThan(0);
    for (const bead of report.beads) expect(bead.source).toEqual([]);
    const warning = report.warnings.find((w) => w.code === 'empty-input');
    expect(warning?.side).toBe('source');
    expect(warning?.message).toContain(file);
    expect(result.stderr).toContain(`parallign: warning: ${file}: the source text is empty`);
  });

  it('accepts two empty sides: no segments, no beads', () => {
    const file = tmp.file('empty-both.txt', '');
    const result = compareFiles(file, file, '-q');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.beads).toEqual([]);
    expect(report.warnings.filter((w) => w.code === 'empty-input').map((w) => w.side)).toEqual(['source', 'target']);
  });

  it('warns when the language cannot be told and none is given', () => {
    const short = tmp.file('short.txt', 'OK 12.\n');
    const result = compareFiles(short, goodFile);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.source.language).toBe('und');
    expect(report.warnings.some((w) => w.code === 'language-unknown' && w.side === 'source')).toBe(true);
    expect(result.stderr).toMatch(/^parallign: warning: /m);
  });

  it('warns when a declared language contradicts the text', () => {
    const swedish = tmp.file('swedish.txt', SWEDISH);
    const result = compareFiles(swedish, goodFile, '--source-lang', 'ar', '--target-lang', 'sv');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.source.language).toBe('ar');
    expect(report.warnings.some((w) => w.side === 'source')).toBe(true);
  });

  it('compares a single 10 MB "sentence" with no punctuation', () => {
    const words = ['alfa', 'beta', 'gamma', 'delta', 'epsilon', '42', 'Malmström'];
    let text = '';
    for (let i = 0; text.length < 10 * 1024 * 1024; i++) text += words[i % words.length] + ' ';
    const file = tmp.file('one-sentence.txt', text);
    const result = runCli(['compare', file, goodFile, '--source-lang', 'sv', '--target-lang', 'sv', '-q'], { timeoutMs: 110_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const covered = report.source.segments.map((s) => s.text).join('');
    expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  }, 120_000);
});

describe('size limit', () => {
  it('stops a 200 MB input with the size and the limit, without reading it', () => {
    const big = tmp.file('dump.txt', '');
    truncateSync(big, 200 * 1024 * 1024); // sparse file: instant, no disk space
    const started = Date.now();
    expectRejected(compareFiles(big, goodFile), `${big}: file is 200 MB; the limit is 64 MB (--max-size)`);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('honours a lower --max-size', () => {
    const size = readFileSync(goodFile).length;
    expectRejected(compareFiles(goodFile, goodFile, '--max-size', '0.00001'), `${goodFile}: file is ${size} bytes; the limit is 10 bytes (--max-size)`);
  });

  it('lets --max-size raise the limit so that a larger input is read', () => {
    const big = tmp.file('sparse-zeros.txt', '');
    truncateSync(big, 70 * 1024 * 1024);
    // Read now (limit 80 MB), then refused as binary: NUL bytes.
    expectRejected(compareFiles(big, goodFile, '--max-size', '80'), `${big}: binary data, not text (NUL byte at offset 0)`);
  });
});

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { corpusFile, ensureBuilt, root, runCli, STACK_LINE, temporaryFolder } from './run-cli.js';

const SV = corpusFile('eureporter-global-alliance.sv.txt');
const AR = corpusFile('eureporter-global-alliance.ar.txt');
const BEAD_LINE = /^\[(\d+(, \d+)*)?\]:\[(\d+(, \d+)*)?\]$/;

const tmp = temporaryFolder();
// Each test spawns node several times; on a busy machine that takes more than the default 20 s.
vi.setConfig({ testTimeout: 90_000 });
beforeAll(ensureBuilt);
afterAll(tmp.cleanup);

/** A usage or input failure: exit 2, exactly one line on stderr, no stack, nothing on stdout. */
function expectOneLineFailure(result: ReturnType<typeof runCli>, mention: string | RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderrLines).toHaveLength(1);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderrLines[0]).toMatch(/^parallign: /);
  if (typeof mention === 'string') expect(result.stderrLines[0]).toContain(mention);
  else expect(result.stderrLines[0]).toMatch(mention);
}

describe('parallign --version and --help', () => {
  it('prints the version from package.json', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) {
      const result = runCli([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it('prints general help listing every command', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['compare', 'align', 'check', 'batch']) expect(result.stdout).toContain(`parallign ${command}`);
  });

  it('prints per-command help with its options', () => {
    const compare = runCli(['compare', '--help']);
    expect(compare.status).toBe(0);
    expect(compare.stdout).toContain('--source-lang');
    expect(compare.stdout).toContain('--max-size');
    expect(runCli(['help', 'align']).stdout).toContain('--presegmented');
    expect(runCli(['check', '-h']).stdout).toContain('TMX');
  });

  it('fails with one line when no command or an unknown command is given', () => {
    expectOneLineFailure(runCli([]), 'missing command');
    expectOneLineFailure(runCli(['compair', 'a', 'b']), "unknown command 'compair'");
  });
});

describe('parallign compare', () => {
  it('writes exactly one JSON document to stdout', () => {
    const result = runCli(['compare', SV, AR, '--source-lang', 'sv', '--target-lang', 'ar', '--format', 'json', '--quiet']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { version: number; source: { language: string; name: string }; target: { language: string }; beads: unknown[] };
    expect(report.version).toBe(1);
    expect(report.source.language).toBe('sv');
    expect(report.target.language).toBe('ar');
    expect(report.source.name).toBe(SV);
    expect(report.beads.length).toBeGreaterThan(0);
    expect(result.stderr).toBe('');
  });

  it('writes the report to --out and nothing to stdout, leaving no temporary files', () => {
    const out = join(tmp.dir, 'report.json');
    const result = runCli(['compare', SV, AR, '--out', out, '-q']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as { version: number }).version).toBe(1);
    expect(readdirSync(tmp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing --out file as a whole', () => {
    const out = tmp.file('existing.json', 'x'.repeat(1_000_000));
    expect(runCli(['compare', SV, AR, '--out', out, '-q']).status).toBe(0);
    expect(() => JSON.parse(readFileSync(out, 'utf8')) as unknown).not.toThrow();
  });

  it('fails with one line when --out cannot be written, and writes nothing else', () => {
    const out = join(tmp.dir, 'no-such-folder', 'report.json');
    expectOneLineFailure(runCli(['compare', SV, AR, '--out', out, '-q']), `${out}: cannot write the output (its folder does not exist)`);
    expectOneLineFailure(runCli(['compare', SV, AR, '--out', tmp.dir, '-q']), 'is a directory');
  });

  it('reads one side from standard input when it is given as -', () => {
    const fromFile = runCli(['compare', SV, AR, '--source-lang', 'sv', '--target-lang', 'ar', '-q']);
    const fromStdin = runCli(['compare', '-', AR, '--source-lang', 'sv', '--target-lang', 'ar', '-q'], { input: readFileSync(SV) });
    expect(fromStdin.status).toBe(0);
    const a = JSON.parse(fromFile.stdout) as { beads: unknown };
    const b = JSON.parse(fromStdin.stdout) as { beads: unknown };
    expect(b.beads).toEqual(a.beads);
  });

  it('rejects wrong arguments with one line naming the problem', () => {
    expectOneLineFailure(runCli(['compare', SV]), 'expected two files');
    expectOneLineFailure(runCli(['compare', SV, AR, AR]), 'expected two files');
    expectOneLineFailure(runCli(['compare', SV, AR, '--bogus']), "'--bogus'");
    expectOneLineFailure(runCli(['compare', SV, AR, '--format', 'pdf']), "unknown format 'pdf'");
    expectOneLineFailure(runCli(['compare', SV, AR, '--source-lang', 'swedish!']), "--source-lang 'swedish!'");
    expectOneLineFailure(runCli(['compare', SV, AR, '--max-size=-3']), "--max-size '-3'");
    expectOneLineFailure(runCli(['compare', SV, AR, '--max-size', 'lots']), "--max-size 'lots'");
    expectOneLineFailure(runCli(['compare', SV, AR, '--source-lang']), 'source-lang');
    expectOneLineFailure(runCli(['compare', '-', '-']), 'standard input');
  });

  it('exits quietly when the reader of stdout goes away (| head)', () => {
    // A pipe closed early raises EPIPE on the next write; that must not print anything or fail.
    // 400 sentences give a report of about 170 KB, well over a pipe's 64 KB buffer.
    const big = tmp.file('big.txt', Array.from({ length: 400 }, (_, i) => `Mening nummer ${i} handlar om ${i * 7} länder.`).join(' '));
    const shell = `node ${JSON.stringify(join(root, 'dist', 'cli.js'))} compare ${JSON.stringify(big)} ${JSON.stringify(big)} -q | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', shell], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('status=0');
    expect(run.stderr).toBe('');
  }, 60_000);
});

describe('parallign compare --format', () => {
  it.each([
    ['html', /^<!DOCTYPE html>/i],
    ['md', /^# /],
    ['tmx', /^<\?xml version="1\.0"/],
    ['tsv', /^bead\tsource_segments\t/],
  ])('writes a %s report', (format, start) => {
    const result = runCli(['compare', SV, AR, '--source-lang', 'sv', '--target-lang', 'ar', '--format', format, '-q']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(start);
    expect(result.stdout.endsWith('\n')).toBe(true);
  });
});

describe('parallign check', () => {
  const tsv = tmp.file('memory.tsv', 'Det finns 48 länder.\tThere are 47 countries.\nHej.\tHello.\n');
  const tmx = tmp.file(
    'memory.tmx',
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header srclang="sv" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>' +
      '<tu><tuv xml:lang="sv"><seg>Det finns 48 länder.</seg></tuv><tuv xml:lang="en"><seg>There are 47 countries.</seg></tuv></tu></body></tmx>\n',
  );

  it('checks a two-column TSV file: one bead per line', () => {
    const result = runCli(['check', tsv, '--source-lang', 'sv', '--target-lang', 'en', '-q']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { beads: unknown[]; divergences: { kind: string; text: string }[] };
    expect(report.beads).toHaveLength(2);
    expect(report.divergences.some((d) => d.kind === 'number-mismatch' && d.text.includes('48'))).toBe(true);
  });

  it('checks a TMX file, taking the languages from the file', () => {
    const result = runCli(['check', tmx, '-q']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { source: { language: string }; target: { language: string }; beads: unknown[] };
    expect(report.source.language).toBe('sv');
    expect(report.target.language).toBe('en');
    expect(report.beads).toHaveLength(1);
  });

  it('recognises TMX by its content whatever the file is called', () => {
    const renamed = tmp.file('memory-export.txt', readFileSync(tmx));
    expect(runCli(['check', renamed, '-q']).status).toBe(0);
  });

  it('rejects a TMX file with an entity declaration (billion laughs) with one line', () => {
    const bomb = tmp.file(
      'bomb.tmx',
      '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<tmx version="1.4"><header srclang="sv"/><body><tu><tuv xml:lang="sv"><seg>&b;</seg></tuv></tu></body></tmx>',
    );
    expectOneLineFailure(runCli(['check', bomb]), 'bomb.tmx');
  });

  it('rejects a TSV line without two columns with one line naming the file', () => {
    const bad = tmp.file('bad.tsv', 'only one column\n');
    expectOneLineFailure(runCli(['check', bad]), 'bad.tsv');
  });
});

describe('parallign align --presegmented', () => {
  it('prints one bead per line covering every line of both files in order', () => {
    const source = tmp.file('src.txt', 'Första meningen.\nAndra meningen med 48 länder.\nTredje.\n');
    const target = tmp.file('tgt.txt', 'First sentence.\nSecond sentence with 48 countries.\nThird.\n');
    const result = runCli(['align', source, target, '--presegmented']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(line).toMatch(BEAD_LINE);
    const indices = (side: 0 | 1) =>
      lines.flatMap((line) => {
        const part = line.split(':')[side]!.slice(1, -1);
        return part === '' ? [] : part.split(', ').map(Number);
      });
    expect(indices(0)).toEqual([0, 1, 2]);
    expect(indices(1)).toEqual([0, 1, 2]);
  });

  it('treats an empty file as having no segments', () => {
    const empty = tmp.file('empty.txt', '');
    const target = tmp.file('two.txt', 'One.\nTwo.\n');
    const result = runCli(['align', empty, target, '--presegmented']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('[]:[0]\n[]:[1]\n');
  });

  it('requires --presegmented', () => {
    const file = tmp.file('one.txt', 'One.\n');
    expectOneLineFailure(runCli(['align', file, file]), '--presegmented');
  });
});

describe('parallign batch', () => {
  it('is dispatched to the batch command, which rejects a missing manifest with one line', () => {
    const missing = join(tmp.dir, 'no-manifest.jsonl');
    expectOneLineFailure(runCli(['batch', missing]), 'no-manifest.jsonl');
  });
});

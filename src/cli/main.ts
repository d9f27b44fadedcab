/**
 * The `parallign` command. The only place that touches the file system, `process` and the terminal.
 * Exit codes: 0 success, 2 bad usage or unreadable input (one line on stderr, never a stack trace).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { alignSegments, compare, ParallignError } from '../index.js';
import { readTextFile } from './read-input.js';

const USAGE = `Usage:
  parallign compare SOURCE TARGET [--source-lang sv] [--target-lang ar] [--format json] [--out FILE]
  parallign align SOURCE TARGET --presegmented`;

function run(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (command === 'compare') return runCompare(rest);
  if (command === 'align') return runAlign(rest);
  throw new ParallignError('USAGE', `unknown command '${command}'\n${USAGE}`);
}

function twoFiles(positionals: string[]): [string, string] {
  if (positionals.length !== 2) throw new ParallignError('USAGE', `expected two files, SOURCE and TARGET\n${USAGE}`);
  return positionals as [string, string];
}

function runCompare(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'source-lang': { type: 'string' },
      'target-lang': { type: 'string' },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
    },
  });
  const [sourcePath, targetPath] = twoFiles(positionals);
  if (values.format !== 'json') throw new ParallignError('USAGE', `unknown format '${values.format}'`);
  const options: Parameters<typeof compare>[2] = { sourceName: sourcePath, targetName: targetPath };
  if (values['source-lang']) options.sourceLanguage = values['source-lang'];
  if (values['target-lang']) options.targetLanguage = values['target-lang'];
  const result = compare(readTextFile(sourcePath), readTextFile(targetPath), options);
  emit(JSON.stringify(result, null, 2) + '\n', values.out);
}

function runAlign(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { presegmented: { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  const [sourcePath, targetPath] = twoFiles(positionals);
  if (!values.presegmented) throw new ParallignError('USAGE', 'align needs --presegmented (one segment per line)');
  const lines = (text: string) => text.replace(/\r?\n$/, '').split(/\r?\n/);
  const beads = alignSegments({ texts: lines(readTextFile(sourcePath)) }, { texts: lines(readTextFile(targetPath)) });
  const format = (xs: number[]) => `[${xs.join(', ')}]`;
  emit(beads.map((b) => `${format(b.source)}:${format(b.target)}\n`).join(''), values.out);
}

function emit(output: string, outPath: string | undefined): void {
  if (outPath) writeFileSync(outPath, output);
  else process.stdout.write(output);
}

try {
  run(process.argv.slice(2));
} catch (error) {
  if (error instanceof ParallignError) {
    process.stderr.write(`parallign: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`parallign: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`parallign: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

/**
 * The `parallign` command. The only place that touches the file system, `process` and the terminal.
 * Exit codes: 0 success, 1 internal error, 2 bad usage or unreadable input. Every failure is one line
 * on stderr (never a stack trace unless PARALLIGN_DEBUG=1); results go to stdout or `--out` only.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import {
  alignScanned,
  check,
  compare,
  formatReport,
  ParallignError,
  readTmx,
  readTsv,
  type AlignedPairs,
  type Comparison,
  type Warning,
} from '../index.js';
import { scanInputs } from './align-input.js';
import { runBatch } from './batch.js';
import { oneLine, reportFailure } from './failure.js';
import { emit } from './output.js';
import { BYTES_PER_MB, DEFAULT_ALIGN_MAX_MB, DEFAULT_MAX_MB, readInputFile } from './read-input.js';
import { COMMAND_HELP, FORMATS, GENERAL_HELP, type FormatName } from './usage.js';

const VERSION: string = packageJson.version;

/** The shape `parseArgs` gives us back, narrowed to what the commands use. */
type Values = Record<string, string | boolean | undefined>;

function usageError(message: string, command?: string): ParallignError {
  const help = command ? `parallign ${command} --help` : 'parallign --help';
  return new ParallignError('USAGE', `${message} (see ${help})`);
}

function parseCommand(command: string, args: string[], options: NonNullable<ParseArgsConfig['options']>): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
    return { values: values as Values, positionals };
  } catch (error) {
    // node's messages are clear but end with advice to use "--" that does not apply to us.
    // Some span several lines; the first says what is wrong.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message).replace(/\. To specify a positional.*$/s, '') : String(error);
    throw usageError(message, command);
  }
}

const LANGUAGE_OPTIONS = { 'source-lang': { type: 'string' }, 'target-lang': { type: 'string' } } as const;

/** A BCP 47-ish language tag: `sv`, `ar`, `pt-BR`, `zh-Hant`; anything else is a typo. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function languageOption(values: Values, key: 'source-lang' | 'target-lang', command: string): string | undefined {
  const value = values[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !LANGUAGE_TAG.test(value)) {
    throw usageError(`--${key} '${String(value)}' is not a language code such as sv, ar or pl`, command);
  }
  return value.toLowerCase();
}

function maxBytesOption(values: Values, command: string, defaultMb: number): number {
  const raw = values['max-size'];
  if (raw === undefined) return defaultMb * BYTES_PER_MB;
  const mb = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(mb) || mb <= 0) {
    throw usageError(`--max-size '${String(raw)}' is not a positive number of megabytes`, command);
  }
  return Math.floor(mb * BYTES_PER_MB);
}

function formatOption(values: Values, command: string): FormatName {
  const value = values.format ?? 'json';
  if (!(FORMATS as readonly unknown[]).includes(value)) {
    throw usageError(`unknown format '${String(value)}'; use one of ${FORMATS.join(', ')}`, command);
  }
  return value as FormatName;
}

function positionalFiles(positionals: string[], count: number, names: string, command: string): string[] {
  if (positionals.length !== count) {
    throw usageError(`expected ${names}, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`, command);
  }
  return positionals;
}

/** Renders a comparison in the requested format; no date is passed, so the same input gives the same bytes. */
function render(comparison: Comparison, format: FormatName): string {
  const output = formatReport(comparison, format, { toolVersion: VERSION });
  return output.endsWith('\n') ? output : output + '\n';
}

function printWarnings(warnings: Warning[], quiet: boolean): void {
  if (quiet) return;
  for (const warning of warnings) process.stderr.write(`parallign: warning: ${oneLine(warning.message)}\n`);
}

function runCompare(args: string[]): void {
  const { values, positionals } = parseCommand('compare', args, {
    ...LANGUAGE_OPTIONS,
    format: { type: 'string' },
    out: { type: 'string' },
    'max-size': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return void process.stdout.write(COMMAND_HELP.compare!);
  const [sourcePath, targetPath] = positionalFiles(positionals, 2, 'two files, SOURCE and TARGET', 'compare') as [string, string];
  const format = formatOption(values, 'compare');
  const sourceLanguage = languageOption(values, 'source-lang', 'compare');
  const targetLanguage = languageOption(values, 'target-lang', 'compare');
  const maxBytes = maxBytesOption(values, 'compare', DEFAULT_MAX_MB);
  if (sourcePath === '-' && targetPath === '-') throw usageError('only one of SOURCE and TARGET can be standard input (-)', 'compare');

  const source = readInputFile(sourcePath, { maxBytes }).text;
  const target = readInputFile(targetPath, { maxBytes }).text;
  const options: Parameters<typeof compare>[2] = { sourceName: sourcePath, targetName: targetPath };
  if (sourceLanguage) options.sourceLanguage = sourceLanguage;
  if (targetLanguage) options.targetLanguage = targetLanguage;
  const comparison = compare(source, target, options);
  const output = render(comparison, format);
  printWarnings(comparison.warnings, values.quiet === true);
  emit(output, values.out as string | undefined);
}

async function runAlign(args: string[]): Promise<void> {
  const { values, positionals } = parseCommand('align', args, {
    ...LANGUAGE_OPTIONS,
    presegmented: { type: 'boolean' },
    out: { type: 'string' },
    'max-size': { type: 'string' },
  });
  if (values.help) return void process.stdout.write(COMMAND_HELP.align!);
  const [sourcePath, targetPath] = positionalFiles(positionals, 2, 'two files, SOURCE and TARGET', 'align') as [string, string];
  if (!values.presegmented) throw usageError('align needs --presegmented (one segment per line)', 'align');
  const sourceLanguage = languageOption(values, 'source-lang', 'align');
  const targetLanguage = languageOption(values, 'target-lang', 'align');
  const maxBytes = maxBytesOption(values, 'align', DEFAULT_ALIGN_MAX_MB);
  if (sourcePath === '-' && targetPath === '-') throw usageError('only one of SOURCE and TARGET can be standard input (-)', 'align');
  // The two sides are scanned in parallel on long input (align-input.ts); the search is one thread's.
  const scans = await scanInputs(
    { path: sourcePath, maxBytes, language: sourceLanguage },
    { path: targetPath, maxBytes, language: targetLanguage },
  );
  const beads = alignScanned(scans.source, scans.target);
  const format = (xs: number[]) => `[${xs.join(', ')}]`;
  emit(beads.map((b) => `${format(b.source)}:${format(b.target)}\n`).join(''), values.out as string | undefined);
}

/** TMX when the name says so or the content is XML; anything else is read as two-column TSV. */
function looksLikeTmx(path: string, text: string): boolean {
  if (/\.tmx$/i.test(path)) return true;
  const start = text.trimStart().slice(0, 5).toLowerCase();
  return start.startsWith('<?xml') || start.startsWith('<tmx');
}

function runCheck(args: string[]): void {
  const { values, positionals } = parseCommand('check', args, {
    ...LANGUAGE_OPTIONS,
    format: { type: 'string' },
    out: { type: 'string' },
    'max-size': { type: 'string' },
    header: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return void process.stdout.write(COMMAND_HELP.check!);
  const [path] = positionalFiles(positionals, 1, 'one file (TMX or TSV)', 'check') as [string];
  const format = formatOption(values, 'check');
  const sourceLanguage = languageOption(values, 'source-lang', 'check');
  const targetLanguage = languageOption(values, 'target-lang', 'check');
  const maxBytes = maxBytesOption(values, 'check', DEFAULT_MAX_MB);

  const text = readInputFile(path, { maxBytes }).text;
  const name = path === '-' ? 'standard input' : path;
  const readOptions: { name: string; sourceLanguage?: string; targetLanguage?: string } = { name };
  if (sourceLanguage) readOptions.sourceLanguage = sourceLanguage;
  if (targetLanguage) readOptions.targetLanguage = targetLanguage;
  const pairs: AlignedPairs = looksLikeTmx(path, text) ? readTmx(text, readOptions) : readTsv(text, { ...readOptions, header: values.header === true });
  const checkOptions: Parameters<typeof check>[1] = { sourceName: name, targetName: name };
  if (sourceLanguage) checkOptions.sourceLanguage = sourceLanguage;
  if (targetLanguage) checkOptions.targetLanguage = targetLanguage;
  const comparison = check(pairs, checkOptions);
  if (pairs.pairs.length === 0) {
    comparison.warnings.push({ code: 'empty-input', message: `${name}: no aligned pairs found; the report is empty.` });
  }
  const output = render(comparison, format);
  printWarnings(comparison.warnings, values.quiet === true);
  emit(output, values.out as string | undefined);
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) throw usageError('missing command: compare, align, check or batch');
  if (command === '--help' || command === '-h') {
    process.stdout.write(GENERAL_HELP);
    return 0;
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) process.stdout.write(GENERAL_HELP);
    else if (COMMAND_HELP[topic]) process.stdout.write(COMMAND_HELP[topic]);
    else if (topic === 'batch') return runBatch(['--help']);
    else throw usageError(`no help for unknown command '${topic}'`);
    return 0;
  }
  switch (command) {
    case 'compare':
      runCompare(rest);
      return 0;
    case 'align':
      await runAlign(rest);
      return 0;
    case 'check':
      runCheck(rest);
      return 0;
    case 'batch':
      return runBatch(rest);
    default:
      throw usageError(`unknown command '${command}'`);
  }
}

// `parallign … | head` closes the pipe early: that is the reader's choice, not an error. Leave quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.exitCode = reportFailure(error);
});
process.stderr.on('error', () => {
  // Nowhere left to report to.
});
// Failures outside the main flow (a stream callback, a worker's message handler) get the same treatment.
process.on('uncaughtException', (error) => process.exit(reportFailure(error)));
process.on('unhandledRejection', (reason) => process.exit(reportFailure(reason)));

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportFailure(error);
}

/**
 * `npm run fuzz [-- --seconds 60 --seed 1]`: throws random bytes and random Unicode at parallign and
 * fails on any crash, hang or stack trace.
 *
 * - The library, in-process (most inputs): a child process runs `decodeText`, `compare` + every report
 *   format, `readTsv`/`readTmx` + `check` on generated inputs and announces each input before running it,
 *   so the parent can kill it after PER_INPUT_TIMEOUT_MS of silence and name the input that hung.
 *   Inputs are generated from (seed, index) alone, so any failure is reproducible: `--seed S --only I`
 *   prints input I, and `--child --seed S --only I` runs it alone.
 * - The command, spawned (a sample): `node dist/cli.js compare|check|align` on random files; the exit
 *   code must be 0 or 2, a failure must be exactly one stderr line, stdout of a success must parse.
 *
 * Prints the number of inputs tried. Exits 1 on the first failure, with the seed and index to replay it.
 */
import { spawn, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TRICKY_PIECES } from '../test/properties/arbitraries.js';
import { createRandom } from '../bench/devsets/prng.js';

const PER_INPUT_TIMEOUT_MS = 15_000;
const CLI_TIMEOUT_MS = 30_000;
const STARTUP_TIMEOUT_MS = 120_000;
/** Stop after this many failures: enough to see the pattern. */
const MAX_FAILURES = 10;
const root = fileURLToPath(new URL('..', import.meta.url));
const cliPath = join(root, 'dist', 'cli.js');

// ---------------------------------------------------------------------------------------------------
// Deterministic generation: input `index` of seed `seed` is always the same.

type Random = () => number;
const int = (random: Random, max: number): number => Math.floor(random() * max);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

const WORDS = ['Malmström', 'kommissionen', 'länder', 'مالمستروم', 'الدول', 'dzieci', 'tys.', 'September', 'Smakämnen', 'girl_16', 'EU', '48', '٤٨', '50 000'];

/** Random text: tricky pieces, words, and random code points of any plane (lone surrogates included). */
function randomText(random: Random, maxPieces: number): string {
  const count = int(random, maxPieces + 1);
  let text = '';
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.45) text += pick(random, TRICKY_PIECES);
    else if (roll < 0.7) text += pick(random, WORDS);
    else if (roll < 0.85) text += String.fromCodePoint(int(random, 0x300));
    else text += String.fromCodePoint(int(random, 0x110000));
    if (random() < 0.3) text += ' ';
  }
  // Occasionally a long run of one thing: the shapes that make regular expressions backtrack.
  if (random() < 0.05) text += pick(random, ['a.', '1 ', '٫', '(', ' ', '.', 'ab', '1,']).repeat(1000 + int(random, 20_000));
  return text;
}

const MAGIC = [[0x25, 0x50, 0x44, 0x46, 0x2d], [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04]];

/** Random bytes: noise, text with corrupted bytes, or a magic number / BOM followed by anything. */
function randomBytes(random: Random): Uint8Array {
  const roll = random();
  if (roll < 0.3) return Uint8Array.from({ length: int(random, 300) }, () => int(random, 256));
  const text = new TextEncoder().encode(randomText(random, 40));
  const bytes = Uint8Array.from(text);
  if (roll < 0.7) {
    for (let k = int(random, 4); k > 0 && bytes.length > 0; k--) bytes[int(random, bytes.length)] = int(random, 256);
    return bytes;
  }
  const prefix = pick(random, MAGIC);
  return Uint8Array.from([...prefix, ...bytes]);
}

const TMX_TEMPLATE = (a: string, b: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header srclang="sv" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="sv"><seg>${a}</seg></tuv><tuv xml:lang="ar"><seg>${b}</seg></tuv></tu></body></tmx>`;

/** Random TMX: a valid skeleton with raw random text in it (often malformed), sometimes mutated. */
function randomTmx(random: Random): string {
  let xml = TMX_TEMPLATE(randomText(random, 10), randomText(random, 10));
  for (let k = int(random, 3); k > 0; k--) {
    const at = int(random, xml.length);
    xml = xml.slice(0, at) + pick(random, ['<', '>', '&', '&amp;', '<!ENTITY x "y">', '<!DOCTYPE x [', ']]>', '"', "'", '</tu>', '<tu>', '']) + xml.slice(at + int(random, 5));
  }
  return xml;
}

const LANGUAGES = [undefined, 'sv', 'ar', 'pl', 'en', 'und'] as const;

type Operation = 'decode' | 'compare' | 'tsv' | 'tmx';

interface Input {
  operation: Operation;
  bytes?: Uint8Array;
  source?: string;
  target?: string;
  sourceLanguage?: string | undefined;
  targetLanguage?: string | undefined;
}

/** The library input number `index` of `seed`. */
function libraryInput(seed: number, index: number): Input {
  const random = createRandom((seed * 1_000_003 + index) >>> 0).next;
  const roll = random();
  if (roll < 0.25) return { operation: 'decode', bytes: randomBytes(random) };
  if (roll < 0.8) {
    return { operation: 'compare', source: randomText(random, 60), target: randomText(random, 60), sourceLanguage: pick(random, LANGUAGES), targetLanguage: pick(random, LANGUAGES) };
  }
  if (roll < 0.9) return { operation: 'tsv', source: Array.from({ length: int(random, 6) }, () => `${randomText(random, 6)}\t${randomText(random, 6)}`).join(pick(random, ['\n', '\r\n', '\r'])) };
  return { operation: 'tmx', source: randomTmx(random) };
}

function describeInput(input: Input): string {
  const show = (s: string | undefined) => (s === undefined ? '' : JSON.stringify(s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s));
  if (input.bytes) return `${input.operation} bytes [${Array.from(input.bytes.subarray(0, 80)).join(',')}${input.bytes.length > 80 ? ',…' : ''}] (${input.bytes.length} bytes)`;
  return `${input.operation} source=${show(input.source)} target=${show(input.target)} languages=${input.sourceLanguage}/${input.targetLanguage}`;
}

// ---------------------------------------------------------------------------------------------------
// The child: runs library inputs in-process.

async function runChild(seed: number, start: number, only: number | undefined): Promise<void> {
  const api = await import('../src/index.js');
  const expectedError = (error: unknown) => error instanceof api.ParallignError;
  const run = (input: Input): void => {
    if (input.operation === 'decode') {
      try {
        api.decodeText(input.bytes!, { name: 'fuzz.txt' });
      } catch (error) {
        if (!expectedError(error)) throw error;
      }
      return;
    }
    if (input.operation === 'compare') {
      const options: Parameters<typeof api.compare>[2] = {};
      if (input.sourceLanguage) options.sourceLanguage = input.sourceLanguage;
      if (input.targetLanguage) options.targetLanguage = input.targetLanguage;
      const result = api.compare(input.source!, input.target!, options);
      for (const side of ['source', 'target'] as const) {
        const seen = result.beads.flatMap((bead) => bead[side]).join(',');
        if (seen !== result[side].segments.map((s) => s.index).join(',')) throw new Error(`beads do not partition the ${side} segments`);
      }
      for (const format of api.reportFormats) api.formatReport(result, format, { toolVersion: 'fuzz' });
      return;
    }
    let pairs;
    try {
      pairs = input.operation === 'tsv' ? api.readTsv(input.source!, { name: 'fuzz.tsv' }) : api.readTmx(input.source!, { name: 'fuzz.tmx' });
    } catch (error) {
      if (!expectedError(error)) throw error;
      return;
    }
    const result = api.check(pairs);
    for (const format of api.reportFormats) api.formatReport(result, format);
  };
  for (let index = only ?? start; only === undefined || index === only; index++) {
    process.send?.({ kind: 'start', index });
    run(libraryInput(seed, index));
  }
  process.send?.({ kind: 'done' });
}

// ---------------------------------------------------------------------------------------------------
// The parent: watches the child, and runs the command on a sample of inputs.

interface Failure {
  what: string;
  detail: string;
}

/**
 * Runs library inputs in child processes until `deadline`. A hang or crash is recorded and a fresh child
 * carries on with the next input, so one slow path does not hide the others.
 */
async function fuzzLibrary(seed: number, deadline: number): Promise<{ tried: number; failures: Failure[] }> {
  const failures: Failure[] = [];
  let next = 0;
  while (Date.now() < deadline && failures.length < MAX_FAILURES) {
    const { completed, failure } = await runLibraryChild(seed, next, deadline);
    if (failure) failures.push(failure);
    next = failure ? completed + 1 : completed;
    if (!failure) break;
  }
  return { tried: next, failures };
}

/** One child from input `start` on; resolves with the index it stopped at and how. */
function runLibraryChild(seed: number, start: number, deadline: number): Promise<{ completed: number; failure?: Failure }> {
  return new Promise((resolve) => {
    let failure: Failure | undefined;
    let lastMessage = Date.now();
    let current = start;
    const child = fork(fileURLToPath(import.meta.url), ['--child', '--seed', String(seed), '--start', String(start)], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('message', (message: { kind: string; index?: number }) => {
      lastMessage = Date.now();
      if (message.kind === 'start') {
        started = true;
        current = message.index!;
        if (Date.now() > deadline) child.kill('SIGKILL');
      }
    });
    let started = false;
    const watchdog = setInterval(() => {
      // Loading the library through tsx can take long on a busy machine; only inputs are timed.
      const limit = started ? PER_INPUT_TIMEOUT_MS : STARTUP_TIMEOUT_MS;
      if (Date.now() - lastMessage > limit) {
        failure = started
          ? { what: `hang: library input ${current} of seed ${seed} ran for over ${PER_INPUT_TIMEOUT_MS / 1000} s`, detail: describeInput(libraryInput(seed, current)) }
          : { what: `the fuzz child did not start within ${STARTUP_TIMEOUT_MS / 1000} s`, detail: stderr.slice(0, 4000) };
        child.kill('SIGKILL');
      }
    }, 500);
    child.on('exit', (code, signal) => {
      clearInterval(watchdog);
      if (!failure && signal !== 'SIGKILL' && code !== 0) {
        failure = { what: `crash: library input ${current} of seed ${seed} (exit ${code ?? signal})`, detail: `${describeInput(libraryInput(seed, current))}\n${stderr.slice(0, 4000)}` };
      }
      resolve(failure ? { completed: current, failure } : { completed: current });
    });
  });
}

interface CliOutcome {
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runCli(args: string[]): Promise<CliOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CLI_TIMEOUT_MS);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut });
    });
  });
}

/** Runs the command on random files until `deadline`, recording failures and going on. */
async function fuzzCli(seed: number, deadline: number, dir: string): Promise<{ tried: number; failures: Failure[] }> {
  let tried = 0;
  const failures: Failure[] = [];
  while (Date.now() < deadline && failures.length < MAX_FAILURES) {
    const random = createRandom((seed * 7_919 + tried) >>> 0).next;
    const write = (name: string, content: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    const source = write('a.txt', random() < 0.4 ? randomBytes(random) : randomText(random, 80));
    const target = write('b.txt', random() < 0.4 ? randomBytes(random) : randomText(random, 80));
    const roll = random();
    const args =
      roll < 0.6
        ? ['compare', source, target, '--format', pick(random, ['json', 'html', 'md', 'tmx', 'tsv'] as const)]
        : roll < 0.8
          ? ['align', source, target, '--presegmented']
          : ['check', write(random() < 0.5 ? 'c.tmx' : 'c.tsv', random() < 0.5 ? randomTmx(random) : randomText(random, 30))];
    const outcome = await runCli(args);
    tried++;
    const problem = cliProblem(outcome, args);
    if (problem) {
      const kept = join(dir, `failing-${tried}`);
      writeFileSync(`${kept}-a.txt`, readFileSync(source));
      writeFileSync(`${kept}-b.txt`, readFileSync(target));
      failures.push({
        what: `${problem} (command input ${tried - 1}; files kept as ${kept}-a.txt, -b.txt)`,
        detail: `args: ${args.join(' ')}\nstatus: ${outcome.status}\nstderr: ${outcome.stderr.slice(0, 2000)}`,
      });
    }
  }
  return { tried, failures };
}

/** What is wrong with one run of the command, if anything. */
function cliProblem(outcome: CliOutcome, args: string[]): string | undefined {
  if (outcome.timedOut) return `hang: the command ran for over ${CLI_TIMEOUT_MS / 1000} s`;
  if (/^\s+at /m.test(outcome.stderr)) return 'stack trace on stderr';
  if (outcome.status !== 0 && outcome.status !== 2) return `exit code ${outcome.status}`;
  if (outcome.status === 2 && outcome.stderr.split('\n').filter(Boolean).length !== 1) return 'a failure that is not exactly one stderr line';
  if (outcome.status === 0 && args.includes('json')) {
    try {
      JSON.parse(outcome.stdout);
    } catch {
      return 'stdout is not one JSON document';
    }
  }
  return undefined;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      seed: { type: 'string' },
      child: { type: 'boolean', default: false },
      start: { type: 'string', default: '0' },
      only: { type: 'string' },
    },
  });
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  if (values.child) return runChild(seed, Number(values.start), values.only === undefined ? undefined : Number(values.only));
  if (values.only !== undefined && !values.child) {
    console.log(describeInput(libraryInput(seed, Number(values.only))));
    return;
  }
  const seconds = Number(values.seconds);
  const deadline = Date.now() + seconds * 1000;
  const dir = mkdtempSync(join(tmpdir(), 'parallign-fuzz-'));
  console.log(`fuzzing for ${seconds} s with seed ${seed} (show input N: tsx scripts/fuzz.ts --seed ${seed} --only N; run it: add --child)`);
  const [library, cli] = await Promise.all([fuzzLibrary(seed, deadline), fuzzCli(seed, deadline, dir)]);
  console.log(`library inputs tried: ${library.tried}`);
  console.log(`command inputs tried: ${cli.tried}`);
  console.log(`total inputs tried: ${library.tried + cli.tried}`);
  const failures = [...library.failures, ...cli.failures];
  if (failures.length > 0) {
    for (const failure of failures) console.error(`FAIL ${failure.what}\n${failure.detail}\n`);
    console.error(`${failures.length} failure(s)`);
    process.exitCode = 1;
    return;
  }
  rmSync(dir, { recursive: true, force: true });
  console.log('no crash, hang or stack trace');
}

await main();

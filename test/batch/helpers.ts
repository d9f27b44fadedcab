/** Shared set-up for the batch tests: a scratch folder of small pairs and a way to run `batch` in-process. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runBatchWith } from '../../src/cli/batch.js';

/** Small hand-written translations; each pair differs so a mix-up between pairs would show. */
export const PAIRS: Record<string, { en: string; sv: string }> = {
  budget: {
    en: 'The budget grew by 12 percent in 2023.\n\nMinister Anna Lind presented it in Stockholm.\n',
    sv: 'Budgeten växte med 12 procent under 2023.\n\nMinister Anna Lind presenterade den i Stockholm.\n',
  },
  rivers: {
    en: 'The river is 420 km long. It flows into the Baltic Sea.\n\nSalmon return every autumn.\n',
    sv: 'Älven är 420 km lång. Den rinner ut i Östersjön.\n\nLaxen återvänder varje höst.\n',
  },
  school: {
    en: 'About 1,300 pupils attend the school.\n\nIt opened in 1998 in Uppsala.\n\nThe head teacher is Erik Berg.\n',
    sv: 'Omkring 1 300 elever går på skolan.\n\nDen öppnade 1998 i Uppsala.\n\nRektor är Erik Berg.\n',
  },
  weather: {
    en: 'Tomorrow will be sunny with 25 degrees.\n\nRain is expected on Friday.\n',
    sv: 'I morgon blir det soligt med 25 grader.\n\nRegn väntas på fredag.\n',
  },
};

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'parallign-batch-'));
}

/** Writes `name.en.txt` and `name.sv.txt` for every pair into `dir`. */
export function writePairs(dir: string, names: readonly string[] = Object.keys(PAIRS)): void {
  for (const name of names) {
    writeFileSync(join(dir, `${name}.en.txt`), PAIRS[name]!.en);
    writeFileSync(join(dir, `${name}.sv.txt`), PAIRS[name]!.sv);
  }
}

/** One manifest line for a pair written by `writePairs`, with paths relative to `dir`. */
export function manifestLine(name: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ id: name, source: `${name}.en.txt`, target: `${name}.sv.txt`, sourceLang: 'en', targetLang: 'sv', ...extra });
}

export interface BatchRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `parallign batch ARGS` in this process with its own streams (stdin from `input`). */
export async function batch(args: string[], input = ''): Promise<BatchRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await runBatchWith(args, { stdin: Readable.from([input]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Parses JSON Lines output. */
export function records(jsonLines: string): Array<Record<string, unknown>> {
  return jsonLines
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * Runs the built command (`node dist/cli.js`) the way a user does, building it first only when dist/ is
 * missing (`npm test` builds before vitest runs).
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = join(root, 'dist', 'cli.js');
export const corpusFile = (name: string): string => join(root, 'corpus', name);

export function ensureBuilt(): void {
  if (!existsSync(cliPath)) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into lines, without the final empty one. */
  stderrLines: string[];
}

export interface RunOptions {
  input?: string | Uint8Array;
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
}

export function runCli(args: string[], options: RunOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: options.timeoutMs ?? 60_000,
  });
  if (result.error) throw result.error;
  const stderr = result.stderr;
  return { status: result.status, stdout: result.stdout, stderr, stderrLines: stderr.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '') };
}

/** A stack trace line as node prints it. */
export const STACK_LINE = /^\s+at /m;

/** A fresh temporary folder, removed by the returned cleanup. */
export function temporaryFolder(): { dir: string; file: (name: string, content: string | Uint8Array) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parallign-test-'));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

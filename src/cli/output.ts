/**
 * Where the command's output goes: standard output, or the one file `--out` names. A file is written
 * to a temporary name beside it and renamed into place, so a reader never sees half a report and a
 * failed run leaves the old file as it was. Nothing else is ever written.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ParallignError } from '../index.js';

function writeError(path: string, error: unknown): ParallignError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'its folder does not exist'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'permission denied'
          : code === 'ENOSPC'
            ? 'no space left on the device'
            : (code ?? (error instanceof Error ? error.message : 'unknown error'));
  return new ParallignError('UNWRITABLE', `${path}: cannot write the output (${reason})`);
}

/** Writes `content` to `path` atomically (temporary file in the same folder, then rename). */
export function writeFileAtomically(path: string, content: string): void {
  let existing;
  try {
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw writeError(path, Object.assign(new Error('directory'), { code: 'EISDIR' }));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never follow or clobber something that appeared under the temporary name.
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created, or is already gone.
    }
    throw writeError(path, error);
  }
}

/** Sends the command's result to `--out FILE` when given (`-` means standard output), else to stdout. */
export function emit(output: string, outPath: string | undefined): void {
  if (outPath !== undefined && outPath !== '-') writeFileAtomically(outPath, output);
  else process.stdout.write(output);
}

/**
 * Reading an input file as text, with errors that name the file and the problem.
 * PLACEHOLDER-level checks; the robustness work extends them (encodings, binary detection, size limits).
 */
import { readFileSync, statSync } from 'node:fs';
import { ParallignError } from '../errors.js';

export function readTextFile(path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ParallignError('NOT_FOUND', `${path}: no such file`);
  }
  if (stats.isDirectory()) throw new ParallignError('NOT_A_FILE', `${path}: is a directory, not a file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ParallignError('UNREADABLE', `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  return text;
}

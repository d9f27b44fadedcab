/**
 * Reading an input file as text: the file-system half of input decoding (the pure half is
 * src/io/decode.ts). Every failure becomes a `ParallignError` whose message names the file and the
 * problem, and the size limit is checked before a byte is read, so a huge input stops with a message
 * instead of exhausting memory.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { decodeText, ParallignError, type DecodedText } from '../index.js';

/** 1 MB as `--max-size` counts it. */
export const BYTES_PER_MB = 1024 * 1024;

/**
 * Default `--max-size` for running text (`compare`, `check`, batch pairs). A JSON report holds each
 * segment's text plus offsets and bead lists, several times the input; 64 MB of input (a shelf of books)
 * keeps that report well under V8's 512 M-character string limit and the default heap.
 */
export const DEFAULT_MAX_MB = 64;

/**
 * Default `--max-size` for `align --presegmented`, whose output is one short line per bead: large enough
 * for the 1 000 000-segments-a-side scale target (about 150 MB a side).
 */
export const DEFAULT_ALIGN_MAX_MB = 512;

/** The file-system calls input reading needs; tests pass a fake to simulate permissions and races. */
export interface InputFileSystem {
  statSync(path: string): { isFile(): boolean; isDirectory(): boolean; size: number };
  openSync(path: string, flags: 'r'): number;
  fstatSync(fd: number): { isFile(): boolean; size: number };
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  closeSync(fd: number): void;
}

const nodeFileSystem: InputFileSystem = { statSync, openSync, fstatSync, readSync, closeSync };

export interface ReadInputOptions {
  /** Largest accepted input, in bytes. */
  maxBytes: number;
  /** The file system to read from; node's by default. */
  fileSystem?: InputFileSystem;
}

/** Formats a byte count the way the size-limit message shows it (`200 MB`, `0.5 MB`, `11 KB`, `80 bytes`). */
export function formatMegabytes(bytes: number): string {
  // Below a tenth of a megabyte, "0 MB" would hide the number: say kilobytes instead.
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < BYTES_PER_MB / 10) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / BYTES_PER_MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

function tooLarge(name: string, size: number | undefined, maxBytes: number): ParallignError {
  const what = size === undefined ? `input is larger than ${formatMegabytes(maxBytes)}` : `file is ${formatMegabytes(size)}`;
  return new ParallignError('TOO_LARGE', `${name}: ${what}; the limit is ${formatMegabytes(maxBytes)} (--max-size)`);
}

/** Turns a node fs error into a message a user can act on. */
function fileError(name: string, error: unknown): ParallignError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new ParallignError('NOT_FOUND', `${name}: no such file`);
    case 'ENOTDIR':
      return new ParallignError('NOT_FOUND', `${name}: no such file (a part of the path is not a directory)`);
    case 'EISDIR':
      return new ParallignError('NOT_A_FILE', `${name}: is a directory, not a file`);
    case 'EACCES':
    case 'EPERM':
      return new ParallignError('UNREADABLE', `${name}: permission denied`);
    case 'ELOOP':
      return new ParallignError('UNREADABLE', `${name}: too many levels of symbolic links`);
    case 'ENAMETOOLONG':
      return new ParallignError('UNREADABLE', `${name}: file name too long`);
    default:
      return new ParallignError('UNREADABLE', `${name}: cannot be read (${code ?? (error instanceof Error ? error.message : 'unknown error')})`);
  }
}

/** How long to wait before retrying a read on a non-blocking descriptor that has no data yet. */
const EAGAIN_WAIT_MS = 5;
/** Read size for pipes and devices. */
const STREAM_CHUNK_BYTES = 1 << 20;
/**
 * Read size of the end-of-file probe after a regular file's first read came back short (the file as
 * large as it said): allocating a STREAM_CHUNK_BYTES buffer only to read nothing into it cost 0.2 ms of CPU a
 * file, 2 % of a `parallign batch` pair (bench/batch, two files a pair). A file that grew meanwhile is
 * still read to its end: the probe gets its next bytes and full-size chunks follow.
 */
const EOF_PROBE_BYTES = 4096;

/**
 * Reads a descriptor to its end, or until it holds more than `maxBytes` (pipes, `/dev/stdin` and
 * character devices have no size to check up front, and `/dev/zero` has no end).
 */
function readDescriptor(fs: InputFileSystem, fd: number, name: string, maxBytes: number, expected: number | undefined): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // A regular file is read in one chunk of its size (plus one byte to notice growth); later chunks, and
  // every chunk of a pipe, are small so that the end-of-file probe does not double the memory.
  let chunkSize = expected !== undefined ? Math.min(expected + 1, maxBytes + 1) : STREAM_CHUNK_BYTES;
  for (;;) {
    const chunk = new Uint8Array(chunkSize);
    chunkSize = STREAM_CHUNK_BYTES;
    let read: number;
    try {
      read = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, EAGAIN_WAIT_MS);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw fileError(name, error);
    }
    if (read === 0) break;
    if (expected !== undefined && read < chunk.length) chunkSize = EOF_PROBE_BYTES;
    total += read;
    if (total > maxBytes) throw tooLarge(name, undefined, maxBytes);
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** Reads the raw bytes of `path` (`-` is standard input), enforcing the size limit. */
export function readInputBytes(path: string, options: ReadInputOptions): Uint8Array {
  const fs = options.fileSystem ?? nodeFileSystem;
  if (path === '-') return readDescriptor(fs, 0, 'standard input', options.maxBytes, undefined);
  if (path === '') throw new ParallignError('USAGE', 'an input file name is empty');
  let stats;
  try {
    stats = fs.statSync(path);
  } catch (error) {
    throw fileError(path, error);
  }
  if (stats.isDirectory()) throw new ParallignError('NOT_A_FILE', `${path}: is a directory, not a file`);
  if (stats.isFile() && stats.size > options.maxBytes) throw tooLarge(path, stats.size, options.maxBytes);
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
  try {
    // Sizes are checked again on the open descriptor: the file may have changed since the stat.
    const opened = fs.fstatSync(fd);
    if (opened.isFile() && opened.size > options.maxBytes) throw tooLarge(path, opened.size, options.maxBytes);
    return readDescriptor(fs, fd, path, options.maxBytes, opened.isFile() ? opened.size : undefined);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads and decodes one input file (see src/io/decode.ts for the encoding policy). */
export function readInputFile(path: string, options: ReadInputOptions): DecodedText {
  const bytes = readInputBytes(path, options);
  return decodeText(bytes, { name: path === '-' ? 'standard input' : path });
}

/** The text of `path`, decoded; kept for callers that need only the text. */
export function readTextFile(path: string, options: ReadInputOptions = { maxBytes: DEFAULT_MAX_MB * BYTES_PER_MB }): string {
  return readInputFile(path, options).text;
}

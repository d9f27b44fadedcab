import { mkdtempSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BYTES_PER_MB, formatMegabytes, readInputBytes, readInputFile, type InputFileSystem } from '../../src/cli/read-input.js';
import { ParallignError } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'parallign-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = BYTES_PER_MB;

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** A file system with one regular file whose reads fail or succeed as told. */
function fakeFileSystem(options: { statError?: string; openError?: string; readError?: string; content?: Uint8Array; size?: number }): InputFileSystem {
  const content = options.content ?? new Uint8Array();
  let position = 0;
  return {
    statSync: () => {
      if (options.statError) throw errno(options.statError);
      return { isFile: () => true, isDirectory: () => false, size: options.size ?? content.length };
    },
    openSync: () => {
      if (options.openError) throw errno(options.openError);
      return 42;
    },
    fstatSync: () => ({ isFile: () => true, size: options.size ?? content.length }),
    readSync: (_fd, buffer, offset, length) => {
      if (options.readError) throw errno(options.readError);
      const n = Math.min(length, content.length - position);
      buffer.set(content.subarray(position, position + n), offset);
      position += n;
      return n;
    },
    closeSync: () => undefined,
  };
}

function readError(run: () => unknown): ParallignError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ParallignError);
    return error as ParallignError;
  }
  throw new Error('expected a ParallignError');
}

describe('readInputFile', () => {
  it('names a missing file', () => {
    const error = readError(() => readInputFile(join(dir, 'missing.txt'), { maxBytes: MB }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`${join(dir, 'missing.txt')}: no such file`);
  });

  it('names a directory', () => {
    const error = readError(() => readInputFile(dir, { maxBytes: MB }));
    expect(error.code).toBe('NOT_A_FILE');
    expect(error.message).toBe(`${dir}: is a directory, not a file`);
  });

  // Tests run as root in CI, where chmod 000 does not stop reading; the permission error is simulated.
  it('names an unreadable file (permission denied on open, simulated)', () => {
    const error = readError(() => readInputFile('secret.txt', { maxBytes: MB, fileSystem: fakeFileSystem({ openError: 'EACCES' }) }));
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toBe('secret.txt: permission denied');
  });

  it('names a file that fails while being read (I/O error, simulated)', () => {
    const error = readError(() => readInputFile('disk.txt', { maxBytes: MB, fileSystem: fakeFileSystem({ readError: 'EIO', content: new Uint8Array(10) }) }));
    expect(error.message).toBe('disk.txt: cannot be read (EIO)');
  });

  it('names a path through a regular file', () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    const error = readError(() => readInputFile(join(file, 'child.txt'), { maxBytes: MB }));
    expect(error.message).toBe(`${join(file, 'child.txt')}: no such file (a part of the path is not a directory)`);
  });

  it('stops at the size limit before reading, with the size and the limit', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * MB); // sparse: no disk space, no memory
    const error = readError(() => readInputFile(big, { maxBytes: 64 * MB }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(`${big}: file is 200 MB; the limit is 64 MB (--max-size)`);
  });

  it('stops reading an endless device at the limit instead of exhausting memory', () => {
    const error = readError(() => readInputBytes('/dev/zero', { maxBytes: 3 * MB }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe('/dev/zero: input is larger than 3 MB; the limit is 3 MB (--max-size)');
  });

  it('notices a file that grew between stat and read', () => {
    const fileSystem = fakeFileSystem({ content: new Uint8Array(2000).fill(0x41), size: 10 });
    const error = readError(() => readInputBytes('growing.txt', { maxBytes: 1000, fileSystem }));
    expect(error.code).toBe('TOO_LARGE');
  });

  it('reads a file that grew after its first read to its end, probing for the end with a small buffer', () => {
    // 10 bytes when stat'ed and first read, then 5 000 more arrive: the probe finds them, full reads follow.
    const content = new Uint8Array(5010).map((_, k) => 0x41 + (k % 26));
    const asked: number[] = [];
    let position = 0;
    let available = 10;
    const fileSystem: InputFileSystem = {
      ...fakeFileSystem({ content, size: 10 }),
      readSync: (_fd, buffer, offset, length) => {
        asked.push(length);
        const n = Math.min(length, available - position);
        buffer.set(content.subarray(position, position + n), offset);
        position += n;
        available = content.length;
        return n;
      },
    };
    expect(readInputBytes('growing.txt', { maxBytes: MB, fileSystem })).toEqual(content);
    expect(asked[0]).toBe(11);
    expect(asked[1]).toBeLessThanOrEqual(4096);
    // The probe came back full: a full-size chunk next; that one came back short: a small probe again.
    expect(asked).toHaveLength(4);
    expect(asked[2]).toBeGreaterThan(4096);
    expect(asked[3]).toBeLessThanOrEqual(4096);
  });

  it('reads a file exactly at the limit', () => {
    const file = join(dir, 'exact.txt');
    writeFileSync(file, 'a'.repeat(1000));
    expect(readInputFile(file, { maxBytes: 1000 }).text).toHaveLength(1000);
  });

  it('decodes what it read, naming the file in decoding errors', () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Uint8Array.from([0x48, 0x65, 0x6a, 0xe5]));
    expect(readError(() => readInputFile(file, { maxBytes: MB })).message).toBe(`${file}: not UTF-8 text (invalid byte 0xe5 at offset 3)`);
  });
});

describe('formatMegabytes', () => {
  it('rounds large sizes to whole megabytes and small ones to a tenth', () => {
    expect(formatMegabytes(200 * MB)).toBe('200 MB');
    expect(formatMegabytes(MB / 2)).toBe('0.5 MB');
    expect(formatMegabytes(1.26 * MB)).toBe('1.3 MB');
  });

  it('says kilobytes below a tenth of a megabyte, and bytes below a kilobyte', () => {
    expect(formatMegabytes(10_240)).toBe('10 KB');
    expect(formatMegabytes(80)).toBe('80 bytes');
    expect(formatMegabytes(1)).toBe('1 byte');
  });
});

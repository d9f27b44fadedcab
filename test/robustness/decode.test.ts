import { describe, expect, it } from 'vitest';
import { decodeText, findInvalidUtf8, ParallignError, sniffBinaryFormat } from '../../src/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(utf8(part)) : part)));

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(out);
}

/** The ParallignError that `decodeText` throws for `input`, or fails the test. */
function decodeError(input: Uint8Array, name = 'a.txt'): ParallignError {
  try {
    decodeText(input, { name });
  } catch (error) {
    expect(error).toBeInstanceOf(ParallignError);
    return error as ParallignError;
  }
  throw new Error('expected decodeText to throw');
}

describe('decodeText', () => {
  it('decodes plain UTF-8 in every script unchanged', () => {
    const text = 'Malmström sa: ”48 länder”. قال مالمستروم ٤٨ بلدا. Zażółć gęślą jaźń 😀\r\n';
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false });
  });

  it('strips a UTF-8 byte order mark, so offsets count from the first character after it', () => {
    const decoded = decodeText(bytes([0xef, 0xbb, 0xbf], 'Hej.'));
    expect(decoded.text).toBe('Hej.');
    expect(decoded.bom).toBe(true);
    expect(decoded.text.indexOf('H')).toBe(0);
  });

  it('keeps a second U+FEFF after the BOM as text (only one BOM is stripped)', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x')).text).toBe('\ufeffx');
  });

  it('decodes UTF-16LE and UTF-16BE with a byte order mark, surrogate pairs included', () => {
    const text = 'Hej 😀 مرحبا ٤٨\n';
    expect(decodeText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le', bom: true });
    expect(decodeText(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be', bom: true });
  });

  it('rejects UTF-16 with a BOM but an odd number of bytes or an unpaired surrogate', () => {
    expect(decodeError(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42])).message).toBe(
      'a.txt: not UTF-16LE text (odd number of bytes after the byte order mark)',
    );
    expect(decodeError(Uint8Array.from([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41])).message).toBe('a.txt: not UTF-16BE text (unpaired surrogate)');
  });

  it('recognises UTF-16 without a BOM and says how to fix it', () => {
    const error = decodeError(utf16('Hello, world. This is UTF-16.', 'le', false));
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toBe('a.txt: looks like UTF-16LE text without a byte order mark; save it as UTF-8');
    expect(decodeError(utf16('Hello, world. This is UTF-16.', 'be', false)).message).toContain('UTF-16BE');
  });

  it('rejects invalid UTF-8 naming the byte and its offset in the file', () => {
    const prefix = 'a'.repeat(1043);
    const error = decodeError(bytes(prefix, [0xff], 'b'));
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toBe('a.txt: not UTF-8 text (invalid byte 0xff at offset 1043)');
  });

  it('reports offsets in the file, counting a UTF-8 BOM', () => {
    expect(decodeError(bytes([0xef, 0xbb, 0xbf], 'ab', [0xc0, 0x80])).message).toBe('a.txt: not UTF-8 text (invalid byte 0xc0 at offset 5)');
  });

  it('rejects Latin-1 text (a common mislabelled encoding) at the first accented letter', () => {
    // "Malmström" in ISO-8859-1: ö is the single byte 0xf6.
    expect(decodeError(bytes('Malmstr', [0xf6], 'm')).message).toBe('a.txt: not UTF-8 text (invalid byte 0xf6 at offset 7)');
  });

  it('rejects binary data with NUL bytes, naming the offset', () => {
    const error = decodeError(bytes('text', [0x00], 'more'));
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.message).toBe('a.txt: binary data, not text (NUL byte at offset 4)');
  });

  it('rejects text dominated by control characters', () => {
    const error = decodeError(Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.message).toMatch(/^a\.txt: binary data, not text \(\d+ control characters in the first 200\)$/);
  });

  it('accepts a few form feeds, tabs and ANSI escapes in ordinary text', () => {
    const text = 'Page one.\f\tPage two \u001b[1mbold\u001b[0m.\n';
    expect(decodeText(utf8(text)).text).toBe(text);
  });

  it.each([
    ['a PDF document', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')],
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF')],
    ['a GIF image', bytes('GIF89a', [1, 0, 1, 0])],
    ['a ZIP archive', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0])],
    ['gzip-compressed data', bytes([0x1f, 0x8b, 8, 0])],
    ['an RTF document', bytes('{\\rtf1\\ansi Hello}')],
  ])('rejects %s by its magic number', (what, input) => {
    const error = decodeError(input, 'scan.txt');
    expect(error.code).toBe('BINARY_INPUT');
    expect(error.message).toMatch(new RegExp(`^scan\\.txt: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*, not plain text; convert it to text first$`));
  });

  it('does not mistake text that merely mentions a format for that format', () => {
    for (const text of ['PDF-filen finns här.', ' %PDF-1.4 is a header', 'GIF89 images', 'PK is a prefix']) {
      expect(decodeText(utf8(text)).text).toBe(text);
    }
  });

  it('accepts empty input and whitespace-only input as text', () => {
    expect(decodeText(new Uint8Array()).text).toBe('');
    expect(decodeText(utf8(' \n\t\r\n')).text).toBe(' \n\t\r\n');
  });

  it("names the input 'input' when no name is given", () => {
    expect(() => decodeText(Uint8Array.from([0xff]))).toThrow('input: not UTF-8 text (invalid byte 0xff at offset 0)');
  });
});

describe('findInvalidUtf8', () => {
  it('returns -1 for valid UTF-8 including 4-byte sequences', () => {
    expect(findInvalidUtf8(utf8('a€😀ö'))).toBe(-1);
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['an overlong 3-byte encoding (second byte too low)', [0xe0, 0x80, 0x80], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 1],
    ['a truncated sequence at the end', [0x41, 0xe2, 0x82], 1],
    ['a bad continuation in the middle', [0xe2, 0x41, 0x82], 1],
    ['a byte that never occurs in UTF-8', [0x41, 0x42, 0xfe], 2],
  ])('finds %s', (_what, input, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });

  it('agrees with the WHATWG decoder on whether bytes are valid', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let state = 12345;
    for (let round = 0; round < 2000; round++) {
      const length = round % 8;
      const sample = new Uint8Array(length);
      for (let i = 0; i < length; i++) {
        state = (state * 1103515245 + 12345) >>> 0;
        sample[i] = (state >>> 16) & 0xff;
      }
      let valid = true;
      try {
        decoder.decode(sample);
      } catch {
        valid = false;
      }
      expect(findInvalidUtf8(sample) === -1, `bytes ${Array.from(sample).join(',')}`).toBe(valid);
    }
  });
});

describe('sniffBinaryFormat', () => {
  it('names a WebP image by the signature at offset 8', () => {
    expect(sniffBinaryFormat(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('a WebP image');
  });

  it('returns undefined for text and for inputs shorter than a signature', () => {
    expect(sniffBinaryFormat(utf8('Hej'))).toBeUndefined();
    expect(sniffBinaryFormat(Uint8Array.from([0x89, 0x50]))).toBeUndefined();
  });
});

/**
 * Turning the bytes of an input file into text, or into an error a person can act on. Pure (no `node:`
 * imports) so that a browser front end can decode a dropped file exactly the way the command line does.
 *
 * Policy, in the order the checks run:
 * 1. Known binary formats (PDF, images, archives, office files, executables) are recognised by their magic
 *    numbers and rejected with what they look like (`BINARY_INPUT`).
 * 2. A byte order mark picks the encoding: UTF-8 (the BOM is stripped, so offsets in reports count from
 *    the first character after it), UTF-16LE or UTF-16BE (decoded, BOM stripped). Without a BOM the
 *    text must be UTF-8.
 * 3. Invalid UTF-8 is rejected, never repaired: the message gives the first bad byte and its offset in
 *    the file (`INVALID_ENCODING`). Silently replacing bytes with U+FFFD would corrupt the very numbers
 *    and names parallign compares.
 * 4. Text with NUL characters, or dominated by other control characters, is binary data (`BINARY_INPUT`);
 *    UTF-16 without a BOM (every other byte NUL) gets its own message.
 */
import { ParallignError } from '../errors.js';

/** What `decodeText` found. */
export interface DecodedText {
  /** The text, without a byte order mark. */
  text: string;
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Whether the input started with a byte order mark (which is not part of `text`). */
  bom: boolean;
}

export interface DecodeOptions {
  /** The input's name (a file name) as it should appear in error messages; `input` when omitted. */
  name?: string;
}

/** A file signature: the bytes a format starts with (at `offset`) and what to call it in a message. */
interface Signature {
  bytes: readonly number[];
  offset?: number;
  what: string;
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/**
 * Magic numbers of the non-text files people feed a text tool by mistake. Sources: the formats' own
 * specifications (PDF 1.7 §7.5.2, PNG §5.2, JFIF, GIF89a, TIFF 6.0, ZIP APPNOTE 4.3.7, RFC 1952, ELF).
 * Only signatures that plain text cannot plausibly start with are listed (no "BM" for BMP).
 */
const SIGNATURES: readonly Signature[] = [
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF87a'), what: 'a GIF image' },
  { bytes: ascii('GIF89a'), what: 'a GIF image' },
  { bytes: ascii('WEBP'), offset: 8, what: 'a WebP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: ascii('ftyp'), offset: 4, what: 'an MP4/HEIC media file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (.docx, .odt and .epub files are ZIP archives)' },
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed data' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed data' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'a legacy Microsoft Office document (.doc, .xls)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
  { bytes: ascii('{\\rtf'), what: 'an RTF document' },
];

/** How many leading bytes the control-character and UTF-16 heuristics look at. */
const SNIFF_BYTES = 8192;
/**
 * Above this share of control characters (other than tab, LF, VT, FF, CR, ESC) in the sniffed prefix the
 * input is binary. Real text has next to none; 10% leaves room for a few stray form feeds or bells.
 */
const MAX_CONTROL_SHARE = 0.1;

/** Describes the binary format `bytes` start with, or returns undefined when no signature matches. */
export function sniffBinaryFormat(bytes: Uint8Array): string | undefined {
  for (const signature of SIGNATURES) {
    const offset = signature.offset ?? 0;
    if (bytes.length < offset + signature.bytes.length) continue;
    if (signature.bytes.every((b, i) => bytes[offset + i] === b)) return signature.what;
  }
  return undefined;
}

/**
 * Returns the byte offset of the first byte that makes `bytes` invalid UTF-8 (per the WHATWG decoder:
 * overlongs, surrogates and code points above U+10FFFF are invalid), or -1 when it is all valid.
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      // A truncated sequence is reported at its lead byte; a bad continuation at the continuation byte.
      if (i + k >= n) return i;
      const c = bytes[i + k]!;
      if (c < lower || c > upper) return i + k;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

const hexByte = (b: number): string => '0x' + b.toString(16).padStart(2, '0');

/**
 * Guesses that BOM-less bytes are UTF-16 when NULs sit on one parity only, as they do for Latin text
 * in UTF-16 (`h\0e\0l\0`). Returns the likely byte order, or undefined.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const limit = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  // Below 8 code units a few NULs are more likely binary junk than text.
  if (limit < 16) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < limit; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = limit / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Whether a UTF-16 code unit is a control character that plain text does not contain. */
function isControl(code: number): boolean {
  // Tab, LF, VT, FF, CR and ESC (ANSI colour codes in saved terminal output) are tolerated.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b) || code === 0x7f;
}

function rejectBinaryText(text: string, name: string, nulOffset: (index: number) => string): void {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new ParallignError('BINARY_INPUT', `${name}: binary data, not text (NUL character at ${nulOffset(nul)})`);
  }
  const sample = text.slice(0, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) controls++;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
    throw new ParallignError(
      'BINARY_INPUT',
      `${name}: binary data, not text (${controls} control characters in the first ${sample.length})`,
    );
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  const body = bytes.subarray(2);
  const label = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  if (body.length % 2 !== 0) {
    throw new ParallignError('INVALID_ENCODING', `${name}: not ${label} text (odd number of bytes after the byte order mark)`);
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new ParallignError('INVALID_ENCODING', `${name}: not ${label} text (unpaired surrogate)`);
  }
}

/**
 * Decodes the bytes of an input file to text, following the policy at the top of this module.
 * Throws `ParallignError` (`BINARY_INPUT` or `INVALID_ENCODING`) with a message that names the input.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const name = options.name ?? 'input';
  const format = sniffBinaryFormat(bytes);
  if (format) throw new ParallignError('BINARY_INPUT', `${name}: ${format}, not plain text; convert it to text first`);

  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeUtf16(bytes, 'utf-16le', name);
    rejectBinaryText(text, name, (index) => `character ${index}`);
    return { text, encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeUtf16(bytes, 'utf-16be', name);
    rejectBinaryText(text, name, (index) => `character ${index}`);
    return { text, encoding: 'utf-16be', bom: true };
  }

  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf16 = bom ? undefined : guessBomlessUtf16(bytes);
  if (utf16) {
    throw new ParallignError(
      'INVALID_ENCODING',
      `${name}: looks like ${utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text without a byte order mark; save it as UTF-8`,
    );
  }
  let text: string;
  try {
    // The native decoder is fast; only when it fails do we walk the bytes to say where.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = findInvalidUtf8(bytes, bom ? 3 : 0);
    const where = at === -1 ? '' : ` (invalid byte ${hexByte(bytes[at]!)} at offset ${at})`;
    throw new ParallignError('INVALID_ENCODING', `${name}: not UTF-8 text${where}`);
  }
  const firstNul = body.indexOf(0);
  if (firstNul !== -1) {
    throw new ParallignError('BINARY_INPUT', `${name}: binary data, not text (NUL byte at offset ${firstNul + (bom ? 3 : 0)})`);
  }
  rejectBinaryText(text, name, (index) => `character ${index}`);
  return { text, encoding: 'utf-8', bom };
}

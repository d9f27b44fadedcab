/**
 * `parallign align`'s input on two threads (align-input.ts): a long target is read and scanned by a worker,
 * with the same scan, the same beads and the same errors as on one thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignScanned, alignSegments, ParallignError } from '../../src/index.js';
import { scanInput, scanInputs, segmentLines, WORKER_MIN_BYTES } from '../../src/cli/align-input.js';

const folder = mkdtempSync(join(tmpdir(), 'parallign-align-input-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

/** Few segments, many bytes: a target long enough for the worker that aligns in a moment. */
function bulkyLines(prefix: string, count: number, words: string): string[] {
  const repeat = Math.ceil(WORKER_MIN_BYTES / count / words.length) + 1;
  return Array.from({ length: count }, (_, i) => `${prefix} ${i}: ${`${words} `.repeat(repeat)}${1000 + i}.`);
}

describe('segmentLines', () => {
  it('takes one segment per line, without a final empty one, for \\n and \\r\\n', () => {
    expect(segmentLines('a\nb\n')).toEqual(['a', 'b']);
    expect(segmentLines('a\r\nb')).toEqual(['a', 'b']);
    expect(segmentLines('a\n\nb\r\n')).toEqual(['a', '', 'b']);
    expect(segmentLines('')).toEqual([]);
  });
});

describe('scanInputs', () => {
  const source = bulkyLines('Abschnitt', 12, 'Die Delegierten in Genf berieten');
  const target = bulkyLines('Section', 12, 'Les délégués à Genève ont délibéré');
  const sourcePath = file('bulky.de.txt', source.join('\n') + '\n');
  const targetPath = file('bulky.fr.txt', target.join('\n') + '\n');

  it('scans a target of WORKER_MIN_BYTES or more on a worker, as this thread would', async () => {
    expect(target.join('\n').length).toBeGreaterThan(WORKER_MIN_BYTES);
    const scans = await scanInputs({ path: sourcePath, maxBytes: 1 << 26, language: 'de' }, { path: targetPath, maxBytes: 1 << 26, language: 'fr' }, 1);
    expect(scans.target).toEqual(scanInput({ path: targetPath, maxBytes: 1 << 26, language: 'fr' }));
    expect(alignScanned(scans.source, scans.target)).toEqual(alignSegments({ texts: source, language: 'de' }, { texts: target, language: 'fr' }));
  });

  it("reports the worker's failure with its code and message (not UTF-8)", async () => {
    const bytes = new TextEncoder().encode(target.join('\n'));
    bytes[bytes.length - 3] = 0xff;
    const broken = file('broken.fr.txt', bytes);
    const sequential = (() => {
      try {
        scanInput({ path: broken, maxBytes: 1 << 26 });
      } catch (error) {
        return error as ParallignError;
      }
      throw new Error('expected the broken file to be rejected');
    })();
    expect(sequential.code).toBe('INVALID_ENCODING');
    await expect(scanInputs({ path: sourcePath, maxBytes: 1 << 26 }, { path: broken, maxBytes: 1 << 26 }, 1)).rejects.toMatchObject({
      name: 'ParallignError',
      code: 'INVALID_ENCODING',
      message: sequential.message,
    });
  });

  it("reports the source's failure first, as one thread would, and stops the worker", async () => {
    await expect(scanInputs({ path: join(folder, 'missing.txt'), maxBytes: 1 << 26 }, { path: targetPath, maxBytes: 1 << 26 }, 1)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

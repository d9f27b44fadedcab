/**
 * The report must not depend on the machine's locale or time zone: the same files give byte-identical
 * output under a Turkish locale in the Chatham Islands (odd case rules, +12:45) and under C/UTC.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { corpusFile, ensureBuilt, runCli, temporaryFolder } from '../cli/run-cli.js';
import { prose, trickyText } from './arbitraries.js';

const tmp = temporaryFolder();
// Each test spawns node several times; on a busy machine that takes more than the default 20 s.
vi.setConfig({ testTimeout: 90_000 });
beforeAll(ensureBuilt);
afterAll(tmp.cleanup);

const PLATFORMS = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  { TZ: 'America/St_Johns', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
];

function outputsUnder(args: string[]): string[] {
  return PLATFORMS.map((env) => {
    const result = runCli(args, { env });
    expect(result.status).toBe(0);
    return result.stdout;
  });
}

describe('compare is independent of locale and time zone (property)', () => {
  it('gives byte-identical JSON for the seed pair', () => {
    const [first, ...rest] = outputsUnder(['compare', corpusFile('eureporter-global-alliance.sv.txt'), corpusFile('eureporter-global-alliance.ar.txt'), '-q']);
    for (const other of rest) expect(other).toBe(first);
  });

  it('gives byte-identical JSON for random text with dotted and dotless i', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.oneof(prose(), trickyText(30)), prose(), fc.constantFrom('İstanbul ıi Iı. ', 'DİJİTAL 12,5. ', ''), (source, target, turkish) => {
        const sourceFile = tmp.file(`s${run}.txt`, turkish + source.replace(/\u0000/g, ''));
        const targetFile = tmp.file(`t${run}.txt`, target);
        run++;
        const [first, ...rest] = outputsUnder(['compare', sourceFile, targetFile, '-q']);
        for (const other of rest) expect(other).toBe(first);
      }),
      { numRuns: 4 },
    );
  }, 60_000);

  it('has no dates or times in the report', () => {
    const [output] = outputsUnder(['compare', corpusFile('ec-press-note-global-alliance.pl.txt'), corpusFile('malmstrom-blog-global-alliance.sv.txt'), '-q']);
    expect(output).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
  });
});

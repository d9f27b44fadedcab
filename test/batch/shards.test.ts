/**
 * The path docs/scaling.md documents for Spark (RDD.pipe), Beam and GNU parallel: split the manifest into
 * shards, run `parallign batch -` on each shard with the shard on stdin and the results on stdout, merge.
 * Runs the built command (dist/cli.js; `npm test` builds it first), as an engine would.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestLine, PAIRS, records, scratchDir, writePairs } from './helpers.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function parallign(args: string[], cwd: string, input?: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Splits lines into `count` contiguous shards, as `split -n l/COUNT` or `parallel --pipe` would. */
function contiguousShards(lines: string[], count: number): string[][] {
  const size = Math.ceil(lines.length / count);
  const shards: string[][] = [];
  for (let i = 0; i < lines.length; i += size) shards.push(lines.slice(i, i + size));
  return shards;
}

describe('parallign batch over shards', () => {
  const names = Object.keys(PAIRS);
  const lines: string[] = [];
  for (let i = 0; i < 8; i++) lines.push(manifestLine(names[i % names.length]!, { id: `doc-${i}` }));
  // A failing pair must survive sharding like any other.
  lines.splice(5, 0, JSON.stringify({ id: 'broken', source: 'missing.en.txt', target: 'budget.sv.txt' }));

  it('gives the same records when shards piped through stdin are concatenated as one run over the whole manifest', { timeout: 60_000 }, () => {
    const dir = scratchDir();
    writePairs(dir);
    writeFileSync(join(dir, 'manifest.jsonl'), lines.join('\n') + '\n');
    const whole = parallign(['batch', 'manifest.jsonl', '--workers', '2'], dir);
    expect(whole.status).toBe(0);
    expect(records(whole.stdout)).toHaveLength(lines.length);

    // Like RDD.pipe or `parallel --pipe --keep-order`: each shard on stdin, results on stdout, one worker each.
    const merged = contiguousShards(lines, 4)
      .map((shard) => parallign(['batch', '-', '--workers', '1'], dir, shard.join('\n') + '\n'))
      .map((run) => {
        expect(run.status).toBe(0);
        return run.stdout;
      })
      .join('');
    expect(merged).toBe(whole.stdout);
  });

  it('merges shard output files written with --out, in any order, to the same set of records', { timeout: 60_000 }, () => {
    const dir = scratchDir();
    writePairs(dir);
    // Relative names, as `parallel ... ::: shard-*` run in the manifest's folder passes them.
    const shardFiles = contiguousShards(lines, 3).map((shard, i) => {
      const path = `shard-${i}.jsonl`;
      writeFileSync(join(dir, path), shard.join('\n') + '\n');
      return path;
    });
    writeFileSync(join(dir, 'manifest.jsonl'), lines.join('\n') + '\n');
    const whole = records(parallign(['batch', 'manifest.jsonl', '--summary'], dir).stdout);
    // Like `parallel parallign batch {} --summary --out {}.out ::: shard-*`, finishing in any order.
    for (const path of [...shardFiles].reverse()) expect(parallign(['batch', path, '--summary', '--out', `${path}.out`], dir).status).toBe(0);
    const merged = shardFiles.flatMap((path) => records(readFileSync(join(dir, `${path}.out`), 'utf8')));
    const withoutTime = (r: Record<string, unknown>) => ({ ...r, ms: 0 });
    expect(merged.map(withoutTime)).toEqual(whole.map(withoutTime));
    expect(merged.find((r) => r['id'] === 'broken')).toEqual({ id: 'broken', ok: false, error: 'missing.en.txt: no such file' });
  });
});

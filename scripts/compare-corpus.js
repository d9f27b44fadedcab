#!/usr/bin/env node
// Runs `parallign compare` on every pair in corpus/manifest.json and writes the reports to reports/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const manifest = JSON.parse(readFileSync(join(root, 'corpus', 'manifest.json'), 'utf8'));
const outDir = join(root, 'reports');
mkdirSync(outDir, { recursive: true });
const languageOf = new Map(manifest.documents.map((d) => [d.file, d.language]));

for (const pair of manifest.pairs) {
  for (const format of ['json']) {
    const out = join(outDir, `${pair.id}.${format}`);
    execFileSync(process.execPath, [
      cli, 'compare', join(root, 'corpus', pair.source), join(root, 'corpus', pair.target),
      '--source-lang', languageOf.get(pair.source), '--target-lang', languageOf.get(pair.target),
      '--format', format, '--out', out,
    ], { stdio: 'inherit' });
    console.log(`wrote ${out}`);
  }
}

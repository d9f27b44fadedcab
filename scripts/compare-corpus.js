#!/usr/bin/env node
// `npm run compare`: runs `parallign compare` on every pair in corpus/manifest.json and writes one report
// per format to reports/<pair id>.<ext> (json, html, md, tmx, tsv). Uses the built command, as a user would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const manifest = JSON.parse(readFileSync(join(root, 'corpus', 'manifest.json'), 'utf8'));
const outDir = join(root, 'reports');
mkdirSync(outDir, { recursive: true });
const languageOf = new Map(manifest.documents.map((d) => [d.file, d.language]));

/** Report format → file extension. */
const FORMATS = { json: 'json', html: 'html', md: 'md', tmx: 'tmx', tsv: 'tsv' };

let failed = 0;
for (const pair of manifest.pairs) {
  for (const [format, extension] of Object.entries(FORMATS)) {
    const out = join(outDir, `${pair.id}.${extension}`);
    const args = [
      cli, 'compare', join('corpus', pair.source), join('corpus', pair.target),
      '--source-lang', languageOf.get(pair.source), '--target-lang', languageOf.get(pair.target),
      '--format', format, '--out', out, '--quiet',
    ];
    try {
      // Run from the repository root so the file names in the reports are the short corpus/… paths.
      execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
      console.log(`wrote ${relative(root, out)}`);
    } catch {
      failed++;
      console.error(`failed: ${pair.id} as ${format}`);
    }
  }
}
if (failed > 0) process.exitCode = 1;

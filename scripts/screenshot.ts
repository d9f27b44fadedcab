/**
 * Makes docs/report-screenshot.png, the README's picture of the HTML report: compares the Swedish/Arabic
 * seed pair, renders the report in Debian's chromium and captures the first screen. Run by hand after
 * the report or the pipeline changes visibly:  npx tsx scripts/screenshot.ts [output.png]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { compare, formatReport } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = process.argv[2] ?? join(root, 'docs', 'report-screenshot.png');
const source = 'eureporter-global-alliance.sv.txt';
const target = 'eureporter-global-alliance.ar.txt';

const comparison = compare(readFileSync(join(root, 'corpus', source), 'utf8'), readFileSync(join(root, 'corpus', target), 'utf8'), {
  sourceLanguage: 'sv',
  targetLanguage: 'ar',
  sourceName: source,
  targetName: target,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 1 });
  await page.setContent(formatReport(comparison, 'html'), { waitUntil: 'load' });
  // The top of the page: title, summary, filters and the first beads, as a reader first sees it.
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
}

/**
 * The HTML report in a real browser (Debian's chromium driven by playwright-core): it renders the seed
 * pair side by side, the Arabic column runs right to left, hostile input stays text, nothing executes and
 * nothing is fetched. Set PARALLIGN_SKIP_BROWSER=1 to skip on a machine without chromium (CI installs it).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, formatReport, type Comparison } from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = join(root, 'test-artifacts');
const skip = process.env.PARALLIGN_SKIP_BROWSER === '1';

/** The computed value of a CSS property, read in the page (the project compiles without the DOM lib). */
type StyleReader = { getComputedStyle(element: unknown): Record<string, string> };
const computed = (element: unknown, property: string) => (globalThis as unknown as StyleReader).getComputedStyle(element)[property];
const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload='window.__pwned=1'>",
  '<a href="javascript:window.__pwned=1">javascript:window.__pwned=1</a>',
  '</style><script>window.__pwned=1</script>',
  '</textarea></title><iframe src="https://example.com/"></iframe>',
  '<link rel="stylesheet" href="https://example.com/x.css">',
];

/** Loads `html` into a fresh page, recording every request, console error and dialog. */
async function open(browser: Browser, html: string) {
  const page: Page = await browser.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests, consoleErrors, dialogs };
}

function hostileComparison(): Comparison {
  const source = HOSTILE.map((h, i) => `Mening ${i + 1} innehåller ${h} och slutar här.`).join('\n');
  const target = HOSTILE.map((h, i) => `الجملة ${i + 1} تحتوي ${h} وتنتهي هنا.`).join('\n');
  return compare(source, target, { sourceLanguage: 'sv', targetLanguage: 'ar', sourceName: '<script>window.__pwned=1</script>.txt', targetName: '"><img src=x onerror=alert(1)>' });
}

describe.skipIf(skip)('HTML report in chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(artifacts, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the Swedish/Arabic seed pair bead by bead, the Arabic column right to left', async () => {
    const comparison = compare(
      readFileSync(join(root, 'corpus', 'eureporter-global-alliance.sv.txt'), 'utf8'),
      readFileSync(join(root, 'corpus', 'eureporter-global-alliance.ar.txt'), 'utf8'),
      { sourceLanguage: 'sv', targetLanguage: 'ar', sourceName: 'eureporter-global-alliance.sv.txt', targetName: 'eureporter-global-alliance.ar.txt' },
    );
    const { page, requests, consoleErrors, dialogs } = await open(browser, formatReport(comparison, 'html'));
    expect(await page.locator('table.beads tbody tr.bead').count()).toBe(comparison.beads.length);

    const paired = comparison.beads.findIndex((b) => b.source.length > 0 && b.target.length > 0);
    const targetCell = page.locator(`#bead-${paired} td.tgt`);
    const sourceCell = page.locator(`#bead-${paired} td.src`);
    expect(await targetCell.evaluate(computed, 'direction')).toBe('rtl');
    expect(await targetCell.getAttribute('lang')).toBe('ar');
    expect(await sourceCell.evaluate(computed, 'direction')).toBe('ltr');
    // The stylesheet is allowed by its hash: if the CSP blocked it, the cell would not be right-aligned.
    expect(await targetCell.evaluate(computed, 'textAlign')).toBe('right');

    const oneSided = comparison.beads.findIndex((b) => b.target.length === 0);
    if (oneSided >= 0) {
      await expect(page.locator(`#bead-${oneSided} td.tgt.missing`).textContent()).resolves.toBe('only in source');
    }
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'html-report-seed.png'), fullPage: false });
    await page.close();
  }, 60_000);

  it('shows hostile input as text and runs none of it', async () => {
    const comparison = hostileComparison();
    const { page, requests, consoleErrors, dialogs } = await open(browser, formatReport(comparison, 'html', { title: '<script>window.__pwned=1</script>' }));
    expect(await page.evaluate(pwned)).toBeUndefined();
    expect(await page.locator('script, img, iframe, svg, link, a[href^="javascript"]').count()).toBe(0);
    const text = await page.locator('table.beads').innerText();
    for (const h of HOSTILE) expect(text).toContain(h);
    expect(await page.locator('h1').innerText()).toContain('<script>window.__pwned=1</script>');
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);

  it('filters beads by kind and severity without any script', async () => {
    const comparison = compare('Ett. Två. Tre.', 'Un. Deux.', { sourceLanguage: 'sv', targetLanguage: 'fr' });
    const { page } = await open(browser, formatReport(comparison, 'html'));
    const visibleRows = () => page.locator('table.beads tbody tr.bead:visible').count();
    const all = await visibleRows();
    expect(all).toBe(comparison.beads.length);
    const withFindings = new Set(comparison.divergences.map((d) => d.bead)).size;
    await page.locator('label[for="fk-any"]').click();
    expect(await visibleRows()).toBe(withFindings);
    await page.locator('label[for="fk-all"]').click();
    expect(await visibleRows()).toBe(all);
    await page.locator('label[for="fs-error"]').click();
    const withErrors = new Set(comparison.divergences.filter((d) => d.severity === 'error').map((d) => d.bead)).size;
    expect(await visibleRows()).toBe(withErrors);
    await page.close();
  }, 60_000);
});

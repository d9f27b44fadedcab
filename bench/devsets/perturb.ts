/**
 * Turns a run of aligned blocks into a development document that is hard the way real pages are, and
 * records the gold as it goes: neighbouring sentences merged on one side (→ 2-1/1-2), sentences and whole
 * blocks dropped from one side (→ one-sided beads), page chrome added to one side (→ one-sided beads).
 * Numbers and names in the text are never changed, so the gold stays clean. Also writes the running-text form
 * (paragraphs separated by blank lines, chrome as its own lines) with each segment's span.
 */
import { CHROME, type ChromeLanguageData } from './chrome.js';
import type { AlignedBlock } from './pair.js';
import type { Random } from './prng.js';
import type { DevSet, GoldBead, PerturbationCounts } from './types.js';

/** Probabilities of each perturbation. */
export interface PerturbationRates {
  /** Per pair of neighbouring 1-1 units inside a block: join the two sentences on one side. */
  merge: number;
  /** Per 1-1 unit: drop the sentence on one side. */
  drop: number;
  /** Per block: drop the whole block on one side. */
  dropBlock: number;
  /** Per block boundary: insert a chrome block on one side. */
  chrome: number;
  /** Per document edge (top and bottom): insert a chrome block on one side. */
  edgeChrome: number;
}

/**
 * Rates chosen so that a 100-segment document gets a handful of each: about 4 merges, 3 dropped
 * sentences, a dropped block now and then, and chrome every dozen blocks or so, like the seed pages.
 */
export const DEFAULT_RATES: PerturbationRates = { merge: 0.06, drop: 0.03, dropBlock: 0.015, chrome: 0.08, edgeChrome: 0.6 };

type SideName = 'source' | 'target';
type OutputKind = AlignedBlock['kind'] | 'chrome';

interface OutputBlock {
  kind: OutputKind;
  segments: number[];
}

interface SideBuilder {
  language: string;
  segments: string[];
  blocks: OutputBlock[];
  chrome: number[];
}

/** What a document is made of before perturbation. */
export interface DocumentPlan {
  id: string;
  pair: string;
  sourceLanguage: string;
  targetLanguage: string;
  blocks: readonly AlignedBlock[];
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function fillChromeLine(line: string, data: ChromeLanguageData, random: Random): string {
  const date = data.dateFormat
    .replace('{d}', String(random.int(1, 28)))
    .replace('{month}', random.pick(data.months))
    .replace('{y}', String(random.int(2012, 2025)));
  return line
    .replace('{date}', date)
    .replace('{n}', String(random.int(2, 48)))
    .replace('{hh}', pad2(random.int(6, 22)))
    .replace('{mm}', pad2(random.int(0, 59)));
}

/** Applies the perturbations to `plan` with `random` and returns the finished development set. */
export function buildDocument(plan: DocumentPlan, random: Random, rates: PerturbationRates = DEFAULT_RATES): DevSet {
  const sides: Record<SideName, SideBuilder> = {
    source: { language: plan.sourceLanguage, segments: [], blocks: [], chrome: [] },
    target: { language: plan.targetLanguage, segments: [], blocks: [], chrome: [] },
  };
  const gold: GoldBead[] = [];
  const counts: PerturbationCounts = { merged: 0, dropped: 0, droppedBlocks: 0, chromeLines: 0 };
  const pickSide = (): SideName => (random.chance(0.5) ? 'source' : 'target');
  const add = (side: SideName, text: string, block: OutputBlock): number => {
    const index = sides[side].segments.push(text) - 1;
    block.segments.push(index);
    return index;
  };

  const addChrome = (side: SideName): void => {
    const data = CHROME[sides[side].language];
    if (!data) return; // no chrome catalogue for this language: leave the side clean rather than mix languages
    const template = random.pick(data.templates);
    const block: OutputBlock = { kind: 'chrome', segments: [] };
    for (const line of template.lines) {
      const index = add(side, fillChromeLine(line, data, random), block);
      sides[side].chrome.push(index);
      gold.push(side === 'source' ? { source: [index], target: [] } : { source: [], target: [index] });
      counts.chromeLines++;
    }
    sides[side].blocks.push(block);
  };

  if (random.chance(rates.edgeChrome)) addChrome(pickSide());
  plan.blocks.forEach((alignedBlock, blockIndex) => {
    if (blockIndex > 0 && random.chance(rates.chrome)) addChrome(pickSide());
    const source: OutputBlock = { kind: alignedBlock.kind, segments: [] };
    const target: OutputBlock = { kind: alignedBlock.kind, segments: [] };
    const out: Record<SideName, OutputBlock> = { source, target };

    if (random.chance(rates.dropBlock)) {
      // The whole block exists on one side only: every sentence of it is a one-sided bead.
      const kept = pickSide();
      for (const unit of alignedBlock.units) {
        for (const text of unit[kept]) {
          const index = add(kept, text, out[kept]);
          gold.push(kept === 'source' ? { source: [index], target: [] } : { source: [], target: [index] });
        }
      }
      counts.droppedBlocks++;
      sides[kept].blocks.push(out[kept]);
      return;
    }

    const units = alignedBlock.units;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u];
      if (!unit) continue;
      const next = units[u + 1];
      const isOneToOne = unit.source.length === 1 && unit.target.length === 1;
      if (isOneToOne && next && next.source.length === 1 && next.target.length === 1 && random.chance(rates.merge)) {
        const joined = pickSide();
        const other: SideName = joined === 'source' ? 'target' : 'source';
        const joinedIndex = add(joined, `${unit[joined][0]} ${next[joined][0]}`, out[joined]);
        const first = add(other, unit[other][0] as string, out[other]);
        const second = add(other, next[other][0] as string, out[other]);
        gold.push(joined === 'source' ? { source: [joinedIndex], target: [first, second] } : { source: [first, second], target: [joinedIndex] });
        counts.merged++;
        u++;
        continue;
      }
      if (isOneToOne && random.chance(rates.drop)) {
        const kept = pickSide();
        const index = add(kept, unit[kept][0] as string, out[kept]);
        gold.push(kept === 'source' ? { source: [index], target: [] } : { source: [], target: [index] });
        counts.dropped++;
        continue;
      }
      const sourceIndices = unit.source.map((text) => add('source', text, source));
      const targetIndices = unit.target.map((text) => add('target', text, target));
      gold.push({ source: sourceIndices, target: targetIndices });
    }
    if (source.segments.length > 0) sides.source.blocks.push(source);
    if (target.segments.length > 0) sides.target.blocks.push(target);
  });
  if (random.chance(rates.edgeChrome)) addChrome(pickSide());

  const sourceRunning = renderRunningText(sides.source);
  const targetRunning = renderRunningText(sides.target);
  return {
    id: plan.id,
    pair: plan.pair,
    sourceLanguage: plan.sourceLanguage,
    targetLanguage: plan.targetLanguage,
    source: sides.source.segments,
    target: sides.target.segments,
    gold,
    sourceText: sourceRunning.text,
    targetText: targetRunning.text,
    sourceSpans: sourceRunning.spans,
    targetSpans: targetRunning.spans,
    perturbations: counts,
    chrome: { source: sides.source.chrome, target: sides.target.chrome },
  };
}

/** List items are written as `- item` lines; this prefix is outside the item's span, as a bullet is. */
const LIST_BULLET = '- ';

/**
 * Writes one side as a page: a paragraph's sentences joined by spaces, blocks separated by a blank line,
 * consecutive list items and the lines of a chrome block on lines of their own.
 */
export function renderRunningText(side: { segments: readonly string[]; blocks: readonly OutputBlock[] }): {
  text: string;
  spans: [number, number][];
} {
  const spans: [number, number][] = new Array<[number, number]>(side.segments.length);
  let text = '';
  let previous: OutputKind | undefined;
  const write = (index: number): void => {
    const segment = side.segments[index] as string;
    spans[index] = [text.length, text.length + segment.length];
    text += segment;
  };
  for (const block of side.blocks) {
    if (previous !== undefined) text += previous === 'list-item' && block.kind === 'list-item' ? '\n' : '\n\n';
    if (block.kind === 'list-item') text += LIST_BULLET;
    block.segments.forEach((index, i) => {
      if (i > 0) text += block.kind === 'chrome' ? '\n' : ' ';
      write(index);
    });
    previous = block.kind;
  }
  return { text: `${text}\n`, spans };
}

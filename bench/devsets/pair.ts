/**
 * Pairs the blocks of two language versions of the same pages by structure (same page, same part, same
 * position, same element), then the sentences inside each paired block. The rules that keep the gold clean:
 *
 * - a block is used only when both sides are really translated (the caller marks untranslated blocks);
 * - a block whose length ratio is far from the pair's typical ratio is dropped (the structure matched but
 *   the content did not, e.g. two short lines of the UDHR preamble in swapped order);
 * - inside a block, equal sentence counts give 1-1 units, provided every sentence pair has a plausible
 *   length ratio; a block with one sentence on one side and two or three on the other becomes one
 *   block-level unit (1-2, 3-1, …), which is legitimate gold; anything else drops the block from both sides.
 */
import type { ExtractedBlock, ExtractedBlockKind } from './html.js';
import { splitSentences } from './split.js';

/** A gold bead before perturbation: sentences on both sides that translate each other. */
export interface AlignedUnit {
  source: string[];
  target: string[];
}

/** A block both sides have, split into units in order. */
export interface AlignedBlock {
  kind: ExtractedBlockKind;
  /** Where it came from, `page#position` (e.g. `sect.apt-get.html#12`), for debugging a bad bead. */
  origin: string;
  units: AlignedUnit[];
}

/** One language version of a page: its blocks, with a flag saying which ones are actually translated. */
export interface PageVersion {
  name: string;
  blocks: ExtractedBlock[];
  /** Same length as `blocks`; false for a block left in the original language. Omitted: all translated. */
  translated?: boolean[];
}

/** Why blocks were left out, for the statistics (a set that silently loses half its blocks is suspicious). */
export interface PairingStats {
  candidateBlocks: number;
  untranslated: number;
  structureMismatch: number;
  lengthRatioOutlier: number;
  sentenceCountMismatch: number;
  blockLevelUnits: number;
  keptBlocks: number;
}

/**
 * How far (as a factor) a block's length ratio may be from the pair's median before the pairing is
 * distrusted. Translations between these languages stay within about ±50 % of the median; 2.2 leaves room
 * for terse headings without letting swapped lines through.
 */
const MAX_BLOCK_RATIO_FACTOR = 2.2;
/** The same for single sentences inside a block with equal counts, a little looser (shorter texts vary more). */
const MAX_SENTENCE_RATIO_FACTOR = 2.5;
/** Added to both lengths so that very short texts (`"1."`, `"APT"`) do not produce extreme ratios. */
const RATIO_SMOOTHING_CHARS = 10;
/** The largest side of a block-level unit; aligners search up to 3-1, more would be unfair gold. */
const MAX_BLOCK_UNIT_SIDE = 3;

function smoothedRatio(source: string, target: string): number {
  return (target.length + RATIO_SMOOTHING_CHARS) / (source.length + RATIO_SMOOTHING_CHARS);
}

function withinFactor(ratio: number, median: number, factor: number): boolean {
  return Math.abs(Math.log(ratio / median)) <= Math.log(factor);
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function groupBlocks(page: PageVersion): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  page.blocks.forEach((block, index) => {
    const list = groups.get(block.group);
    if (list) list.push(index);
    else groups.set(block.group, [index]);
  });
  return groups;
}

/**
 * Pairs the pages of two language versions (matched by page name) and returns the aligned blocks in page
 * order, with the statistics of what was left out.
 */
export function pairPages(
  sourcePages: readonly PageVersion[],
  targetPages: readonly PageVersion[],
  sourceLanguage: string,
  targetLanguage: string,
): { blocks: AlignedBlock[]; stats: PairingStats } {
  const stats: PairingStats = {
    candidateBlocks: 0,
    untranslated: 0,
    structureMismatch: 0,
    lengthRatioOutlier: 0,
    sentenceCountMismatch: 0,
    blockLevelUnits: 0,
    keptBlocks: 0,
  };
  const targetByName = new Map(targetPages.map((page) => [page.name, page]));
  const candidates: { kind: ExtractedBlockKind; origin: string; source: string; target: string }[] = [];

  for (const sourcePage of sourcePages) {
    const targetPage = targetByName.get(sourcePage.name);
    if (!targetPage) continue;
    const targetGroups = groupBlocks(targetPage);
    for (const [group, sourceIndices] of groupBlocks(sourcePage)) {
      const targetIndices = targetGroups.get(group) ?? [];
      stats.candidateBlocks += sourceIndices.length;
      const sameStructure =
        sourceIndices.length === targetIndices.length &&
        sourceIndices.every((s, i) => sourcePage.blocks[s]?.element === targetPage.blocks[targetIndices[i] as number]?.element);
      if (!sameStructure) {
        stats.structureMismatch += sourceIndices.length;
        continue;
      }
      sourceIndices.forEach((s, i) => {
        const t = targetIndices[i] as number;
        const sourceBlock = sourcePage.blocks[s] as ExtractedBlock;
        const targetBlock = targetPage.blocks[t] as ExtractedBlock;
        if (sourcePage.translated?.[s] === false || targetPage.translated?.[t] === false) {
          stats.untranslated++;
          return;
        }
        candidates.push({ kind: sourceBlock.kind, origin: `${sourcePage.name}#${s}`, source: sourceBlock.text, target: targetBlock.text });
      });
    }
  }

  const typicalRatio = median(candidates.map((c) => smoothedRatio(c.source, c.target)));
  const blocks: AlignedBlock[] = [];
  for (const candidate of candidates) {
    if (!withinFactor(smoothedRatio(candidate.source, candidate.target), typicalRatio, MAX_BLOCK_RATIO_FACTOR)) {
      stats.lengthRatioOutlier++;
      continue;
    }
    const units = splitIntoUnits(candidate, sourceLanguage, targetLanguage, typicalRatio);
    if (!units) {
      stats.sentenceCountMismatch++;
      continue;
    }
    if (units.length === 1 && (units[0]?.source.length !== 1 || units[0]?.target.length !== 1)) stats.blockLevelUnits++;
    stats.keptBlocks++;
    blocks.push({ kind: candidate.kind, origin: candidate.origin, units });
  }
  return { blocks, stats };
}

function splitIntoUnits(
  candidate: { kind: ExtractedBlockKind; source: string; target: string },
  sourceLanguage: string,
  targetLanguage: string,
  typicalRatio: number,
): AlignedUnit[] | undefined {
  // A heading is one segment whatever its punctuation ("6.2.1. Initiering").
  if (candidate.kind === 'heading') return [{ source: [candidate.source], target: [candidate.target] }];
  const source = splitSentences(candidate.source, sourceLanguage);
  const target = splitSentences(candidate.target, targetLanguage);
  if (source.length === target.length) {
    const plausible = source.every((sentence, i) =>
      withinFactor(smoothedRatio(sentence, target[i] as string), typicalRatio, MAX_SENTENCE_RATIO_FACTOR),
    );
    if (!plausible) return undefined;
    return source.map((sentence, i) => ({ source: [sentence], target: [target[i] as string] }));
  }
  if (Math.min(source.length, target.length) === 1 && Math.max(source.length, target.length) <= MAX_BLOCK_UNIT_SIDE) {
    return [{ source, target }];
  }
  return undefined;
}

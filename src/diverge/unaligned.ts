/**
 * `unaligned-segment`: a segment in a one-sided bead. Page chrome is `info`; a dropped sentence of body
 * text is an `error` (an omission when it is on the source side, an addition on the target side).
 */
import type { Divergence, Segment } from '../types.js';
import { chromeReason, type ChromeReason } from './chrome.js';
import { divergence, type DivergenceContext, type OneSide } from './context.js';

const CHROME_MESSAGES = {
  pattern: 'looks like page chrome (navigation, sharing, notice, advertisement or comment form)',
  label: 'is a short line without sentence punctuation (a heading, label or page element)',
  'list-of-separators': 'is mostly separators, like a tag or category line whose links were lost',
  'ends-with-colon': 'is a short label ending in a colon, like a page element',
} as const;

/**
 * Per side, the blocks that are one-sided as a whole and hold a line matching a chrome pattern: a page's
 * notice or disclaimer paragraph ("EU Reporter publicerar artiklar … De ståndpunkter som tas … är inte
 * nödvändigtvis …") is chrome in every sentence, though only one of them matches a pattern.
 */
function chromeBlocks(context: DivergenceContext, side: OneSide): { blocks: Set<number>; reasons: Map<Segment, ChromeReason | undefined> } {
  const paired = new Set<number>();
  for (const bead of context.beads) if (bead.source.length > 0 && bead.target.length > 0) for (const index of bead[side]) paired.add(index);
  const blocksWithPairs = new Set<number>();
  const blocksWithPattern = new Set<number>();
  // The reasons of the unpaired segments, kept for the report: these are the segments it asks about.
  const reasons = new Map<Segment, ChromeReason | undefined>();
  for (const segment of context[side].segments) {
    if (paired.has(segment.index)) {
      blocksWithPairs.add(segment.block);
      continue;
    }
    const reason = chromeReason(segment.text, context[side].language);
    reasons.set(segment, reason);
    if (reason === 'pattern') blocksWithPattern.add(segment.block);
  }
  return { blocks: new Set([...blocksWithPattern].filter((block) => !blocksWithPairs.has(block))), reasons };
}

export function detectUnalignedSegments(context: DivergenceContext): Divergence[] {
  const found: Divergence[] = [];
  const chrome = { source: chromeBlocks(context, 'source'), target: chromeBlocks(context, 'target') };
  context.beads.forEach((bead, beadIndex) => {
    const side: OneSide | undefined = bead.source.length === 0 ? 'target' : bead.target.length === 0 ? 'source' : undefined;
    if (!side) return;
    const language = context[side].language;
    const other = side === 'source' ? 'target' : 'source';
    for (const index of bead[side]) {
      const segment = context[side].segments[index];
      if (!segment) continue;
      const { blocks, reasons } = chrome[side];
      const reason = reasons.has(segment) ? reasons.get(segment) : chromeReason(segment.text, language);
      if (reason) {
        found.push(divergence('unaligned-segment', 'info', side, beadIndex, segment, 0, segment.text.length,
          `This ${side} line has no counterpart in the ${other} and ${CHROME_MESSAGES[reason]}.`, 'page-chrome'));
      } else if (blocks.has(segment.block)) {
        found.push(divergence('unaligned-segment', 'info', side, beadIndex, segment, 0, segment.text.length,
          `This ${side} sentence has no counterpart in the ${other} and belongs to a paragraph of page chrome (a notice or disclaimer).`, 'page-chrome'));
      } else if (side === 'source') {
        found.push(divergence('unaligned-segment', 'error', side, beadIndex, segment, 0, segment.text.length,
          'This source sentence has no counterpart in the target: it may have been left out of the translation.', 'omission'));
      } else {
        found.push(divergence('unaligned-segment', 'error', side, beadIndex, segment, 0, segment.text.length,
          'This target sentence has no counterpart in the source: it may have been added.', 'addition'));
      }
    }
  });
  return found;
}

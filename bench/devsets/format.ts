/**
 * The presegmented file format of the development sets, the same as the Text+Berg set's: one segment per
 * line, and one gold bead per line written `[0]:[0, 1]` (0-based line numbers; `[]:[22]` is one-sided).
 */
import type { DevSet, GoldBead } from './types.js';

/** Writes one bead as `[0, 1]:[2]`. */
export function formatBead(bead: GoldBead): string {
  return `[${bead.source.join(', ')}]:[${bead.target.join(', ')}]`;
}

/** The gold file: one bead per line, with a final newline. */
export function formatGold(gold: readonly GoldBead[]): string {
  return gold.map(formatBead).join('\n') + '\n';
}

/** Reads a gold file back; blank lines are ignored. Throws on a line that is not a bead. */
export function parseGold(text: string): GoldBead[] {
  const beads: GoldBead[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const match = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/.exec(line);
    if (!match) throw new Error(`gold line ${i + 1}: "${line}" is not a bead like [0]:[0, 1]`);
    const indices = (list: string): number[] => list.split(',').map((item) => item.trim()).filter((item) => item !== '').map(Number);
    beads.push({ source: indices(match[1] ?? ''), target: indices(match[2] ?? '') });
  });
  return beads;
}

/** The name of a bead's type, `2-1` for two source segments and one target segment. */
export function beadType(bead: GoldBead): string {
  return `${bead.source.length}-${bead.target.length}`;
}

/** The files of a set in the presegmented form, by file name. */
export function presegmentedFiles(set: DevSet): Record<string, string> {
  const files: Record<string, string> = {
    'source.txt': set.source.join('\n') + '\n',
    'target.txt': set.target.join('\n') + '\n',
    'gold.txt': formatGold(set.gold),
  };
  if (set.sourceText !== undefined) files['source.page.txt'] = set.sourceText;
  if (set.targetText !== undefined) files['target.page.txt'] = set.targetText;
  return files;
}

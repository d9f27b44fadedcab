/**
 * What the accuracy benches share: where the Text+Berg development set is, and the `--cost name=value`,
 * `--only SET` and `--show N` arguments of quick.ts and errors.ts.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CostParameters } from '../../src/align/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The Text+Berg German–French development set, read from ../shared (only benchmarks may), or from
 * PARALLIGN_TEXTBERG_DIR when the checkout is not beside shared/ (a worktree in /tmp).
 */
export const TEXTBERG_DIR = process.env.PARALLIGN_TEXTBERG_DIR ?? join(root, '../shared/data/textberg-defr-dev');

export interface TuningArgs {
  /** Cost constants to override (`--cost name=value`, repeatable). */
  cost: Partial<CostParameters>;
  /** Whether a set (`textberg`, `sv-ar`, …) is to be run: all unless `--only` names some. */
  wanted: (name: string) => boolean;
  /** `--show N`: how many wrong beads to print per set (errors.ts). */
  show: number;
}

export function parseTuningArgs(argv: readonly string[]): TuningArgs {
  const cost: Partial<CostParameters> = {};
  const only: string[] = [];
  let show = 0;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--cost') {
      const [name, value] = (argv[++k] ?? '').split('=');
      (cost as Record<string, number>)[name!] = Number(value);
    } else if (arg === '--only') only.push(argv[++k]!);
    else if (arg === '--show') show = Number(argv[++k]);
  }
  return { cost, wanted: (name) => only.length === 0 || only.includes(name), show };
}

/**
 * `parallign batch MANIFEST`: many document pairs, JSON Lines in and out.
 * PLACEHOLDER: to be written by the scale work.
 */
import { ParallignError } from '../errors.js';

export async function runBatch(args: string[]): Promise<number> {
  void args;
  throw new ParallignError('USAGE', 'batch is not implemented yet');
}

/**
 * `length-ratio`: a bead whose two sides differ in length more than translation explains, so that part
 * of a sentence is probably missing or added. The length model is Gale & Church's (1993): the target's
 * length is normal around c·(source length) with variance s²·(source length). Both c and s² are estimated
 * from the document pair itself (Arabic is shorter than Swedish in letters, Polish longer than English),
 * so the detector adapts to any language pair.
 */
import { codeUnitsMatching } from '../anchors/text.js';
import type { Divergence } from '../types.js';
import { beadSegments, isTwoSided, spanDivergence, type DivergenceContext } from './context.js';

/** Gale & Church's variance per character, used when the document is too short to estimate its own. */
const GALE_CHURCH_VARIANCE = 6.8;
/** Fewest two-sided beads for the document's own variance estimate. */
const MIN_BEADS_TO_ESTIMATE = 8;
/** The median of a χ² variable with one degree of freedom: turns the median squared z into a variance. */
const CHI2_1_MEDIAN = 0.455;
/**
 * |z| above which a bead is reported. 3 standard deviations: under the model one bead in ~370 crosses it
 * by chance. On our correct pairs (bench/precision) no bead exceeds |z| = 1.8 with the document's own
 * variance, while a sentence cut to a third of its length lands between −1.8 and −4.2.
 */
const Z_THRESHOLD = 3;
/** Beads with fewer letters than this on the longer side are headings and labels: too short to judge. */
const MIN_LETTERS = 40;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Code points below this have their answer in `IS_LETTER_OR_DIGIT`. */
const TABLE_SIZE = 0x800;
/** `LETTER_OR_DIGIT` for the first `TABLE_SIZE` code points, built once at load and never changed. */
const IS_LETTER_OR_DIGIT: Uint8Array = codeUnitsMatching(LETTER_OR_DIGIT, TABLE_SIZE);

/**
 * How many code points of `text` are letters or digits, as `text.match(/[\p{L}\p{N}]/gu).length` counts
 * them, without an array of one string per letter.
 */
function lettersIn(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < TABLE_SIZE) {
      count += IS_LETTER_OR_DIGIT[c]!;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) count++;
  }
  return count;
}

export interface LengthModel {
  /** Target letters per source letter. */
  ratio: number;
  /** Variance of the target length per source letter. */
  variance: number;
}

/** Estimates the length model from the two-sided beads of a document pair. */
export function estimateLengthModel(pairs: readonly [number, number][]): LengthModel {
  const usable = pairs.filter(([s, t]) => s > 0 && t > 0);
  const totalSource = usable.reduce((sum, [s]) => sum + s, 0);
  const totalTarget = usable.reduce((sum, [, t]) => sum + t, 0);
  const ratio = totalSource > 0 ? totalTarget / totalSource : 1;
  if (usable.length < MIN_BEADS_TO_ESTIMATE) return { ratio, variance: GALE_CHURCH_VARIANCE * ratio };
  // Robust: the median of the squared standardised residuals, so the very beads we look for (and the
  // aligner's mistakes) do not inflate the variance that is meant to reveal them.
  const squared = usable.map(([s, t]) => (t - ratio * s) ** 2 / s).sort((a, b) => a - b);
  const median = squared[Math.floor(squared.length / 2)]!;
  return { ratio, variance: Math.max(median / CHI2_1_MEDIAN, GALE_CHURCH_VARIANCE * ratio * 0.25) };
}

/** The z-score of a bead with `source` and `target` letters under `model`. */
export function lengthZ(source: number, target: number, model: LengthModel): number {
  return (target - model.ratio * source) / Math.sqrt(Math.max(source, 1) * model.variance);
}

export function detectLengthRatio(context: DivergenceContext): Divergence[] {
  const beads = context.beads
    .map((bead, index) => ({ bead, index }))
    .filter(({ bead }) => isTwoSided(bead))
    .map(({ bead, index }) => {
      const source = beadSegments(context, bead, 'source');
      const target = beadSegments(context, bead, 'target');
      return { index, source, target,
        sourceLetters: lettersIn(source.map((s) => s.text).join(' ')),
        targetLetters: lettersIn(target.map((s) => s.text).join(' ')) };
    });
  const model = estimateLengthModel(beads.map((b) => [b.sourceLetters, b.targetLetters]));
  const found: Divergence[] = [];
  for (const b of beads) {
    if (Math.max(b.sourceLetters, b.targetLetters / model.ratio) < MIN_LETTERS) continue;
    const z = lengthZ(b.sourceLetters, b.targetLetters, model);
    if (Math.abs(z) < Z_THRESHOLD) continue;
    const expected = Math.round(model.ratio * b.sourceLetters);
    const finding = z < 0
      ? spanDivergence(context, 'length-ratio', 'warning', 'source', b.index, b.source,
        `The translation is much shorter than this source (${b.targetLetters} letters where about ${expected} were expected): part of it may be missing.`,
        'target-shorter')
      : spanDivergence(context, 'length-ratio', 'warning', 'target', b.index, b.target,
        `This translation is much longer than its source (${b.targetLetters} letters where about ${expected} were expected): something may have been added.`,
        'target-longer');
    if (finding) found.push(finding);
  }
  return found;
}

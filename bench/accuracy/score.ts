/**
 * The measure every sentence-alignment paper uses: precision, recall and F1 over beads, strict and lax, as
 * defined with the Text+Berg development set (Sennrich & Volk 2010; the same definition as Vecalign's
 * score.py): precision judges every output bead, one-sided ones included; recall judges the gold beads that
 * have both sides against the output beads that have both sides; counts are summed over documents before the
 * ratios are taken. Plus what parallign's users care about most: how many one-sided gold beads (omissions,
 * page chrome) come out one-sided.
 */

/** A bead as the scorer sees it: source and target line numbers. */
export interface ScoredBead {
  source: readonly number[];
  target: readonly number[];
}

/** Raw counts for one or more documents; add them up with `addCounts`, turn them into ratios with `ratios`. */
export interface AlignmentCounts {
  /** Output beads (precision denominator). */
  outputBeads: number;
  strictPrecisionHits: number;
  laxPrecisionHits: number;
  /** Gold beads with both sides (recall denominator). */
  goldTwoSidedBeads: number;
  strictRecallHits: number;
  laxRecallHits: number;
  /** Gold beads with one side empty. */
  goldOneSidedBeads: number;
  /** Of those, how many have every segment in a one-sided output bead on the same side. */
  oneSidedRecovered: number;
}

export interface AlignmentScores {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
  /** oneSidedRecovered / goldOneSidedBeads; NaN when the gold has no one-sided beads. */
  oneSidedRecall: number;
}

const beadKey = (bead: ScoredBead) => `${bead.source.join(',')}:${bead.target.join(',')}`;
const linkKey = (source: number, target: number) => `${source}>${target}`;

/** Every source–target link inside the beads, as a set of keys. */
function linksOf(beads: readonly ScoredBead[]): Set<string> {
  const links = new Set<string>();
  for (const bead of beads) for (const s of bead.source) for (const t of bead.target) links.add(linkKey(s, t));
  return links;
}

/** Beads of `judged` that equal a bead of `reference` (strict) or share a link with one (lax). */
function hits(judged: readonly ScoredBead[], reference: readonly ScoredBead[]): { strict: number; lax: number } {
  const exact = new Set(reference.map(beadKey));
  const links = linksOf(reference);
  let strict = 0;
  let lax = 0;
  for (const bead of judged) {
    if (exact.has(beadKey(bead))) {
      strict++;
      lax++;
      continue;
    }
    if (bead.source.some((s) => bead.target.some((t) => links.has(linkKey(s, t))))) lax++;
  }
  return { strict, lax };
}

const twoSided = (beads: readonly ScoredBead[]) => beads.filter((b) => b.source.length > 0 && b.target.length > 0);

/** Counts for one document: `output` is what the aligner produced, `gold` the hand alignment. */
export function countAlignment(output: readonly ScoredBead[], gold: readonly ScoredBead[]): AlignmentCounts {
  // Beads empty on both sides carry no information; the reference scorers drop them too.
  const out = output.filter((b) => b.source.length > 0 || b.target.length > 0);
  const ref = gold.filter((b) => b.source.length > 0 || b.target.length > 0);
  const precision = hits(out, ref);
  const goldBoth = twoSided(ref);
  const recall = hits(goldBoth, twoSided(out));

  const oneSidedSource = new Set<number>();
  const oneSidedTarget = new Set<number>();
  for (const b of out) {
    if (b.target.length === 0) for (const s of b.source) oneSidedSource.add(s);
    if (b.source.length === 0) for (const t of b.target) oneSidedTarget.add(t);
  }
  const goldOneSided = ref.filter((b) => b.source.length === 0 || b.target.length === 0);
  const recovered = goldOneSided.filter(
    (b) => b.source.every((s) => oneSidedSource.has(s)) && b.target.every((t) => oneSidedTarget.has(t)),
  ).length;

  return {
    outputBeads: out.length,
    strictPrecisionHits: precision.strict,
    laxPrecisionHits: precision.lax,
    goldTwoSidedBeads: goldBoth.length,
    strictRecallHits: recall.strict,
    laxRecallHits: recall.lax,
    goldOneSidedBeads: goldOneSided.length,
    oneSidedRecovered: recovered,
  };
}

/** Sums counts over documents (the ratios are taken after summing, as the reference scorers do). */
export function addCounts(...all: AlignmentCounts[]): AlignmentCounts {
  const total: AlignmentCounts = {
    outputBeads: 0,
    strictPrecisionHits: 0,
    laxPrecisionHits: 0,
    goldTwoSidedBeads: 0,
    strictRecallHits: 0,
    laxRecallHits: 0,
    goldOneSidedBeads: 0,
    oneSidedRecovered: 0,
  };
  for (const c of all) for (const k of Object.keys(total) as (keyof AlignmentCounts)[]) total[k] += c[k];
  return total;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Precision, recall and F1 (strict and lax) and one-sided recall from summed counts. */
export function ratios(counts: AlignmentCounts): AlignmentScores {
  const sp = ratio(counts.strictPrecisionHits, counts.outputBeads);
  const sr = ratio(counts.strictRecallHits, counts.goldTwoSidedBeads);
  const lp = ratio(counts.laxPrecisionHits, counts.outputBeads);
  const lr = ratio(counts.laxRecallHits, counts.goldTwoSidedBeads);
  return {
    strict: { precision: sp, recall: sr, f1: f1(sp, sr) },
    lax: { precision: lp, recall: lr, f1: f1(lp, lr) },
    oneSidedRecall: counts.goldOneSidedBeads === 0 ? NaN : counts.oneSidedRecovered / counts.goldOneSidedBeads,
  };
}

/** Scores one document. */
export function scoreAlignment(output: readonly ScoredBead[], gold: readonly ScoredBead[]): AlignmentScores {
  return ratios(countAlignment(output, gold));
}

/** Reads the `[0, 1]:[2]` one-bead-per-line format that the CLI prints and the gold files use. */
export function parseBeads(text: string, name = 'beads'): ScoredBead[] {
  const beads: ScoredBead[] = [];
  const list = (s: string) => (s.trim() === '' ? [] : s.split(',').map((x) => Number(x.trim())));
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/.exec(line);
    if (!m) throw new Error(`${name}:${index + 1}: not a bead line: ${JSON.stringify(line)}`);
    beads.push({ source: list(m[1]!), target: list(m[2]!) });
  });
  return beads;
}

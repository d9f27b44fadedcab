/**
 * Long input: the candidates (the band of the grid the search may use) when the whole grid is too big to
 * search. Pass 1 is a guide (a sliding window with a committed prefix, 1-1 beads and skips only) and then
 * the first pass's bead shapes in a narrow band around it; pass 2 searches a narrow band around pass 1's
 * path. The cost of a bead is not decided here: windows and pieces are scored by the caller's
 * `ScoreWindow`. See docs/alignment.md, "Search: linear in time and memory" and "Long input, round 2".
 */
import type { SideFeatures } from './features.js';
import { BEAD_TYPES } from './scoring.js';
import { type Band, bandAroundPath, type BeadCost, type BeadType, type PathStep, searchBand } from './search.js';
import type { Workspace } from './workspace.js';

/** What a window's search needs from the scorer: bead costs, and the similarity of a 1-1 pair. */
export interface WindowScorer {
  cost: BeadCost;
  similarity: (i: number, a: number, j: number, b: number) => number;
}

/**
 * Scores the window of source segments [i0, i1) against target segments [j0, j1) (coordinates inside the
 * window start at 0), for the search of `band` with the bead shapes `types`.
 */
export type ScoreWindow = (i0: number, i1: number, j0: number, j1: number, band: Band, types: readonly BeadType[]) => WindowScorer;

/**
 * Bead shapes of the guide on long input: 1-1, 1-0, 0-1 (BEAD_TYPES lists them first). The guide only places
 * the first pass's band, which moves FIRST_PASS_RADIUS around it and brings the merges in.
 */
export const GUIDE_TYPES = 3;
/**
 * Bead shapes of the first pass on long input: BEAD_TYPES' first eight (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1,
 * 1-3). Pass 1 with the five of round 1 (up to 2-1/1-2) lost about 0.006 strict F1 on Text+Berg against the
 * full grid (bench/scale/quick.ts with the lexicon unable to profit from the copies, 2 500 a side: 0.8529
 * against 0.8622); with eight, 0.8622. All twelve gave the same beads as eight at 2 500 and 30 000 a side on
 * Text+Berg and on the four distinct debian-handbook pairs (bench/scale/distinct.ts, seed 1).
 */
export const FIRST_PASS_TYPES = 8;
/**
 * Columns (and rows) the first pass may move from the guide's path (secondPassBand around it). ±3 lost
 * Text+Berg's full-grid beads at 2 500 a side (0.8587 against 0.8622); ±4 kept them.
 */
export const FIRST_PASS_RADIUS = 4;
/** The full grid is searched when it has at most this many nodes (≈ 550 × 550); beyond, longFirstPass and bands. */
export const FULL_SEARCH_NODES = 300_000;
/**
 * Long input: the guide searches windows of this many source segments (and the target stretch their
 * cumulative length predicts) and keeps the path's first COMMIT_ROWS rows; the next window starts where
 * the kept part ends. The last quarter is thrown away because a window's end is forced to its corner, so
 * its path is only sure well before the end. Measured in round 1, when the windows were the whole first
 * pass, on bench/scale's concatenated Text+Berg copies (strict F1, 10 000 / 100 000 a side): 256/192 rows
 * with radius 24 → 0.779 / 0.782; 256/128 rows with radius 40 → 0.779 / 0.753 (a wider band lets the
 * window wander); 128/96 and 512/384 rows gave the same 0.779 at 10 000. As a guide (round 2), keeping
 * 240 of 256 rows gave the same Text+Berg F1 from 1 000 to 100 000 a side but lost sv-en on distinct
 * documents (bench/scale/distinct.ts, seed 1, 2 015 a side: 0.992 → 0.933): a guessed end can stray further
 * than FIRST_PASS_RADIUS. A guide band narrower than ±24 lost F1 too (±16: 0.8560 / 0.8507 at 2 500 /
 * 30 000 a side against 0.8622 / 0.8585).
 */
const WINDOW_ROWS = 256;
const COMMIT_ROWS = 192;
/** Columns on either side of the length-predicted target position inside a window (see WINDOW_ROWS). */
const WINDOW_RADIUS = 24;
/**
 * When a window's kept path runs along its band's edge, the band was in the way (a long untranslated stretch
 * or a run of page chrome on one side): the window is searched again with the radius times
 * WINDOW_WIDENING, up to WINDOW_MAX_RADIUS (a 256 × 1 500 window, still cheap when rare).
 */
const WINDOW_WIDENING = 4;
const WINDOW_MAX_RADIUS = 1536;
/**
 * Path nodes on the band's edge that make a window search again, wider. One is not enough: an ordinary
 * window touches its edge now and then, and widening it lets the path wander (strict F1 at 100 000 a
 * side: 0.775 with 1, 0.782 with 4 or 8; the 120-line gap of the long-document test is found with all three).
 */
const WINDOW_EDGE_NODES = 4;
/**
 * The second pass searches this far around the first pass's path (when the full grid is too big); 5 gave
 * the same beads as 10 on concatenated development documents at half the cells.
 */
export const SECOND_PASS_RADIUS = 5;
/**
 * On long input, the third pass (the relearnt lexicon) searches this far around the second pass's path.
 * At 100 000 segments a side (bench/scale, the kept pair) radii 0, 1, 2, 3 and 5 gave byte-identical
 * beads: the relearnt lexicon confirms the second path rather than moving it (the second pass's own radius
 * cannot shrink like that: 3 kept its beads, 2 moved 390). 2 leaves room for a bead that does move, with
 * less than half of radius 5's cells: user time 19.3–19.7 → 17.8–18.3 s at 100 000 a side (A/B at load
 * 1–2, docs/scaling.md). Short input keeps SECOND_PASS_RADIUS for its third pass (the development sets'
 * beads are unchanged).
 */
export const THIRD_PASS_RADIUS = 2;
/** First-pass 1-1 beads at least this similar teach the lexicon and the length model. */
export const CONFIDENT_SIMILARITY = 0.1;

/**
 * The second pass on long input is searched in pieces of at least this many source rows: its tables then
 * hold one piece (about 16 000 rows × 30 cells) instead of the whole document (at 1 000 000 a side, about
 * 700 MB of masks and DP tables).
 */
const PIECE_ROWS = 16_384;
/**
 * A piece ends at the start of a 1-1 bead of the first path that follows at least this many 1-1 beads in a
 * row: where the first path runs straight, the second pass (which may move SECOND_PASS_RADIUS away from
 * it) goes through the same node, so the cut costs nothing.
 */
const PIECE_CUT_RUN = 8;

/** A piece of the second pass: source rows [i0, i1), target columns [j0, j1), and the first path's steps in it (relative). */
export interface SecondPassPiece {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  steps: PathStep[];
}

/**
 * Cuts the first pass's path into pieces for the second pass (one piece when the document is short). Every
 * piece has at least `pieceRows` source rows, unless the whole document has fewer.
 */
export function secondPassPieces(steps: readonly PathStep[], n: number, m: number, pieceRows = PIECE_ROWS): SecondPassPiece[] {
  const pieces: SecondPassPiece[] = [];
  let current: SecondPassPiece = { i0: 0, i1: n, j0: 0, j1: m, steps: [] };
  let run = 0;
  for (const step of steps) {
    const { a, b } = BEAD_TYPES[step.type]!;
    const oneToOne = a === 1 && b === 1;
    if (oneToOne && run >= PIECE_CUT_RUN && step.i - current.i0 >= pieceRows && n - step.i >= pieceRows) {
      current.i1 = step.i;
      current.j1 = step.j;
      pieces.push(current);
      current = { i0: step.i, i1: n, j0: step.j, j1: m, steps: [] };
    }
    run = oneToOne ? run + 1 : 0;
    current.steps.push({ i: step.i - current.i0, j: step.j - current.j0, type: step.type, cost: step.cost });
  }
  pieces.push(current);
  return pieces;
}

/** The band of the second pass on long input: SECOND_PASS_RADIUS around the nodes of the first pass's path. */
export function secondPassBand(steps: readonly PathStep[], n: number, m: number, radius = SECOND_PASS_RADIUS): Band {
  const { nodesI, nodesJ } = pathNodes(steps, n, m);
  return bandAroundPath(nodesI, nodesJ, n, m, radius);
}

/**
 * Path steps → the nodes a band is built around: the start of every two-sided bead, plus both ends. Nodes
 * inside a run of one-sided beads are left out, so the band covers the whole rectangle such a run spans: a
 * run of skips on one side followed by skips on the other is an L through the grid, and the true path
 * usually cuts across it.
 */
function pathNodes(steps: readonly PathStep[], n: number, m: number) {
  const nodesI: number[] = [0];
  const nodesJ: number[] = [0];
  for (const step of steps) {
    const { a, b } = BEAD_TYPES[step.type]!;
    if (a === 0 || b === 0) continue;
    nodesI.push(step.i);
    nodesJ.push(step.j);
  }
  nodesI.push(n);
  nodesJ.push(m);
  return { nodesI: Int32Array.from(nodesI), nodesJ: Int32Array.from(nodesJ) };
}

/** A view of segments [from, to) of a side, sharing its token arrays (O(1): no copying). */
export function sliceSide(side: SideFeatures, from: number, to: number): SideFeatures {
  return {
    ...side,
    count: to - from,
    length: side.length.subarray(from, to),
    chromeLike: side.chromeLike.subarray(from, to),
    block: side.block.subarray(from, to),
    ...(side.continues ? { continues: side.continues.subarray(from, to) } : {}),
    // Token offsets stay absolute, so the token and key arrays are shared with the whole side.
    tokenStart: side.tokenStart.subarray(from, to + 1),
    totalWeight: side.totalWeight.subarray(from, to),
  };
}

/** Cumulative segment lengths (+1 each, so empty segments still advance): `count + 1` entries. */
export function cumulativeLengths(side: SideFeatures): Float64Array {
  const sums = new Float64Array(side.count + 1);
  for (let i = 0; i < side.count; i++) sums[i + 1] = sums[i]! + side.length[i]! + 1;
  return sums;
}

/**
 * The band of one window: around the target position that the source's cumulative length predicts
 * (`centre[r]`, relative to the window's origin), widened by `radius` columns, ending at (rows, cols). Rows
 * overlap so that every node is reachable from (0, 0) and reaches (rows, cols).
 */
export function windowBand(centre: Int32Array, rows: number, cols: number, radius: number): Band {
  const lo = new Int32Array(rows + 1);
  const hi = new Int32Array(rows + 1);
  for (let r = 0; r <= rows; r++) {
    lo[r] = Math.min(cols, Math.max(0, centre[r]! - radius));
    hi[r] = Math.min(cols, centre[r]! + radius);
  }
  lo[0] = 0;
  hi[rows] = cols;
  // centre never decreases, so lo and hi do not either; a jump of more than 2 · radius (one long
  // segment facing many short ones) is bridged by widening the row before it.
  for (let r = rows - 1; r >= 0; r--) if (hi[r]! < lo[r + 1]!) hi[r] = lo[r + 1]!;
  return { n: rows, m: cols, lo, hi };
}

/** How many of the path's nodes up to row `rows` lie on an edge of the band (not the grid's). */
export function edgeNodes(path: readonly PathStep[], band: Band, rows: number): number {
  let touching = 0;
  for (const step of path) {
    if (step.i > rows) break;
    const lo = band.lo[step.i]!;
    const hi = band.hi[step.i]!;
    if ((lo > 0 && step.j <= lo) || (hi < band.m && step.j >= hi)) touching++;
  }
  return touching;
}

/**
 * Where each source row `r` in 0 … `rows` should meet the target (relative to `j0`), by cumulative length
 * from (`i0`, `j0`) scaled by `ratio` (target length per source length); written into `centre`.
 */
export function lengthCentre(
  sourceSums: Float64Array,
  targetSums: Float64Array,
  i0: number,
  j0: number,
  rows: number,
  ratio: number,
  centre: Int32Array,
): void {
  const m = targetSums.length - 1;
  let j = j0;
  for (let r = 0; r <= rows; r++) {
    const want = targetSums[j0]! + (sourceSums[i0 + r]! - sourceSums[i0]!) * ratio;
    while (j < m && targetSums[j + 1]! <= want) j++;
    centre[r] = j - j0;
  }
}

/**
 * The guide of the first pass on long input, a sliding window: the banded search on WINDOW_ROWS source
 * segments and the target stretch their length predicts, keeping only the path's first COMMIT_ROWS rows
 * and starting the next window where the kept part ends. Each window costs the same, so time is linear, and
 * no global coarse path can lead the search astray: a window only ever has to find a local alignment that
 * starts at an already aligned point. Returns the steps (document coordinates). With a workspace, the
 * windows' DP tables are lent by it (and `scoreWindow` may lend its scorers' tables from it: a window's
 * scorer is done with before the next window is scored).
 */
export function windowedGuide(
  sf: SideFeatures,
  tf: SideFeatures,
  types: readonly BeadType[],
  scoreWindow: ScoreWindow,
  workspace?: Workspace,
): PathStep[] {
  const n = sf.count;
  const m = tf.count;
  const sourceSums = cumulativeLengths(sf);
  const targetSums = cumulativeLengths(tf);
  const ratio = targetSums[m]! / Math.max(1, sourceSums[n]!);
  const steps: PathStep[] = [];
  const centre = new Int32Array(WINDOW_ROWS + 1);
  let i0 = 0;
  let j0 = 0;
  while (i0 < n || j0 < m) {
    const last = n - i0 <= WINDOW_ROWS;
    const rows = last ? n - i0 : WINDOW_ROWS;
    // Where each source row should meet the target, by cumulative length from the window's origin.
    lengthCentre(sourceSums, targetSums, i0, j0, rows, ratio, centre);
    let radius = WINDOW_RADIUS;
    let path: PathStep[];
    for (;;) {
      const cols = last ? m - j0 : Math.min(m - j0, centre[rows]! + radius);
      const band = windowBand(centre, rows, cols, radius);
      const scorer = scoreWindow(i0, i0 + rows, j0, j0 + cols, band, types);
      path = searchBand(band, types, scorer.cost, workspace);
      if (radius >= WINDOW_MAX_RADIUS || edgeNodes(path, band, last ? rows : COMMIT_ROWS) < WINDOW_EDGE_NODES) break;
      radius = Math.min(WINDOW_MAX_RADIUS, radius * WINDOW_WIDENING);
    }
    let endI = 0;
    let endJ = 0;
    for (const step of path) {
      const { a, b } = BEAD_TYPES[step.type]!;
      // The window's end is forced to its corner: the path's last part is a guess, the first part is not.
      if (!last && step.i + a > COMMIT_ROWS) break;
      steps.push({ i: step.i + i0, j: step.j + j0, type: step.type, cost: step.cost });
      endI = step.i + a;
      endJ = step.j + b;
    }
    if (last) break;
    i0 += endI;
    j0 += endJ;
  }
  return steps;
}

/**
 * The first pass on long input: the guide (windowedGuide with GUIDE_TYPES), then the cheapest path with
 * FIRST_PASS_TYPES in a band of FIRST_PASS_RADIUS around it (secondPassBand), searched in the pieces of the
 * second pass (secondPassPieces) so that its tables hold one piece. Returns the steps (document coordinates)
 * and the 1-1 beads at least CONFIDENT_SIMILARITY similar (they teach the lexicon).
 */
export function longFirstPass(
  sf: SideFeatures,
  tf: SideFeatures,
  scoreWindow: ScoreWindow,
  workspace?: Workspace,
): { steps: PathStep[]; confident: [number, number][] } {
  const guide = windowedGuide(sf, tf, BEAD_TYPES.slice(0, GUIDE_TYPES), scoreWindow, workspace);
  const types = BEAD_TYPES.slice(0, FIRST_PASS_TYPES);
  const steps: PathStep[] = [];
  const confident: [number, number][] = [];
  for (const piece of secondPassPieces(guide, sf.count, tf.count)) {
    const band = secondPassBand(piece.steps, piece.i1 - piece.i0, piece.j1 - piece.j0, FIRST_PASS_RADIUS);
    const scorer = scoreWindow(piece.i0, piece.i1, piece.j0, piece.j1, band, types);
    for (const step of searchBand(band, types, scorer.cost, workspace)) {
      const { a, b } = BEAD_TYPES[step.type]!;
      steps.push({ i: step.i + piece.i0, j: step.j + piece.j0, type: step.type, cost: step.cost });
      if (a === 1 && b === 1 && scorer.similarity(step.i, 1, step.j, 1) >= CONFIDENT_SIMILARITY) confident.push([step.i + piece.i0, step.j + piece.j0]);
    }
  }
  return { steps, confident };
}

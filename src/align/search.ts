/**
 * Search: the cheapest monotone path of beads through a band of the (source × target) grid, by dynamic
 * programming on flat typed arrays. Node (i, j) means "the first i source and j target segments are
 * aligned"; a bead of type a-b moves from (i - a, j - b) to (i, j). The band says, per row i, which j are
 * allowed; a full band is the classic quadratic search, a narrow band around a coarse path makes time and
 * memory linear (Thompson & Koehn 2019).
 */
import type { Workspace } from './workspace.js';

/** A bead shape: `a` source segments with `b` target segments. */
export interface BeadType {
  a: number;
  b: number;
}

/** Allowed nodes per row: row i spans j in [lo[i], hi[i]] (inclusive); `n + 1` rows. */
export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
}

/** One step of the best path. */
export interface PathStep {
  /** Source and target start indices. */
  i: number;
  j: number;
  type: number;
  cost: number;
}

/**
 * The cost of the bead of type `type` starting at source `i` and target `j`. The search also passes the
 * cost of the best path to the bead's start (`before`) and of the best path to its end found so far
 * (`limit`): a scorer may then stop early and return any value `c` at most the full cost with
 * `before + c >= limit`, since the search rejects such a bead anyway. Without them it returns the full cost.
 */
export type BeadCost = (i: number, j: number, type: number, before?: number, limit?: number) => number;

/**
 * Relative margin above the best cost at a node for a bead shape that would win a tie with it: large enough
 * that `best + (|best| + 1) · TIE_MARGIN` is a larger double than `best` (2^-40 is 4 096 units in the last
 * place), small enough to stop nearly every bead that would stop at `best` itself.
 */
const TIE_MARGIN = 2 ** -40;

/**
 * The order in which the search prices the bead shapes ending at a node: the one-sided ones (skips) first,
 * then the rest as listed. A skip costs a constant and a few reads, and the best of the two skips is the
 * limit a 1-1 bead must beat: at about 90 % of a pass's nodes (the seed sv-ar article and its variations,
 * counted) a skip is cheaper, and the 1-1 bead stops after the first line of its cost instead of being
 * priced in full. Ties still go to the shape listed first (`searchBand`), so the path is the one that pricing
 * the shapes in list order gives.
 */
function tryingOrder(types: readonly BeadType[]): Int32Array {
  const order = new Int32Array(types.length);
  let at = 0;
  for (let k = 0; k < types.length; k++) if (types[k]!.a === 0 || types[k]!.b === 0) order[at++] = k;
  for (let k = 0; k < types.length; k++) if (types[k]!.a !== 0 && types[k]!.b !== 0) order[at++] = k;
  return order;
}

/** The band that allows everything. */
export function fullBand(n: number, m: number): Band {
  return { n, m, lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Number of nodes in a band (what the DP tables cost in memory). */
export function bandSize(band: Band): number {
  let size = 0;
  for (let i = 0; i <= band.n; i++) size += band.hi[i]! - band.lo[i]! + 1;
  return size;
}

/**
 * Widens a path (given as its nodes, in order) into a band: every row gets the j range the path covers
 * within `radius` rows, widened by `radius` columns. Rows are then made monotone so the band is connected.
 */
export function bandAroundPath(nodesI: Int32Array, nodesJ: Int32Array, n: number, m: number, radius: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  // Each stretch between consecutive path nodes covers the rectangle it spans, widened by `radius`, so the
  // band has no holes however far apart the nodes are.
  for (let p = 0; p < nodesI.length; p++) {
    const q = Math.min(p + 1, nodesI.length - 1);
    const fromRow = Math.max(0, Math.min(nodesI[p]!, nodesI[q]!) - radius);
    const toRow = Math.min(n, Math.max(nodesI[p]!, nodesI[q]!) + radius);
    const jLo = Math.max(0, Math.min(nodesJ[p]!, nodesJ[q]!) - radius);
    const jHi = Math.min(m, Math.max(nodesJ[p]!, nodesJ[q]!) + radius);
    for (let r = fromRow; r <= toRow; r++) {
      if (jLo < lo[r]!) lo[r] = jLo;
      if (jHi > hi[r]!) hi[r] = jHi;
    }
  }
  lo[0] = 0;
  hi[n] = m;
  // Monotone edges: lo never decreases and hi never decreases along rows, so every allowed node can reach
  // (n, m) and be reached from (0, 0).
  for (let i = 1; i <= n; i++) if (lo[i]! < lo[i - 1]!) lo[i] = lo[i - 1]!;
  for (let i = n - 1; i >= 0; i--) if (hi[i]! > hi[i + 1]!) hi[i] = hi[i + 1]!;
  for (let i = 0; i <= n; i++) if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
  return { n, m, lo, hi };
}

/**
 * Finds the cheapest path from (0, 0) to (n, m) using the given bead types; `cost(i, j, type)` is the cost
 * of the bead of that type starting at source i and target j. Returns the steps in document order.
 */
export function searchBand(
  band: Band,
  types: readonly BeadType[],
  cost: BeadCost,
  workspace?: Workspace,
): PathStep[] {
  const { n, m, lo, hi } = band;
  const size = bandSize(band);
  if (size > 2 ** 31 - 1) throw new Error(`alignment search: band of ${size} nodes is too large`);
  // With a workspace, views of its arrays: `best` is filled, every other node of `back` and `stepCost` is
  // written before it is read (the node (0, 0) is never read).
  const offset = workspace ? workspace.int32('searchOffset', n + 2) : new Int32Array(n + 2); // row start offsets into the flat tables
  offset[0] = 0;
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  const best = (workspace ? workspace.float64('best', size) : new Float64Array(size)).fill(Infinity);
  const back = workspace ? workspace.uint8('back', size) : new Uint8Array(size); // bead type + 1; 0 = unreached
  const stepCost = workspace ? workspace.float32('stepCost', size) : new Float32Array(size);
  best[0] = 0;
  // Plain loops: `Int32Array.from` with a mapping function was 2 % of the search's own time on an article
  // (it runs once per search, five or more searches an article).
  const typeA = new Int32Array(types.length);
  const typeB = new Int32Array(types.length);
  for (let k = 0; k < types.length; k++) {
    typeA[k] = types[k]!.a;
    typeB[k] = types[k]!.b;
  }
  const order = tryingOrder(types);
  // Per row, the rows a bead can start in (i − a for a = 0 … the widest shape), with their allowed columns
  // and where their nodes start in the flat tables, so that a bead's start node is one comparison pair and
  // one read; an empty range for a row above the grid. The same nodes as testing pi and pj against the band
  // bead by bead: lo ≥ 0 stands for pj ≥ 0.
  let maxA = 0;
  for (let k = 0; k < types.length; k++) maxA = Math.max(maxA, typeA[k]!);
  const startLo = new Int32Array(maxA + 1);
  const startHi = new Int32Array(maxA + 1);
  const startBase = new Int32Array(maxA + 1);
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    const rowOffset = offset[i]! - rowLo;
    for (let a = 0; a <= maxA; a++) {
      const r = i - a;
      startLo[a] = r < 0 ? 1 : Math.max(0, lo[r]!);
      startHi[a] = r < 0 ? 0 : hi[r]!;
      startBase[a] = r < 0 ? 0 : offset[r]! - lo[r]!;
    }
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let bestCost = Infinity;
      let bestType = -1;
      let bestStep = 0;
      for (let k = 0; k < order.length; k++) {
        const t = order[k]!;
        const a = typeA[t]!;
        const pj = j - typeB[t]!;
        if (pj < startLo[a]! || pj > startHi[a]!) continue;
        const pi = i - a;
        const before = best[startBase[a]! + pj]!;
        if (before === Infinity) continue;
        // A type listed before the best so far wins a tie, so it may stop early only when it loses outright:
        // against a limit just above the best cost (any number above it will do).
        const winsTie = t < bestType;
        const step = cost(pi, pj, t, before, winsTie ? bestCost + (Math.abs(bestCost) + 1) * TIE_MARGIN : bestCost);
        const total = before + step;
        if (total < bestCost || (winsTie && total === bestCost)) {
          bestCost = total;
          bestType = t;
          bestStep = step;
        }
      }
      const at = rowOffset + j;
      best[at] = bestCost;
      back[at] = bestType + 1;
      stepCost[at] = bestStep;
    }
  }
  const steps: PathStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const at = offset[i]! + j - lo[i]!;
    const t = back[at]! - 1;
    if (t < 0) throw new Error(`alignment search: node (${i}, ${j}) unreachable in the band`);
    const pi = i - typeA[t]!;
    const pj = j - typeB[t]!;
    steps.push({ i: pi, j: pj, type: t, cost: stepCost[at]! });
    i = pi;
    j = pj;
  }
  return steps.reverse();
}

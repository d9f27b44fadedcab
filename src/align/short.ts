/**
 * Short input: the candidates of the first pass when the whole grid is small enough to search
 * (`FULL_SEARCH_NODES`). The first pass used to price every bead shape at every node of the grid (20 840
 * bead costs for the seed sv-ar article's 46 × 41); most of those nodes lie far from any plausible path.
 * Here a guide (1-1 beads and skips, in a band around the length diagonal) places a narrow band, and every
 * bead shape is searched only there; when a path runs along the edge of its band, the band was in the way
 * and the search is done again on the whole grid. The bead costs are the caller's, from one scorer of the
 * whole grid, so whenever the whole grid's path lies inside the band, the banded search finds that path. See docs/alignment.md, "Speed,
 * round 6".
 */
import type { SideFeatures } from './features.js';
import { cumulativeLengths, edgeNodes, GUIDE_TYPES, lengthCentre, secondPassBand, windowBand } from './long.js';
import { BEAD_TYPES } from './scoring.js';
import { type Band, type BeadCost, fullBand, type PathStep, searchBand } from './search.js';

/**
 * Columns the guide may move from the length diagonal. A paragraph left out on one side moves the true
 * path off the diagonal by its sentences; a guide that meets its band's edge is searched again on the whole
 * grid (1-1 beads and skips only: still far cheaper than every shape). With 8 the guide met its edge in
 * none of 300 bench/batch variations of the seed article and in 11 of the 44 documents of
 * bench/scale/identity.ts (development-set documents of ~100 segments with longer gaps); with 6, in 13 of
 * the 300 and 26 of the 44.
 */
export const SHORT_GUIDE_RADIUS = 8;
/**
 * Columns (and rows) the first pass may move from the guide's path. On 66 short documents (the seed
 * articles, 20 variations, the 43 development-set documents and Text+Berg) ±2, ±3 and ±4 all gave the whole
 * grid's path without falling back to it; 3 for margin (4 cost 6 % more of the alignment's CPU).
 */
export const SHORT_FIRST_PASS_RADIUS = 3;

/**
 * Passes 2 and 3 on short input search this far around the previous pass's path first (narrowedSearch),
 * inside the SECOND_PASS_RADIUS band their scorers cache. Without the fallback to the wider band, pass 2
 * kept every bead of the development sets and Text+Berg with 3 and moved one sv-ar bead with 2 (bench/scale/
 * identity.ts); pass 3 kept them with 2 (as on long input, THIRD_PASS_RADIUS). With the fallback, one of the
 * 44 documents' passes (1 to 3) searched the wider band, and none of 300 bench/batch variations'.
 */
export const SHORT_SECOND_PASS_RADIUS = 3;
export const SHORT_THIRD_PASS_RADIUS = 2;

/**
 * The first pass on short input: the guide (GUIDE_TYPES) in SHORT_GUIDE_RADIUS around the length diagonal,
 * then every bead shape in SHORT_FIRST_PASS_RADIUS around the guide's path. Either search is repeated on
 * the whole grid when its path has a node on its band's edge. `cost` must price beads the same wherever
 * the search runs (a scorer made for the whole grid), so that the banded path is the whole grid's whenever
 * the latter lies inside the band.
 */
export function shortFirstPass(sf: SideFeatures, tf: SideFeatures, cost: BeadCost): PathStep[] {
  const n = sf.count;
  const m = tf.count;
  const sourceSums = cumulativeLengths(sf);
  const targetSums = cumulativeLengths(tf);
  const centre = new Int32Array(n + 1);
  lengthCentre(sourceSums, targetSums, 0, 0, n, targetSums[m]! / Math.max(1, sourceSums[n]!), centre);
  const guideTypes = BEAD_TYPES.slice(0, GUIDE_TYPES);
  const guideBand = windowBand(centre, n, m, SHORT_GUIDE_RADIUS);
  let guide = searchBand(guideBand, guideTypes, cost);
  if (edgeNodes(guide, guideBand, n) > 0) guide = searchBand(fullBand(n, m), guideTypes, cost);
  return narrowedSearch(guide, fullBand(n, m), cost, SHORT_FIRST_PASS_RADIUS);
}

/**
 * Every bead shape in `radius` around `previous` (a path), and in all of `band` when the path found meets
 * the edge of that narrow band. `band` holds the narrow one (it is the band the search used to run in, and
 * what `cost`'s scorer caches), so a path inside the narrow band costs what it cost there.
 */
export function narrowedSearch(previous: readonly PathStep[], band: Band, cost: BeadCost, radius: number): PathStep[] {
  const narrow = secondPassBand(previous, band.n, band.m, radius);
  const path = searchBand(narrow, BEAD_TYPES, cost);
  return edgeNodes(path, narrow, band.n) > 0 ? searchBand(band, BEAD_TYPES, cost) : path;
}

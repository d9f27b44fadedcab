/**
 * The evidence-dependent bead terms of scoring.ts on small hand-made sides: page chrome pairs only on shared
 * evidence, and in texts that are not translations of each other length alone does not pair sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuationCues } from '../../src/align/continuation.js';
import { buildFeatures, CHROME_PATTERN, CHROME_SHAPE, chromeCues, KeyTable, type SideFeatures } from '../../src/align/features.js';
import {
  DEFAULT_COST,
  GALE_CHURCH_VARIANCE,
  lengthParallelism,
  makePairPenalty,
  pairCacheOf,
  maskWeight,
  matchMasks,
  type PairCache,
  RIVAL_REACH,
} from '../../src/align/scoring.js';

/** Both sides' features, built as the aligner builds them (no anchors, no blocks). */
function sides(source: string[], target: string[]): { sf: SideFeatures; tf: SideFeatures } {
  const keys = new KeyTable();
  const sf = buildFeatures(source, source.map(() => []), undefined, keys, new KeyTable());
  const tf = buildFeatures(target, target.map(() => []), undefined, keys, new KeyTable());
  return { sf, tf };
}

/** Matched and total token weight of a bead, as the scorer measures them. */
function evidence(sf: SideFeatures, is: number[], tf: SideFeatures, js: number[]): { matched: number; total: number } {
  const out = new Uint32Array(2);
  let matched = 0;
  let total = 0;
  for (const i of is) {
    let mask = 0;
    for (const j of js) {
      matchMasks(sf, i, tf, j, out);
      mask |= out[0]!;
    }
    matched += maskWeight(sf, i, mask);
    total += sf.totalWeight[i]!;
  }
  for (const j of js) {
    let mask = 0;
    for (const i of is) {
      matchMasks(sf, i, tf, j, out);
      mask |= out[1]!;
    }
    matched += maskWeight(tf, j, mask);
    total += tf.totalWeight[j]!;
  }
  return { matched, total };
}

/** The pair penalty with neighbours' matched weight measured directly (the scorer reads its cache instead). */
function penaltyOf(sf: SideFeatures, tf: SideFeatures, params: typeof DEFAULT_COST, model: Parameters<typeof makePairPenalty>[3]) {
  return makePairPenalty(sf, tf, params, model, pairCacheOf(sf.count, tf.count, (i, j) => evidence(sf, [i], tf, [j]).matched));
}

/** `sides` with the per-segment text cues alignSegments adds (continuation cues, digits). */
function sidesWithCues(source: string[], target: string[]): { sf: SideFeatures; tf: SideFeatures } {
  const { sf, tf } = sides(source, target);
  sf.continues = continuationCues(source, sf.chromeLike);
  tf.continues = continuationCues(target, tf.chromeLike);
  return { sf, tf };
}

const translation = { ratio: 1, variance: GALE_CHURCH_VARIANCE / 2 };
const comparable = { ratio: 1, variance: GALE_CHURCH_VARIANCE * 2 };

describe('chromeCues', () => {
  it('marks share buttons, comment forms and trend labels as chrome by pattern, in any language', () => {
    for (const line of ['Dela den här artikeln:', 'اترك تعليق', 'Trend', 'Share this article', 'Zostaw komentarz']) {
      expect(chromeCues(line) & CHROME_PATTERN, line).toBe(CHROME_PATTERN);
    }
  });

  it('marks a tag line whose tags were lost (mostly separators) as chrome', () => {
    expect(chromeCues('العلامات: , , , , , ,') & CHROME_PATTERN).toBe(CHROME_PATTERN);
  });

  it('does not take a list of words between commas for a tag line', () => {
    expect(chromeCues('tentes , cordes , pitons , vivres , etc. ;') & CHROME_PATTERN).toBe(0);
  });

  it('marks a chrome notice of a few words even when it ends with a full stop', () => {
    expect(chromeCues('Lämna en kommentar.') & CHROME_PATTERN).toBe(CHROME_PATTERN);
  });

  it('does not mark a full sentence of body text that mentions comments or subscribing', () => {
    const sentences = [
      'Vi har lagt till en del noter och kommentarer i sidokolumnerna.',
      'لكل شخص حق التملك بمفرده أو بالاشتراك مع غيره.',
    ];
    for (const sentence of sentences) expect(chromeCues(sentence) & CHROME_PATTERN, sentence).toBe(0);
  });

  it('marks a short unpunctuated heading by shape only, and a sentence not at all', () => {
    expect(chromeCues('Bakgrund')).toBe(CHROME_SHAPE);
    expect(chromeCues('Vissa dagar känns mer meningsfulla än andra.')).toBe(0);
  });
});

describe('lengthParallelism', () => {
  it('reads a length model as good as Gale & Church\'s as a translation', () => {
    expect(lengthParallelism(translation)).toBe(1);
    expect(lengthParallelism({ ratio: 1, variance: GALE_CHURCH_VARIANCE })).toBe(1);
  });

  it('falls linearly to 0 at 1.5 times Gale & Church\'s variance', () => {
    expect(lengthParallelism({ ratio: 1, variance: GALE_CHURCH_VARIANCE * 1.25 })).toBeCloseTo(0.5);
    expect(lengthParallelism(comparable)).toBe(0);
  });
});

describe('makePairPenalty', () => {
  it('makes a line of page chrome paired with an unrelated line cost more than leaving both alone', () => {
    const { sf, tf } = sides(['Dela den här artikeln:'], ['Stockholm är Sveriges huvudstad']);
    const penalty = penaltyOf(sf, tf, DEFAULT_COST, translation);
    const { matched, total } = evidence(sf, [0], tf, [0]);
    expect(penalty.cost(0, 1, 0, 1, matched, total)).toBeGreaterThan(2 * DEFAULT_COST.skipCost);
  });

  it('lets chrome pair with chrome when they share most of their evidence', () => {
    const { sf, tf } = sides(['Följ oss på Twitter och Facebook'], ['Follow us on Twitter and Facebook']);
    const { matched, total } = evidence(sf, [0], tf, [0]);
    expect(matched / total).toBeGreaterThanOrEqual(DEFAULT_COST.chromeEvidenceShare);
    expect(penaltyOf(sf, tf, DEFAULT_COST, translation).cost(0, 1, 0, 1, matched, total)).toBe(0);
  });

  it('does not let a merged group carry a chrome line on one shared name', () => {
    const source = ['EU Reporter publicerar artiklar från många olika källor med många olika ståndpunkter om politik.'];
    const target = ['Kategorier: EU, politik, barn, skydd, konferens, ministrar, nätet, samarbete', 'Lämna en kommentar'];
    const { sf, tf } = sides(source, target);
    const { matched, total } = evidence(sf, [0], tf, [0, 1]);
    expect(matched).toBeGreaterThan(0);
    expect(penaltyOf(sf, tf, DEFAULT_COST, translation).cost(0, 1, 0, 2, matched, total)).toBe(DEFAULT_COST.chromePatternPenalty);
  });

  it('charges two short unpunctuated lines that share nothing, and not two that share a word', () => {
    const { sf, tf } = sides(['Bakgrund', 'Barnpornografi online'], ['Hintergrund', 'Barnpornografie online']);
    const penalty = penaltyOf(sf, tf, DEFAULT_COST, translation);
    const unrelated = evidence(sf, [0], tf, [0]);
    expect(penalty.cost(0, 1, 0, 1, unrelated.matched, unrelated.total)).toBe(DEFAULT_COST.chromePairPenalty);
    const related = evidence(sf, [1], tf, [1]);
    expect(penalty.cost(1, 1, 1, 1, related.matched, related.total)).toBe(0);
  });

  describe('in texts that are not translations of each other', () => {
    // Source 0 and target 0 share names, so the pairs tested here also have a rival (see below); these
    // tests are about the comparable-text term alone.
    const noRival = { ...DEFAULT_COST, rivalPenalty: 0 };
    const source = ['Cecilia Malmström podpisała umowę z Europolem.', 'Każde państwo wybierze następnie odpowiednie działania.', 'Ochrona dzieci jest ważna dla wszystkich.'];
    const target = ['Cecilia Malmström undertecknade avtalet med Europol.', 'Tanken är att länderna väljer lämpliga åtgärder.', 'Vissa dagar känns mer meningsfulla än andra.'];

    it('charges an evidence-free pair whose diagonal neighbours have no evidence either', () => {
      const { sf, tf } = sides(source, target);
      const { matched, total } = evidence(sf, [2], tf, [0]);
      expect(matched).toBe(0);
      expect(penaltyOf(sf, tf, noRival, comparable).cost(2, 1, 0, 1, matched, total)).toBe(DEFAULT_COST.noEvidencePenalty);
    });

    it('lets an evidence-free pair follow a pair with evidence (the next sentence of a shared passage)', () => {
      const { sf, tf } = sides(source, target);
      const { matched, total } = evidence(sf, [1], tf, [1]);
      expect(matched).toBe(0);
      const neighbour = evidence(sf, [0], tf, [0]);
      expect(neighbour.matched / neighbour.total).toBeGreaterThanOrEqual(DEFAULT_COST.weakEvidenceShare);
      expect(penaltyOf(sf, tf, noRival, comparable).cost(1, 1, 1, 1, matched, total)).toBe(0);
    });

    it("reads the diagonal neighbours' matched weight from the caller's pair cache", () => {
      const { sf, tf } = sides(source, target);
      const { matched, total } = evidence(sf, [1], tf, [1]);
      // The scorer answers from its pair cache: an answer of "nothing matched" for (0, 0) must be used, and so
      // must a pair the cache leaves out (row 0 caching only column 2).
      const nothing = pairCacheOf(sf.count, tf.count, (i, j) => (i === 0 && j === 0 ? 0 : evidence(sf, [i], tf, [j]).matched));
      expect(makePairPenalty(sf, tf, noRival, comparable, nothing).cost(1, 1, 1, 1, matched, total)).toBe(DEFAULT_COST.noEvidencePenalty);
      const full = pairCacheOf(sf.count, tf.count, (i, j) => evidence(sf, [i], tf, [j]).matched);
      expect(makePairPenalty(sf, tf, noRival, comparable, full).cost(1, 1, 1, 1, matched, total)).toBe(0);
      const lo = Int32Array.from(full.lo);
      lo[0] = 2;
      const offset = Int32Array.from(full.offset, (at, i) => (i === 0 ? 0 : at - 2));
      const matchedCells = Array.from(full.matched).slice(2);
      const outside = { lo, hi: full.hi, offset, matched: matchedCells };
      expect(makePairPenalty(sf, tf, noRival, comparable, outside).cost(1, 1, 1, 1, matched, total)).toBe(DEFAULT_COST.noEvidencePenalty);
    });

    it('charges nothing extra when the length model says the texts are translations', () => {
      const { sf, tf } = sides(source, target);
      const { matched, total } = evidence(sf, [2], tf, [0]);
      expect(penaltyOf(sf, tf, noRival, translation).cost(2, 1, 0, 1, matched, total)).toBe(0);
    });
  });

  describe('a segment with a clear partner nearby', () => {
    // Source 1 translates target 2 (they share "26" and the cognate artikel ~ article); target 0 is an
    // unrelated line that fits a short line's length.
    const source = ['Artikel 25 gäller hälsa.', 'Artikel 26 gäller undervisning.', 'Ingen får hållas i slaveri.', 'Var och en har rätt till vila.'];
    const target = ['Der Bericht erschien im Frühjahr.', 'Bitte lesen Sie weiter.', 'Article 26 covers education.', 'Everyone has the right to rest.'];

    it('does not pair on length alone with a line next to that partner', () => {
      const { sf, tf } = sides(source, target);
      const { matched, total } = evidence(sf, [1], tf, [0]);
      expect(matched).toBe(0);
      const partner = evidence(sf, [1], tf, [2]);
      expect(partner.matched / partner.total).toBeGreaterThanOrEqual(DEFAULT_COST.rivalShare);
      expect(DEFAULT_COST.rivalPenalty).toBeGreaterThan(0);
      expect(penaltyOf(sf, tf, DEFAULT_COST, translation).cost(1, 1, 0, 1, matched, total)).toBe(DEFAULT_COST.rivalPenalty);
      // The target segment can have the rival too: source 3 against target 2, whose partner is source 1.
      const other = evidence(sf, [3], tf, [2]);
      expect(penaltyOf(sf, tf, DEFAULT_COST, translation).cost(3, 1, 2, 1, other.matched, other.total)).toBe(DEFAULT_COST.rivalPenalty);
    });

    it('charges nothing when the partner is further away than RIVAL_REACH', () => {
      const far = [target[0]!, 'Bitte lesen Sie weiter.', 'Vielen Dank für Ihren Besuch.', 'Article 26 covers education.'];
      const { sf, tf } = sides(source, far);
      const { matched, total } = evidence(sf, [1], tf, [0]);
      expect(3 - 0).toBeGreaterThan(RIVAL_REACH);
      expect(penaltyOf(sf, tf, DEFAULT_COST, translation).cost(1, 1, 0, 1, matched, total)).toBe(0);
    });

    it('charges nothing when neither segment has a partner nearby', () => {
      const { sf, tf } = sides(source.slice(2), target.slice(0, 2));
      const { matched, total } = evidence(sf, [1], tf, [1]);
      expect(penaltyOf(sf, tf, DEFAULT_COST, translation).cost(1, 1, 1, 1, matched, total)).toBe(0);
    });

    it('charges nothing for the pair itself, nor for a merged bead', () => {
      const { sf, tf } = sides(source, target);
      const own = evidence(sf, [1], tf, [2]);
      expect(penaltyOf(sf, tf, DEFAULT_COST, translation).cost(1, 1, 2, 1, own.matched, own.total)).toBe(0);
      const merged = evidence(sf, [1, 2], tf, [0]);
      expect(penaltyOf(sf, tf, DEFAULT_COST, translation).cost(1, 2, 0, 1, merged.matched, merged.total)).toBe(0);
    });
  });

  describe('a digit on one side only', () => {
    // Nothing is shared, so no rival: what the digit term adds is the difference with it switched off.
    const source = ['SNABBKOLL Filtrering av HTTP-förfrågningar', 'Konfigurera proxyn steg för steg'];
    const target = ['14.6.2. تَعرَّف على ما ينتظرك', 'إعداد الوكيل خطوة بخطوة'];
    const noDigit = { ...DEFAULT_COST, digitPenalty: 0 };
    /** What `digitPenalty` adds to the bead (i, a, j, b). */
    const added = (sf: SideFeatures, tf: SideFeatures, i: number, a: number, j: number, b: number) => {
      const is = Array.from({ length: a }, (_, k) => i + k);
      const js = Array.from({ length: b }, (_, k) => j + k);
      const { matched, total } = evidence(sf, is, tf, js);
      return (
        penaltyOf(sf, tf, DEFAULT_COST, translation).cost(i, a, j, b, matched, total) -
        penaltyOf(sf, tf, noDigit, translation).cost(i, a, j, b, matched, total)
      );
    };

    it('charges a weak pair whose segments disagree on holding a number', () => {
      const { sf, tf } = sidesWithCues(source, target);
      expect(evidence(sf, [0], tf, [0]).matched).toBe(0);
      expect(DEFAULT_COST.digitPenalty).toBeGreaterThan(0);
      expect(added(sf, tf, 0, 1, 0, 1)).toBe(DEFAULT_COST.digitPenalty);
      expect(added(sf, tf, 1, 1, 0, 1)).toBe(DEFAULT_COST.digitPenalty);
    });

    it('charges nothing when both segments hold digits, in different scripts, or neither does', () => {
      const { sf, tf } = sidesWithCues(['Avsnitt 14.6.2 om proxyn', ...source.slice(1)], ['الفقرة ١٤ عن الوكيل', ...target.slice(1)]);
      expect(added(sf, tf, 0, 1, 0, 1)).toBe(0);
      expect(added(sf, tf, 1, 1, 1, 1)).toBe(0);
    });

    it('charges nothing for a pair with evidence, nor for a merged bead', () => {
      const { sf, tf } = sidesWithCues(['Debian 12 släpptes i juni.', 'Debian släpptes.'], ['Debian was released.', 'Debian was released in June.']);
      const shared = evidence(sf, [0], tf, [0]);
      expect(shared.matched / shared.total).toBeGreaterThanOrEqual(DEFAULT_COST.weakEvidenceShare);
      expect(added(sf, tf, 0, 1, 0, 1)).toBe(0);
      const { sf: s2, tf: t2 } = sidesWithCues(source, target);
      expect(added(s2, t2, 0, 2, 0, 1)).toBe(0);
    });
  });

  describe('leaving a segment alone', () => {
    // Source 1 translates target 1 (they share "Debra", "Ian" and "Debian" as names); source 0 and target 0
    // share nothing with anything.
    const source = ['Fundera inte längre på det.', 'Debra + Ian = Debian.', 'Vi går vidare till nästa kapitel.'];
    const target = ['Il ne faut pas chercher plus loin.', 'Debra + Ian = Debian.', 'Passons au chapitre suivant.'];

    it('charges a segment skipped beside a partner it shares most of its weight with', () => {
      const { sf, tf } = sides(source, target);
      const partner = evidence(sf, [1], tf, [1]);
      expect(partner.matched / partner.total).toBeGreaterThanOrEqual(DEFAULT_COST.partneredSkipShare);
      expect(DEFAULT_COST.partneredSkipPenalty).toBeGreaterThan(0);
      const penalty = penaltyOf(sf, tf, DEFAULT_COST, translation);
      // Source 1 left alone at nodes (1, 0) … (1, 3): target 1 is within RIVAL_REACH of the gap each time.
      for (let j = 0; j <= 3; j++) expect(penalty.skip(1, 1, j), `node (1, ${j})`).toBe(DEFAULT_COST.partneredSkipPenalty);
      // The same for target 1 left alone.
      for (let i = 0; i <= 3; i++) expect(penalty.skip(i, 0, 1), `node (${i}, 1)`).toBe(DEFAULT_COST.partneredSkipPenalty);
    });

    it('charges nothing for a segment without a partner, nor beyond RIVAL_REACH', () => {
      const { sf, tf } = sides(source, target);
      const penalty = penaltyOf(sf, tf, DEFAULT_COST, translation);
      expect(penalty.skip(0, 1, 0)).toBe(0);
      expect(penalty.skip(2, 0, 2)).toBe(0);
      const far = ['Debra + Ian = Debian.', 'Ett.', 'Två.', 'Tre.', 'Fyra.'];
      const { sf: s2, tf: t2 } = sides(far, ['Un.', 'Deux.', 'Trois.', 'Quatre.', 'Debra + Ian = Debian.']);
      // Source 0 left alone at node (0, 1): target 4 is three segments past the gap.
      expect(4 - 1).toBeGreaterThan(RIVAL_REACH - 1);
      expect(penaltyOf(s2, t2, DEFAULT_COST, translation).skip(0, 1, 1)).toBe(0);
      expect(penaltyOf(s2, t2, DEFAULT_COST, translation).skip(0, 1, 3)).toBe(DEFAULT_COST.partneredSkipPenalty);
    });
  });

  describe('the neighbour questions, answered from flags per cached pair', () => {
    // Source 1 and target 1 share names; source 3 and target 2 share a number; the rest share little.
    const source = ['Fundera inte längre på det.', 'Debra + Ian = Debian.', 'Vi går vidare.', 'Artikel 26 gäller.', 'Ett.'];
    const target = ['Il ne faut pas chercher.', 'Debra + Ian = Debian.', 'Article 26 couvre.', 'Passons.', 'Un.', 'Deux.'];

    /** The pair penalty's neighbour tests as written before the flags: the share worked out at every question. */
    function reference(sf: SideFeatures, tf: SideFeatures, params: typeof DEFAULT_COST, cache: PairCache) {
      const shareAt = (i: number, j: number): number => {
        if (i < 0 || j < 0 || i >= sf.count || j >= tf.count) return -1;
        const inCache = j >= cache.lo[i]! && j <= cache.hi[i]!;
        const matched = inCache ? cache.matched[cache.offset[i]! + j - cache.lo[i]!]! : 0;
        return matched > 0 ? matched / (sf.totalWeight[i]! + tf.totalWeight[j]!) : -1;
      };
      const rival = (i: number, j: number) => {
        for (let d = 1; d <= RIVAL_REACH; d++) {
          if (shareAt(i, j - d) >= params.rivalShare || shareAt(i, j + d) >= params.rivalShare) return true;
          if (shareAt(i - d, j) >= params.rivalShare || shareAt(i + d, j) >= params.rivalShare) return true;
        }
        return false;
      };
      const supported = (i: number, j: number) => shareAt(i, j) >= params.weakEvidenceShare;
      const skip = (i0: number, a: number, j0: number) => {
        for (let d = -RIVAL_REACH; d < RIVAL_REACH; d++) {
          if ((a === 1 ? shareAt(i0, j0 + d) : shareAt(i0 + d, j0)) >= params.partneredSkipShare) return params.partneredSkipPenalty;
        }
        return 0;
      };
      return { rival, supported, skip };
    }

    it('gives every skip, rival and diagonal neighbour the answer of the matched share, inside and outside the cache', () => {
      const { sf, tf } = sides(source, target);
      const n = sf.count;
      const m = tf.count;
      const full = pairCacheOf(n, m, (i, j) => evidence(sf, [i], tf, [j]).matched);
      const share = fc.constantFrom(-2, -1, 0, 0.1, 0.15, 0.3, 0.35, 0.9, 2);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: m }), fc.integer({ min: 0, max: m })), { minLength: n, maxLength: n }),
          fc.tuple(share, share, share),
          (ranges, [partneredSkipShare, rivalShare, weakEvidenceShare]) => {
            // A band-shaped cache: row i holds columns lo … hi (none when hi < lo), the full grid's values.
            const lo = Int32Array.from(ranges, ([x, y]) => Math.min(x, y));
            const hi = Int32Array.from(ranges, ([x, y]) => Math.max(x, y) - 1);
            const offset = new Int32Array(n + 1);
            const matched: number[] = [];
            for (let i = 0; i < n; i++) {
              for (let j = lo[i]!; j <= hi[i]!; j++) matched.push(full.matched[i * m + j]!);
              offset[i + 1] = matched.length;
            }
            const cache = { lo, hi, offset, matched };
            const params = { ...DEFAULT_COST, partneredSkipShare, rivalShare, weakEvidenceShare, digitPenalty: 0 };
            const penalty = makePairPenalty(sf, tf, params, comparable, cache);
            const expected = reference(sf, tf, params, cache);
            const comparableExtra = DEFAULT_COST.noEvidencePenalty * (1 - lengthParallelism(comparable));
            for (let i = 0; i <= n; i++) {
              for (let j = 0; j <= m; j++) {
                if (i < n) expect(penalty.skip(i, 1, j)).toBe(expected.skip(i, 1, j));
                if (j < m) expect(penalty.skip(i, 0, j)).toBe(expected.skip(i, 0, j));
                if (i === n || j === m) continue;
                // A 1-1 bead with no evidence of its own: the rival and diagonal terms decide its extra cost.
                let extra = (sf.chromeLike[i]! & tf.chromeLike[j]! & CHROME_SHAPE) !== 0 ? params.chromePairPenalty : 0;
                if (expected.rival(i, j)) extra += params.rivalPenalty;
                if (!expected.supported(i - 1, j - 1) && !expected.supported(i + 1, j + 1)) extra += comparableExtra;
                const cues = sf.chromeLike[i]! | tf.chromeLike[j]!;
                if ((cues & CHROME_PATTERN) === 0) expect(penalty.cost(i, 1, j, 1, 0, 1)).toBe(extra);
              }
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});

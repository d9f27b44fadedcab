/**
 * When a merged bead is right: a 2-2 must fit the lengths better than the two 1-1 beads on its diagonal, an
 * orphan member of a merge is forgiven in part when it carries on its neighbour's sentence (and costs more
 * than leaving it alone when it looks like page chrome and carries on nothing), and the
 * continuation cues that say so ignore page chrome.
 */
import { describe, expect, it } from 'vitest';
import { continuationCues, CUE_COUNT, HAS_DIGIT } from '../../src/align/continuation.js';
import { buildFeatures, CHROME_PATTERN, CHROME_SHAPE, chromeCues, KeyTable, type SideFeatures } from '../../src/align/features.js';
import { makeScorer } from '../../src/align/index.js';
import { BEAD_TYPES, DEFAULT_COST, orphanCost, ORPHAN_TARGET_BIT, relativeOrphans, squareCost, squareDiagonalCost } from '../../src/align/scoring.js';
import { fullBand } from '../../src/align/search.js';

const cuesOf = (texts: string[]) => continuationCues(texts, Uint8Array.from(texts, chromeCues));

describe('continuationCues', () => {
  it('counts two cues for a line in lower case after a semicolon or colon, one for either alone', () => {
    expect([...cuesOf(['A cela on n’était pas préparé ;', 'il n’y aurait pas eu assez de vivres pour les porteurs .'])]).toEqual([0, 2]);
    expect([...cuesOf(['Es ist doch sehr bedeutsam, was der Bericht sagt:', 'Wann immer von einer neuen Art berichtet wurde.'])]).toEqual([0, 1]);
    expect([...cuesOf(['Le temps finit par s’améliorer.', '- retardèrent l’expédition de quelques jours.'])]).toEqual([0, 1]);
  });

  it('does not mark a sentence that starts a sentence of its own', () => {
    expect([...cuesOf(['Der Sommer war lang.', 'Im Herbst kam der Schnee.'])]).toEqual([0, 0]);
  });

  it('marks a line that holds a digit, Latin or Arabic-Indic, apart from its cue count', () => {
    const cues = cuesOf(['Artikel 26.', 'المادة ٢٦', 'Envar har rätt till undervisning;', 'och den ska vara gratis.']);
    expect([...cues].map((c) => c & HAS_DIGIT)).toEqual([HAS_DIGIT, HAS_DIGIT, 0, 0]);
    expect([...cues].map((c) => c & CUE_COUNT)).toEqual([0, 0, 0, 2]);
  });

  it('does not let page chrome continue or be continued', () => {
    // A share button ending in a colon, then the network's name; a date line, then a lower-case list item.
    expect([...cuesOf(['Share this article:', 'Facebook'])]).toEqual([0, 0]);
    expect([...cuesOf(['October 17, 2015', 'user authorizes all users to mount this filesystem.'])].map((c) => c & CUE_COUNT)).toEqual([0, 0]);
  });
});

/** Features of one side as the aligner builds them, with its continuation cues. */
function side(texts: string[]): SideFeatures {
  const features = buildFeatures(texts, texts.map(() => []), undefined, new KeyTable(), new KeyTable());
  features.continues = continuationCues(texts, features.chromeLike);
  return features;
}

describe('orphanCost', () => {
  const params = { ...DEFAULT_COST, orphanPenalty: 2, continuationRelief: 0.25 };
  const source = side(['Aber darauf war man nicht vorbereitet, die Träger hatten zu wenig.']);

  it('charges the full penalty for an orphan that starts a sentence of its own', () => {
    const target = side(['Il n’y avait pas assez de vivres.', 'Les porteurs repartirent le lendemain.']);
    expect(orphanCost(1 << (ORPHAN_TARGET_BIT + 1), 0, 1, 0, 2, source, target, params)).toBe(2);
  });

  it('forgives part of the penalty for an orphan that continues its neighbour, either way round, per cue', () => {
    // Two cues (a semicolon, then lower case): half of the penalty at a relief of 0.25 per cue.
    const target = side(['A cela on n’était pas préparé ;', 'il n’y aurait pas eu assez de vivres pour les porteurs .']);
    expect(orphanCost(1 << ORPHAN_TARGET_BIT, 0, 1, 0, 2, source, target, params)).toBe(1);
    expect(orphanCost(1 << (ORPHAN_TARGET_BIT + 1), 0, 1, 0, 2, source, target, params)).toBe(1);
    expect(orphanCost((1 << ORPHAN_TARGET_BIT) | (1 << (ORPHAN_TARGET_BIT + 1)), 0, 1, 0, 2, source, target, params)).toBe(2);
    // One cue (lower case only): a quarter off.
    const oneCue = side(['A cela on n’était pas préparé.', 'il n’y aurait pas eu assez de vivres pour les porteurs .']);
    expect(orphanCost(1 << (ORPHAN_TARGET_BIT + 1), 0, 1, 0, 2, source, oneCue, params)).toBe(1.5);
  });

  it('charges an orphan that matches a chrome pattern more than leaving it alone', () => {
    const target = side(['Il n’y avait pas assez de vivres.', 'Dela den här artikeln:']);
    expect(target.chromeLike[1]! & CHROME_PATTERN).not.toBe(0);
    const cost = orphanCost(1 << (ORPHAN_TARGET_BIT + 1), 0, 1, 0, 2, source, target, params);
    expect(cost).toBe(params.chromeOrphanPenalty);
    expect(cost).toBeGreaterThan(params.skipCost);
  });

  it('charges a short unpunctuated orphan without a continuation cue more than leaving it alone', () => {
    const target = side(['Il n’y avait pas assez de vivres.', 'Facebook']);
    const cost = orphanCost(1 << (ORPHAN_TARGET_BIT + 1), 0, 1, 0, 2, source, target, params);
    expect(cost).toBe(params.shapeOrphanPenalty);
    expect(cost).toBeGreaterThan(params.skipCost);
  });

  it('keeps the relief for a short unpunctuated orphan that carries on its neighbour', () => {
    // The first line is short and ends in a semicolon (chrome-shaped), the second continues it in lower case.
    const target = side(['A cela on n’était pas préparé ;', 'il manquait des vivres']);
    expect(target.chromeLike[0]! & CHROME_SHAPE).not.toBe(0);
    expect(target.chromeLike[1]! & CHROME_SHAPE).not.toBe(0);
    expect(orphanCost(1 << ORPHAN_TARGET_BIT, 0, 1, 0, 2, source, target, params)).toBe(1);
    expect(orphanCost(1 << (ORPHAN_TARGET_BIT + 1), 0, 1, 0, 2, source, target, params)).toBe(1);
  });
});

describe('relativeOrphans', () => {
  // Members: source 0 (bit 0), target 0 and 1 (bits 8, 9). Matched and total token weight of each.
  const matched = new Float64Array(16);
  const own = new Float64Array(16);
  matched[0] = 2;
  own[0] = 10;
  matched[ORPHAN_TARGET_BIT] = 2;
  own[ORPHAN_TARGET_BIT] = 10;
  matched[ORPHAN_TARGET_BIT + 1] = 0;
  own[ORPHAN_TARGET_BIT + 1] = 10;
  const all = 1 | (1 << ORPHAN_TARGET_BIT) | (1 << (ORPHAN_TARGET_BIT + 1));

  it('clears a weak member that matches as much as its weak group does, and keeps one that matches nothing', () => {
    // The group matches 4 of 30 (0.133); the first two members 0.2 each, at least 1.125 × 0.133 = 0.15.
    expect(relativeOrphans(all, matched, own, 4, 30, 1.125)).toBe(1 << (ORPHAN_TARGET_BIT + 1));
  });

  it('keeps a member that matches less than the share times its group', () => {
    // With the bar at 2 × 0.133 = 0.267, 0.2 is below it.
    expect(relativeOrphans(all, matched, own, 4, 30, 2)).toBe(all);
  });

  it('changes nothing when switched off or when the group has no token weight', () => {
    expect(relativeOrphans(all, matched, own, 4, 30, 0)).toBe(all);
    expect(relativeOrphans(all, matched, own, 0, 0, 1.125)).toBe(all);
  });
});

/** Both sides' features over one key table (so that equal words match), with their continuation cues. */
function sides(sourceTexts: string[], targetTexts: string[]): [SideFeatures, SideFeatures] {
  const keys = new KeyTable();
  const build = (texts: string[]) => {
    const features = buildFeatures(texts, texts.map(() => []), undefined, keys, new KeyTable());
    features.continues = continuationCues(texts, features.chromeLike);
    return features;
  };
  return [build(sourceTexts), build(targetTexts)];
}

describe('makeScorer with relative orphans (pass 3)', () => {
  // A weak 1-2: the German sentence and the first French one share two names among many words (each well below
  // orphanShare), the second French sentence, as long, shares nothing (so the group's share is lower still).
  // Without the relative test all three members are orphans; with it only the last.
  const [source, target] = sides(
    ['Am zwölften Juli erreichten Larch und Reinagl nach einem langen und mühsamen Aufstieg das obere Lager und ruhten dort aus.'],
    ['Le douze juillet , Larch et Reinagl atteignirent le camp supérieur après une montée longue et pénible .', 'Ils y restèrent deux jours entiers à attendre que la tempête se calme enfin sur toute la montagne .'],
  );
  const model = { ratio: 1, variance: 6.8 };
  const oneTwo = BEAD_TYPES.findIndex((t) => t.a === 1 && t.b === 2);

  it('charges the orphan penalty only for the member that matches nothing', () => {
    const plain = makeScorer(source, target, fullBand(1, 2), model, DEFAULT_COST, undefined);
    const relative = makeScorer(source, target, fullBand(1, 2), model, DEFAULT_COST, undefined, { relativeOrphans: true });
    expect(plain.cost(0, 0, oneTwo) - relative.cost(0, 0, oneTwo)).toBeCloseTo(2 * DEFAULT_COST.orphanPenalty, 9);
  });

  it('is off unless asked for, and off with relativeOrphanShare 0', () => {
    const plain = makeScorer(source, target, fullBand(1, 2), model, DEFAULT_COST, undefined);
    const off = makeScorer(source, target, fullBand(1, 2), model, { ...DEFAULT_COST, relativeOrphanShare: 0 }, undefined, { relativeOrphans: true });
    expect(off.cost(0, 0, oneTwo)).toBe(plain.cost(0, 0, oneTwo));
  });
});

describe('squareCost', () => {
  const model = { ratio: 1, variance: 6.8 };

  it('charges the full penalty when the diagonal fits as well as the merge', () => {
    expect(squareCost(100, 80, 100, 80, model, DEFAULT_COST)).toBe(DEFAULT_COST.squarePenalty);
  });

  it('charges nothing when the sentence boundaries differ and only the merge fits', () => {
    // 120 + 40 source characters against 40 + 120 target characters: each diagonal pair is 3 : 1.
    expect(squareCost(120, 40, 40, 120, model, DEFAULT_COST)).toBe(0);
  });
});

describe('squareDiagonalCost', () => {
  it('charges a 2-2 whose diagonal pairs hold (nearly) all its shared words', () => {
    expect(squareDiagonalCost(9.5, 10, true, DEFAULT_COST)).toBe(DEFAULT_COST.squareDiagonalPenalty);
  });

  it('charges nothing when one side\'s first sentence shares words with the other side\'s second (a real 2-2)', () => {
    expect(squareDiagonalCost(6, 10, true, DEFAULT_COST)).toBe(0);
  });

  it('charges nothing when a diagonal pair shares nothing, or the bead shares nothing at all', () => {
    expect(squareDiagonalCost(10, 10, false, DEFAULT_COST)).toBe(0);
    expect(squareDiagonalCost(0, 0, true, DEFAULT_COST)).toBe(0);
  });
});

/**
 * The machinery that makes long documents cheap must not change a single bead: anchors found segment by
 * segment, learnt translations added from per-stem tables, and the scorer's cached group weights give the
 * same features and the same costs as the straightforward computation; the second pass on long input is cut
 * into pieces only where the first path runs straight.
 */
import { describe, expect, it } from 'vitest';
import { findAnchors } from '../../src/anchors/index.js';
import fc from 'fast-check';
import {
  buildFeatures,
  CHROME_PATTERN,
  CHROME_SHAPE,
  chromeCues,
  extraBegin,
  extraEnd,
  foldWord,
  KeyTable,
  type SideFeatures,
  tokenWord,
  withLexiconKeys,
} from '../../src/align/features.js';
import { makeScorer } from '../../src/align/index.js';
import { buildPostings, type KeyPostings, matchRow, SegmentKeys, withLearntPostings } from '../../src/align/postings.js';
import { BEAD_TYPES, DEFAULT_COST, GALE_CHURCH_VARIANCE, KeyIndex, matchMasks } from '../../src/align/scoring.js';
import { secondPassPieces } from '../../src/align/long.js';
import { bandAroundPath, fullBand, type PathStep, searchBand } from '../../src/align/search.js';
import { Workspace } from '../../src/align/workspace.js';

/**
 * The straightforward form of withLexiconKeys, the reference it is checked against: a copy of `side` where
 * token k also carries the keys in `extra[k]`.
 */
function withExtraKeys(side: SideFeatures, extra: ReadonlyMap<number, readonly number[]>): SideFeatures {
  if (extra.size === 0) return side;
  const tokens = side.tokenDf.length;
  let total = side.keyStart[tokens]! - side.keyStart[0]!;
  for (const [k, more] of extra) if (k >= 0 && k < tokens) total += more.length;
  const keyStart = new Int32Array(tokens + 1);
  const keyList = new Int32Array(total);
  let x = 0;
  for (let k = 0; k < tokens; k++) {
    keyStart[k] = x;
    const from = side.keyStart[k]!;
    const to = side.keyStart[k + 1]!;
    keyList.set(side.keys.subarray(from, to), x);
    x += to - from;
    const more = extra.get(k);
    if (more) for (const key of more) keyList[x++] = key;
  }
  keyStart[tokens] = x;
  return { ...side, keyStart, keys: keyList };
}

const SOURCE = [
  'Am 3. März 2021 trafen sich 45 Delegierte in Genf.',
  'Die Konferenz dauerte drei Tage.',
  'Kommentar schreiben',
  'Frau Malmström eröffnete die Sitzung um 9.30 Uhr.',
  'Die Delegierten diskutierten die Finanzierung.',
  'Das Budget wuchs um 12 Prozent.',
  'Teilen',
  'Die nächste Konferenz findet 2023 in Wien statt.',
];
const TARGET = [
  'Le 3 mars 2021, 45 délégués se sont réunis à Genève.',
  'La conférence a duré trois jours.',
  'Mme Malmström a ouvert la séance à 9 h 30.',
  'Les délégués ont discuté du financement.',
  'Le budget a augmenté de 12 pour cent.',
  'Partager',
  'La prochaine conférence aura lieu en 2023 à Vienne.',
  'Lire la suite',
];

const anchorsOf = (texts: string[], language: string) => texts.map((text) => findAnchors({ index: 0, text, start: 0, end: text.length, block: 0 }, language));

/** Every bead of every shape that fits an n × m grid, shape first. */
function* everyBead(n: number, m: number): Generator<{ t: number; a: number; b: number; i: number; j: number }> {
  for (let t = 0; t < BEAD_TYPES.length; t++) {
    const { a, b } = BEAD_TYPES[t]!;
    for (let i = 0; i + a <= n; i++) for (let j = 0; j + b <= m; j++) yield { t, a, b, i, j };
  }
}

/** The band of the given radius around the diagonal path of an n × m grid. */
function diagonalBand(n: number, m: number, radius: number) {
  const diagonal = Int32Array.from({ length: n + 1 }, (_, i) => i);
  return bandAroundPath(diagonal, Int32Array.from(diagonal, (i) => Math.min(m, i)), n, m, radius);
}

function sides(): { sf: SideFeatures; tf: SideFeatures; keys: KeyTable } {
  const keys = new KeyTable();
  const sf = buildFeatures(SOURCE, anchorsOf(SOURCE, 'de'), undefined, keys, new KeyTable());
  const tf = buildFeatures(TARGET, anchorsOf(TARGET, 'fr'), undefined, keys, new KeyTable());
  return { sf, tf, keys };
}

describe('buildFeatures with anchors found on demand', () => {
  it('gives the features an array of anchors gives, asking once per segment in order', () => {
    const array = buildFeatures(SOURCE, anchorsOf(SOURCE, 'de'), undefined, new KeyTable(), new KeyTable());
    const asked: number[] = [];
    const lazy = buildFeatures(
      SOURCE,
      (i) => {
        asked.push(i);
        return findAnchors({ index: 0, text: SOURCE[i]!, start: 0, end: SOURCE[i]!.length, block: 0 }, 'de');
      },
      undefined,
      new KeyTable(),
      new KeyTable(),
    );
    expect(asked).toEqual(SOURCE.map((_, i) => i));
    expect(lazy).toEqual(array);
  });

  it('uses the anchors it is given (a function that finds none drops the numbers)', () => {
    const none = buildFeatures(SOURCE, () => [], undefined, new KeyTable(), new KeyTable());
    const array = buildFeatures(SOURCE, anchorsOf(SOURCE, 'de'), undefined, new KeyTable(), new KeyTable());
    expect(none.tokenDf.length).toBeLessThan(array.tokenDf.length);
  });
});

describe('withLexiconKeys', () => {
  /** The keys of every token of a side, as lists: its own, then its learnt ones. */
  const keyLists = (side: SideFeatures) =>
    Array.from({ length: side.tokenDf.length }, (_, k) => [
      ...side.keys.subarray(side.keyStart[k]!, side.keyStart[k + 1]!),
      ...(side.extraKeys?.subarray(extraBegin(side, k), extraEnd(side, k)) ?? []),
    ]);

  /** The stem of the first word (not anchor) token of segment i. */
  const stem = (side: SideFeatures, i: number) => {
    for (let k = side.tokenStart[i]!; k < side.tokenStart[i + 1]!; k++) if (tokenWord(side, k) >= 0) return tokenWord(side, k);
    throw new Error(`segment ${i} has no word`);
  };

  /** withLexiconKeys's sides, and the reference: the same sides built again (same key ids) with per-token copies. */
  const taughtAndReference = () => {
    const { sf, tf, keys } = sides();
    // Two translations for one source stem, and two entries sharing a target stem: the order must be kept.
    const lexicon = [
      { sourceWord: stem(sf, 1), targetWord: stem(tf, 1) },
      { sourceWord: stem(sf, 1), targetWord: stem(tf, 3) },
      { sourceWord: stem(sf, 4), targetWord: stem(tf, 3) },
    ];
    const reference = sides();
    const translations = new Map<number, number[]>();
    for (const e of lexicon) translations.set(e.sourceWord, [...(translations.get(e.sourceWord) ?? []), reference.keys.id(`x:${e.targetWord}`)]);
    const sourceExtra = new Map<number, number[]>();
    reference.sf.tokenDf.forEach((_, k) => {
      const w = tokenWord(reference.sf, k);
      if (translations.has(w)) sourceExtra.set(k, translations.get(w)!);
    });
    const targetExtra = new Map<number, number[]>();
    reference.tf.tokenDf.forEach((_, k) => {
      const w = tokenWord(reference.tf, k);
      if (lexicon.some((e) => e.targetWord === w)) targetExtra.set(k, [reference.keys.id(`x:${w}`)]);
    });
    return {
      sf,
      tf,
      keys,
      sourceExtra,
      actual: withLexiconKeys(sf, tf, lexicon, keys),
      expected: { source: withExtraKeys(reference.sf, sourceExtra), target: withExtraKeys(reference.tf, targetExtra) },
    };
  };

  it('adds the keys that per-token lists add, in the same order, without copying the token arrays', () => {
    const { sf, tf, sourceExtra, actual, expected } = taughtAndReference();
    expect(keyLists(actual.source)).toEqual(keyLists(expected.source));
    expect(keyLists(actual.target)).toEqual(keyLists(expected.target));
    // The learnt keys really are new: tokens carry more keys than before.
    expect(keyLists(actual.source).flat().length).toBe(sf.keys.length + [...sourceExtra.values()].reduce((s, l) => s + l.length, 0));
    expect(keyLists(actual.target).flat().length).toBeGreaterThan(tf.keys.length);
    // Held by stem: the token arrays are the base's, not copies.
    expect(actual.source.keys).toBe(sf.keys);
    expect(actual.target.keyStart).toBe(tf.keyStart);
  });

  it('gives every reader of the keys the masks the per-token copies give', () => {
    const { sf, tf, keys, actual, expected } = taughtAndReference();
    const postings = buildPostings(actual.target, keys.size);
    const expectedPostings = buildPostings(expected.target, keys.size);
    expect(Array.from(postings.start)).toEqual(Array.from(expectedPostings.start));
    expect(Array.from(postings.entries)).toEqual(Array.from(expectedPostings.entries));
    const masksOf = (source: SideFeatures, target: SideFeatures) => {
      const out: number[][] = [];
      const scratch = new Uint32Array(2);
      const index = new KeyIndex();
      const segment = new SegmentKeys();
      const row = new Uint32Array(2 * target.count);
      const targetPostings = buildPostings(target, keys.size);
      for (let i = 0; i < source.count; i++) {
        index.load(source, i);
        segment.load(source, i);
        row.fill(0);
        matchRow(segment, targetPostings, 0, 0, target.count - 1, row, 0);
        for (let j = 0; j < target.count; j++) {
          matchMasks(source, i, target, j, scratch);
          const direct = [scratch[0]!, scratch[1]!];
          index.match(target, j, scratch);
          out.push([...direct, scratch[0]!, scratch[1]!, row[2 * j]!, row[2 * j + 1]!]);
        }
      }
      return out;
    };
    const masks = masksOf(actual.source, actual.target);
    expect(masks).toEqual(masksOf(expected.source, expected.target));
    // The learnt keys change some masks: otherwise the comparison would prove nothing.
    expect(masks).not.toEqual(masksOf(sf, tf));
  });

  it('gives the masks of all the postings from the own keys\' postings (built before learning) and the learnt keys\' alone', () => {
    const { sf, tf, keys, actual } = taughtAndReference();
    const own = buildPostings(tf, keys.size);
    const learnt = buildPostings(actual.target, keys.size, false);
    const all = buildPostings(actual.target, keys.size);
    // The learnt keys' postings hold just the learnt occurrences.
    expect(learnt.entries.length).toBe(all.entries.length - own.entries.length);
    expect(learnt.entries.length).toBeGreaterThan(0);
    const segment = new SegmentKeys();
    const split = new Uint32Array(2 * tf.count);
    const whole = new Uint32Array(2 * tf.count);
    let changed = 0;
    for (let i = 0; i < sf.count; i++) {
      segment.load(actual.source, i);
      split.fill(0);
      whole.fill(0);
      matchRow(segment, own, 0, 0, tf.count - 1, split, 0);
      const before = Array.from(split);
      matchRow(segment, learnt, 0, 0, tf.count - 1, split, 0);
      matchRow(segment, all, 0, 0, tf.count - 1, whole, 0);
      expect(Array.from(split), `row ${i}`).toEqual(Array.from(whole));
      if (before.some((mask, k) => mask !== split[k])) changed++;
    }
    // The learnt keys' postings add bits to some rows: otherwise the comparison would prove nothing.
    expect(changed).toBeGreaterThan(0);
    // And a scorer given the two apart costs every bead as one that builds the postings itself.
    const n = sf.count;
    const m = tf.count;
    const model = { ratio: 1.1, variance: GALE_CHURCH_VARIANCE };
    const itself = makeScorer(actual.source, actual.target, fullBand(n, m), model, DEFAULT_COST, undefined);
    const given = makeScorer(actual.source, actual.target, fullBand(n, m), model, DEFAULT_COST, undefined, {
      targetPostings: { postings: own, offset: 0 },
      learntPostings: learnt,
    });
    for (const { t, i, j } of everyBead(n, m)) expect(given.cost(i, j, t)).toBe(itself.cost(i, j, t));
  });

  const samePostings = (actual: KeyPostings, expected: KeyPostings) => {
    expect(Array.from(actual.start)).toEqual(Array.from(expected.start));
    expect(Array.from(actual.entries)).toEqual(Array.from(expected.entries));
  };

  it('gives the postings of a pass from the last pass\'s by copying the own keys\' part (passes 2 and 3 on long input)', () => {
    const { sf, tf, keys, actual } = taughtAndReference();
    // taughtAndReference interned the learnt keys after both sides' own keys, as alignSegments does.
    const ownKeyCount = Math.max(...sf.keys, ...tf.keys) + 1;
    const first = buildPostings(tf, ownKeyCount);
    const second = withLearntPostings(first, ownKeyCount, actual.target, keys.size);
    samePostings(second, buildPostings(actual.target, keys.size));
    // The learnt keys are in it: otherwise the comparison would prove nothing.
    expect(second.entries.length).toBeGreaterThan(first.entries.length);
    // Pass 3: another lexicon (one entry kept, one new key), from pass 2's postings.
    const relearnt = withLexiconKeys(sf, tf, [{ sourceWord: stem(sf, 6), targetWord: stem(tf, 6) }], keys);
    const third = withLearntPostings(second, ownKeyCount, relearnt.target, keys.size);
    samePostings(third, buildPostings(relearnt.target, keys.size));
    expect(third.entries.length).toBeGreaterThan(first.entries.length);
    // Nothing learnt: the own keys' postings, over every key.
    samePostings(withLearntPostings(third, ownKeyCount, tf, keys.size), buildPostings(tf, keys.size));
  });

  it('gives buildPostings\' postings from any earlier postings of the side and any own-key count', () => {
    const { sf, tf, keys, actual } = taughtAndReference();
    const ownKeyCount = Math.max(...sf.keys, ...tf.keys) + 1;
    const other = withLexiconKeys(sf, tf, [{ sourceWord: stem(sf, 6), targetWord: stem(tf, 6) }], keys);
    // The target's postings before learning, with this lexicon's keys, and with another lexicon's.
    const earlier = [buildPostings(tf, ownKeyCount), buildPostings(actual.target, keys.size), buildPostings(other.target, keys.size)];
    const expected = buildPostings(actual.target, keys.size);
    // Every count, too small or too large: the copy is taken only when it is the side's own keys' block.
    for (const postings of earlier) {
      for (let count = 0; count <= keys.size; count++) samePostings(withLearntPostings(postings, count, actual.target, keys.size), expected);
    }
  });

  it('matches a row the same from any cursor, in any order of rows (the cursor is a hint)', () => {
    // Sides long enough for keys that occur in most segments (a binary search of many occurrences).
    const pool = ['Konferenz', 'Genf', 'Delegierte', 'Budget', 'Wien', 'Prozent', 'Sitzung', '2021', '12', 'Teilen'];
    const texts = (seed: number, count: number) =>
      Array.from({ length: count }, (_, i) => pool.filter((_, w) => ((i * 7 + seed) * (w + 3)) % (w + 2) !== 0).join(' ') + (i % 3 ? '.' : ''));
    const keys = new KeyTable();
    const source = buildFeatures(texts(1, 60), [], undefined, keys, new KeyTable());
    const target = buildFeatures(texts(2, 90), [], undefined, keys, new KeyTable());
    const hinted = buildPostings(target, keys.size);
    expect(hinted.cursor).toBeDefined();
    const plain: KeyPostings = { start: hinted.start, entries: hinted.entries };
    const segment = new SegmentKeys();
    let matched = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(source.count - 1), fc.nat(target.count - 1), fc.nat(target.count - 1), fc.nat(40)), { minLength: 1, maxLength: 30 }),
        (rows) => {
          for (const [i, a, b, offset] of rows) {
            const lo = Math.min(a, b) - Math.min(a, b, offset);
            const hi = Math.max(a, b) - Math.min(a, b, offset);
            segment.load(source, i);
            const withHint = new Uint32Array(2 * (hi - lo + 1));
            const without = new Uint32Array(2 * (hi - lo + 1));
            matchRow(segment, hinted, Math.min(a, b, offset), lo, hi, withHint, 0);
            matchRow(segment, plain, Math.min(a, b, offset), lo, hi, without, 0);
            expect(Array.from(withHint)).toEqual(Array.from(without));
            if (without.some((mask) => mask !== 0)) matched++;
          }
        },
      ),
    );
    // Rows did match: otherwise the comparison would prove nothing.
    expect(matched).toBeGreaterThan(0);
  });

  it('leaves both sides as they are when nothing was learnt', () => {
    const { sf, tf, keys } = sides();
    const same = withLexiconKeys(sf, tf, [], keys);
    expect(same.source).toBe(sf);
    expect(same.target).toBe(tf);
  });
});

describe('buildFeatures: lengths and chrome cues without the collapsed text', () => {
  // Every kind of whitespace `\s` knows, at the ends and inside, next to ASCII and accented words.
  const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const WORDS = ['Kommentar', 'schreiben', 'Été', 'Malmström', '12,5', 'مرحبا', '.', ':', ',', '»'];

  it('measures each segment as its whitespace-collapsed, trimmed text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom(...WORDS)), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const features = buildFeatures([text, 'x'], [[], []], undefined, new KeyTable(), new KeyTable());
        expect(features.length[0]).toBe(text.replace(/\s+/gu, ' ').trim().length);
        // Whitespace, however spaced, does not change the chrome cues.
        expect(chromeCues(text)).toBe(chromeCues(text.replace(/\s+/gu, ' ').trim()));
      }),
    );
  });

  it('still finds a chrome pattern and a short unpunctuated line when the whitespace is odd', () => {
    expect(chromeCues('\u00a0 Dela\u2003den här   artikeln: \n') & CHROME_PATTERN).toBe(CHROME_PATTERN);
    expect(chromeCues('  Trend \t') & CHROME_SHAPE).toBe(CHROME_SHAPE);
    expect(chromeCues('Die Konferenz dauerte drei Tage.  ') & CHROME_SHAPE).toBe(0);
    // One whitespace code unit that is not U+0020, no run and nothing at the ends: still tested as collapsed.
    expect(chromeCues('Dela\u00a0den här artikeln') & CHROME_PATTERN).toBe(CHROME_PATTERN);
    expect(chromeCues('Dela\tartikeln') & CHROME_PATTERN).toBe(CHROME_PATTERN);
    expect(chromeCues('Dela den här artikeln') & CHROME_PATTERN).toBe(CHROME_PATTERN);
  });

  it('folds ASCII and accented words alike', () => {
    expect(foldWord('MALMSTROM')).toBe('malmstrom');
    expect(foldWord('Malmström')).toBe('malmstrom');
    expect(foldWord('Été')).toBe('ete');
  });
});

describe('makeScorer', () => {
  const model = { ratio: 1.1, variance: GALE_CHURCH_VARIANCE };

  it('costs every bead the same whether its groups come from the row caches or are computed directly', () => {
    const { sf, tf } = sides();
    const n = sf.count;
    const m = tf.count;
    const full = makeScorer(sf, tf, fullBand(n, m), model, DEFAULT_COST, undefined);
    // A one-column band: almost every group of a wide bead reaches outside it and is computed directly.
    const narrow = makeScorer(sf, tf, diagonalBand(n, m, 0), model, DEFAULT_COST, undefined);
    let groups = 0;
    for (const { t, a, b, i, j } of everyBead(n, m)) {
      expect(narrow.cost(i, j, t), `type ${a}-${b} at (${i}, ${j})`).toBe(full.cost(i, j, t));
      if (a + b > 2) groups++;
    }
    expect(groups).toBeGreaterThan(300);
  });

  it('costs every bead the same from the cached masks and directly when the texts look comparable', () => {
    // A length model far from Gale & Church's makes the pair penalty check each bead's diagonal neighbours
    // for evidence: from the scorer's cached masks in the full band, by matchMasks outside the narrow one.
    const comparableModel = { ratio: 1.1, variance: 3 * GALE_CHURCH_VARIANCE };
    const { sf, tf } = sides();
    const n = sf.count;
    const m = tf.count;
    const full = makeScorer(sf, tf, fullBand(n, m), comparableModel, DEFAULT_COST, undefined);
    const narrow = makeScorer(sf, tf, diagonalBand(n, m, 0), comparableModel, DEFAULT_COST, undefined);
    const translation = makeScorer(sf, tf, fullBand(n, m), model, DEFAULT_COST, undefined);
    let charged = 0;
    for (const { t, a, b, i, j } of everyBead(n, m)) {
      expect(narrow.cost(i, j, t), `type ${a}-${b} at (${i}, ${j})`).toBe(full.cost(i, j, t));
      if (a > 0 && b > 0 && full.cost(i, j, t) > translation.cost(i, j, t)) charged++;
    }
    // The neighbour check did charge some beads; otherwise this test would prove nothing.
    expect(charged).toBeGreaterThan(20);
  });

  it('costs every bead and finds the same path with tables lent by a workspace that held a larger piece', () => {
    const { sf, tf } = sides();
    const n = sf.count;
    const m = tf.count;
    const narrowBand = diagonalBand(n, m, 1);
    const workspace = new Workspace();
    // The full band first: the workspace's arrays are then larger than the narrow band needs and full of
    // the full band's masks, weights and DP values.
    const fullScorer = makeScorer(sf, tf, fullBand(n, m), model, DEFAULT_COST, undefined, { workspace });
    const fullPath = searchBand(fullBand(n, m), BEAD_TYPES, fullScorer.cost, workspace);
    expect(fullPath).toEqual(searchBand(fullBand(n, m), BEAD_TYPES, makeScorer(sf, tf, fullBand(n, m), model, DEFAULT_COST, undefined).cost));
    const lent = makeScorer(sf, tf, narrowBand, model, DEFAULT_COST, undefined, { workspace });
    const fresh = makeScorer(sf, tf, narrowBand, model, DEFAULT_COST, undefined);
    for (const { t, a, b, i, j } of everyBead(n, m)) {
      expect(lent.cost(i, j, t), `type ${a}-${b} at (${i}, ${j})`).toBe(fresh.cost(i, j, t));
    }
    expect(searchBand(narrowBand, BEAD_TYPES, lent.cost, workspace)).toEqual(searchBand(narrowBand, BEAD_TYPES, fresh.cost));
  });

  it('charges a merged group more when a member shares nothing with the other side', () => {
    const { sf, tf } = sides();
    const scorer = makeScorer(sf, tf, fullBand(sf.count, tf.count), model, DEFAULT_COST, undefined);
    const twoOne = BEAD_TYPES.findIndex((t) => t.a === 2 && t.b === 1);
    // "Die Konferenz dauerte drei Tage." + "Kommentar schreiben" against "La conférence a duré trois jours.":
    // the chrome line matches nothing, so the merge costs more than the 1-1 bead plus skipping it.
    const merged = scorer.cost(1, 1, twoOne);
    const apart = scorer.cost(1, 1, 0) + scorer.cost(2, 2, 1);
    expect(merged).toBeGreaterThan(apart);
  });
});

describe('makeScorer: stopping early on a losing bead', () => {
  const model = { ratio: 1.1, variance: GALE_CHURCH_VARIANCE };

  it('returns the full cost when the bead can still win, and at most the full cost (and enough to lose) when it cannot', () => {
    const { sf, tf } = sides();
    const scorer = makeScorer(sf, tf, fullBand(sf.count, tf.count), model, DEFAULT_COST, undefined);
    let stopped = 0;
    for (const { t, i, j } of everyBead(sf.count, tf.count)) {
      const full = scorer.cost(i, j, t);
      // A limit the bead beats: the search needs its exact cost.
      expect(scorer.cost(i, j, t, 1, 1 + full + 0.5)).toBe(full);
      // Limits it cannot beat: any value up to the full cost will do, as long as it still loses.
      for (const limit of [-Infinity, 1 + full - 4, 1 + full - 0.5]) {
        const partial = scorer.cost(i, j, t, 1, limit);
        expect(partial).toBeLessThanOrEqual(full);
        expect(1 + partial).toBeGreaterThanOrEqual(limit);
        if (partial < full) stopped++;
      }
    }
    // The shortcut is taken (merges with orphans, chrome pairs): otherwise this test would prove nothing.
    expect(stopped).toBeGreaterThan(10);
  });

  it('keeps that contract for merged groups stopped before they are weighed, in any band and length model', () => {
    // A merged group whose members could match at most what they match anywhere in the cache, and still
    // lose, is stopped with a lower bound of its cost: the bound must never exceed the full cost.
    const { sf, tf } = sides();
    const n = sf.count;
    const m = tf.count;
    const bands = [fullBand(n, m), diagonalBand(n, m, 1)];
    let stoppedGroups = 0;
    for (const lengthModel of [model, { ratio: 0.8, variance: 3 * GALE_CHURCH_VARIANCE }]) {
      for (const band of bands) {
        const scorer = makeScorer(sf, tf, band, lengthModel, DEFAULT_COST, undefined);
        for (const { t, a, b, i, j } of everyBead(n, m)) {
          if (a + b <= 2) continue;
          const full = scorer.cost(i, j, t);
          expect(scorer.cost(i, j, t, 2, 2 + full + 1e-9)).toBe(full);
          for (const limit of [-Infinity, 2 + full - 20, 2 + full - 3, 2 + full - 1e-9]) {
            const partial = scorer.cost(i, j, t, 2, limit);
            expect(partial, `type ${a}-${b} at (${i}, ${j})`).toBeLessThanOrEqual(full);
            expect(2 + partial).toBeGreaterThanOrEqual(limit);
            if (partial < full) stoppedGroups++;
          }
        }
      }
    }
    expect(stoppedGroups).toBeGreaterThan(1000);
  });

  it('keeps that contract with a negative length weight, where the bound without the length term would not hold', () => {
    // With lengthWeight < 0 a group's length term lowers its cost, so the first line without it is no lower
    // bound: only the bound with the length term may stop a group.
    const { sf, tf } = sides();
    const params = { ...DEFAULT_COST, lengthWeight: -0.5 };
    const scorer = makeScorer(sf, tf, fullBand(sf.count, tf.count), model, params, undefined);
    let checked = 0;
    for (const { t, a, b, i, j } of everyBead(sf.count, tf.count)) {
      if (a + b <= 2) continue;
      const full = scorer.cost(i, j, t);
      for (const limit of [2 + full - 1e-9, 2 + full + 1e-9]) {
        const partial = scorer.cost(i, j, t, 2, limit);
        expect(partial, `type ${a}-${b} at (${i}, ${j})`).toBeLessThanOrEqual(full);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('never stops early when a tail term could be negative', () => {
    const { sf, tf } = sides();
    const params = { ...DEFAULT_COST, orphanPenalty: -1 };
    const scorer = makeScorer(sf, tf, fullBand(sf.count, tf.count), model, params, undefined);
    const twoOne = BEAD_TYPES.findIndex((t) => t.a === 2 && t.b === 1);
    // The 2-1 bead with the chrome line as an orphan: a negative orphan penalty makes it cheaper, so a
    // partial cost would overstate it.
    const full = scorer.cost(1, 1, twoOne);
    expect(scorer.cost(1, 1, twoOne, 0, -Infinity)).toBe(full);
    // With the default penalties the same call stops before the orphan term.
    const defaults = makeScorer(sf, tf, fullBand(sf.count, tf.count), model, DEFAULT_COST, undefined);
    expect(defaults.cost(1, 1, twoOne, 0, -Infinity)).toBeLessThan(defaults.cost(1, 1, twoOne));
  });
});

describe('secondPassPieces', () => {
  /** A first-pass path from bead shapes written as "1-1", "1-0", "2-1", … */
  function path(shapes: string[]): PathStep[] {
    const steps: PathStep[] = [];
    let i = 0;
    let j = 0;
    for (const shape of shapes) {
      const [a, b] = shape.split('-').map(Number) as [number, number];
      steps.push({ i, j, type: BEAD_TYPES.findIndex((t) => t.a === a && t.b === b), cost: 0 });
      i += a;
      j += b;
    }
    return steps;
  }
  const end = (steps: PathStep[]) => {
    const last = steps[steps.length - 1]!;
    const { a, b } = BEAD_TYPES[last.type]!;
    return [last.i + a, last.j + b] as const;
  };

  it('keeps a short path whole', () => {
    const steps = path(Array.from({ length: 40 }, () => '1-1'));
    const pieces = secondPassPieces(steps, 40, 40, 100);
    expect(pieces).toEqual([{ i0: 0, i1: 40, j0: 0, j1: 40, steps }]);
  });

  it('cuts only inside long runs of 1-1 beads, into pieces that tile the grid and the path', () => {
    // Runs of 1-1 broken by skips and merges every 5 beads, then a long straight stretch, twice.
    const irregular = Array.from({ length: 60 }, (_, k) => (k % 5 === 4 ? (k % 10 === 4 ? '1-0' : '2-1') : '1-1'));
    const straight = Array.from({ length: 30 }, () => '1-1');
    const steps = path([...irregular, ...straight, ...irregular, ...straight, ...irregular]);
    const [n, m] = end(steps);
    const pieces = secondPassPieces(steps, n, m, 40);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]!.i0).toBe(0);
    expect(pieces[0]!.j0).toBe(0);
    expect(pieces[pieces.length - 1]!.i1).toBe(n);
    expect(pieces[pieces.length - 1]!.j1).toBe(m);
    let rejoined: PathStep[] = [];
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p]!;
      if (p > 0) expect([piece.i0, piece.j0]).toEqual([pieces[p - 1]!.i1, pieces[p - 1]!.j1]);
      expect(piece.i1 - piece.i0).toBeGreaterThanOrEqual(40);
      // The piece's path starts at its origin and ends at its corner.
      expect([piece.steps[0]!.i, piece.steps[0]!.j]).toEqual([0, 0]);
      expect(end(piece.steps)).toEqual([piece.i1 - piece.i0, piece.j1 - piece.j0]);
      rejoined = rejoined.concat(piece.steps.map((s) => ({ ...s, i: s.i + piece.i0, j: s.j + piece.j0 })));
      // A cut falls after at least 8 straight 1-1 beads: the 8 steps before it are all 1-1.
      if (p > 0) {
        const before = steps.filter((s) => s.i < piece.i0).slice(-8);
        expect(before.every((s) => BEAD_TYPES[s.type]!.a === 1 && BEAD_TYPES[s.type]!.b === 1)).toBe(true);
      }
    }
    expect(rejoined).toEqual(steps);
  });
});

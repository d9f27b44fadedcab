/**
 * Names across scripts: a consonant-skeleton key (`nameKey`) that makes Malmström and مالمستروم,
 * Washington and واشنطن, Twitter and تويتر come out equal, a similarity (`namesMatch`), and the search
 * for a name's counterpart in a segment of an uncased script (`findNameCounterparts`).
 *
 * Why a skeleton: Arabic writes long vowels only, and loans lose or change vowels (Albanien → ألبانيا);
 * consonants survive, up to a few systematic merges (v → f, p → b, g ~ j, z ~ s, ng → n), the same idea
 * as Soundex-family keys and as the consonant matching in Arabic–English name transliteration mining
 * (e.g. Freeman, Condon & Ackerman 2006, "Cross linguistic name matching in English and Arabic").
 */
import type { Anchor, Segment } from '../types.js';
import { editSimilarity, isArabicScript, isLetterCode, MAX_EDIT_LENGTH, normalizeArabic, transliterate } from './text.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const CONSONANT_CLASS: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', d: 'd', f: 'f', v: 'f', g: 'g', j: 'g', k: 'k', q: 'k', l: 'l', m: 'm', n: 'n', r: 'r',
  s: 's', z: 's', t: 't',
};

/**
 * The consonant skeleton of a name in any script: transliterated to Latin, digraphs merged (sh, ch, th,
 * ph, kh, gh, dh, ck), "c" read as s before e/i/y and k elsewhere, vowels dropped, w/y/h kept only at the
 * start, doubled letters merged. `nameKey("Malmström") === nameKey("مالمستروم") === "mlmstrm"`.
 */
export function nameKey(word: string): string {
  return skeleton(latinLetters(transliterate(word)), false);
}

/** The letters a-z of a transliteration: what skeletons are made of. */
function latinLetters(transliteration: string): string {
  return transliteration.replace(/[^a-z]+/g, '');
}

/**
 * The skeleton of `latin` (letters a-z only), optionally with each run of vowel letters written as "V"
 * (for short names: Eric ~ إريك, not عرق).
 */
function skeleton(latin: string, markVowels: boolean): string {
  let key = '';
  let previousLetter = '';
  for (let i = 0; i < latin.length; i++) {
    const ch = latin[i]!;
    const next = latin[i + 1] ?? '';
    // The digraphs are told letter by letter: a two-letter string per position was most of this loop's cost.
    const sc = ch === 's' && next === 'c';
    const ck = ch === 'c' && next === 'k';
    let sound: string;
    let width = 1;
    if (((ch === 's' || ch === 'c') && next === 'h') || (sc && latin[i + 2] === 'h')) {
      sound = 'S';
      width = sc ? 3 : 2;
    } else if ((next === 'h' && (ch === 't' || ch === 'p' || ch === 'k' || ch === 'g' || ch === 'd')) || ck) {
      sound = ch === 'p' ? 'f' : ck ? 'k' : CONSONANT_CLASS[ch]!;
      width = 2;
    } else if (ch === 'n' && next === 'g' && !VOWELS.has(latin[i + 2] ?? 'a')) {
      // "Washington" → واشنطن: the g of "ng" before a consonant is not written.
      sound = 'n';
      width = 2;
    } else if (ch === 'x') {
      sound = 'ks';
    } else if (ch === 'c') {
      sound = next === 'e' || next === 'i' || next === 'y' ? 's' : 'k';
    } else if (ch === 'w' || ch === 'y' || ch === 'h') {
      // Semivowels and h spell vowels or nothing inside a word (Holder ~ هولدر, Twitter ~ تويتر).
      sound = i === 0 ? ch : ch === 'h' || !markVowels ? '' : 'V';
    } else if (VOWELS.has(ch)) {
      sound = markVowels ? 'V' : '';
    } else {
      sound = CONSONANT_CLASS[ch] ?? '';
    }
    const letter = width === 1 ? ch : latin.slice(i, i + width);
    // A doubled letter ("tt" in Twitter) is one sound; the same sound across a vowel is two.
    const repeated = (letter === previousLetter || sound === 'V') && sound !== '' && key.endsWith(sound);
    if (!repeated) key += sound;
    previousLetter = letter;
    i += width - 1;
  }
  return key;
}

/**
 * One word or name with what `namesMatch` compares, computed once: a search compares each word of a
 * segment with many names, and transliterating it anew for each was most of the cost of matching.
 */
export interface NameKeys {
  /** The transliteration's letters a-z (the input of skeletons). */
  latin: string;
  /** `nameKey` of the word. */
  key: string;
  /** The transliteration's letters and digits: `foldName` without spaces. */
  spelled: string;
  /**
   * The skeleton with vowels marked, computed when a short name needs it (present from the start, as
   * `undefined`, so that every `NameKeys` has one object shape for the search's hot loop).
   */
  vowelKey: string | undefined;
  /** `hasBareForm(key)`: the skeleton starts with a w, y or h one spelling may leave out. */
  bare: boolean;
  /** The set of the skeleton's letters as bits (`letterSet`), and of the skeleton without its first letter. */
  letters: number;
  bareLetters: number;
}

export function nameKeys(word: string): NameKeys {
  const transliteration = transliterate(word);
  const latin = latinLetters(transliteration);
  const key = skeleton(latin, false);
  return {
    latin, key, spelled: transliteration.replace(/[^a-z0-9]+/g, ''), vowelKey: undefined, bare: hasBareForm(key),
    letters: letterSet(key, 0), bareLetters: letterSet(key, 1),
  };
}

function vowelKeyOf(keys: NameKeys): string {
  keys.vowelKey ??= skeleton(keys.latin, true);
  return keys.vowelKey;
}

/** Weight of the skeleton in `namesMatch`; the rest is the similarity of the full transliterations. */
const SKELETON_WEIGHT = 0.8;
/** A skeleton that starts another ("lbn" of Albania in "lbnn" of Albanien) is an inflection or suffix. */
const PREFIX_SIMILARITY = 0.85;
const MIN_PREFIX_SHARE = 0.6;
/** Weight of the similarity of two skeletons compared without an initial w/y/h. */
const BARE_SIMILARITY = 0.95;

/** Whether a skeleton starts with a semivowel or h that one side may write and the other not. */
function hasBareForm(key: string): boolean {
  const first = key[0];
  return first === 'w' || first === 'y' || first === 'h';
}

/** `namesMatch` of two prepared words. */
export function matchKeys(a: NameKeys, b: NameKeys): number {
  return matchKeysAbove(a, b, 0);
}

/**
 * `matchKeys`, or any value below `floor` when the skeletons alone show that the result is below it:
 * the spelled forms' edit distance (the longer strings, most of the cost) is then not computed.
 */
function matchKeysAbove(a: NameKeys, b: NameKeys, floor: number): number {
  const ka = a.key;
  const kb = b.key;
  if (ka.length === 0 || kb.length === 0) return 0;
  let similarity = editSimilarity(ka, kb);
  const short = ka.length <= kb.length ? ka : kb;
  const long = ka.length <= kb.length ? kb : ka;
  if (short.length >= 3 && long.startsWith(short) && short.length / long.length >= MIN_PREFIX_SHARE) {
    similarity = Math.max(similarity, PREFIX_SIMILARITY);
  }
  // An initial semivowel or h that only one side writes (Europol ~ يوروبول "yrbl").
  const bareA = a.bare;
  const bareB = b.bare;
  if (bareA || bareB) {
    // Not compared when even its best case (the lengths' bound) leaves the result below `floor`; the
    // bound holds for keys that `editSimilarity` does not cut.
    const la = bareA ? ka.length - 1 : ka.length;
    const lb = bareB ? kb.length - 1 : kb.length;
    const best = la > MAX_EDIT_LENGTH || lb > MAX_EDIT_LENGTH ? 1 : similarityBound(la, lb);
    if (SKELETON_WEIGHT * Math.max(similarity, BARE_SIMILARITY * best) + (1 - SKELETON_WEIGHT) + BOUND_MARGIN >= floor) {
      similarity = Math.max(similarity, BARE_SIMILARITY * editSimilarity(bareA ? ka.slice(1) : ka, bareB ? kb.slice(1) : kb));
    }
  }
  // The spelled similarity is at most 1; BOUND_MARGIN covers the rounding of the sum.
  if (SKELETON_WEIGHT * similarity + (1 - SKELETON_WEIGHT) + BOUND_MARGIN < floor) return 0;
  const spelled = editSimilarity(a.spelled, b.spelled);
  return SKELETON_WEIGHT * similarity + (1 - SKELETON_WEIGHT) * spelled;
}

/** Largest `editSimilarity` two strings of these lengths can have: the distance is at least their difference. */
function similarityBound(lengthA: number, lengthB: number): number {
  if (lengthA === 0 || lengthB === 0) return 0;
  return 1 - Math.abs(lengthA - lengthB) / Math.max(lengthA, lengthB);
}

/** Margin that keeps `matchBound` above `matchKeys` whatever the floating-point rounding. */
const BOUND_MARGIN = 1e-9;

/**
 * The letters of `key` from `from` on as a set of bits: a-z on bits 0-25, the skeleton's "S" and "V" on
 * 26 and 27 (anything else on 31; a shared bit only weakens the bound it serves).
 */
function letterSet(key: string, from: number): number {
  let set = 0;
  for (let i = from; i < key.length; i++) {
    const code = key.charCodeAt(i);
    const bit = code >= 97 && code <= 122 ? code - 97 : code === 83 ? 26 : code === 86 ? 27 : 31;
    set |= 1 << bit;
  }
  return set;
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Largest `editSimilarity` of two strings of these lengths and letter sets: each letter one has and the
 * other lacks costs at least one edit (the bag distance, a lower bound of the edit distance), and so
 * does each letter of length difference.
 */
function letterSimilarityBound(setA: number, lengthA: number, setB: number, lengthB: number): number {
  if (lengthA === 0 || lengthB === 0) return 0;
  const distance = Math.max(Math.abs(lengthA - lengthB), bitCount(setA & ~setB), bitCount(setB & ~setA));
  return Math.max(0, 1 - distance / Math.max(lengthA, lengthB));
}

/**
 * An upper bound of `matchKeys(a, b)` from the skeletons' lengths and letter sets, without an edit
 * distance: most words of a segment differ from a name's skeleton in length or in letters by more than
 * any match allows (on the seed sv-ar article the letter sets turn away most of the words the lengths
 * let through), and are skipped.
 */
function matchBound(a: NameKeys, b: NameKeys): number {
  const ka = a.key;
  const kb = b.key;
  const la = ka.length;
  const lb = kb.length;
  if (la === 0 || lb === 0) return 0;
  // `editSimilarity` cuts longer strings; no bound is claimed for them.
  if (la > MAX_EDIT_LENGTH || lb > MAX_EDIT_LENGTH) return 1;
  let bound = letterSimilarityBound(a.letters, la, b.letters, lb);
  // `matchKeysAbove`'s prefix rule, told exactly: it is cheap.
  const shortLength = la <= lb ? la : lb;
  if (shortLength >= 3 && shortLength / (la <= lb ? lb : la) >= MIN_PREFIX_SHARE && (la <= lb ? kb.startsWith(ka) : ka.startsWith(kb))) {
    bound = Math.max(bound, PREFIX_SIMILARITY);
  }
  const bareA = a.bare;
  const bareB = b.bare;
  if (bareA || bareB) {
    bound = Math.max(bound, BARE_SIMILARITY * letterSimilarityBound(
      bareA ? a.bareLetters : a.letters, bareA ? la - 1 : la, bareB ? b.bareLetters : b.letters, bareB ? lb - 1 : lb));
  }
  return SKELETON_WEIGHT * bound + (1 - SKELETON_WEIGHT) + BOUND_MARGIN;
}

/**
 * Similarity in [0, 1] of two single names in any scripts: mostly their consonant skeletons' edit
 * similarity (a skeleton that is a prefix of the other counts as 0.85, for inflections: Albanii ~
 * Albanien), partly their transliterations' (so Eric ~ إريك beats Eric ~ عرق).
 */
export function namesMatch(a: string, b: string): number {
  return matchKeys(nameKeys(a), nameKeys(b));
}

/** Least `namesMatch` for a word to count as a name's counterpart. */
export const NAME_MATCH_THRESHOLD = 0.72;
/** Skeletons this short ("rk" of Eric) match too many words: they must be equal, and the words similar. */
const SHORT_SKELETON = 2;
/** …and their vowel patterns must agree more than this ("VrVk" of Eric and إريك, not "rk" of عرق). */
const SHORT_VOWEL_PATTERN_SIMILARITY = 0.5;

/** The Arabic forms of a word without its proclitics (و ف ب ل ك, the article ال): "وسويسرا" → "سويسرا". */
function strippedForms(word: string): string[] {
  const forms = [word];
  if (!isArabicScript(word[0] ?? '')) return forms;
  const normal = normalizeArabic(word);
  const queue = [normal];
  for (let k = 0; k < queue.length && k < 8; k++) {
    const form = queue[k]!;
    const push = (f: string) => {
      if (f.length >= 2 && !queue.includes(f)) queue.push(f);
    };
    if (/^[وفبلك]/u.test(form)) push(form.slice(1));
    if (form.startsWith('لل')) push(form.slice(2));
    if (form.startsWith('ال')) push(form.slice(2));
  }
  return [...forms, ...queue.slice(1)];
}

/**
 * The best match of a word's forms (prepared) with one name, when it reaches `floor`; below `floor` the
 * result is only known to be below it (forms that cannot reach it are not compared).
 */
function formsMatchName(forms: readonly NameKeys[], name: NameKeys, floor: number): number {
  const short = name.key.length <= SHORT_SKELETON;
  let best = 0;
  for (const form of forms) {
    if (short) {
      if (form.key !== name.key) continue;
      if (editSimilarity(vowelKeyOf(form), vowelKeyOf(name)) <= SHORT_VOWEL_PATTERN_SIMILARITY) continue;
    }
    if (matchBound(form, name) < floor) continue;
    best = Math.max(best, matchKeysAbove(form, name, floor));
  }
  return best;
}

/** How well `word` (possibly with Arabic clitics) matches the single name `name`. */
export function wordMatchesName(word: string, name: string): number {
  return formsMatchName(strippedForms(word).map(nameKeys), nameKeys(name), 0);
}

/** Most words of a segment `findNameCounterparts` looks at; a sentence is far shorter. */
const MAX_WORDS = 400;

/** A word of the searched segment; its forms and their keys are computed the first time it is compared. */
export interface SearchWord {
  text: string;
  index: number;
  /** Computed on first use (present from the start, as `undefined`: one object shape). */
  forms: NameKeys[] | undefined;
}

/**
 * Prepared keys shared by the name searches of one document (one `compare`), or of many (a batch worker
 * keeps one across its pairs): a word of an uncased side comes back in many beads' searches ("في",
 * "الاتحاد") and many documents, and a name in many beads ("Global Alliance"), and their forms were
 * transliterated anew in each (about a quarter of the entity detector's cost on the seed sv-ar article).
 * Made by the caller, so no state outlives it; the values depend on the strings only, so a memo changes no
 * result. Bounded: a map that reaches `maxEntries` is emptied and starts again.
 */
export interface NameKeysMemo {
  /** A searched word's forms (without its proclitics), each prepared. */
  forms: Map<string, NameKeys[]>;
  /** A name's word, prepared. */
  names: Map<string, NameKeys>;
  /** Entries each map keeps at most (default: no limit, for a memo of one document). */
  maxEntries?: number;
}

export function createNameKeysMemo(maxEntries?: number): NameKeysMemo {
  return maxEntries === undefined ? { forms: new Map(), names: new Map() } : { forms: new Map(), names: new Map(), maxEntries };
}

/** Sets `key` in one of a memo's maps, emptying the map first when it is full. */
function remember<V>(memo: NameKeysMemo, map: Map<string, V>, key: string, value: V): void {
  if (memo.maxEntries !== undefined && map.size >= memo.maxEntries) map.clear();
  map.set(key, value);
}

/** A segment prepared for many name searches (one per name of the other side). */
export interface NameSearch {
  segment: Segment;
  words: SearchWord[];
  /** Keys already prepared in this document's other searches. */
  memo?: NameKeysMemo;
}

/** An astral letter or mark, tested as its surrogate pair (a word's class on one code point). */
const ASTRAL_LETTER = /^[\p{L}\p{M}]$/u;

/**
 * How many code units the code point at `text[i]` takes when it is a letter or mark (`[\p{L}\p{M}]` with
 * the `u` flag: a surrogate pair read whole, a lone surrogate never), else 0.
 */
function letterUnitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return ASTRAL_LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterCode(code) ? 1 : 0;
}

/**
 * Splits `segment` into the words a name search compares (at most `MAX_WORDS`): the matches of
 * `/[\p{L}\p{M}]+/gu`, found by a scan over the anchors stage's letter table instead of a match array
 * per word (test/anchors/fast-paths.test.ts holds the two together).
 */
export function prepareNameSearch(segment: Segment, memo?: NameKeysMemo): NameSearch {
  const words: SearchWord[] = [];
  const text = segment.text;
  for (let i = 0; i < text.length && words.length < MAX_WORDS; ) {
    let units = letterUnitsAt(text, i);
    if (units === 0) {
      i += 1;
      continue;
    }
    const start = i;
    while (units > 0) {
      i += units;
      units = i < text.length ? letterUnitsAt(text, i) : 0;
    }
    words.push({ text: text.slice(start, i), index: start, forms: undefined });
  }
  return memo ? { segment, words, memo } : { segment, words };
}

function formsOf(word: SearchWord, memo: NameKeysMemo | undefined): NameKeys[] {
  if (word.forms) return word.forms;
  let forms = memo?.forms.get(word.text);
  if (!forms) {
    forms = strippedForms(word.text).map(nameKeys);
    if (memo) remember(memo, memo.forms, word.text, forms);
  }
  word.forms = forms;
  return forms;
}

/** `nameKeys` of `text`, from `memo` when it has them. */
export function nameKeysOf(text: string, memo: NameKeysMemo | undefined): NameKeys {
  if (!memo) return nameKeys(text);
  let keys = memo.names.get(text);
  if (!keys) {
    keys = nameKeys(text);
    remember(memo, memo.names, text, keys);
  }
  return keys;
}

/**
 * For names found on one side (anchors of kind `entity`, in any script), finds their counterparts among
 * the words of `segment` on the other side — the way to get entity anchors out of an uncased script
 * (Arabic سيسيليا مالمستروم for "Cecilia Malmström"). Each counterpart is an `entity` anchor with
 * document offsets and the key of the name it answers, so `matchAnchors` pairs them by key. A
 * multi-word name yields one anchor over its matched words when they stand together, else one per word.
 */
export function findNameCounterparts(entities: readonly Anchor[], segment: Segment): Anchor[] {
  return findCounterpartsIn(entities, prepareNameSearch(segment));
}

/** `findNameCounterparts` on a prepared segment: a caller searching it for many names prepares it once. */
export function findCounterpartsIn(entities: readonly Anchor[], search: NameSearch): Anchor[] {
  const { segment, words, memo } = search;
  const found: Anchor[] = [];
  // 1 for a word an earlier name took: a flag per word, read once per word and name part.
  const taken = new Uint8Array(words.length);
  for (const entity of entities) {
    if (entity.kind !== 'entity') continue;
    const parts: { text: string; keys: NameKeys }[] = [];
    for (const text of entity.text.split(/[\s\u00A0]+/u)) {
      const keys = nameKeysOf(text, memo);
      if (keys.key.length >= 2) parts.push({ text, keys });
    }
    const matched: number[] = [];
    for (const part of parts) {
      let bestIndex = -1;
      let bestScore = NAME_MATCH_THRESHOLD;
      for (let index = 0; index < words.length; index++) {
        const word = words[index]!;
        if (taken[index] === 1 || matched.includes(index)) continue;
        // The same word in the same script is the ordinary entity finder's business.
        if (word.text === part.text) continue;
        // Ties go to the later word, as the threshold is inclusive.
        const score = formsMatchName(formsOf(word, memo), part.keys, bestScore);
        if (score >= bestScore) {
          bestScore = score;
          bestIndex = index;
        }
      }
      if (bestIndex >= 0) matched.push(bestIndex);
    }
    if (matched.length === 0) continue;
    matched.sort((x, y) => x - y);
    const contiguous = matched.every((index, k) => k === 0 || index === matched[k - 1]! + 1);
    const groups = contiguous ? [matched] : matched.map((index) => [index]);
    for (const group of groups) {
      const first = words[group[0]!]!;
      const last = words[group[group.length - 1]!]!;
      const start = first.index;
      const end = last.index + last.text.length;
      group.forEach((index) => { taken[index] = 1; });
      found.push({ kind: 'entity', text: segment.text.slice(start, end), start: segment.start + start, end: segment.start + end, key: entity.key });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

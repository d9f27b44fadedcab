/**
 * franc's language identification (franc-min 6: the script that most characters belong to, then the
 * trigram profile nearest to the text's among that script's languages), computed on franc-min's own data
 * with an inverted index, so that it gives franc's answer at a fraction of its cost.
 *
 * Why: `compare` identifies both texts even when their languages are given (to warn when a text
 * contradicts its code), and franc's per-language dictionary walk was 5.5 ms of a 45 ms EU-Reporter pair,
 * more than any stage but the aligner. Here each of the text's trigrams is looked up once and its
 * distance contributions go to the languages whose profile holds it; a trigram that no profile holds
 * costs the constant `MAX_DIFFERENCE` for every language, added once. The answer is franc's by
 * construction (same data, same integer arithmetic, same tie-breaking); test/language.test.ts checks it
 * against franc itself on every development document and on generated text.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's sample length: it reads this many UTF-16 code units of the text. */
const MAX_LENGTH = 2048;
/** franc's distance for a trigram missing from a language's profile. */
const MAX_DIFFERENCE = 300;

/**
 * One script's languages and, per trigram, the languages whose profile holds it with its rank there: an
 * open-addressing hash table (linear probing) of trigram keys that numbers the trigrams, and per trigram
 * its postings (language, rank) side by side, all in typed arrays, built from franc-min's profile strings
 * without splitting them. Looking a text's trigrams up here and counting them in an array the size of the
 * trigram set halved `detectLanguage` (0.6 → 0.26 ms a page, warm) against a `Map` of number arrays and a
 * count per slot. Building the Latin index (44 languages) still costs 12–16 ms of CPU in a fresh process
 * (interpreted code, as with the `Map`): so it is built on first use, not at load (`profilesOf`).
 */
interface ScriptProfiles {
  languages: readonly string[];
  /** Slots − 1 (the slot count is a power of two). */
  slotMask: number;
  /** Per slot, the trigram key held there (`EMPTY_SLOT` when none). */
  slotKeys: Float64Array;
  /** Per slot, its trigram's number: the trigrams of the script's profiles are numbered 0, 1, … */
  slotTrigram: Int32Array;
  /** How many distinct trigrams the profiles hold. */
  trigrams: number;
  /**
   * Per trigram, where its postings start in the posting arrays; they end where the next trigram's start
   * (one entry more than `trigrams`). Side by side rather than a linked list through the arrays (as they
   * are built): the scan of a text's trigrams reads each one's postings from one cache line or two, not
   * one per language. With the scan's rolling code units and `scriptMatchCounts`'s table, `detectLanguage`
   * of an EU-Reporter article went from 0.32–0.40 to 0.18–0.25 ms (bench/batch/compare-ab.ts, h10
   * "pipe1"); this part was not measured alone.
   */
  trigramStart: Int32Array;
  postingLanguage: Uint16Array;
  postingRank: Uint16Array;
}

/** No trigram key is negative: an empty slot's key. */
const EMPTY_SLOT = -1;

/**
 * A trigram (three UTF-16 code units) as one number, exact (48 bits): counting and looking up numbers
 * spares a three-character string per position of the text, which was most of the cost.
 */
function trigramKeyOf(first: number, second: number, third: number): number {
  return first * 0x1_0000_0000 + second * 0x1_0000 + third;
}

/** The slot where the hash of a trigram starts probing (Fibonacci hashing of its code units). */
function homeSlotOf(first: number, second: number, third: number, slotMask: number): number {
  const mixed = Math.imul(Math.imul(first, 0x01000193) ^ second, 0x01000193) ^ third;
  return (Math.imul(mixed, 0x9e3779b1) >>> 8) & slotMask;
}

/**
 * The number of the trigram of code units `first`, `second`, `third`, or -1 when no profile of the script
 * holds it. Takes code units, not a position in a string, so the text's scan reads each code unit once
 * instead of six times (three for the key, three for the hash).
 */
function findTrigram(profiles: ScriptProfiles, first: number, second: number, third: number): number {
  const key = trigramKeyOf(first, second, third);
  const { slotKeys, slotMask } = profiles;
  for (let slot = homeSlotOf(first, second, third, slotMask); ; slot = (slot + 1) & slotMask) {
    const held = slotKeys[slot]!;
    if (held === key) return profiles.slotTrigram[slot]!;
    if (held === EMPTY_SLOT) return -1;
  }
}

function indexScript(languages: Readonly<Record<string, string>>): ScriptProfiles {
  const names = Object.keys(languages);
  const models = names.map((name) => languages[name]!);
  // Every entry but the last ends in '|': a profile of n characters holds at most (n + 1) / 4 trigrams.
  const maxPostings = models.reduce((sum, model) => sum + Math.floor((model.length + 1) / 4) + 1, 0);
  let slots = 1;
  while (slots < 2 * maxPostings) slots *= 2;
  const slotMask = slots - 1;
  const slotKeys = new Float64Array(slots).fill(EMPTY_SLOT);
  const slotTrigram = new Int32Array(slots);
  const trigramFirst = new Int32Array(maxPostings);
  let trigrams = 0;
  const postingNext = new Int32Array(maxPostings);
  const postingLanguage = new Uint16Array(maxPostings);
  const postingRank = new Uint16Array(maxPostings);
  let postings = 0;
  models.forEach((model, languageIndex) => {
    // The entries are model.split('|'); `rank` is an entry's index there.
    for (let start = 0, rank = 0; start <= model.length; rank++) {
      let end = model.indexOf('|', start);
      if (end === -1) end = model.length;
      // The text's trigrams are three code units long: an entry of another length never matches one.
      if (end - start === 3) {
        const unit0 = model.charCodeAt(start);
        const unit1 = model.charCodeAt(start + 1);
        const unit2 = model.charCodeAt(start + 2);
        const key = trigramKeyOf(unit0, unit1, unit2);
        let slot = homeSlotOf(unit0, unit1, unit2, slotMask);
        while (slotKeys[slot] !== EMPTY_SLOT && slotKeys[slot] !== key) slot = (slot + 1) & slotMask;
        if (slotKeys[slot] === EMPTY_SLOT) {
          slotKeys[slot] = key;
          slotTrigram[slot] = trigrams;
          trigramFirst[trigrams++] = -1;
        }
        const trigram = slotTrigram[slot]!;
        const first = trigramFirst[trigram]!;
        if (first !== -1 && postingLanguage[first] === languageIndex) {
          // franc keeps the lowest rank of a trigram a profile lists twice: this language's first entry.
          start = end + 1;
          continue;
        }
        postingNext[postings] = first;
        postingLanguage[postings] = languageIndex;
        postingRank[postings] = rank;
        trigramFirst[trigram] = postings++;
      }
      start = end + 1;
    }
  });
  // The postings of each trigram, side by side in trigram order (each list's order does not matter: its
  // contributions are summed in integers).
  const trigramStart = new Int32Array(trigrams + 1);
  const sortedLanguage = new Uint16Array(postings);
  const sortedRank = new Uint16Array(postings);
  let sorted = 0;
  for (let trigram = 0; trigram < trigrams; trigram++) {
    trigramStart[trigram] = sorted;
    for (let posting = trigramFirst[trigram]!; posting !== -1; posting = postingNext[posting]!) {
      sortedLanguage[sorted] = postingLanguage[posting]!;
      sortedRank[sorted++] = postingRank[posting]!;
    }
  }
  trigramStart[trigrams] = sorted;
  return { languages: names, slotMask, slotKeys, slotTrigram, trigrams, trigramStart, postingLanguage: sortedLanguage, postingRank: sortedRank };
}

/**
 * A script's index, built on the first text of that script and kept: a memo of derived data (a function
 * of franc-min's constant profiles), so a process that only ever reads Latin-script text never indexes
 * the others, and loading the library indexes nothing.
 */
const indexedScripts = new Map<string, ScriptProfiles>();

function profilesOf(script: string): ScriptProfiles | undefined {
  let profiles = indexedScripts.get(script);
  if (profiles) return profiles;
  const languages = (data as Readonly<Record<string, Readonly<Record<string, string>> | undefined>>)[script];
  if (!languages) return undefined;
  profiles = indexScript(languages);
  indexedScripts.set(script, profiles);
  return profiles;
}

const SCRIPTS: readonly (readonly [string, RegExp])[] = Object.entries(expressions);
/**
 * Each script's expression anchored to one whole character. franc-min's expressions are alternatives of
 * character classes of BMP code units, plus alternatives that start with a surrogate (astral code points
 * as pairs, the patterns have no `u` flag): in a text without surrogates every match is one code unit that
 * one of the classes holds, and a code unit matches wherever it stands. test/language.test.ts checks the
 * counts against the expressions' own matching.
 */
const ONE_CHARACTER: readonly RegExp[] = SCRIPTS.map(([, expression]) => new RegExp(`^(?:${expression.source})$`));
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * How many matches of the global `expression` `value` holds, as `value.match(expression).length` counts
 * them, without an array of one string per match: replacing every match by one character leaves
 * `count` more characters than deleting them. `search` and `replace` leave the shared pattern's
 * lastIndex as they found it (0).
 */
function countMatches(value: string, expression: RegExp): number {
  if (value.search(expression) === -1) return 0;
  return value.replace(expression, '\u0000').length - value.replace(expression, '').length;
}

/**
 * A code unit's entry in `scriptBitsOf`'s table once computed: its script bits with this bit set
 * (franc-min has 20 scripts, bits 0–19).
 */
const KNOWN_BIT = 1 << 30;

/**
 * Per BMP code unit, which of `SCRIPTS` match it (bit k for `SCRIPTS[k]`, plus `KNOWN_BIT` once computed;
 * 0 until then). A memo of a function of franc-min's constant expressions, filled one code unit at a
 * time on first sight, as `indexedScripts` is filled one script at a time: a process meets a few hundred
 * code units, so it never pays the 65 536 × 20 tests a table built at load would cost.
 */
let scriptBitsTable: Int32Array | undefined;

function scriptBitsOf(table: Int32Array, code: number): number {
  let bits = table[code]!;
  if (bits === 0) {
    bits = KNOWN_BIT;
    const character = String.fromCharCode(code);
    ONE_CHARACTER.forEach((expression, k) => {
      if (expression.test(character)) bits |= 1 << k;
    });
    table[code] = bits;
  }
  return bits;
}

/**
 * How many matches of each script's expression `value` holds (in `SCRIPTS` order). Without surrogates,
 * by looking each code unit's scripts up in a table filled on first sight of the code unit (a page of
 * text has a few dozen distinct ones): 20 scans of the text with a long character class were a fifth of
 * detection's cost, and a `Map` of the page's code units, each tested against the 20 expressions on
 * every call, still more than this table (h10 "pipe1").
 */
export function scriptMatchCounts(value: string): number[] {
  if (SURROGATE.test(value)) return SCRIPTS.map(([, expression]) => countMatches(value, expression));
  const table = (scriptBitsTable ??= new Int32Array(0x1_0000));
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    let bits = scriptBitsOf(table, value.charCodeAt(i)) & ~KNOWN_BIT;
    while (bits !== 0) {
      const k = 31 - Math.clz32(bits & -bits);
      counts[k]! += 1;
      bits &= bits - 1;
    }
  }
  return counts;
}

/** The script (or single-script language) with the most characters in `value`, franc's `getTopScript`. */
function topScript(value: string): { script: string | undefined; share: number } {
  let script: string | undefined;
  let share = -1;
  const counts = scriptMatchCounts(value);
  SCRIPTS.forEach(([name], k) => {
    const count = counts[k]! / value.length || 0;
    if (count > share) {
      share = count;
      script = name;
    }
  });
  return { script, share };
}

/** trigram-utils' `clean`: ASCII punctuation, symbols and digits to spaces, whitespace collapsed, lower case. */
export function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Code units below this have their part in `clean` in `CLEAN_UNITS`. */
const CLEAN_TABLE_SIZE = 0x800;
/** `CLEAN_UNITS` entry of a code unit `clean` turns into a space (ASCII punctuation and digits, white space). */
const SEPARATOR = -2;
/** `CLEAN_UNITS` entry of a code unit whose lower case is not one code unit on its own: İ, and Σ (final sigma). */
const NOT_SIMPLE = -1;

/**
 * Per code unit below CLEAN_TABLE_SIZE, what `clean` makes of it: SEPARATOR, NOT_SIMPLE, or its lower
 * case. A memo of a constant function, built on the first text identified (2 048 case mappings), not at load.
 */
let cleanUnits: Int32Array | undefined;

function cleanUnitsTable(): Int32Array {
  if (cleanUnits) return cleanUnits;
  const table = new Int32Array(CLEAN_TABLE_SIZE);
  // ASCII punctuation and digits are `clean`'s first replacement; Σ lower-cases by its context (final sigma).
  for (let code = 0; code < CLEAN_TABLE_SIZE; code++) table[code] = code >= 0x21 && code <= 0x40 ? SEPARATOR : code === 0x03a3 ? NOT_SIMPLE : cleanedUnit(code);
  cleanUnits = table;
  return table;
}

/**
 * The code units of `' ' + clean(value) + ' '`, the text franc takes its trigrams from. When no code unit
 * is a surrogate, İ or Σ (whose lower case is two units or depends on the next letter), in one pass, over a
 * table below CLEAN_TABLE_SIZE (Latin, Greek, Cyrillic, Hebrew, Arabic) and a case mapping per code unit
 * above it (quotes, dashes, other scripts): `clean`'s three whole-text passes
 * and its strings were a fifth of identification's cost (h11 "pipe3"). Otherwise through `clean`.
 * test/language.test.ts holds the two together.
 */
export function paddedCleanUnits(value: string): Uint16Array {
  const table = cleanUnitsTable();
  const units = new Uint16Array(value.length + 2);
  let length = 0;
  units[length++] = 0x20;
  let space = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const cleaned = code < CLEAN_TABLE_SIZE ? table[code]! : cleanedUnit(code);
    if (cleaned === NOT_SIMPLE) return unitsOf(` ${clean(value)} `);
    if (cleaned === SEPARATOR) {
      // A run of separators is one space, none at either end (the trim).
      space = length > 1;
      continue;
    }
    if (space) {
      units[length++] = 0x20;
      space = false;
    }
    units[length++] = cleaned;
  }
  units[length++] = 0x20;
  return units.subarray(0, length);
}

const WHITE_SPACE = /\s/;

/**
 * What `clean` makes of a code unit outside ASCII's punctuation and digits: SEPARATOR for white space, its
 * lower case when that is one code unit, else NOT_SIMPLE (İ; a surrogate, as an astral letter may have a
 * lower case). The table's entries, and the answer for a code unit at or above CLEAN_TABLE_SIZE.
 */
function cleanedUnit(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return NOT_SIMPLE;
  const character = String.fromCharCode(code);
  if (WHITE_SPACE.test(character)) return SEPARATOR;
  const lower = character.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : NOT_SIMPLE;
}

function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * The ISO 639-3 code franc-min's `franc(text, { minLength })` returns for `text`, or `und`: exactly
 * franc's answer, computed faster.
 */
export function francCode(text: string, minLength: number): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const { script, share } = topScript(value);
  const profiles = script === undefined ? undefined : profilesOf(script);
  if (!profiles) return script === undefined || share === 0 ? 'und' : script;
  // franc's distance of a language is MAX_DIFFERENCE per trigram of the text, corrected for each trigram
  // its profile holds. The first term is the same for every language, so only the corrections are summed;
  // trigrams no profile holds are not even counted.
  const padded = paddedCleanUnits(value);
  const counts = new Int32Array(profiles.trigrams);
  const seen: number[] = [];
  let first = 0;
  let second = padded[0]!;
  let third = padded[1]!;
  for (let i = 0; i + 3 <= padded.length; i++) {
    first = second;
    second = third;
    third = padded[i + 2]!;
    const trigram = findTrigram(profiles, first, second, third);
    if (trigram === -1) continue;
    if (counts[trigram] === 0) seen.push(trigram);
    counts[trigram]!++;
  }
  // At most MAX_LENGTH trigrams, each adding between −MAX_DIFFERENCE and MAX_LENGTH: integers far inside 32 bits.
  const distances = new Int32Array(profiles.languages.length);
  const { trigramStart, postingLanguage, postingRank } = profiles;
  for (const trigram of seen) {
    const count = counts[trigram]!;
    for (let posting = trigramStart[trigram]!, end = trigramStart[trigram + 1]!; posting < end; posting++) {
      distances[postingLanguage[posting]!]! += Math.abs(count - postingRank[posting]! - 1) - MAX_DIFFERENCE;
    }
  }
  // franc sorts the distances stably: the first language with the least distance wins.
  let best = 0;
  for (let k = 1; k < distances.length; k++) if (distances[k]! < distances[best]!) best = k;
  return profiles.languages[best] ?? 'und';
}

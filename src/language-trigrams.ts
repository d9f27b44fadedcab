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

/** One script's languages and, per trigram, the languages whose profile holds it with its rank there. */
interface ScriptProfiles {
  languages: readonly string[];
  /** `trigramKey` → flat pairs (language index, rank in that language's profile). */
  postings: ReadonlyMap<number, readonly number[]>;
}

/**
 * A trigram (three UTF-16 code units) as one number, exact (48 bits): counting and looking up numbers
 * spares a three-character string per position of the text, which was most of the cost.
 */
function trigramKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x1_0000_0000 + text.charCodeAt(at + 1) * 0x1_0000 + text.charCodeAt(at + 2);
}

function indexScript(languages: Readonly<Record<string, string>>): ScriptProfiles {
  const names = Object.keys(languages);
  const postings = new Map<number, number[]>();
  names.forEach((name, languageIndex) => {
    const model = languages[name]!.split('|');
    for (let rank = 0; rank < model.length; rank++) {
      const trigram = model[rank]!;
      // The text's trigrams are three code units long: an entry of another length never matches one.
      if (trigram.length !== 3) continue;
      const key = trigramKey(trigram, 0);
      const list = postings.get(key);
      if (!list) postings.set(key, [languageIndex, rank]);
      // franc keeps the lowest rank of a trigram a profile lists twice: this language's first entry.
      else if (list[list.length - 2] !== languageIndex) list.push(languageIndex, rank);
    }
  });
  return { languages: names, postings };
}

/** Every script franc-min has profiles for, indexed once at load and never changed (derived data). */
const PROFILES: ReadonlyMap<string, ScriptProfiles> = new Map(
  Object.entries(data).map(([script, languages]) => [script, indexScript(languages)]),
);
const SCRIPTS: readonly (readonly [string, RegExp])[] = Object.entries(expressions);

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

/** The script (or single-script language) with the most characters in `value`, franc's `getTopScript`. */
function topScript(value: string): { script: string | undefined; share: number } {
  let script: string | undefined;
  let share = -1;
  for (const [name, expression] of SCRIPTS) {
    const count = countMatches(value, expression) / value.length || 0;
    if (count > share) {
      share = count;
      script = name;
    }
  }
  return { script, share };
}

/** trigram-utils' `clean`: ASCII punctuation, symbols and digits to spaces, whitespace collapsed, lower case. */
function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How often each trigram (`trigramKey`) of the padded, cleaned text occurs. */
function trigramCounts(value: string): Map<number, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const key = trigramKey(padded, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The ISO 639-3 code franc-min's `franc(text, { minLength })` returns for `text`, or `und`: exactly
 * franc's answer, computed faster.
 */
export function francCode(text: string, minLength: number): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const { script, share } = topScript(value);
  const profiles = script === undefined ? undefined : PROFILES.get(script);
  if (!profiles) return script === undefined || share === 0 ? 'und' : script;
  // franc's distance of a language is MAX_DIFFERENCE per trigram of the text, corrected for each trigram
  // its profile holds. The first term is the same for every language, so only the corrections are summed.
  const distances = new Array<number>(profiles.languages.length).fill(0);
  trigramCounts(value).forEach((count, key) => {
    const posting = profiles.postings.get(key);
    if (!posting) return;
    for (let k = 0; k < posting.length; k += 2) {
      distances[posting[k]!]! += Math.abs(count - posting[k + 1]! - 1) - MAX_DIFFERENCE;
    }
  });
  // franc sorts the distances stably: the first language with the least distance wins.
  let best = 0;
  for (let k = 1; k < distances.length; k++) if (distances[k]! < distances[best]!) best = k;
  return profiles.languages[best] ?? 'und';
}

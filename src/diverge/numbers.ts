/**
 * `number-mismatch` and `number-shifted`. A number on one side of a bead with no equal value on the other
 * side is either moved (the same value sits in a neighbouring bead's other side: the sentence boundaries
 * moved, or the aligner paired the wrong sentences) or a mismatch. A number present on both sides can
 * still be shifted inside the sentence: Swedish "48 länder" (number before the noun it counts) became
 * Arabic "بلدان 48" ("countries 48", number after it), a machine-translation word-order error.
 */
import { ALL_MONTH_NAMES } from '../data/months.js';
import { FUNCTION_WORDS, UNIT_WORDS } from '../data/function-words.js';
import type { Divergence, LanguageCode } from '../types.js';
import { divergence, wordAfter, wordBefore, type DivergenceContext, type OneSide, type SharedWork } from './context.js';
import { numberWordValues } from './counterparts.js';
import { digitRunValues, matchAllNumbers, sideText, valueKey, type BeadNumbers, type NumberOccurrence } from './number-matching.js';
import { KeyedQueues } from '../anchors/keyed-queues.js';

/** How many beads away a number may have moved and still be recognised as the same number. */
const MOVE_WINDOW_BEADS = 2;

/** Integers up to this are often written as words or articles ("en", "one", "a"): a lone miss is a warning. */
const SMALL_NUMBER = 10;

/** What both number detectors read: computed once per `findDivergences` call (`SharedWork`). */
export interface NumberAnalysis {
  moved: { from: NumberOccurrence; to: NumberOccurrence; side: OneSide }[];
  mismatched: { occurrence: NumberOccurrence; side: OneSide }[];
  pairs: [NumberOccurrence, NumberOccurrence][];
}

/** Unmatched target numbers of one bead by value key, for finding where a source number moved to. */
function unmatchedTargetsByValue(result: BeadNumbers): KeyedQueues<number, NumberOccurrence> {
  const byValue = new KeyedQueues<number, NumberOccurrence>();
  for (const t of result.unmatchedTarget) byValue.push(valueKey(t.value), t);
  return byValue;
}

/** `analyseNumbers`, once for the detectors sharing `shared`. */
function sharedNumberAnalysis(context: DivergenceContext, shared: SharedWork | undefined): NumberAnalysis {
  if (!shared) return analyseNumbers(context);
  shared.numberAnalysis ??= analyseNumbers(context);
  return shared.numberAnalysis;
}

function analyseNumbers(context: DivergenceContext): NumberAnalysis {
  const perBead = matchAllNumbers(context);
  const targetsByValue = perBead.map(unmatchedTargetsByValue);
  const consumed = new Set<NumberOccurrence>();
  const moved: NumberAnalysis['moved'] = [];
  perBead.forEach((result, k) => {
    for (const s of result.unmatchedSource) {
      for (let step = 1; step <= MOVE_WINDOW_BEADS && !consumed.has(s); step++) {
        for (const n of [k - step, k + step]) {
          const neighbour = perBead[n];
          if (!neighbour || Math.abs(neighbour.bead - result.bead) > MOVE_WINDOW_BEADS) continue;
          const t = targetsByValue[n]!.take(valueKey(s.value));
          if (!t) continue;
          consumed.add(s);
          consumed.add(t);
          moved.push({ from: s, to: t, side: 'target' });
          break;
        }
      }
    }
  });
  const mismatched: NumberAnalysis['mismatched'] = [];
  for (const result of perBead) {
    const bead = context.beads[result.bead]!;
    for (const [side, list] of [['source', result.unmatchedSource], ['target', result.unmatchedTarget]] as const) {
      const other: OneSide = side === 'source' ? 'target' : 'source';
      const otherValues = new Set((side === 'source' ? result.targetValues : result.sourceValues).map(valueKey));
      // The other side's text is searched only when needed, and once per bead side.
      let otherText: { digitRuns: Set<number>; words: Set<number> } | undefined;
      for (const occurrence of list) {
        if (consumed.has(occurrence)) continue;
        // Numbers read from words ("två", the Arabic dual, "الاثنين" Monday) are matched when they can be,
        // but too uncertain to report: a translation writes "two years" as "عامين" without a number word.
        if (occurrence.anchor.form === 'words') continue;
        // The text fallbacks speak only where the anchors never saw the value on the other side; where
        // they did, the value is there fewer times than here, and that is the finding.
        const key = valueKey(occurrence.value);
        if (!otherValues.has(key)) {
          if (!otherText) {
            const text = sideText(context, bead, other);
            otherText = { digitRuns: digitRunValues(text), words: numberWordValues(text, context[other].language) };
          }
          if (Number.isInteger(occurrence.value) && otherText.digitRuns.has(occurrence.value)) continue;
          if (otherText.words.has(key)) continue;
        }
        mismatched.push({ occurrence, side });
      }
    }
  }
  return { moved, mismatched, pairs: perBead.flatMap((result) => result.pairs) };
}

function local(occurrence: NumberOccurrence): [number, number] {
  return [occurrence.anchor.start - occurrence.segment.start, occurrence.anchor.end - occurrence.segment.start];
}

export function detectNumberMismatches(context: DivergenceContext, shared?: SharedWork): Divergence[] {
  const { mismatched } = sharedNumberAnalysis(context, shared);
  return mismatched.map(({ occurrence, side }) => {
    const other = side === 'source' ? 'target' : 'source';
    const [start, end] = local(occurrence);
    const small = Number.isInteger(occurrence.value) && Math.abs(occurrence.value) <= SMALL_NUMBER;
    return divergence('number-mismatch', small ? 'warning' : 'error', side, occurrence.bead, occurrence.segment, start, end,
      `The number ${occurrence.anchor.text} in the ${side} has no equal value in the ${other} sentence.`,
      side === 'source' ? 'missing-in-target' : 'missing-in-source');
  });
}

export function detectShiftedNumbers(context: DivergenceContext, shared?: SharedWork): Divergence[] {
  const { moved, pairs } = sharedNumberAnalysis(context, shared);
  const found: Divergence[] = [];
  for (const { from, to, side } of moved) {
    const [start, end] = local(to);
    const direction = to.bead > from.bead ? 'a later' : 'an earlier';
    found.push(divergence('number-shifted', 'warning', side, to.bead, to.segment, start, end,
      `The number ${to.anchor.text} belongs to ${direction} sentence in the source: it moved to another sentence.`, 'moved-sentence'));
  }
  for (const [s, t] of pairs) {
    const shift = wordOrderShift(s, context.source.language, t, context.target.language);
    if (!shift) continue;
    const [start, end] = local(t);
    found.push(divergence('number-shifted', 'warning', 'target', t.bead, t.segment, start, end,
      `The number ${t.anchor.text} stands after the word it counts ("${shift.target}"), while the source has it before ("${shift.source}"): a machine-translation word-order error.`,
      'word-order'));
  }
  return found;
}

const isWhitespace = (gap: string): boolean => gap.length > 0 && /^\s+$/u.test(gap);

function isFunctionWord(word: string, language: LanguageCode): boolean | undefined {
  const list = FUNCTION_WORDS[language];
  if (!list) return undefined;
  return list.includes(word.toLowerCase());
}

/** Next to a number, even an ambiguous month name ("5 maj", "May 5") makes a date. */
const isMonth = (word: string): boolean => ALL_MONTH_NAMES.has(word.toLowerCase());

/** Years and other four-digit numbers keep their own place in every language ("sedan 2012", "في 2012"). */
const looksLikeYear = (occurrence: NumberOccurrence): boolean => occurrence.anchor.isYear === true
  || occurrence.anchor.part !== undefined
  || (Number.isInteger(occurrence.value) && occurrence.value >= 1000 && occurrence.value <= 2200);

/**
 * The number counts the noun after it in the source ("av 54 länder") but stands after a noun in the
 * target ("من بلدان 54"): returns the two phrases, or undefined when the order did not change.
 *
 * Source: followed across whitespace by a word that is not a function word, a month or a unit ("48
 * länder", not "artikel 5 i", "30 september", "50 procent"). Target: preceded across whitespace by a word
 * (not a month: "September 30" is a date format) and no longer followed by a content word: followed by a
 * function word ("بلدان 48 في"), punctuation or the end ("الأعضاء في 28 ،"). When the source number also
 * follows a content word ("kapitel 5 beskriver", a label or a verb), the target's preceding word must be
 * a content word too. A content word is one not in the language's function-word list; without a list a
 * word counts as whatever makes the detector more cautious.
 */
export function wordOrderShift(
  s: NumberOccurrence, sourceLanguage: LanguageCode, t: NumberOccurrence, targetLanguage: LanguageCode,
): { source: string; target: string } | undefined {
  if (looksLikeYear(s)) return undefined;
  // Numbers in words follow their own grammar ("الأهداف السياسية الأربعة", "the four goals", is correct).
  if (s.anchor.form === 'words' || t.anchor.form === 'words') return undefined;
  const [sStart, sEnd] = local(s);
  const [tStart, tEnd] = local(t);
  const sText = s.segment.text;
  const tText = t.segment.text;
  if (s.anchor.percent || t.anchor.percent || /[%٪‰]/u.test(s.anchor.text + t.anchor.text)) return undefined;

  const sAfter = wordAfter(sText, sEnd);
  if (!sAfter.word || !isWhitespace(sAfter.gap) || sAfter.word.length < 2) return undefined;
  if (isMonth(sAfter.word) || UNIT_WORDS.has(sAfter.word.toLowerCase())) return undefined;
  if (isFunctionWord(sAfter.word, sourceLanguage) === true) return undefined;
  const sBefore = wordBefore(sText, sStart);
  const sourceAfterContentWord = sBefore !== undefined && isWhitespace(sBefore.gap) && isFunctionWord(sBefore.word, sourceLanguage) !== true;

  const tBefore = wordBefore(tText, tStart);
  if (!tBefore || !isWhitespace(tBefore.gap) || isMonth(tBefore.word)) return undefined;
  const tAfter = wordAfter(tText, tEnd);
  if (tAfter.word && UNIT_WORDS.has(tAfter.word.toLowerCase())) return undefined;
  if (/^\s*[%٪‰]/u.test(tAfter.gap)) return undefined;
  // A number still followed by a content word counts that word, wherever the verb stands ("انضمت ٢٠ دولة").
  const countsNextWord = tAfter.word !== undefined && isWhitespace(tAfter.gap) && isFunctionWord(tAfter.word, targetLanguage) !== true;
  if (countsNextWord) return undefined;
  if (sourceAfterContentWord && isFunctionWord(tBefore.word, targetLanguage) !== false) return undefined;
  return {
    source: `${s.anchor.text} ${sAfter.word}`,
    target: `${tBefore.word} ${t.anchor.text}`,
  };
}

/**
 * `same-language`: a whole-document finding when both versions are in the same language, or when most
 * of the target's sentences are copies of the source's (an untranslated page published as a translation).
 */
import type { Divergence } from '../types.js';
import { hasTwoLettersNormalised, isTwoSided, sameNormalisedWords, type DivergenceContext } from './context.js';
import { languageName } from './language-names.js';
import { sideText } from './number-matching.js';

/** Share of two-sided beads that must be verbatim copies for the target to count as a copy of the source. */
const COPIED_SHARE = 0.5;
/** Fewest two-sided beads for the share to mean something. */
const MIN_BEADS = 3;

export function detectSameLanguage(context: DivergenceContext): Divergence[] {
  const first = context.source.segments[0];
  const whole = (message: string, category: string): Divergence => ({
    kind: 'same-language', severity: 'warning', side: 'both', bead: 0, segment: first?.index ?? 0,
    start: 0, end: 0, text: '', message, category,
  });
  const { source, target } = context;
  if (source.language === target.language && source.language !== 'und') {
    return [whole(`Both versions are in ${languageName(source.language)}: the target may not be a translation.`, 'same-language')];
  }
  let twoSided = 0;
  let copied = 0;
  context.beads.forEach((bead) => {
    if (!isTwoSided(bead)) return;
    const s = sideText(context, bead, 'source');
    if (!hasTwoLettersNormalised(s)) return;
    twoSided++;
    if (sameNormalisedWords(s, sideText(context, bead, 'target'))) copied++;
  });
  if (twoSided >= MIN_BEADS && copied / twoSided >= COPIED_SHARE) {
    return [whole(`${copied} of ${twoSided} target sentences are copies of the source: the target looks untranslated.`, 'copied-document')];
  }
  return [];
}

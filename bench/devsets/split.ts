/**
 * Sentence splitting for building gold data. Deliberately independent of parallign's own segmenter
 * (src/segment/), so that the development sets do not inherit its mistakes: ICU's sentence rules through
 * `Intl.Segmenter`, plus a short per-language list of abbreviations after which ICU breaks wrongly when the
 * next word is capitalised ("e.g. Debian", "np. Debian"). A residual wrong split only changes the unit
 * counts of a block, which the pairing step then treats as a block-level bead or drops.
 */

/**
 * Abbreviations that do not end a sentence even before a capital letter. Words that often do end one
 * ("etc.", "osv.", "itd.") are left out on purpose.
 */
const NON_FINAL_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  en: ['e.g.', 'i.e.', 'cf.', 'vs.', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'no.', 'fig.', 'approx.', 'st.', 'resp.', 'see.'],
  sv: ['t.ex.', 'bl.a.', 's.k.', 'd.v.s.', 'dvs.', 'ca.', 'resp.', 'jfr.', 'nr.', 'fr.o.m.', 't.o.m.', 'f.d.', 'dr.', 'prof.', 'kap.', 'avd.', 'st.'],
  pl: ['np.', 'm.in.', 'tzn.', 'tj.', 'zob.', 'wg.', 'ok.', 'dr.', 'prof.', 'mgr.', 'inż.', 'nr.', 'ul.', 'al.', 'pkt.', 'ust.', 'art.', 'por.', 'tzw.', 'ds.', 'godz.', 'r.', 'w.'],
  ar: [],
};

const LETTER = /\p{L}/u;

/** True when ICU's break after `piece` is not a real sentence end. */
function endsWithoutSentenceEnd(piece: string, abbreviations: ReadonlySet<string>): boolean {
  if (!LETTER.test(piece)) return true; // a bare section number such as "6.2.1."
  const lastToken = piece.split(' ').pop()?.toLowerCase() ?? '';
  if (abbreviations.has(lastToken)) return true;
  return /^\p{Lu}\.$/u.test(piece.split(' ').pop() ?? ''); // an initial: "J. Smith"
}

/** Splits one block's text into sentences; each returned sentence is trimmed and non-empty. */
export function splitSentences(text: string, language: string): string[] {
  const abbreviations = new Set(NON_FINAL_ABBREVIATIONS[language] ?? []);
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    const trimmed = pending.trim();
    if (trimmed !== '' && !endsWithoutSentenceEnd(trimmed, abbreviations)) {
      sentences.push(trimmed);
      pending = '';
    }
  }
  if (pending.trim() !== '') sentences.push(pending.trim());
  return sentences;
}

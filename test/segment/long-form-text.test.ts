/**
 * Rules added for the long-form text of the sixth held-out set (held-out 6): speech broken off with a dash
 * inside closing quotes, Polish points after a number, parts of a century, an appendix label. Each rule has
 * cases where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

describe('segment: speech broken off with a dash', () => {
  it('ends the sentence when new narration follows the closing quote', () => {
    expect(sentences('Elsa satte sig. ”Jag ville bara –” Hon tystnade och tittade ner.', 'sv')).toEqual([
      'Elsa satte sig.',
      '”Jag ville bara –”',
      'Hon tystnade och tittade ner.',
    ]);
    expect(sentences('"Well—" He scratched his head. "Try the inn."', 'en')).toEqual([
      '"Well—"',
      'He scratched his head.',
      '"Try the inn."',
    ]);
    expect(sentences('„Chciałam tylko —” Anna urwała i spojrzała w okno.', 'pl')).toEqual([
      '„Chciałam tylko —”',
      'Anna urwała i spojrzała w okno.',
    ]);
  });

  it('goes on before lower case, an attribution, or a dash without a quote', () => {
    expect(sentences('"If you—" she began, but he was gone.', 'en')).toEqual(['"If you—" she began, but he was gone.']);
    expect(sentences('"I was just—" Tom stammered, and stopped.', 'en')).toEqual(['"I was just—" Tom stammered, and stopped.']);
    expect(sentences('”Men –” sa hon och tystnade.', 'sv')).toEqual(['”Men –” sa hon och tystnade.']);
    expect(sentences('She paused – Then went on.', 'en')).toEqual(['She paused – Then went on.']);
    expect(sentences('He named it "Mk–II" Quarterly in the end.', 'en')).toEqual(['He named it "Mk–II" Quarterly in the end.']);
  });

  it('keeps the text lossless around the quotes', () => {
    expectLossless('”Jag ville bara –”  Hon tystnade.\n\n"Well—" He left.', 'sv');
  });
});

describe('segment: abbreviations of long-form text', () => {
  it('ends a sentence at Polish "pkt." (points) after a number, but not at a statute\'s point', () => {
    expect(sentences('Średni wynik testu wyniósł 67,4 pkt. Najlepiej wypadła geometria.', 'pl')).toEqual([
      'Średni wynik testu wyniósł 67,4 pkt.',
      'Najlepiej wypadła geometria.',
    ]);
    expect(sentences('Zgodnie z pkt. IV umowy strony ustalają termin.', 'pl')).toEqual(['Zgodnie z pkt. IV umowy strony ustalają termin.']);
    expect(sentences('Wniosek składa się na podstawie art. 3 ust. 2 pkt. 3 ustawy.', 'pl')).toEqual([
      'Wniosek składa się na podstawie art. 3 ust. 2 pkt. 3 ustawy.',
    ]);
  });

  it('goes on after "poł." and "pocz." before a Roman century', () => {
    expect(sentences('Miasto odrodziło się dopiero w 2. poł. XIX w. Wtedy powstały teatry.', 'pl')).toEqual([
      'Miasto odrodziło się dopiero w 2. poł. XIX w.',
      'Wtedy powstały teatry.',
    ]);
    expect(sentences('Na pocz. XX w. miasto liczyło 90 tys. mieszkańców.', 'pl')).toEqual(['Na pocz. XX w. miasto liczyło 90 tys. mieszkańców.']);
  });

  it('goes on after the appendix label "App.", not after the word "app."', () => {
    expect(sentences('Results are given in Fig. 3 and App. B, pp. 41–44.', 'en')).toEqual(['Results are given in Fig. 3 and App. B, pp. 41–44.']);
    expect(sentences('Download the app. Then sign in.', 'en')).toEqual(['Download the app.', 'Then sign in.']);
  });
});

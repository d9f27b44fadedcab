/**
 * Rules added for the parliamentary proceedings of the seventh held-out set (held-out 7): a speaker line
 * that runs into the speech ("Anna Kowalska (PPE). – …"), and the record abbreviations "Anf." (sv) and
 * "Doc." (en). Each rule has cases where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

describe('segment: a speaker line running into the speech', () => {
  it('keeps a name with its group, or two names, with the speech after a spaced dash', () => {
    expect(sentences('Anna Kowalska (PPE). – Madam President, the figures speak for themselves.', 'en')).toEqual([
      'Anna Kowalska (PPE). – Madam President, the figures speak for themselves.',
    ]);
    expect(sentences('Ja tu.\nJan Nowak (ECR). — Pani Przewodnicząca! Dziękuję.', 'pl')).toEqual([
      'Ja tu.',
      'Jan Nowak (ECR). — Pani Przewodnicząca!',
      'Dziękuję.',
    ]);
    expect(sentences('Olli Rehn. – Herr talman! Tack.', 'sv')).toEqual(['Olli Rehn. – Herr talman!', 'Tack.']);
  });

  it('splits when the dash follows a sentence inside a line, a single word, lower-case words, or no dash', () => {
    expect(sentences('Det var väntat. – Det är oroande, säger Karin Ek.', 'sv')).toEqual([
      'Det var väntat.',
      '– Det är oroande, säger Karin Ek.',
    ]);
    expect(sentences('Tack. – Varsågod, sa hon.', 'sv')).toEqual(['Tack.', '– Varsågod, sa hon.']);
    expect(sentences('Prices rose (again). – Then they fell.', 'en')).toEqual(['Prices rose (again).', '– Then they fell.']);
    expect(sentences('Anna Kowalska (PPE). Madam President, thank you.', 'en')).toEqual([
      'Anna Kowalska (PPE).',
      'Madam President, thank you.',
    ]);
  });

  it('keeps the text lossless', () => {
    expectLossless('Anna Kowalska (PPE). – Madam President.\n\nTack. – Varsågod.', 'en');
  });
});

describe('segment: abbreviations of parliamentary records', () => {
  it('goes on after Swedish "Anf." before the speech number', () => {
    expect(sentences('Anf. 12 Anna Lindqvist (S) talade först.', 'sv')).toEqual(['Anf. 12 Anna Lindqvist (S) talade först.']);
  });

  it('goes on after English "Doc." before a document symbol, and still ends at "doc." in lower case', () => {
    expect(sentences('As claimed in Doc. A5-0123/2001, the figure is 2 million.', 'en')).toEqual([
      'As claimed in Doc. A5-0123/2001, the figure is 2 million.',
    ]);
    expect(sentences('Save it as a .doc. Then send it.', 'en')).toEqual(['Save it as a .doc.', 'Then send it.']);
  });
});

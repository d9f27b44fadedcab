/**
 * Rules added for the everyday genres of the fifth held-out set (held-out 5): party labels after names,
 * photo credits, times before a day, amounts with units at a sentence end, postscripts, and a letter's
 * greeting and sign-off lines. Each rule has cases where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

describe('segment: a letter in brackets is a label, not an initial', () => {
  it('splits after a party label that closes a sentence', () => {
    expect(sentences('Det ska löna sig, säger Anna Ek (M). Propositionen läggs i mars.', 'sv')).toEqual([
      'Det ska löna sig, säger Anna Ek (M).',
      'Propositionen läggs i mars.',
    ]);
    expect(sentences('The bill passed, said Senator Jo Hale (R). Debate ends today.', 'en')).toEqual([
      'The bill passed, said Senator Jo Hale (R).',
      'Debate ends today.',
    ]);
  });

  it('still reads a bare capital as an initial', () => {
    expect(sentences('Boken skrevs av A. Lindgren i Vimmerby.', 'sv')).toEqual(['Boken skrevs av A. Lindgren i Vimmerby.']);
  });
});

describe('segment: abbreviations of everyday text', () => {
  it('goes on after "Kungl.", "Fot." and a postscript\'s "PS."', () => {
    expect(sentences('Han invaldes 1984 i Kungl. Vetenskapsakademien.', 'sv')).toEqual(['Han invaldes 1984 i Kungl. Vetenskapsakademien.']);
    expect(sentences('Warszawa w 1970 r. Fot. J. Malinowski', 'pl')).toEqual(['Warszawa w 1970 r.', 'Fot. J. Malinowski']);
    expect(sentences('Vi ses! PS. Glöm inte nycklarna.', 'sv')).toEqual(['Vi ses!', 'PS. Glöm inte nycklarna.']);
  });

  it('goes on after "p.m." before a day or month, and stops before other capitals', () => {
    expect(sentences('The advisory runs from 6 p.m. Monday until noon Tuesday.', 'en')).toEqual([
      'The advisory runs from 6 p.m. Monday until noon Tuesday.',
    ]);
    expect(sentences('The shop closed at 6 p.m. Nobody came back.', 'en')).toEqual(['The shop closed at 6 p.m.', 'Nobody came back.']);
  });

  it('ends a sentence at a unit after a number even when a preposition opens it, but not a fronted date', () => {
    expect(sentences('Na deser czekaliśmy 40 min. Ocena: 4/5.', 'pl')).toEqual(['Na deser czekaliśmy 40 min.', 'Ocena: 4/5.']);
    expect(sentences('W 2022 r. Policja zatrzymała 40 osób.', 'pl')).toEqual(['W 2022 r. Policja zatrzymała 40 osób.']);
    expect(sentences('Vi väntade i 40 min. på efterrätten.', 'sv')).toEqual(['Vi väntade i 40 min. på efterrätten.']);
  });
});

describe('segment: a letter\'s greeting and sign-off', () => {
  it('makes a short line ending in a comma a unit of its own before a capitalised or caseless line', () => {
    expect(sentences('Tack för allt.\nBest regards,\nDana Whitfield', 'en')).toEqual(['Tack för allt.', 'Best regards,', 'Dana Whitfield']);
    expect(sentences('تحية طيبة وبعد،\nأشكرك على رسالتك.', 'ar')).toEqual(['تحية طيبة وبعد،', 'أشكرك على رسالتك.']);
  });

  it('keeps a comma line that goes on in lower case, or a long one, in the same sentence', () => {
    expect(sentences('Best regards,\nand thanks again.', 'en')).toEqual(['Best regards,\nand thanks again.']);
    expect(sentences('After the long meeting with the board of the company,\nAnna went home.', 'en')).toEqual([
      'After the long meeting with the board of the company,\nAnna went home.',
    ]);
    expectLossless('Hej,\nAnna,\n'.repeat(200), 'sv');
  });
});

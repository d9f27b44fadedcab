import { describe, expect, it } from 'vitest';
import { detectEntityMismatches } from '../../src/diverge/index.js';
import { entityCounterpart, prepareOtherSide } from '../../src/diverge/counterparts.js';
import type { Anchor } from '../../src/types.js';
import { acronym, code, contextOf, name } from './build-context.js';

describe('detectEntityMismatches', () => {
  it('finds a kept name of any length on the other side (a pattern built from it would be too large)', () => {
    const long = `Malmström${'ab'.repeat(20_000)}`;
    const found = detectEntityMismatches(contextOf([{
      source: { text: `Rapporten skrevs av ${long}.`, anchors: [name(long)] },
      target: { text: `كتب التقرير ${long}.`, anchors: [name(long)] },
    }], { source: 'sv', target: 'ar' }));
    expect(found).toEqual([]);
  });

  it('reports a name with no counterpart on the other side', () => {
    const found = detectEntityMismatches(contextOf([{
      source: { text: 'Mötet leddes av Cecilia Malmström och Eric Holder.', anchors: [name('Holder')] },
      target: { text: 'The meeting was chaired by Cecilia Malmström.', anchors: [name('Malmström')] },
    }], { source: 'sv', target: 'en' }));
    expect(found.map((d) => [d.side, d.text, d.severity])).toEqual([['source', 'Holder', 'warning']]);
  });

  it('matches inflected forms of a name ("Malmströms" ~ "Malmström", Polish "Malmströmowi")', () => {
    const found = detectEntityMismatches(contextOf([
      { source: { text: 'Enligt Malmströms blogg.', anchors: [name('Malmströms')] }, target: { text: 'According to Malmström.', anchors: [name('Malmström')] } },
      { source: { text: 'Tack till Malmström.', anchors: [name('Malmström')] }, target: 'Dziękujemy komisarz Malmströmowi.' },
    ], { source: 'sv', target: 'pl' }));
    expect(found).toEqual([]);
  });

  it('matches acronyms that translate ("EU" ↔ "UE", "FN" ↔ "ONZ") through the equivalence table', () => {
    const found = detectEntityMismatches(contextOf([
      { source: { text: 'EU och FN samarbetar.', anchors: [acronym('EU'), acronym('FN')] }, target: { text: 'UE i ONZ współpracują.', anchors: [acronym('UE'), acronym('ONZ')] } },
    ], { source: 'sv', target: 'pl' }));
    expect(found).toEqual([]);
  });

  it('reports a missing reference code as an error', () => {
    const [found] = detectEntityMismatches(contextOf([{
      source: { text: 'Se IP/12/1308 för detaljer.', anchors: [code('IP/12/1308', 'ip/12/1308')] },
      target: 'انظر البيان الصحفي للتفاصيل.',
    }]));
    expect(found).toMatchObject({ kind: 'entity-mismatch', severity: 'error', text: 'IP/12/1308', category: 'code' });
  });

  it('matches a code written with different spacing by its key', () => {
    const found = detectEntityMismatches(contextOf([{
      source: { text: 'Se IP/12/1308.', anchors: [code('IP/12/1308', 'ip/12/1308')] },
      target: { text: 'انظر IP / 12 / 1308.', anchors: [code('IP / 12 / 1308', 'ip/12/1308')] },
    }]));
    expect(found).toEqual([]);
  });

  it('counts a multi-word name as matched when one of its words is, and as info when none is', () => {
    const found = detectEntityMismatches(contextOf([
      { source: { text: 'Hon träffade Eric Holder.', anchors: [name('Eric Holder')] }, target: { text: 'She met Holder.', anchors: [name('Holder')] } },
      { source: { text: 'Global Alliance har vuxit.', anchors: [name('Global Alliance')] }, target: 'The worldwide coalition has grown.' },
    ], { source: 'sv', target: 'en' }));
    expect(found.map((d) => [d.text, d.severity])).toEqual([['Global Alliance', 'info']]);
  });

  it('reports a lone single-word name as info across scripts (exonyms) and as a warning within one', () => {
    const crossScript = detectEntityMismatches(contextOf([{
      source: { text: 'Mötet hölls i Schweiz, enligt dokument IP/12/1308.', anchors: [code('IP/12/1308', 'ip/12/1308'), name('Schweiz')] },
      target: 'عقد الاجتماع في سويسرا.',
    }], { source: 'sv', target: 'ar' }));
    expect(crossScript.map((d) => [d.text, d.severity])).toEqual([['IP/12/1308', 'error'], ['Schweiz', 'info']]);
    const sameScript = detectEntityMismatches(contextOf([{
      source: { text: 'Mötet hölls i Schweiz, enligt dokument IP/12/1308.', anchors: [code('IP/12/1308', 'ip/12/1308'), name('Schweiz')] },
      target: 'The meeting was held in Geneva.',
    }], { source: 'sv', target: 'en' }));
    expect(sameScript.map((d) => [d.text, d.severity])).toEqual([['IP/12/1308', 'error'], ['Schweiz', 'warning']]);
  });

  it('leaves month names to the untranslated detector', () => {
    expect(detectEntityMismatches(contextOf([{ source: 'Den 30 september.', target: { text: 'في 30 September.', anchors: [name('September')] } }]))).toEqual([]);
  });
});

describe('entityCounterpart', () => {
  const eu: Anchor = { kind: 'entity', text: 'EU', key: 'eu', start: 0, end: 2 };
  const counterpartIn = (text: string) => entityCounterpart(eu, prepareOtherSide([], text));

  it('finds a name through its equivalent in the other language', () => {
    expect(counterpartIn('Medlemmar i Europeiska unionen.')).toBe('full');
  });

  it('finds the equivalent only as whole words', () => {
    expect(counterpartIn('Medlemmar i xEuropeiska unionen.')).toBe('none');
  });

  it('reads a stray low surrogate after a letter as a boundary, not as the end of a letter (malformed input)', () => {
    expect(counterpartIn('Medlemmar i x\uDC00Europeiska unionen.')).toBe('full');
    expect(counterpartIn('Medlemmar i \uD83D\uDE00Europeiska unionen.')).toBe('full');
  });
});

/**
 * Rules added for genres the fourth held-out set brought (held-out 4): encyclopedia citation marks,
 * bibliography entries, statutes with run-in articles, times with time zones, FAQ answers, chat written
 * without capitals. Each rule has cases where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { expectLossless, sentences } from './helpers.js';

describe('segment: citation marks after a full stop', () => {
  it('keeps the marks with the sentence they close and splits after them', () => {
    expect(sentences('Kvarnbo är en tätort.[1] Orten ligger vid ån.', 'sv')).toEqual(['Kvarnbo är en tätort.[1]', 'Orten ligger vid ån.']);
    expect(sentences('It spreads by ticks.[2][3] Left untreated, it lingers.', 'en')).toEqual([
      'It spreads by ticks.[2][3]',
      'Left untreated, it lingers.',
    ]);
    expect(sentences('Namnet syftar på en kvarn.[källa behövs] Under 1800-talet fanns här ett bruk.', 'sv')).toEqual([
      'Namnet syftar på en kvarn.[källa behövs]',
      'Under 1800-talet fanns här ett bruk.',
    ]);
    expect(sentences('وتقع المدينة على الساحل.[1] اكتمل بناؤه سنة ١٩٩٣م.', 'ar')).toEqual([
      'وتقع المدينة على الساحل.[1]',
      'اكتمل بناؤه سنة ١٩٩٣م.',
    ]);
  });

  it('still decides by the word before the stop: no split after an abbreviation or before lower case', () => {
    expect(sentences('Det finns bl.a.[1] ett bruk.', 'sv')).toEqual(['Det finns bl.a.[1] ett bruk.']);
    expect(sentences('It ends here.[1] and goes on.', 'en')).toEqual(['It ends here.[1] and goes on.']);
  });

  it('reads no Markdown link, note or long bracket as a citation mark', () => {
    expect(sentences('See the docs.[here](https://x.org) More follows.', 'en')).toEqual(['See the docs.[here](https://x.org) More follows.']);
    expect(sentences('It ended.[Note: see below.] Then it began.', 'en')).toEqual(['It ended.[Note: see below.]', 'Then it began.']);
    expectLossless('a.[1] '.repeat(200) + '.['.repeat(100) + '[1]'.repeat(10), 'en');
  });
});

describe('segment: author–year bibliography entries', () => {
  it('keeps an entry on a line of its own whole', () => {
    const text =
      'References\n\nSmith, J. R. and Patel, M. (2019). Early Treatment of Lyme Disease. 2nd ed. Oxford: OUP, pp. 112–130.\n' +
      'Jones, L. et al. (2021). Journal of Infectious Diseases, Vol. 224.\n' +
      'Lindqvist, E. & Berg, P. (red.) (2009). Kyrkorna i Uppland. Uppsala: Almqvist.';
    expect(sentences(text, 'en')).toEqual([
      'References',
      'Smith, J. R. and Patel, M. (2019). Early Treatment of Lyme Disease. 2nd ed. Oxford: OUP, pp. 112–130.',
      'Jones, L. et al. (2021). Journal of Infectious Diseases, Vol. 224.',
      'Lindqvist, E. & Berg, P. (red.) (2009). Kyrkorna i Uppland. Uppsala: Almqvist.',
    ]);
    expect(sentences('الإدريسي، محمد (٢٠٠٥). العمارة الإسلامية في المغرب. الرباط: دار الأمان.', 'ar')).toHaveLength(1);
    expect(sentences('Statistiska centralbyrån (2021). Tätorter 2020. Stockholm: SCB.', 'sv')).toHaveLength(1);
  });

  it('splits running text that cites a year in brackets', () => {
    expect(sentences('Smith (2019) found an effect. It was small. Later work agreed.', 'en')).toHaveLength(3);
    // a sentence before the year: no author list
    expect(sentences('The trial ended. It was reported (2019). Nobody objected.', 'en')).toHaveLength(3);
    // a long head without commas is a sentence, not an author list
    expect(sentences('The new bridge over the river opened (2019). It cost a lot.', 'en')).toHaveLength(2);
  });

  it('does not apply to an entry run into a paragraph with other lines', () => {
    const doc = segmentDocument('Ek, A. (2020). Titel. Förlag.\nfortsättning av raden. Slut.', { language: 'sv' });
    expect(doc.segments.length).toBeGreaterThan(1);
  });
});

describe('segment: statutes', () => {
  it('keeps a run-in article number with its text', () => {
    expect(sentences('Art. 6. Ustawa wchodzi w życie po upływie 14 dni od dnia ogłoszenia.', 'pl')).toHaveLength(1);
    expect(sentences('Art. 5. 1. Organ udostępnia dane na wniosek. 2. Do wniosku stosuje się przepisy.', 'pl')).toEqual([
      'Art. 5. 1. Organ udostępnia dane na wniosek.',
      '2. Do wniosku stosuje się przepisy.',
    ]);
  });

  it('still splits after a number that ends a sentence mid-text', () => {
    expect(sentences('Zob. art. 5. Następnie sąd orzekł.', 'pl')).toEqual(['Zob. art. 5.', 'Następnie sąd orzekł.']);
  });

  it('reads the dash after the date of a Polish act as the start of its title', () => {
    expect(sentences('Stosuje się przepisy ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego.', 'pl')).toHaveLength(1);
    // without the dating phrase the dash opens a new sentence (reported speech)
    expect(sentences('Spotkanie odbyło się w 2020 r. – Było bardzo ciekawie – mówi Anna.', 'pl')).toHaveLength(2);
  });
});

describe('segment: times, answers', () => {
  it('goes on after a time of day followed by a time zone', () => {
    expect(sentences('Hayes spoke at 8:30 a.m. Eastern. The board met later.', 'en')).toEqual([
      'Hayes spoke at 8:30 a.m. Eastern.',
      'The board met later.',
    ]);
    expect(sentences('تقام المباراة الساعة ٨:٣٠ م. بتوقيت مكة المكرمة. وأكد المدرب جاهزية الفريق.', 'ar')).toEqual([
      'تقام المباراة الساعة ٨:٣٠ م. بتوقيت مكة المكرمة.',
      'وأكد المدرب جاهزية الفريق.',
    ]);
    expect(sentences('The meeting closed at 9:15 p.m. The next one is in May.', 'en')).toHaveLength(2);
  });

  it('reads "No." before a capitalised word as the answer, before a number as "number"', () => {
    expect(sentences('Can I return it? No. Returns are accepted within 30 days.', 'en')).toEqual([
      'Can I return it?',
      'No.',
      'Returns are accepted within 30 days.',
    ]);
    expect(sentences('It is listed as No. 5 in the catalogue.', 'en')).toHaveLength(1);
  });
});

describe('segment: writers who do not capitalise', () => {
  it('ends a sentence at a full stop after an ordinary word when the block starts in lower case', () => {
    expect(sentences('hej alla! har köpt ett hus i Gävle och funderar på bergvärme. nån som vet vad det kostar??', 'sv')).toEqual([
      'hej alla!',
      'har köpt ett hus i Gävle och funderar på bergvärme.',
      'nån som vet vad det kostar??',
    ]);
    expect(sentences('tried reinstalling and cleared the cache. still crashes.', 'en')).toEqual([
      'tried reinstalling and cleared the cache.',
      'still crashes.',
    ]);
  });

  it('keeps abbreviations, numbers and short words before lower case, and edited text whole', () => {
    expect(sentences('cześć, mam dom z lat 70. i szukam pompy.', 'pl')).toHaveLength(1);
    expect(sentences('mamy np. piec itp. ale nic nie działa.', 'pl')).toHaveLength(1);
    expect(sentences('ok so i went to the st. and it was closed.', 'en')).toHaveLength(1);
    expect(sentences('He paid approx. ten dollars. and then left.', 'en')).toHaveLength(1);
  });

  it('reads a short post signed off with an emoji as sentences, not a title', () => {
    const doc = segmentDocument('tack för svaren!! ska ringa några firmor imorgon 😊', { language: 'sv' });
    expect(doc.segments.map((s) => s.text)).toEqual(['tack för svaren!!', 'ska ringa några firmor imorgon 😊']);
    const title = segmentDocument('Pomocy!!! laptop nie chce się włączyć', { language: 'pl' });
    expect(title.segments).toHaveLength(1);
    expect(title.blocks[0]?.kind).toBe('heading');
  });
});

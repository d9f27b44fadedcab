import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { expectLossless, sentences } from './helpers.js';

describe('segment: sentence ends', () => {
  it('splits at . ! ? before a capitalised word', () => {
    expect(sentences('Det regnar. Vi går hem! Varför? Ingen vet.', 'sv')).toEqual([
      'Det regnar.',
      'Vi går hem!',
      'Varför?',
      'Ingen vet.',
    ]);
  });

  it('keeps the closing quote or bracket with the sentence it ends', () => {
    expect(sentences('He said "no." Then he left. (It was late.) She stayed.', 'en')).toEqual([
      'He said "no."',
      'Then he left.',
      '(It was late.)',
      'She stayed.',
    ]);
    expect(sentences('Hon sa: »Nej.« Sedan gick hon. ”Varför?” Ingen svarade.', 'sv')).toEqual([
      'Hon sa: »Nej.«',
      'Sedan gick hon.',
      '”Varför?”',
      'Ingen svarade.',
    ]);
  });

  it('treats a run of ?! as one end', () => {
    expect(sentences('Na kiedy?! Tego nie wiedział nikt.', 'pl')).toEqual(['Na kiedy?!', 'Tego nie wiedział nikt.']);
  });

  it('does not split before a lower-case word after ! or ? closed by a quote or followed by a dialogue dash', () => {
    expect(sentences('”Vet du vad klockan är?” frågade hon.', 'sv')).toEqual(['”Vet du vad klockan är?” frågade hon.']);
    expect(sentences('– Tak! – odpowiedział Marek.', 'pl')).toEqual(['– Tak! – odpowiedział Marek.']);
  });

  it('splits an ellipsis before a capital but not before lower case', () => {
    expect(sentences('Jag vet... Bussen gick inte. Och sedan… ingenting.', 'sv')).toEqual([
      'Jag vet...',
      'Bussen gick inte.',
      'Och sedan… ingenting.',
    ]);
  });

  it('needs whitespace after the full stop: decimals, dates, times, URLs and e-mail stay whole', () => {
    expect(sentences('Pi är 3.14 och e 2,718. Mötet 26.07.2021 kl. 15.30 hölls på www.example.se. Mejla info@example.se. Tack.', 'sv')).toEqual([
      'Pi är 3.14 och e 2,718.',
      'Mötet 26.07.2021 kl. 15.30 hölls på www.example.se.',
      'Mejla info@example.se.',
      'Tack.',
    ]);
  });

  it('does not split reference codes such as "IP / 12 / 1308"', () => {
    expect(sentences('Se IP / 12 / 1308 och MEMO / 12 / 937. Mer finns online.', 'sv')).toEqual([
      'Se IP / 12 / 1308 och MEMO / 12 / 937.',
      'Mer finns online.',
    ]);
  });
});

describe('segment: abbreviations', () => {
  it('never splits after Swedish bl.a., t.ex., dvs., ca, kl., nr, s.k.', () => {
    const text = 'Bolagen, t.ex. Voi och Tier, bl.a. Lime, s.k. mikromobilitet, dvs. Elsparkcyklar, ca 30 procent, kl. 22 och nr 4 är kvar.';
    expect(sentences(text, 'sv')).toEqual([text]);
  });

  it('splits after Swedish m.m. and osv. when a capitalised sentence follows, not before lower case', () => {
    expect(sentences('Vi köpte bröd, mjölk m.m. Sedan gick vi hem.', 'sv')).toEqual(['Vi köpte bröd, mjölk m.m.', 'Sedan gick vi hem.']);
    expect(sentences('Bröd, mjölk osv. och sedan gick vi.', 'sv')).toEqual(['Bröd, mjölk osv. och sedan gick vi.']);
  });

  it('keeps Polish "tys." before a lower-case word and splits "r." before a new sentence', () => {
    expect(sentences('Co roku dodawane jest 50 tys. nowych zdjęć. To dużo.', 'pl')).toEqual([
      'Co roku dodawane jest 50 tys. nowych zdjęć.',
      'To dużo.',
    ]);
    expect(sentences('Sojusz powstał w 2020 r. Sojusz działa nadal.', 'pl')).toEqual([
      'Sojusz powstał w 2020 r.',
      'Sojusz działa nadal.',
    ]);
  });

  it('does not split a Polish "r." that closes the opening phrase of its own sentence', () => {
    expect(sentences('W 2022 r. Policja odnotowała 4,5 tys. przestępstw.', 'pl')).toEqual([
      'W 2022 r. Policja odnotowała 4,5 tys. przestępstw.',
    ]);
  });

  it('never splits after Polish ds., m.in., np., ok., tzw., prof., dr, ul., godz.', () => {
    const text =
      'Według Biura Narodów Zjednoczonych ds. Narkotyków, m.in. Polski, np. Niemiec, ok. 80 osób, tzw. Sojusz, prof. Jan Kowalski, dr Anna Nowak, ul. Mickiewicza 21, godz. 18.00.';
    expect(sentences(text, 'pl')).toEqual([text]);
  });

  it('never splits after English titles and e.g./i.e., splits after etc. before a capital', () => {
    expect(sentences('Mr. Smith met Dr. Jones, e.g. at St. Mary’s, i.e. in the U.S. Hospital. Then they left.', 'en')).toEqual([
      'Mr. Smith met Dr. Jones, e.g. at St. Mary’s, i.e. in the U.S. Hospital.',
      'Then they left.',
    ]);
    expect(sentences('It sells cars, trucks, etc. and bikes. It sells parts, tools etc. The firm grew.', 'en')).toEqual([
      'It sells cars, trucks, etc. and bikes.',
      'It sells parts, tools etc.',
      'The firm grew.',
    ]);
  });

  it('uses the German and French lists (z.B., u.a., Mme, p.ex.)', () => {
    expect(sentences('Er kam z.B. Am Montag, u.a. Mit Freunden. Dann ging er.', 'de')).toEqual([
      'Er kam z.B. Am Montag, u.a. Mit Freunden.',
      'Dann ging er.',
    ]);
    expect(sentences('Il a vu M. Dupont et Mme Martin, p.ex. Hier. Puis il est parti.', 'fr')).toEqual([
      'Il a vu M. Dupont et Mme Martin, p.ex. Hier.',
      'Puis il est parti.',
    ]);
  });

  it('matches capitalised entries exactly: English "No." is an abbreviation, "no." ends a sentence', () => {
    expect(sentences('See No. 5 here. He said no. Then he left.', 'en')).toEqual(['See No. 5 here.', 'He said no.', 'Then he left.']);
  });

  it('keeps a fronted time phrase whole: "W latach 30. XX w. Towarzystwo …"', () => {
    expect(sentences('W latach 30. XX w. Towarzystwo liczyło ok. 5 tys. członków. Potem upadło.', 'pl')).toEqual([
      'W latach 30. XX w. Towarzystwo liczyło ok. 5 tys. członków.',
      'Potem upadło.',
    ]);
    expect(sentences('Urodził się w Krakowie w 1950 r. Studiował w Warszawie.', 'pl')).toEqual([
      'Urodził się w Krakowie w 1950 r.',
      'Studiował w Warszawie.',
    ]);
  });

  it('goes on after a.m./p.m. before a time zone, and splits before an ordinary capital', () => {
    expect(sentences('It ended at 5:42 p.m. EST on Monday. We left at 4 p.m. The hall was empty.', 'en')).toEqual([
      'It ended at 5:42 p.m. EST on Monday.',
      'We left at 4 p.m.',
      'The hall was empty.',
    ]);
  });

  it('keeps a bracketed year with what precedes it', () => {
    expect(sentences('As Cengiz et al. (2019) showed, it works. "After Oil?" (2004) sold well.', 'en')).toEqual([
      'As Cengiz et al. (2019) showed, it works.',
      '"After Oil?" (2004) sold well.',
    ]);
  });

  it('still splits after an ordinary word that merely looks short', () => {
    expect(sentences('Det var en bil. Den var röd.', 'sv')).toEqual(['Det var en bil.', 'Den var röd.']);
  });
});

describe('segment: initials, ordinals and numbers', () => {
  it('keeps initials with the name', () => {
    expect(sentences('The book by J. R. R. Tolkien sold well. E. Holder agreed.', 'en')).toEqual([
      'The book by J. R. R. Tolkien sold well.',
      'E. Holder agreed.',
    ]);
  });

  it('keeps an ordinal before a lower-case month', () => {
    expect(sentences('Den 5. december kom han. Spotkanie odbyło się 26. lipca w Warszawie.', 'sv')).toEqual([
      'Den 5. december kom han.',
      'Spotkanie odbyło się 26. lipca w Warszawie.',
    ]);
  });

  it('keeps a German ordinal before a capitalised month, but splits after a year', () => {
    expect(sentences('Am 5. Dezember 2012 begann es. Im Jahr 2013. Danach nicht mehr.', 'de')).toEqual([
      'Am 5. Dezember 2012 begann es.',
      'Im Jahr 2013.',
      'Danach nicht mehr.',
    ]);
  });

  it('splits after a year that ends a sentence in Swedish', () => {
    expect(sentences('Den har funnits sedan 2012. Konkreta mål har satts upp.', 'sv')).toEqual([
      'Den har funnits sedan 2012.',
      'Konkreta mål har satts upp.',
    ]);
  });
});

describe('segment: Arabic', () => {
  it('ends sentences at ؟ ! . and ۔ but not at ، or ؛', () => {
    expect(sentences('هل تكفي هذه الميزانية؟ يرى الخبراء، في حين يعتبره آخرون؛ خطوة مهمة. وقال الوزير! انتهى۔ تم', 'ar')).toEqual([
      'هل تكفي هذه الميزانية؟',
      'يرى الخبراء، في حين يعتبره آخرون؛ خطوة مهمة.',
      'وقال الوزير!',
      'انتهى۔',
      'تم',
    ]);
  });

  it('handles Latin words and brackets inside Arabic sentences', () => {
    expect(sentences('التقى المسؤولون في واشنطن (30 September). وقالت المفوضة Malmström إن العمل مستمر.', 'ar')).toEqual([
      'التقى المسؤولون في واشنطن (30 September).',
      'وقالت المفوضة Malmström إن العمل مستمر.',
    ]);
  });

  it('keeps the titles د. and أ. with the name, but a letter after a year ends the sentence', () => {
    expect(sentences('وقال د. خالد العمري إن المشكلة كبيرة. تأسست عام 1950 م. وقال المدير إنها نمت.', 'ar')).toEqual([
      'وقال د. خالد العمري إن المشكلة كبيرة.',
      'تأسست عام 1950 م.',
      'وقال المدير إنها نمت.',
    ]);
  });

  it('reads an ellipsis before a short tail as a pause, before a long one as an end', () => {
    expect(sentences('اخترت كتابًا عن البحار... ولم أعده أبدًا!', 'ar')).toEqual(['اخترت كتابًا عن البحار... ولم أعده أبدًا!']);
    expect(sentences('تأخر بسبب بطء برنامج الخصخصة... ومن المتوقع أن تعقد الحكومة مؤتمرًا صحفيًا يوم الأحد.', 'ar')).toEqual([
      'تأخر بسبب بطء برنامج الخصخصة...',
      'ومن المتوقع أن تعقد الحكومة مؤتمرًا صحفيًا يوم الأحد.',
    ]);
  });

  it('ends a sentence at an ellipsis closed by a quote', () => {
    expect(sentences('قال: «تقريبًا...» ضحكت الأم.', 'ar')).toEqual(['قال: «تقريبًا...»', 'ضحكت الأم.']);
  });
});

describe('segment: dialogue', () => {
  it('starts a sentence at a dialogue dash after a full stop', () => {
    expect(sentences('– Naszym obowiązkiem jest ochrona dzieci. – Jedynym sposobem jest współpraca – powiedziała komisarz.', 'pl')).toEqual([
      '– Naszym obowiązkiem jest ochrona dzieci.',
      '– Jedynym sposobem jest współpraca – powiedziała komisarz.',
    ]);
  });

  it('splits quoted sentences and keeps the speech tag', () => {
    expect(sentences('"It is cold," she said. "Close the door. Now!" He did.', 'en')).toEqual([
      '"It is cold," she said.',
      '"Close the door.',
      'Now!"',
      'He did.',
    ]);
  });
});

describe('segmentDocument: blocks', () => {
  it('makes headings, paragraphs, list items and lines', () => {
    const text = 'Bakgrund\n\nDet var en gång. Slut.\n\n  • Första punkten;\n  • andra punkten.\n\nCecilia Malmström webbplats\nFölj kommissarie Malmström vidare Twitter';
    const doc = segmentDocument(text, { language: 'sv' });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list-item', 'list-item', 'line', 'line']);
    expect(doc.segments.map((s) => s.text)).toEqual([
      'Bakgrund',
      'Det var en gång.',
      'Slut.',
      '• Första punkten;',
      '• andra punkten.',
      'Cecilia Malmström webbplats',
      'Följ kommissarie Malmström vidare Twitter',
    ]);
    expect(doc.segments.map((s) => s.block)).toEqual([0, 1, 1, 2, 3, 4, 5]);
  });

  it('recognises bullets •, –, -, *, and numbered or lettered items', () => {
    const text = 'Listan:\n• ett\n– två\n- tre\n* fyra\n1. fem\n2) sex\na) sju\n(b) åtta';
    const doc = segmentDocument(text, { language: 'sv' });
    expect(doc.segments.map((s) => s.text)).toEqual(['Listan:', '• ett', '– två', '- tre', '* fyra', '1. fem', '2) sex', 'a) sju', '(b) åtta']);
    expect(doc.blocks.slice(1).every((b) => b.kind === 'list-item')).toBe(true);
  });

  it('does not split a numbered item after its number', () => {
    expect(sentences('1. Fotografera cykeln.\n2. Anmäl den.', 'sv')).toEqual(['1. Fotografera cykeln.', '2. Anmäl den.']);
  });

  it('ends a segment at a single newline after a short line without punctuation', () => {
    expect(sentences('Läs också\nSå mycket kostar det\nPolisen: fler olyckor', 'sv')).toEqual([
      'Läs också',
      'Så mycket kostar det',
      'Polisen: fler olyckor',
    ]);
  });

  it('continues a line that ends without punctuation when the next starts in lower case', () => {
    expect(sentences('Vårdgarantin gäller i hela\nlandet och alla regioner. Den är ny.', 'sv')).toEqual([
      'Vårdgarantin gäller i hela\nlandet och alla regioner.',
      'Den är ny.',
    ]);
  });

  it('joins hard-wrapped running text into sentences', () => {
    const text = [
      'The council met on Tuesday to discuss the new housing plan for the',
      'city centre, which Mayor Whitfield presented to the members after a',
      'long delay caused by the budget talks. Several members spoke against',
      'it.',
    ].join('\n');
    expect(sentences(text, 'en')).toEqual([text.slice(0, text.indexOf(' Several')), text.slice(text.indexOf('Several'))]);
  });

  it('splits paragraphs written one per line, without merging a line that ends in a colon', () => {
    const text = [
      'The committee met on Tuesday to discuss the proposal that the mayor had sent to all members in March and agreed on these points:',
      'The budget will be cut by five percent in the coming year, starting with the administration and the transport office.',
      'New rules for parking will apply from the first of June, after a public consultation that begins next week.',
    ].join('\n');
    expect(sentences(text, 'en')).toEqual(text.split('\n'));
  });

  it('treats a lone dialogue line as a paragraph, not a list', () => {
    const doc = segmentDocument('– Naszym obowiązkiem jest ochrona dzieci.\n\nDalszy tekst.', { language: 'pl' });
    expect(doc.blocks[0]?.kind).toBe('paragraph');
  });

  it('handles CRLF, CR, U+2028 and U+2029 as line and paragraph breaks', () => {
    const text = 'Rubrik\r\n\r\nFörsta meningen. Andra.\rTredje rad\u2028Fjärde rad\u2029Femte stycket.';
    const doc = expectLossless(text, 'sv');
    expect(doc.segments.map((s) => s.text)).toEqual(['Rubrik', 'Första meningen.', 'Andra.', 'Tredje rad', 'Fjärde rad', 'Femte stycket.']);
  });

  it('gives block offsets that cover their segments', () => {
    const doc = segmentDocument('  Rubrik  \n\n  Text här. Mer text.  ', { language: 'sv' });
    expect(doc.blocks.map((b) => [b.start, b.end])).toEqual([
      [2, 8],
      [14, 33],
    ]);
  });

  it('returns nothing for empty or whitespace-only input', () => {
    expect(segmentDocument('', {}).segments).toEqual([]);
    expect(segmentDocument(' \n\t\u00a0\r\n ', {}).segments).toEqual([]);
    expect(segmentDocument('', {}).blocks).toEqual([]);
  });

  it('reports the language it was given, or und', () => {
    expect(segmentDocument('Hej.', { language: 'sv' }).language).toBe('sv');
    expect(segmentDocument('Hej.').language).toBe('und');
  });
});

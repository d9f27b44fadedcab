/**
 * Rules added for the spoken and informal genres of the eighth held-out set (held-out 8): transcripts with
 * stage notes, verse and lyrics written line by line, chat and social posts (smileys, @handles), e-mail
 * replies with "> " quotes and greetings, tables pasted as tab-separated rows, and label lines. Each rule has
 * cases where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

describe('segment: stage notes in transcripts', () => {
  it('makes a bracketed note between two sentences a unit of its own', () => {
    expect(sentences('Det var roligt. [skratt] Men sen blev det jobbigt.', 'sv')).toEqual([
      'Det var roligt.',
      '[skratt]',
      'Men sen blev det jobbigt.',
    ]);
    expect(sentences('To prawda. (oklaski na sali) Dziękuję bardzo.', 'pl')).toEqual(['To prawda.', '(oklaski na sali)', 'Dziękuję bardzo.']);
    expect(sentences('شكراً جزيلاً. [ضحك] لكن الأمر صعب.', 'ar')).toEqual(['شكراً جزيلاً.', '[ضحك]', 'لكن الأمر صعب.']);
  });

  it('makes a note after the last sentence of a turn a unit too', () => {
    expect(sentences('Thanks so much for having me. (applause)', 'en')).toEqual(['Thanks so much for having me.', '(applause)']);
  });

  it('leaves a note inside a sentence, and brackets holding numbers or full stops, to the usual rules', () => {
    expect(sentences('Det var ju hemskt [skratt] men ändå kul.', 'sv')).toEqual(['Det var ju hemskt [skratt] men ändå kul.']);
    expect(sentences('Vi var ca 12 pers. (inkl. barn) och det gick bra.', 'sv')).toEqual(['Vi var ca 12 pers. (inkl. barn) och det gick bra.']);
    expect(sentences('She met Dr. (Jane) Smith there.', 'en')).toEqual(['She met Dr. (Jane) Smith there.']);
    expect(sentences('Tak. [00:01:15] PIOTR: Nie.', 'pl')).toEqual(['Tak.', '[00:01:15] PIOTR: Nie.']);
    expectLossless('a. [b] '.repeat(300) + 'a. (' + 'b'.repeat(60), 'en');
    // a combining mark glued to the space after a note or smiley: no boundary inside the grapheme
    expectLossless('Tack. [skratt] \u0301Ja. Tack! :) \u0301Ja. Tack! xD \u0301ja.', 'sv');
  });
});

describe('segment: a smiley after a terminal', () => {
  it('keeps the smiley with the sentence it closes', () => {
    expect(sentences('Gotowe! :) Do zobaczenia jutro.', 'pl')).toEqual(['Gotowe! :)', 'Do zobaczenia jutro.']);
    expect(sentences('serio? xD nie wierzę', 'pl')).toEqual(['serio? xD', 'nie wierzę']);
  });

  it('reads "xD" as a smiley only as a word of its own', () => {
    expect(sentences('Karta XDR-200 działa. Polecam.', 'pl')).toEqual(['Karta XDR-200 działa.', 'Polecam.']);
  });

  it('splits after an emoji before an Arabic word, as before a capital', () => {
    expect(sentences('أسعاره معقولة 👌 الموقع في وسط المدينة.', 'ar')).toEqual(['أسعاره معقولة 👌', 'الموقع في وسط المدينة.']);
  });
});

describe('segment: text written line by line', () => {
  it('makes each line a unit when no line of the paragraph ends in punctuation (lyrics, chat)', () => {
    expect(sentences('jag cyklar hem genom stan\nasfalten blank efter regnet\ndu sa att allt skulle ordna sig', 'sv')).toEqual([
      'jag cyklar hem genom stan',
      'asfalten blank efter regnet',
      'du sa att allt skulle ordna sig',
    ]);
    expect(sentences('anyone know why my fan hums??? tried oil lol\npics: https://imgur.com/a/X', 'en')).toEqual([
      'anyone know why my fan hums???',
      'tried oil lol',
      'pics: https://imgur.com/a/X',
    ]);
  });

  it('keeps a punctuated poem or a wrapped paragraph in sentences across its lines', () => {
    expect(sentences('När mörkret kommer redan vid fyra\noch gatlyktorna tänds en efter en,\ndå går jag ut ändå.', 'sv')).toEqual([
      'När mörkret kommer redan vid fyra\noch gatlyktorna tänds en efter en,\ndå går jag ut ändå.',
    ]);
    expect(sentences('The items discussed at the meeting held\nin the council chamber were these:', 'en')).toEqual([
      'The items discussed at the meeting held\nin the council chamber were these:',
    ]);
  });

  it('ends a line that ends with an emoji or a smiley, whatever case the next one starts with', () => {
    expect(sentences('bästa köpet ever 🚲\nmen batteriet dör i kylan, det är trist.', 'sv')).toEqual([
      'bästa köpet ever 🚲',
      'men batteriet dör i kylan, det är trist.',
    ]);
    expect(sentences('I love it :)\nand so does my wife.', 'en')).toEqual(['I love it :)', 'and so does my wife.']);
  });

  it('makes a label line ending in a colon and a line in brackets units of their own', () => {
    expect(sentences('Refren:\ni znowu tańczymy do rana, aż wstanie dzień.', 'pl')).toEqual([
      'Refren:',
      'i znowu tańczymy do rana, aż wstanie dzień.',
    ]);
    expect(sentences('Marzec\n(wiersz nadesłany na konkurs)\nJeszcze śnieg leży w rowach,\na już ktoś otworzył okno.', 'pl')).toEqual([
      'Marzec',
      '(wiersz nadesłany na konkurs)',
      'Jeszcze śnieg leży w rowach,\na już ktoś otworzył okno.',
    ]);
  });
});

describe('segment: tables pasted as tab-separated rows', () => {
  it('makes each row a unit and reads no number in the cell before as a unit of a letter', () => {
    expect(sentences('A\t9.30\tSal 2\tK. Holm\nB\t10.00\tSal 4\tP. Ek', 'sv')).toEqual(['A\t9.30\tSal 2\tK. Holm', 'B\t10.00\tSal 4\tP. Ek']);
    expect(sentences('pon.\t9.00\tkajaki\nwt.\t10.30\twycieczka do Kartuz', 'pl')).toEqual([
      'pon.\t9.00\tkajaki',
      'wt.\t10.30\twycieczka do Kartuz',
    ]);
  });

  it('still reads a letter after a number in running text as a unit', () => {
    expect(sentences('Vattnet höll hela sommaren 20 C. Sedan kom regnet.', 'sv')).toEqual(['Vattnet höll hela sommaren 20 C.', 'Sedan kom regnet.']);
  });
});

describe('segment: e-mail replies', () => {
  it('reads a quoted sentence on through the "> " of the next quoted line', () => {
    expect(sentences('> She is away so it might be\n> a couple of days.\n> T.', 'en')).toEqual(['> She is away so it might be\n> a couple of days.', '> T.']);
  });

  it('does not skip a quote marker that only the next line has', () => {
    expect(sentences('Thanks, but I need Dr. Patel\n> she is away', 'en')).toEqual(['Thanks, but I need Dr. Patel', '> she is away']);
  });

  it('makes a Polish greeting a unit before the letter that goes on in lower case, and no other language\'s', () => {
    expect(sentences('Pani Anno,\nczy mogłaby Pani przesłać umowę?', 'pl')).toEqual(['Pani Anno,', 'czy mogłaby Pani przesłać umowę?']);
    expect(sentences('Hej Anna,\nvi ses imorgon.', 'sv')).toEqual(['Hej Anna,\nvi ses imorgon.']);
    expect(sentences('Jeszcze śnieg leży w rowach przy drodze,\na już ktoś otworzył okno.', 'pl')).toEqual([
      'Jeszcze śnieg leży w rowach przy drodze,\na już ktoś otworzył okno.',
    ]);
  });

  it('reads a reply\'s @handle as no sign that its writer capitalises', () => {
    expect(sentences('@kasia haha samma här. köpte min på blocket igår!', 'sv')).toEqual(['@kasia haha samma här.', 'köpte min på blocket igår!']);
    expect(sentences('Kasia haha samma här. köpte min på blocket igår!', 'sv')).toEqual(['Kasia haha samma här. köpte min på blocket igår!']);
  });
});

describe('segment: transcripts, episodes and opening hours', () => {
  it('ends a sentence before a timestamp on the next line, even after a short word', () => {
    expect(sentences('It took a day.\n[00:00:26] MIKE: Next.', 'en')).toEqual(['It took a day.', '[00:00:26] MIKE: Next.']);
    expect(sentences('See pt. 45 of the report.', 'en')).toEqual(['See pt. 45 of the report.']);
  });

  it('goes on after "Ep." and "vard."', () => {
    expect(sentences('Ep. 112: The Return of the Candle', 'en')).toEqual(['Ep. 112: The Return of the Candle']);
    expect(sentences('Their new EP. It sold well.', 'en')).toEqual(['Their new EP.', 'It sold well.']);
    expect(sentences('Öppet vard. 9–16 och lör. 10–14.', 'sv')).toEqual(['Öppet vard. 9–16 och lör. 10–14.']);
  });

  it('ends a sentence after joined capitals before a contracted function word', () => {
    expect(sentences("They moved to the U.S. It's cheaper there.", 'en')).toEqual(['They moved to the U.S.', "It's cheaper there."]);
    expect(sentences('They moved to the U.S. It’s cheaper there.', 'en')).toEqual(['They moved to the U.S.', 'It’s cheaper there.']);
    expect(sentences('Made in the U.S. Steel Works.', 'en')).toEqual(['Made in the U.S. Steel Works.']);
  });
});

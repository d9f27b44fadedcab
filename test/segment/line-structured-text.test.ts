/**
 * Rules added for the informal, line-structured text of held-out 12 and 13: chat logs and threads whose
 * header lines, `> ` quotations, e-mail reply headers, review star lines and unpunctuated SMS messages end at
 * a single line break even before lower case, while hard-wrapped prose, verse and subtitles still run on.
 * Plus three smaller rules: an emoji closing the last sentence, Polish weekday abbreviations, and a label
 * before a reference code in brackets. Each rule has cases where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

/** Greedy hard wrap at `width` columns, as a mail client or `fmt` does. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** Lines of `text` that end without punctuation before a line starting in lower case. */
function unpunctuatedBreaksBeforeLowerCase(text: string): number {
  const lines = text.split('\n');
  let count = 0;
  for (let k = 1; k < lines.length; k++) {
    if (/[\p{L}\p{N}]$/u.test(lines[k - 1] ?? '') && /^\p{Ll}/u.test(lines[k] ?? '')) count++;
  }
  return count;
}

describe('segment: e-mail quotations start and end at a line break', () => {
  it('ends a reply header before the quotation it introduces', () => {
    expect(sentences('On Mon, 3 Jun 2024 at 10:02, Anna Becker <anna@example.com> wrote:\n> Could we move the review to Thursday? The designs\n> will not be ready before then.', 'en')).toEqual([
      'On Mon, 3 Jun 2024 at 10:02, Anna Becker <anna@example.com> wrote:',
      '> Could we move the review to Thursday?',
      'The designs\n> will not be ready before then.',
    ]);
    expect(sentences('W dniu pon., 3 cze 2024 o 10:02 Anna Nowak <anna@example.pl> napisała:\n> Czy możemy przenieść spotkanie?', 'pl')).toEqual([
      'W dniu pon., 3 cze 2024 o 10:02 Anna Nowak <anna@example.pl> napisała:',
      '> Czy możemy przenieść spotkanie?',
    ]);
  });

  it('ends an unpunctuated quoted line before the lower-case reply under it', () => {
    expect(sentences('> Dräneringen ska vara bytt 2009 enl. säljaren\nlita inte på det, kolla stuprören först.', 'sv')).toEqual([
      '> Dräneringen ska vara bytt 2009 enl. säljaren',
      'lita inte på det, kolla stuprören först.',
    ]);
    expect(sentences('> The only annoying part was moving the DB to Postgres\ndid you use the occ command?', 'en')).toEqual([
      '> The only annoying part was moving the DB to Postgres',
      'did you use the occ command?',
    ]);
  });

  it('keeps a sentence wrapped over two quoted lines, and reads ">=" or ">5" as no quotation', () => {
    expect(sentences('> Numbers look fine to me, but I need Dr. Patel to sign off first.\n> She is out until Wed. so it might be\n> a couple of days.', 'en')).toEqual([
      '> Numbers look fine to me, but I need Dr. Patel to sign off first.',
      '> She is out until Wed. so it might be\n> a couple of days.',
    ]);
    const comparisons = [
      'The new storage policy removes every backup archive that is larger\n>5 GB after thirty days, unless the owner of the archive asks the\nsupport team to keep it for a longer period in writing.',
      'The new storage policy removes every backup archive with a size\n>= 5 GB after thirty days, unless the owner of the archive asks the\nsupport team to keep it for a longer period in writing.',
    ];
    for (const text of comparisons) expect(sentences(text, 'en')).toEqual([text]);
  });
});

describe('segment: header lines of posts and chat messages', () => {
  it('makes a header with " · " fields a unit before a lower-case reply, also after an abbreviation', () => {
    expect(sentences('Svar från lisa_k · 3 tim\ntack!! funkar det på en Bosch också?', 'sv')).toEqual([
      'Svar från lisa_k · 3 tim',
      'tack!!',
      'funkar det på en Bosch också?',
    ]);
    expect(sentences('Odpowiedź od kasia_w · 3 godz.\ndzięki, sprawdzę jutro.', 'pl')).toEqual(['Odpowiedź od kasia_w · 3 godz.', 'dzięki, sprawdzę jutro.']);
    expect(sentences('↳ Reply from pg_wrangler · 4h\nthis. also, run the planner first.', 'en')).toEqual([
      '↳ Reply from pg_wrangler · 4h',
      'this.',
      'also, run the planner first.',
    ]);
  });

  it('makes a chat log line of a name and a clock time a unit', () => {
    expect(sentences('Priya Raman  10:42 AM\nanyone else seeing the build fail?\nMarcus Lee  10:44 AM\nyep, it is the bump.', 'en')).toEqual([
      'Priya Raman  10:42 AM',
      'anyone else seeing the build fail?',
      'Marcus Lee  10:44 AM',
      'yep, it is the bump.',
    ]);
    expect(sentences('Elin — idag 14:32\nska vi köra en runda ikväll?', 'sv')).toEqual(['Elin — idag 14:32', 'ska vi köra en runda ikväll?']);
    expect(sentences('Ola, 14:32\nidziemy jutro na rower?', 'pl')).toEqual(['Ola, 14:32', 'idziemy jutro na rower?']);
  });

  it('leaves a sentence that ends its line with a time to run on', () => {
    expect(sentences('We met outside the station at 10:42\nand walked to the office together.', 'en')).toEqual([
      'We met outside the station at 10:42\nand walked to the office together.',
    ]);
    expect(sentences('Vi ses på torsdag kl. 14.30\noch tar det därifrån.', 'sv')).toEqual(['Vi ses på torsdag kl. 14.30\noch tar det därifrån.']);
  });
});

describe('segment: review rating lines', () => {
  it('makes a line opened by rating stars a unit before a lower-case byline', () => {
    expect(sentences('★★☆☆☆ Used to be great\nby kayla.m – Jun 1, 2024\nSince the update the app logs me out.', 'en')).toEqual([
      '★★☆☆☆ Used to be great',
      'by kayla.m – Jun 1, 2024',
      'Since the update the app logs me out.',
    ]);
    expect(sentences('★★★★☆ Nästan perfekt\nav Kicki_B – 2 juni 2024\nFunkar fint för det mesta.', 'sv')).toEqual([
      '★★★★☆ Nästan perfekt',
      'av Kicki_B – 2 juni 2024',
      'Funkar fint för det mesta.',
    ]);
  });

  it('does not read one or two stars inside a sentence as a rating line', () => {
    expect(sentences('the hotel had ★★ on the sign\nbut felt like a hostel.', 'en')).toEqual(['the hotel had ★★ on the sign\nbut felt like a hostel.']);
  });
});

describe('segment: chat and SMS messages without final punctuation', () => {
  it('ends a hand-broken message line before a lower-case message', () => {
    expect(sentences('Hej hej, är du kvar på jobbet?\nja typ 20 min till\nok ses vid Centralen 17.30 :)', 'sv')).toEqual([
      'Hej hej, är du kvar på jobbet?',
      'ja typ 20 min till',
      'ok ses vid Centralen 17.30 :)',
    ]);
    expect(sentences('hej jesteś jeszcze w pracy?\ntak jeszcze z 20 min\nok to widzimy się o 17.30 :)', 'pl')).toEqual([
      'hej jesteś jeszcze w pracy?',
      'tak jeszcze z 20 min',
      'ok to widzimy się o 17.30 :)',
    ]);
    expect(sentences('Priya Raman  10:51 AM\n:pray: thx\nconfirmed, merged.', 'en')).toEqual(['Priya Raman  10:51 AM', ':pray: thx', 'confirmed, merged.']);
  });

  it('leaves verse running on when the next line goes on with a comma', () => {
    expect(sentences('Jag står på bron en stund.\nVattnet\när svart och alldeles stilla,\nsom om det väntade på något.', 'sv')).toEqual([
      'Jag står på bron en stund.',
      'Vattnet\när svart och alldeles stilla,\nsom om det väntade på något.',
    ]);
  });

  it('leaves a subtitle line wrapped by its width, and a line after an unfinished one, running on', () => {
    expect(sentences('213\n00:14:05,900 --> 00:14:09,040\nJag trodde att du hade flyttat\ntill Malmö för flera år sedan.', 'sv')).toEqual([
      '213',
      '00:14:05,900 --> 00:14:09,040',
      'Jag trodde att du hade flyttat\ntill Malmö för flera år sedan.',
    ]);
    expect(sentences('89\n00:06:47,900 --> 00:06:50,300\nMama dzwoniła do ciebie\nchyba z dziesięć razy.', 'pl')).toEqual([
      '89',
      '00:06:47,900 --> 00:06:50,300',
      'Mama dzwoniła do ciebie\nchyba z dziesięć razy.',
    ]);
  });

  it('leaves a line that fills the paragraph\'s width to run on, even after a line that ended a sentence', () => {
    const text = 'Det var en lång dag.\nVi gick hela vägen från stationen till hamnen och sedan tillbaka igen\nutan att stanna en enda gång.';
    expect(sentences(text, 'sv')).toEqual(['Det var en lång dag.', text.slice(text.indexOf('Vi gick'))]);
  });

  it('leaves a paragraph\'s first line to run on: a short sentence broken by hand', () => {
    expect(sentences('Vi ses på stationen i\nmorgon bitti innan tåget går. Ta med kaffe.', 'sv')).toEqual([
      'Vi ses på stationen i\nmorgon bitti innan tåget går.',
      'Ta med kaffe.',
    ]);
    expect(sentences('Spotkajmy się przy\nwejściu od strony parku, tam gdzie zawsze.', 'pl')).toEqual(['Spotkajmy się przy\nwejściu od strony parku, tam gdzie zawsze.']);
  });

  it('stays linear on many short message lines', () => {
    expectLossless('ok\nja typ 20 min\n'.repeat(2000) + 'x'.repeat(5000) + '\nok.', 'sv');
  });
});

describe('segment: hard-wrapped prose still joins', () => {
  const paragraphs: Record<string, string> = {
    en:
      'The committee met on Tuesday to discuss the new parking rules for the residential streets around the ' +
      'station. Most residents who came to the meeting said that the current permits are too expensive and that ' +
      'the zones do not match the way people actually use the streets in the evening. A smaller group argued that ' +
      'the rules had worked well for years and that changing them now would only confuse visitors who come from ' +
      'other parts of the city.',
    sv:
      'Kommunen har under våren undersökt hur cykelvägarna i de centrala delarna av staden används under olika ' +
      'tider på dygnet. Resultaten visar att trafiken har ökat kraftigt sedan förra året och att många cyklister ' +
      'väljer att köra på gatan i stället för på de smala banor som finns längs huvudgatorna. Enligt rapporten ' +
      'behöver flera korsningar byggas om innan nästa vinter för att olyckorna inte ska bli fler.',
    pl:
      'Rada miasta zebrała się we wtorek, aby omówić nowe zasady parkowania na ulicach wokół dworca kolejowego. ' +
      'Większość mieszkańców, którzy przyszli na spotkanie, uważa, że obecne abonamenty są zbyt drogie i że strefy ' +
      'nie odpowiadają temu, jak ludzie naprawdę korzystają z ulic wieczorem. Mniejsza grupa twierdziła, że zasady ' +
      'sprawdzały się od lat i że zmiana wprowadzi tylko zamieszanie wśród gości przyjeżdżających z innych dzielnic.',
    ar:
      'اجتمع المجلس البلدي يوم الثلاثاء لمناقشة القواعد الجديدة لركن السيارات في الشوارع السكنية المحيطة بالمحطة. ' +
      'وقال معظم السكان الذين حضروا الاجتماع إن التصاريح الحالية باهظة الثمن وإن المناطق لا تتوافق مع الطريقة التي ' +
      'يستخدم بها الناس الشوارع في المساء. ورأت مجموعة أصغر أن القواعد نجحت لسنوات وأن تغييرها الآن سيربك الزوار ' +
      'القادمين من أحياء أخرى في المدينة.',
  };
  const sentencesOf = (p: string): string[] => p.split(/(?<=\.) /u);

  for (const [language, paragraph] of Object.entries(paragraphs)) {
    for (const width of [60, 66, 72, 80]) {
      it(`joins a ${language} paragraph wrapped at ${width} columns into its sentences`, () => {
        const wrapped = wrap(paragraph, width);
        if (language !== 'ar') expect(unpunctuatedBreaksBeforeLowerCase(wrapped)).toBeGreaterThan(0);
        expect(sentences(wrapped, language).map((s) => s.replace(/\n/g, ' '))).toEqual(sentencesOf(paragraph));
      });
    }
  }

  it('joins a two-line paragraph whose first line was filled to the column', () => {
    const text = 'Thanks for the quick reply, I tried the steps you listed in the\nthread and the printer works again.';
    expect(sentences(text, 'en')).toEqual([text]);
    const sv = 'Tack för svaret, jag testade stegen som du beskrev i tråden och\nnu fungerar skrivaren igen.';
    expect(sentences(sv, 'sv')).toEqual([sv]);
  });
});

describe('segment: an emoji closing the last sentence', () => {
  it('keeps an emoji after the last terminal of a block with the sentence', () => {
    expect(sentences('Frågor? Svara bara på mejlet. Vi läser allt! 💌', 'sv')).toEqual(['Frågor?', 'Svara bara på mejlet.', 'Vi läser allt! 💌']);
    expect(sentences('Questions? We read every email. 💌', 'en')).toEqual(['Questions?', 'We read every email. 💌']);
    expect(sentences('نقرأ كل الرسائل! 💌', 'ar')).toEqual(['نقرأ كل الرسائل! 💌']);
    expect(sentences('Gotowe! :)', 'pl')).toEqual(['Gotowe! :)']);
  });

  it('still ends the sentence before the emoji when another sentence follows it, and leaves a lone emoji alone', () => {
    expect(sentences('Klart! 🎉 Vi ses imorgon.', 'sv')).toEqual(['Klart! 🎉', 'Vi ses imorgon.']);
    expect(sentences('💌', 'en')).toEqual(['💌']);
    expect(sentences('Done. 💌x', 'en')).toEqual(['Done.', '💌x']);
  });
});

describe('segment: Polish weekday abbreviations', () => {
  it('goes on after a weekday before lower case or a number, and ends before a capital', () => {
    expect(sentences('spoko xD\nto w sob. o 10 pod Biedronką', 'pl')).toEqual(['spoko xD', 'to w sob. o 10 pod Biedronką']);
    expect(sentences('Otwarte od pon. do czw. w godz. 9–17.', 'pl')).toEqual(['Otwarte od pon. do czw. w godz. 9–17.']);
    expect(sentences('Sklep będzie zamknięty aż do sob. Potem wracamy.', 'pl')).toEqual(['Sklep będzie zamknięty aż do sob.', 'Potem wracamy.']);
  });
});

describe('segment: a label before a reference code in brackets', () => {
  it('keeps "(ref. RF-2291)" inside its sentence', () => {
    expect(sentences("I've issued a full refund of $49.99 (ref. RF-2291).", 'en')).toEqual(["I've issued a full refund of $49.99 (ref. RF-2291)."]);
    expect(sentences('Zwrot przyjęty (nr. ZW-7/24). Dziękujemy.', 'pl')).toEqual(['Zwrot przyjęty (nr. ZW-7/24).', 'Dziękujemy.']);
  });

  it('ends a sentence before a code outside brackets or one that does not close the bracket', () => {
    expect(sentences('I paid the fee. RF-2291 is the receipt.', 'en')).toEqual(['I paid the fee.', 'RF-2291 is the receipt.']);
    expect(sentences('(We lost the box. RF-2291 was inside it.)', 'en')).toEqual(['(We lost the box.', 'RF-2291 was inside it.)']);
  });
});

/**
 * Rules added for the chat exports and forum digests of held-out 15: a sender line of names and a clock time
 * with a single space between them (as Teams exports write it); the line above any header line, which ends
 * its unit even without final punctuation (a thread title over its author line, a message over the next
 * sender); a line opened by a bracketed time stamp, which starts a new message; and a chat log's time stamp
 * and IRC nick, skipped when asking whether the writer capitalises. And one for held-out 14's comment
 * threads: a commenter's name ending in an initial, alone on its block's first line. Each rule has cases
 * where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

describe('segment: a sender line of capitalised names and a clock time after one space', () => {
  it('makes the sender line a unit before a lower-case message, also with an initial', () => {
    expect(sentences('Karin Lund 10:15\nkan någon titta på bygget?\nOla P. 10:17\ntittar nu', 'sv')).toEqual([
      'Karin Lund 10:15',
      'kan någon titta på bygget?',
      'Ola P. 10:17',
      'tittar nu',
    ]);
    expect(sentences('Marek W. 14:02\nktoś wie, czemu testy padają?', 'pl')).toEqual(['Marek W. 14:02', 'ktoś wie, czemu testy padają?']);
    expect(sentences('Sam Ortiz 9:05\nanyone around to review?', 'en')).toEqual(['Sam Ortiz 9:05', 'anyone around to review?']);
  });

  it('lets a lower-case writer\'s sentences end at a plain full stop once the sender line is apart', () => {
    expect(sentences('Ola P. 10:17\nbygget är grönt igen.\nfelet låg i en gammal cache', 'sv')).toEqual([
      'Ola P. 10:17',
      'bygget är grönt igen.',
      'felet låg i en gammal cache',
    ]);
  });

  it('leaves a line that ends with a time but has lower-case words to run on', () => {
    expect(sentences('Pociąg odjeżdża z Gdańska o 10:42\ni zawsze jest pełny.', 'pl')).toEqual(['Pociąg odjeżdża z Gdańska o 10:42\ni zawsze jest pełny.']);
    expect(sentences('Bussen går från Centralen 14.30\noch är framme vid sex.', 'sv')).toEqual(['Bussen går från Centralen 14.30\noch är framme vid sex.']);
  });

  it('needs the whole line to be names: a sentence before the time keeps its own end', () => {
    expect(sentences('Det blev sent. Anna 14:32\nkom hem sist.', 'sv')).toEqual(['Det blev sent.', 'Anna 14:32\nkom hem sist.']);
  });
});

describe('segment: the line above a header line', () => {
  it('ends a thread title without final punctuation before its author line', () => {
    expect(sentences('Best way to descale an espresso machine\nby beanhead · 3h · 4 replies\n"Use citric acid."', 'en')).toEqual([
      'Best way to descale an espresso machine',
      'by beanhead · 3h · 4 replies',
      '"Use citric acid."',
    ]);
    expect(sentences('Zmywarka nie grzeje wody\nautor: kuba_82 · 2 godz. · 5 odpowiedzi', 'pl')).toEqual([
      'Zmywarka nie grzeje wody',
      'autor: kuba_82 · 2 godz. · 5 odpowiedzi',
    ]);
  });

  it('ends a message without final punctuation before the next sender line, also a lower-case nick', () => {
    expect(sentences('Karin Lund 10:15\nkollar loggarna nu\nola_p — idag 10:17\ntack, hittade felet.', 'sv')).toEqual([
      'Karin Lund 10:15',
      'kollar loggarna nu',
      'ola_p — idag 10:17',
      'tack, hittade felet.',
    ]);
  });

  it('leaves a line above an ordinary line to run on', () => {
    expect(sentences('Best way to descale an espresso machine\nwithout vinegar, please.', 'en')).toEqual(['Best way to descale an espresso machine\nwithout vinegar, please.']);
  });

  it('stays linear on many sender lines', () => {
    expectLossless('Karin Lund 10:15\nok\n'.repeat(1000) + 'x'.repeat(5000), 'sv');
  });
});

describe('segment: chat log lines opened by a time stamp in brackets', () => {
  it('starts a new message at a time-stamped line, after a message without final punctuation', () => {
    expect(sentences('[03/04/2024, 18:01] Lina: Ring mig sen om du hinner\n[03/04/2024, 18:05] Omar: absolut 👍', 'sv')).toEqual([
      '[03/04/2024, 18:01] Lina: Ring mig sen om du hinner',
      '[03/04/2024, 18:05] Omar: absolut 👍',
    ]);
  });

  it('also when the log\'s long lines look hard-wrapped', () => {
    const log = [
      '[18:01] <lina> has anyone seen the new release notes for the router firmware?',
      '[18:02] <omar> yes, the changelog is long',
      '[18:03] <lina> the part about the firewall defaults changing worries me a bit',
      '[18:04] <omar> same here',
    ];
    expect(sentences(log.join('\n'), 'en')).toEqual(log);
  });
});

describe('segment: a chat log\'s time stamp and IRC nick say nothing about capitals', () => {
  it('ends a lower-case writer\'s sentence at a plain full stop after the prefix', () => {
    expect(sentences('[22:10] <omar> done. the backup finished without errors\n[22:11] <lina> nice!', 'en')).toEqual([
      '[22:10] <omar> done.',
      'the backup finished without errors',
      '[22:11] <lina> nice!',
    ]);
  });

  it('keeps the writer who capitalises to the ordinary rules', () => {
    expect(sentences('[22:10] <omar> Done. the backup log is in /var/log.\n[22:11] <lina> nice!', 'en')).toEqual([
      '[22:10] <omar> Done. the backup log is in /var/log.',
      '[22:11] <lina> nice!',
    ]);
  });

  it('stays linear on lines with an unclosed nick', () => {
    expectLossless(`[21:06] <${'a'.repeat(40)}\n`.repeat(1000), 'en');
  });
});

describe('segment: a commenter\'s name ending in an initial on its own line', () => {
  it('makes the name line a unit before the comment under it', () => {
    expect(sentences('Maja L.\nSnyggt jobbat!\nGilla · Svara · 2 tim', 'sv')).toEqual(['Maja L.', 'Snyggt jobbat!', 'Gilla · Svara · 2 tim']);
    expect(sentences('Tomasz Nowak P.\nPolecam tego mechanika.', 'pl')).toEqual(['Tomasz Nowak P.', 'Polecam tego mechanika.']);
    expect(sentences('Previous comment.\n\nJames T.\nWe used the same firm, no complaints.', 'en')).toEqual([
      'Previous comment.',
      'James T.',
      'We used the same firm, no complaints.',
    ]);
  });

  it('leaves an initial inside a sentence, or on a line with other words, waiting for the surname', () => {
    expect(sentences('The letter was signed by John F.\nKennedy himself.', 'en')).toEqual(['The letter was signed by John F.\nKennedy himself.']);
    expect(sentences('Vi träffade Anna K. Lind igår.', 'sv')).toEqual(['Vi träffade Anna K. Lind igår.']);
  });
});

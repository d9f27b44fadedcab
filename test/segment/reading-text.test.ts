/**
 * Rules added for the long-form reading text of the tenth held-out set (held-out 10): a scripture reference
 * in brackets after a quotation, "St." as a street after a name, a line of dialogue whose exclamations are
 * still being spoken, and the Polish stop "przyst.". Each rule has cases where it must split and cases
 * where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

describe('segment: a scripture reference in brackets after a quotation', () => {
  it('belongs to the sentence it follows, and the next sentence starts after the bracket', () => {
    expect(sentences('Paulus skriver: ”Kärleken är tålig. Den söker inte sitt eget.” (1 Kor. 13:4) Så enkelt är det.', 'sv')).toEqual([
      'Paulus skriver: ”Kärleken är tålig.',
      'Den söker inte sitt eget.” (1 Kor. 13:4)',
      'Så enkelt är det.',
    ]);
    expect(sentences('The psalm is short: "The Lord is my shepherd." (Ps 23:1) We read it at every funeral.', 'en')).toEqual([
      'The psalm is short: "The Lord is my shepherd." (Ps 23:1)',
      'We read it at every funeral.',
    ]);
    expect(sentences('Czytamy: „Bóg jest miłością.” (1 J 4,8)', 'pl')).toEqual(['Czytamy: „Bóg jest miłością.” (1 J 4,8)']);
  });

  it('keeps the book\'s abbreviation before chapter and verse inside a sentence', () => {
    expect(sentences('Som det står i (Matt. 5:14) ska vi lysa för andra.', 'sv')).toEqual(['Som det står i (Matt. 5:14) ska vi lysa för andra.']);
  });

  it('leaves other brackets after a sentence to the next one', () => {
    expect(sentences('Muzeum zamknięto w marcu. (Remont potrwa do 2026 r.) Zbiory są w magazynie.', 'pl')).toEqual([
      'Muzeum zamknięto w marcu.',
      '(Remont potrwa do 2026 r.)',
      'Zbiory są w magazynie.',
    ]);
    expect(sentences('We left at noon. (Anna 5:30 was too late.) Nobody minded.', 'en')).toEqual([
      'We left at noon.',
      '(Anna 5:30 was too late.)',
      'Nobody minded.',
    ]);
    // a full stop after a reference is its own terminal
    expect(sentences('He quoted it "word for word" (John 3:16). Then he sat down.', 'en')).toEqual([
      'He quoted it "word for word" (John 3:16).',
      'Then he sat down.',
    ]);
  });

  it('keeps the text lossless around the bracket', () => {
    expectLossless('”Ni är världens ljus.”  (Matt. 5:14)\nMen vi glömmer.', 'sv');
  });
});

describe('segment: "St." after a name is a street', () => {
  it('ends the sentence before a capitalised function word', () => {
    expect(sentences('The bakery moved to Elm St. It opens at seven.', 'en')).toEqual(['The bakery moved to Elm St.', 'It opens at seven.']);
    expect(sentences('We parked on 5th St. The museum was closed.', 'en')).toEqual(['We parked on 5th St.', 'The museum was closed.']);
  });

  it('goes on before a saint\'s name, and after a lower-case word', () => {
    expect(sentences('They sailed from St. Petersburg in May.', 'en')).toEqual(['They sailed from St. Petersburg in May.']);
    expect(sentences('The church of St. Mary stands on a hill.', 'en')).toEqual(['The church of St. Mary stands on a hill.']);
    expect(sentences('Hikers love Mount St. Helens in summer.', 'en')).toEqual(['Hikers love Mount St. Helens in summer.']);
    expect(sentences('Vi bodde nära St. Eriks sjukhus.', 'sv')).toEqual(['Vi bodde nära St. Eriks sjukhus.']);
  });
});

describe('segment: exclamations in a line of dialogue still being spoken', () => {
  it('keeps a later exclamation with its lower-case attribution', () => {
    expect(sentences('– Stanna! Stanna! skrek pojken och sprang efter bussen.', 'sv')).toEqual([
      '– Stanna!',
      'Stanna! skrek pojken och sprang efter bussen.',
    ]);
    expect(sentences('Wtedy ktoś zawołał. — Pali się! Ratunku! krzyczała sąsiadka.', 'pl')).toEqual([
      'Wtedy ktoś zawołał.',
      '— Pali się!',
      'Ratunku! krzyczała sąsiadka.',
    ]);
    // Arabic has no case: the verb of saying after the later exclamation keeps it with its attribution
    expect(sentences('— يا أمي! يا أمي! صرخ الولد من النافذة.', 'ar')).toEqual(['— يا أمي!', 'يا أمي! صرخ الولد من النافذة.']);
  });

  it('splits an Arabic exclamation from a new sentence in the same line of dialogue', () => {
    expect(sentences('— يا أمي! يا أمي! الباب مفتوح.', 'ar')).toEqual(['— يا أمي!', 'يا أمي!', 'الباب مفتوح.']);
  });

  it('still splits an informal writer\'s "!" before lower case outside dialogue, or after the turn has ended', () => {
    expect(sentences('Funkar inte! Testade igen! inget händer.', 'sv')).toEqual(['Funkar inte!', 'Testade igen!', 'inget händer.']);
    expect(sentences('– Kom, sa hon. Nu! alla väntar.', 'sv')).toEqual(['– Kom, sa hon.', 'Nu!', 'alla väntar.']);
  });
});

describe('segment: abbreviations of travel guides and sermons', () => {
  it('goes on after Polish "przyst." (przystanek) and "prał." (prałat) before a name', () => {
    expect(sentences('Wysiądź na przyst. Rondo Mogilskie i idź prosto.', 'pl')).toEqual(['Wysiądź na przyst. Rondo Mogilskie i idź prosto.']);
    expect(sentences('Kazanie wygłosił ks. prał. A. Wiśniewski z Tarnowa.', 'pl')).toEqual(['Kazanie wygłosił ks. prał. A. Wiśniewski z Tarnowa.']);
  });

  it('goes on after a book of scripture before its chapter, but only for the capitalised book', () => {
    expect(sentences('Read Ps. 23 aloud. Then sit in silence.', 'en')).toEqual(['Read Ps. 23 aloud.', 'Then sit in silence.']);
    expect(sentences('Vi läser Matt. 6 i kväll. Sedan ber vi.', 'sv')).toEqual(['Vi läser Matt. 6 i kväll.', 'Sedan ber vi.']);
    expect(sentences('Hon kände sig matt. Sedan somnade hon.', 'sv')).toEqual(['Hon kände sig matt.', 'Sedan somnade hon.']);
  });

  it('reads a range of abbreviated days before the hours as its last day', () => {
    expect(sentences('Kasa czynna pon.–pt. 9–17. W soboty nieczynna.', 'pl')).toEqual(['Kasa czynna pon.–pt. 9–17.', 'W soboty nieczynna.']);
    expect(sentences('Open Mon.–Fri. 9 a.m. to 5 p.m. Closed on holidays.', 'en')).toEqual(['Open Mon.–Fri. 9 a.m. to 5 p.m.', 'Closed on holidays.']);
  });

  it('still ends a sentence at a range of days before a capital', () => {
    expect(sentences('Öppet tis.–sön. Måndagar stängt.', 'sv')).toEqual(['Öppet tis.–sön.', 'Måndagar stängt.']);
    expect(sentences('We stayed Mon.–Fri. The weekend was free.', 'en')).toEqual(['We stayed Mon.–Fri.', 'The weekend was free.']);
  });
});

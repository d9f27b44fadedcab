/**
 * Rules added for the formal and technical text of the ninth held-out set (held-out 9): caption and step
 * labels ("Fig. 2. …", "Step 3. …"), abbreviations of academic references ("ff.", "Tab.", "rozdz.", "Sect."),
 * joined capitals before a determiner and a capitalised word ("the U.S. The European …"), a numbered clause
 * opening a new line, an indented command under a line ending in a colon, and version numbers ("v2.1.2")
 * read as numbers. Each rule has cases where it must split and cases where it must not.
 */
import { describe, expect, it } from 'vitest';
import { expectLossless, sentences } from './helpers.js';

describe('segment: captions', () => {
  it('keeps a caption label and its number with the caption', () => {
    expect(sentences('Fig. 2. Percentage change in admissions, by age group.', 'en')).toEqual([
      'Fig. 2. Percentage change in admissions, by age group.',
    ]);
    expect(sentences('Table 3. Baseline characteristics of the cohort (n = 214).', 'en')).toHaveLength(1);
    expect(sentences('Tab. 1. Deltagarnas bakgrundsdata vid baslinjen (n = 214).', 'sv')).toHaveLength(1);
    expect(sentences('Rys. 3. Rozkład stężeń w grupach wiekowych.', 'pl')).toHaveLength(1);
    expect(sentences('الشكل 2. توزيع العينة حسب العمر.', 'ar')).toHaveLength(1);
  });

  it('splits after a figure number that closes a sentence', () => {
    expect(sentences('This is shown in Fig. 2. The next figure shows the rest.', 'en')).toEqual([
      'This is shown in Fig. 2.',
      'The next figure shows the rest.',
    ]);
    expect(sentences('كما يظهر في الشكل 2. ويتضح من ذلك أن العينة صغيرة.', 'ar')).toEqual([
      'كما يظهر في الشكل 2.',
      'ويتضح من ذلك أن العينة صغيرة.',
    ]);
    expect(sentences('Ett exempel. 2. Nästa punkt börjar här.', 'sv')).toEqual(['Ett exempel.', '2. Nästa punkt börjar här.']);
  });
});

describe('segment: steps and labels in capitals', () => {
  it('keeps a step label and its number with the step', () => {
    expect(sentences('Step 1. Open the Settings menu.\nStep 2. Select Network.', 'en')).toEqual([
      'Step 1. Open the Settings menu.',
      'Step 2. Select Network.',
    ]);
    expect(sentences('Krok 2. Wybierz Sieć.', 'pl')).toHaveLength(1);
    expect(sentences('Steg 2. Välj Nätverk.', 'sv')).toHaveLength(1);
    expect(sentences('الخطوة 2. اختر الشبكة.', 'ar')).toHaveLength(1);
  });

  it('reads a provision label written in capitals as the label', () => {
    expect(sentences('SECTION 1. DEFINITIONS.\nIn this Agreement, these terms apply.', 'en')).toEqual([
      'SECTION 1. DEFINITIONS.',
      'In this Agreement, these terms apply.',
    ]);
  });

  it('makes a label alone on its line a unit of its own, as a heading is', () => {
    expect(sentences('Step 1.\nOpen the Settings menu.', 'en')).toEqual(['Step 1.', 'Open the Settings menu.']);
    expect(sentences('Art. 6.\nUstawa wchodzi w życie po upływie 14 dni.', 'pl')).toEqual([
      'Art. 6.',
      'Ustawa wchodzi w życie po upływie 14 dni.',
    ]);
    expect(sentences('Art. 6. Ustawa wchodzi w życie po upływie 14 dni.', 'pl')).toHaveLength(1);
  });

  it('still ends a sentence at a step number that closes it', () => {
    expect(sentences('Now go back to step 2. Then click Save.', 'en')).toEqual(['Now go back to step 2.', 'Then click Save.']);
  });
});

describe('segment: version numbers', () => {
  it('reads a version that opens a line or sentence as a number, not a lower-case word', () => {
    expect(sentences('v2.1.3 (2024-05-01)\n- Improved logging.\nv2.1.2 (2024-04-12)\n- Initial release.', 'en')).toEqual([
      'v2.1.3 (2024-05-01)',
      '- Improved logging.',
      'v2.1.2 (2024-04-12)',
      '- Initial release.',
    ]);
    expect(sentences('The old API was removed. v3.0 replaces it.', 'en')).toEqual(['The old API was removed.', 'v3.0 replaces it.']);
  });

  it('does not treat other lower-case words as numbers', () => {
    expect(sentences('It was approx. very small.', 'en')).toHaveLength(1);
    expect(sentences('Se s. 12 ff. vilket visar det.', 'sv')).toHaveLength(1);
    expect(sentences('The old API was removed. version 3 replaces it.', 'en')).toHaveLength(1);
  });
});

describe('segment: abbreviations of academic references', () => {
  it('goes on after a table or chapter label before its number', () => {
    expect(sentences('The effect was small (Tab. 1). It was larger in older patients.', 'en')).toEqual([
      'The effect was small (Tab. 1).',
      'It was larger in older patients.',
    ]);
    expect(sentences('O czym szerzej w rozdz. 4. Dalej omówiono wyniki.', 'pl')).toEqual([
      'O czym szerzej w rozdz. 4.',
      'Dalej omówiono wyniki.',
    ]);
    expect(sentences('Se avsn. 3 och tab. 2 nedan.', 'sv')).toEqual(['Se avsn. 3 och tab. 2 nedan.']);
    expect(sentences('The model is described in Sect. 3.2 and tested in Sect. 4. Results follow.', 'en')).toEqual([
      'The model is described in Sect. 3.2 and tested in Sect. 4.',
      'Results follow.',
    ]);
    expect(sentences('See Ref. 12 and Suppl. Table 2, as required by para. 4 of Sch. 2.', 'en')).toHaveLength(1);
    expect(sentences('Rozporządzenie 2016/679 (Dz. Urz. UE L 119 z 4.05.2016, s. 1) zwane jest RODO.', 'pl')).toHaveLength(1);
  });

  it('ends a sentence at "Tab." used as the name of a key', () => {
    expect(sentences('In the form, you then press Tab. The cursor moves to the next field.', 'en')).toEqual([
      'In the form, you then press Tab.',
      'The cursor moves to the next field.',
    ]);
  });

  it('ends a sentence at "ff." (and following pages) before a capital, not before lower case', () => {
    expect(sentences('Detta beskrevs redan av Sallis (1999), s. 110 ff. De visade att få höll ut.', 'sv')).toEqual([
      'Detta beskrevs redan av Sallis (1999), s. 110 ff.',
      'De visade att få höll ut.',
    ]);
    expect(sentences('Se Sallis (1999), s. 110 ff. och s. 140.', 'sv')).toEqual(['Se Sallis (1999), s. 110 ff. och s. 140.']);
    expect(sentences('The point is made in Smith (1999), pp. 110 ff. Later work disagrees.', 'en')).toHaveLength(2);
  });
});

describe('segment: joined capitals before a determiner', () => {
  it('splits before a determiner, a capitalised word and lower case', () => {
    expect(sentences('Most of this literature concerns the U.S. The European evidence is thinner.', 'en')).toEqual([
      'Most of this literature concerns the U.S.',
      'The European evidence is thinner.',
    ]);
    expect(sentences('The bill was drafted in the U.K. These Commons votes were close.', 'en')).toHaveLength(2);
  });

  it('does not split before a name, a non-determiner or two capitalised words', () => {
    expect(sentences('It was passed by the U.S. Senate in March.', 'en')).toHaveLength(1);
    expect(sentences('Talks between the U.S. And China resumed.', 'en')).toHaveLength(1);
    expect(sentences('The office moved to the U.S. The New York team stayed.', 'en')).toHaveLength(1);
  });
});

describe('segment: numbered clauses and commands on lines of their own', () => {
  it('starts a numbered clause on a new line after a sentence, even after a short word', () => {
    expect(sentences('Late payments bear interest as permitted by law.\n4.3 If any amount is overdue, Provider may act.', 'en')).toEqual([
      'Late payments bear interest as permitted by law.',
      '4.3 If any amount is overdue, Provider may act.',
    ]);
    expect(sentences('Hyran betalas i förskott enligt lag.\n3.2 Vid försening utgår ränta.', 'sv')).toHaveLength(2);
  });

  it('keeps a hard-wrapped reference that breaks after its label', () => {
    const wrapped =
      'This paragraph is hard-wrapped at a fixed column like an old e-mail, see Sec.\n' +
      '4.3 Results for the figures that were measured in the second round of\n' +
      'tests, which ran for three weeks in the spring of the following year.';
    expect(sentences(wrapped, 'en')).toHaveLength(1);
  });

  it('makes an indented line under a colon a unit of its own, whatever its case', () => {
    expect(sentences('2. Stop the service:\n    sudo systemctl stop tallyd.service\n3. Install it.', 'en')).toEqual([
      '2. Stop the service:',
      'sudo systemctl stop tallyd.service',
      '3. Install it.',
    ]);
    expect(sentences('The service restarts when\n    the timer fires.', 'en')).toHaveLength(1);
    // Unindented, the command is a unit too, by held-out 8's rule for a label line ending in a colon.
    expect(sentences('Run this command:\nsudo systemctl stop tallyd.service', 'en')).toEqual(['Run this command:', 'sudo systemctl stop tallyd.service']);
  });

  it('keeps the text lossless', () => {
    expectLossless('Fig. 2. Change.\n\nIt rose (Tab. 1). See s.\n4.3 If so:\n    run it\n\nthe U.S. The Senate voted.', 'en');
  });
});

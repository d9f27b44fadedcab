import { describe, expect, it } from 'vitest';
import { detectNumberMismatches, detectShiftedNumbers, findDivergences, type SharedWork } from '../../src/diverge/index.js';
import { wordOrderShift } from '../../src/diverge/numbers.js';
import { contextOf, num } from './build-context.js';

describe('detectNumberMismatches', () => {
  it('reports a number whose value is missing on the other side, in both directions', () => {
    const found = detectNumberMismatches(contextOf([{
      source: { text: 'Alliansen består av 54 länder.', anchors: [num('54', 54)] },
      target: { text: 'يتكون التحالف من 45 بلدا.', anchors: [num('45', 45)] },
    }]));
    expect(found.map((d) => [d.side, d.text, d.severity])).toEqual([['source', '54', 'error'], ['target', '45', 'error']]);
  });

  it('compares by value, never by substring: 5 is not in 15', () => {
    const found = detectNumberMismatches(contextOf([{
      source: { text: 'Det tog 5 dagar.', anchors: [num('5', 5)] },
      target: { text: 'استغرق الأمر 15 يوما.', anchors: [num('15', 15)] },
    }]));
    expect(found.map((d) => d.text)).toEqual(['5', '15']);
  });

  it('accepts equal values in different scripts and locales: ٢٠ = 20, 8,5 = ٨٫٥, 50 tys. = 50 000', () => {
    const found = detectNumberMismatches(contextOf([
      { source: { text: 'Det kom 20 deltagare.', anchors: [num('20', 20)] }, target: { text: 'حضر ٢٠ مشاركا.', anchors: [num('٢٠', 20)] } },
      { source: { text: 'Tillväxten var 8,5 procent.', anchors: [num('8,5', 8.5)] }, target: { text: 'بلغ النمو ٨٫٥ في المئة.', anchors: [num('٨٫٥', 8.5)] } },
      { source: { text: 'Co roku dodawane jest 50 tys. nowych zdjęć.', anchors: [num('50 tys.', 50000)] },
        target: { text: 'Varje år läggs 50 000 nya bilder ut.', anchors: [num('50 000', 50000)] } },
    ]));
    expect(found).toEqual([]);
  });

  it('accepts "50 000" against "50 ألف" (a scale word) as read by the anchors stage', () => {
    const found = detectNumberMismatches(contextOf([{
      source: { text: 'Varje år läggs 50 000 nya bilder ut.', anchors: [num('50 000', 50000)] },
      target: { text: 'تضاف كل عام 50 ألف صورة جديدة.', anchors: [num('50 ألف', 50000)] },
    }]));
    expect(found).toEqual([]);
  });

  it('accepts a number written as a word on the other side ("en miljon" / "milion" / "مليون")', () => {
    const arabic = detectNumberMismatches(contextOf([
      { source: { text: 'Över 1 000 000 bilder finns på nätet.', anchors: [num('1 000 000', 1e6)] }, target: 'توجد أكثر من مليون صورة على الإنترنت.' },
    ], { source: 'sv', target: 'ar' }));
    expect(arabic).toEqual([]);
    const swedish = detectNumberMismatches(contextOf([
      { source: { text: 'Na świecie krąży 1 000 000 zdjęć.', anchors: [num('1 000 000', 1e6)] }, target: 'Mer än en miljon bilder finns på nätet.' },
    ], { source: 'pl', target: 'sv' }));
    expect(swedish).toEqual([]);
    const polish = detectNumberMismatches(contextOf([
      { source: { text: 'Mer än 1 000 000 bilder finns på nätet.', anchors: [num('1 000 000', 1e6)] }, target: 'W internecie krąży ponad milion zdjęć.' },
    ], { source: 'sv', target: 'pl' }));
    expect(polish).toEqual([]);
  });

  it('still reports a number word of another value ("två miljoner" is not 1 000 000)', () => {
    const found = detectNumberMismatches(contextOf([
      { source: { text: 'Över 1 000 000 bilder finns på nätet.', anchors: [num('1 000 000', 1e6)] }, target: 'Over two million images are online.' },
    ], { source: 'sv', target: 'en' }));
    expect(found.map((d) => d.text)).toEqual(['1 000 000']);
  });

  it('matches repeated values one for one: two 5s need two 5s', () => {
    const found = detectNumberMismatches(contextOf([{
      source: { text: 'Klockan 5 kom 5 personer.', anchors: [num('5', 5, 0), num('5', 5, 1)] },
      target: { text: 'At 5 o\'clock people came.', anchors: [num('5', 5)] },
    }], { source: 'sv', target: 'en' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ side: 'source', severity: 'warning' });
  });

  it('does not look inside one-sided beads (the unaligned detector speaks for them)', () => {
    expect(detectNumberMismatches(contextOf([{ source: { text: 'Det var 48 länder.', anchors: [num('48', 48)] } }]))).toEqual([]);
  });
});

describe('detectShiftedNumbers', () => {
  it('reports a number that moved to the neighbouring sentence on the other side', () => {
    const found = detectShiftedNumbers(contextOf([
      { source: { text: 'Mötet samlade 48 länder.', anchors: [num('48', 48)] }, target: 'جمع الاجتماع بلدانا كثيرة.' },
      { source: 'De enades om en plan.', target: { text: 'واتفق 48 بلدا على خطة.', anchors: [num('48', 48)] } },
    ]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'number-shifted', side: 'target', bead: 1, text: '48', category: 'moved-sentence' });
    expect(detectNumberMismatches(contextOf([
      { source: { text: 'Mötet samlade 48 länder.', anchors: [num('48', 48)] }, target: 'جمع الاجتماع بلدانا كثيرة.' },
      { source: 'De enades om en plan.', target: { text: 'واتفق 48 بلدا على خطة.', anchors: [num('48', 48)] } },
    ]))).toEqual([]);
  });

  it('reports "48 länder" that became "بلدان 48" (countries 48) and "de 28 medlemsländerna" → "الأعضاء في 28 ،"', () => {
    const found = detectShiftedNumbers(contextOf([{
      source: { text: 'Från 48 länder består alliansen nu av 54 länder: de 28 medlemsländerna, Albanien och USA.',
        anchors: [num('48', 48), num('54', 54), num('28', 28)] },
      target: { text: 'من بلدان 48 في البداية ، يتكون التحالف حاليًا من بلدان 54: الدول الأعضاء في 28 ، ألبانيا والولايات المتحدة.',
        anchors: [num('48', 48), num('54', 54), num('28', 28)] },
    }]));
    expect(found.map((d) => [d.text, d.category])).toEqual([['48', 'word-order'], ['54', 'word-order'], ['28', 'word-order']]);
  });

  it('accepts the number before its noun in Arabic ("48 بلدًا", "من 54 دولة")', () => {
    const found = detectShiftedNumbers(contextOf([{
      source: { text: 'Från 48 länder består alliansen nu av 54 länder.', anchors: [num('48', 48), num('54', 54)] },
      target: { text: 'من 48 بلدًا في البداية، يتكون التحالف الآن من 54 دولة.', anchors: [num('48', 48), num('54', 54)] },
    }]));
    expect(found).toEqual([]);
  });

  it('leaves years and dates alone, even when they move inside the sentence ("sedan 2012", "30 september" → "September 30")', () => {
    const found = detectShiftedNumbers(contextOf([
      { source: { text: 'Alliansen har funnits sedan 2012 och växer.', anchors: [num('2012', 2012)] },
        target: { text: 'التحالف قائم منذ عام 2012.', anchors: [num('2012', 2012)] } },
      { source: { text: 'Mötet hölls den 30 september i Washington.', anchors: [num('30', 30)] },
        target: { text: 'The meeting was held in Washington on September 30.', anchors: [num('30', 30)] } },
      { source: { text: 'I 2012 års rapport fanns 12 förslag.', anchors: [num('2012', 2012), num('12', 12, 1)] },
        target: { text: 'وتضمن تقرير 2012 مقترحات 12.', anchors: [num('2012', 2012), num('12', 12, 1)] } },
    ]));
    expect(found.map((d) => d.text)).toEqual(['12']);
  });

  it('leaves a number that already followed its noun in the source ("artikel 5 i" → "Article 5 of")', () => {
    const found = detectShiftedNumbers(contextOf([{
      source: { text: 'Enligt artikel 5 i fördraget gäller detta.', anchors: [num('5', 5)] },
      target: { text: 'According to Article 5 of the Treaty this applies.', anchors: [num('5', 5)] },
    }], { source: 'sv', target: 'en' }));
    expect(found).toEqual([]);
  });

  it('leaves percentages and units alone ("med 50 procent" → "بنسبة 50 في المئة")', () => {
    const found = detectShiftedNumbers(contextOf([{
      source: { text: 'Antalet ökade med 50 procent.', anchors: [num('50', 50)] },
      target: { text: 'ارتفع العدد بنسبة 50 في المئة.', anchors: [num('50', 50)] },
    }]));
    expect(found).toEqual([]);
  });
});

describe('wordOrderShift', () => {
  it('needs the target\'s function-word list to see that "في" no longer is the counted noun; without one it stays silent', () => {
    const context = contextOf([{
      source: { text: 'Från 48 länder.', anchors: [num('48', 48)] },
      target: { text: 'من بلدان 48 في البداية.', anchors: [num('48', 48)] },
    }], { source: 'sv', target: 'xx' });
    const anchorS = context.sourceAnchors[0]![0]!;
    const anchorT = context.targetAnchors[0]![0]!;
    const s = { anchor: anchorS, segment: context.source.segments[0]!, value: 48, bead: 0 };
    const t = { anchor: anchorT, segment: context.target.segments[0]!, value: 48, bead: 0 };
    expect(wordOrderShift(s, 'sv', t, 'xx')).toBeUndefined();
    expect(wordOrderShift(s, 'sv', t, 'ar')).toEqual({ source: '48 länder', target: 'بلدان 48' });
  });
});

describe('the number detectors in one findDivergences call', () => {
  const context = contextOf([
    { source: { text: 'Mötet samlade 48 länder och 7 byråer.', anchors: [num('48', 48), num('7', 7)] }, target: 'جمع الاجتماع بلدانا كثيرة.' },
    { source: 'De enades om en plan.', target: { text: 'واتفق 48 بلدا على خطة 9.', anchors: [num('48', 48), num('9', 9)] } },
  ]);

  it('share one analysis of the numbers, and find what each finds alone', () => {
    const shared: SharedWork = {};
    const mismatches = detectNumberMismatches(context, shared);
    expect(shared.numberAnalysis?.mismatched).toHaveLength(2);
    expect(shared.numberAnalysis?.moved).toHaveLength(1);
    const analysis = shared.numberAnalysis;
    const shifted = detectShiftedNumbers(context, shared);
    expect(shared.numberAnalysis).toBe(analysis);
    expect(mismatches).toEqual(detectNumberMismatches(context));
    expect(shifted).toEqual(detectShiftedNumbers(context));
    expect(findDivergences(context, { kinds: ['number-mismatch', 'number-shifted'] }).map((d) => [d.kind, d.side, d.text]))
      .toEqual([['number-mismatch', 'source', '7'], ['number-shifted', 'target', '48'], ['number-mismatch', 'target', '9']]);
  });
});

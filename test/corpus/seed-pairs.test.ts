/**
 * The seed pairs end to end: what issues 2 and 3 say a user must see on them. Sentences are named by a
 * fragment of their text (not by index), so the expectations survive changes to the segmenter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type DivergenceKind } from '../../src/index.js';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');

/** The index of the one segment on `side` that contains `fragment`. */
function segmentWith(result: Comparison, side: 'source' | 'target', fragment: string): number {
  const found = result[side].segments.filter((segment) => segment.text.includes(fragment));
  expect(found.map((segment) => segment.text), `one ${side} segment containing "${fragment}"`).toHaveLength(1);
  return found[0]!.index;
}

function beadOf(result: Comparison, side: 'source' | 'target', fragment: string) {
  const index = segmentWith(result, side, fragment);
  return result.beads.find((bead) => bead[side].includes(index))!;
}

function expectPaired(result: Comparison, sourceFragment: string, targetFragment: string): void {
  const bead = beadOf(result, 'source', sourceFragment);
  const target = segmentWith(result, 'target', targetFragment);
  expect(bead.target, `"${sourceFragment}" paired with "${targetFragment}"`).toContain(target);
}

function expectOneSided(result: Comparison, side: 'source' | 'target', fragment: string): void {
  const bead = beadOf(result, side, fragment);
  expect(bead[side === 'source' ? 'target' : 'source'], `"${fragment}" alone`).toEqual([]);
}

function findingsOf(result: Comparison, kind: DivergenceKind, side: 'source' | 'target'): string[] {
  return result.divergences.filter((d) => d.kind === kind && d.side === side).map((d) => d.text);
}

describe('compare on the Swedish/Arabic seed pair (EU Reporter, machine-translated editions)', () => {
  const sv = corpus('eureporter-global-alliance.sv.txt');
  const ar = corpus('eureporter-global-alliance.ar.txt');
  const result = compare(sv, ar, { sourceLanguage: 'sv', targetLanguage: 'ar' });

  it('puts every segment of both sides in exactly one bead, in order', () => {
    for (const side of ['source', 'target'] as const) {
      expect(result.beads.flatMap((b) => b[side])).toEqual(result[side].segments.map((s) => s.index));
    }
  });

  it('gives segments whose offsets point back into the original text', () => {
    for (const s of result.source.segments) expect(sv.slice(s.start, s.end)).toBe(s.text);
    for (const s of result.target.segments) expect(ar.slice(s.start, s.end)).toBe(s.text);
  });

  it('detects the languages when they are not given', () => {
    const detected = compare(sv, ar);
    expect([detected.source.language, detected.target.language]).toEqual(['sv', 'ar']);
    expect(detected.source.languageSource).toBe('detected');
  });

  it.each([
    ['Andra ministerkonferensen för Global Alliance', 'المؤتمر الوزاري الثاني من التحالف العالمي'],
    ['har varit igång sedan 2012', 'تم تشغيله منذ 2012'],
    ['På inbjudan av inrikeskommissionär Cecilia Malmström', 'بدعوة من مفوضة الشؤون الداخلية'],
    ['Ministrar och representanter från deltagande länder', 'سيقوم وزراء وممثلون من الدول المشاركة'],
    ['Utmaningar utvecklas hela tiden', 'التحديات تتطور باستمرار'],
    ['Sexuella övergrepp mot barn på nätet är ett brott', 'الاعتداء الجنسي على الأطفال هو جريمة'],
    ['Det är därför internationellt samarbete är avgörande', 'وهذا هو السبب في أن التعاون الدولي'],
    ['Gjorda framsteg och framtida potentiella åtgärder', 'سيتم مناقشة التقدم المحرز'],
    ['Vid konferensen kommer kommissionen också', 'في المؤتمر ، ستقوم المفوضية'],
    ['Bakgrund', 'خلفيّة'],
    ['Den 5 december 2012 lanserade', 'في 5 December 2012'],
    ['Från 48 länder till en början', 'من بلدان 48 في البداية'],
    ['Länderna i alliansen förbinder sig', 'تلتزم بلدان التحالف'],
    ['Öka insatserna för att identifiera offer', 'تعزيز الجهود المبذولة لتحديد الضحايا'],
    ['öka ansträngningarna för att utreda fall', 'تعزيز الجهود للتحقيق في حالات'],
    ['öka barns medvetenhet om online-risker', 'زيادة وعي الأطفال بالمخاطر'],
    ['minska tillgängligheten av barnpornografi', 'الحد من توافر المواد الإباحية'],
    ['Mer information', 'المزيد من المعلومات'],
    ['Cecilia Malmström webbplats', 'سيسيليا مالمستروم في موقع الكتروني'],
    ['Följ kommissarie Malmström vidare Twitter', 'اتبع المفوض مالمستروم على تويتر'],
    ['GD Inrikes frågor webbplats', 'الشؤون الداخلية DG موقع الكتروني'],
    ['Följ GD Inrikes frågor på Twitter', 'اتبع DG الشؤون الداخلية ل تويتر'],
  ])('pairs "%s" with its translation', (swedish, arabic) => expectPaired(result, swedish, arabic));

  it.each([
    ['source', 'Anslut dig till vårt nätverk!'],
    ['source', 'DELA MED SIG:'],
    ['source', 'Vi använder din registrering'],
    ['source', 'Annons'],
    ['source', 'Dela den här artikeln:'],
    ['source', 'EU Reporter publicerar artiklar'],
    ['source', 'Trend'],
    ['target', 'تعليقات الفيسبوك'],
    ['target', 'العلامات:'],
    ['target', 'اختر الفئة:'],
    ['target', 'اترك تعليق'],
    ['target', 'لن يتم نشر عنوان بريدك الإلكتروني'],
  ] as const)('keeps the page chrome on the %s side one-sided: "%s"', (side, fragment) => expectOneSided(result, side, fragment));

  it('flags the machine-translation debris: "Smakämnen", and "girl_16" on both sides', () => {
    expect(findingsOf(result, 'artifact', 'source')).toEqual(expect.arrayContaining(['Smakämnen', 'girl_16']));
    expect(findingsOf(result, 'artifact', 'target')).toContain('girl_16');
  });

  it('flags "September" and "December" left in English in the Arabic text', () => {
    expect(findingsOf(result, 'untranslated', 'target')).toEqual(expect.arrayContaining(['September', 'December']));
  });

  it('flags "48" and "54" shifted behind the noun they count in the Arabic text', () => {
    expect(findingsOf(result, 'number-shifted', 'target')).toEqual(expect.arrayContaining(['48', '54']));
  });

  it('reports the cookie notice, "Annons" and the Arabic comment form as one-sided page chrome', () => {
    const chrome = result.divergences.filter((d) => d.kind === 'unaligned-segment' && d.category === 'page-chrome');
    const texts = chrome.map((d) => d.text).join('\n');
    for (const fragment of ['Vi använder din registrering', 'Annons', 'اترك تعليق']) expect(texts).toContain(fragment);
    expect(chrome.every((d) => d.severity === 'info')).toBe(true);
  });

  it('raises no number mismatch: every number of the article is on both sides', () => {
    expect(result.divergences.filter((d) => d.kind === 'number-mismatch')).toEqual([]);
  });
});

describe('compare on the Polish/Swedish comparable pair (press note and blog post, not translations)', () => {
  const pl = corpus('ec-press-note-global-alliance.pl.txt');
  const sv = corpus('malmstrom-blog-global-alliance.sv.txt');
  const result = compare(pl, sv, { sourceLanguage: 'pl', targetLanguage: 'sv' });

  it.each([
    ['krąży obecnie ponad milion zdjęć', 'Mer än en miljon bilder'],
    ['(UNODC) co roku dodawane jest 50 tys.', '(UNODC) läggs 50 000 nya'],
    ['zwiększenia wysiłków na rzecz identyfikowania ofiar', 'Intensifierade ansträngningar för att identifiera offren'],
    ['zintensyfikowania wysiłków na rzecz śledzenia', 'Intensifierade ansträngningar att utreda'],
    ['podniesienia świadomości dzieci', 'Att öka barnens medvetenhet'],
    ['zmniejszenia dostępności materiałów', 'Minska tillgången på barnpornografiskt material'],
    ['Każde państwo wybierze następnie odpowiednie działania', 'Tanken är att länderna därefter ska välja lämpliga åtgärder'],
  ])('pairs the sentences that say the same thing: "%s"', (polish, swedish) => expectPaired(result, polish, swedish));

  it.each([
    ['source', 'Ochrona dzieci w sieci'],
    ['source', 'Żadne z państw nie jest w stanie'],
    ['target', 'Vissa dagar'],
    ['target', 'Europol bistår regelbundet'],
    ['target', '*Alla länder här'],
    ['target', 'Annonser'],
  ] as const)('leaves what only one text says one-sided (%s): "%s"', (side, fragment) => expectOneSided(result, side, fragment));

  it('does not call "50 tys." and "50 000" a number mismatch', () => {
    const numbers = result.divergences.filter((d) => d.kind === 'number-mismatch').map((d) => d.text);
    expect(numbers).not.toContain('50 tys.');
    expect(numbers).not.toContain('50 000');
  });
});

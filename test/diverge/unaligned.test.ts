import { describe, expect, it } from 'vitest';
import { chromeReason, detectUnalignedSegments } from '../../src/diverge/index.js';
import { contextOf } from './build-context.js';

describe('chromeReason', () => {
  it('recognises Swedish, Arabic, Polish and English chrome from the per-language tables', () => {
    expect(chromeReason('Annons', 'sv')).toBe('pattern');
    expect(chromeReason('Du kan när som helst avsluta prenumerationen.', 'sv')).toBe('pattern');
    expect(chromeReason('Vi använder cookies för att förbättra din upplevelse på webbplatsen.', 'sv')).toBe('pattern');
    expect(chromeReason('اترك تعليق', 'ar')).toBe('pattern');
    expect(chromeReason('لن يتم نشر عنوان بريدك الإلكتروني.', 'ar')).toBe('pattern');
    expect(chromeReason('Zostaw komentarz', 'pl')).toBe('pattern');
    expect(chromeReason('Your email address will not be published.', 'en')).toBe('pattern');
  });

  it('checks English chrome on pages in other languages, where themes leave it untranslated', () => {
    expect(chromeReason('Leave a reply and tell us what you think about this story.', 'sv')).toBe('pattern');
  });

  it('recognises chrome by shape in any language: labels, colon labels, separator lines', () => {
    expect(chromeReason('Ключевые слова:', 'xx')).toBe('ends-with-colon');
    expect(chromeReason('Теги: , , , , , , , ,', 'xx')).toBe('list-of-separators');
    expect(chromeReason('Главные новости', 'xx')).toBe('label');
  });

  it('does not take body sentences for chrome', () => {
    expect(chromeReason('Konkreta mål har satts upp och ytterligare länder har gått samman.', 'sv')).toBeUndefined();
    expect(chromeReason('تمثل القوانين والسياسات المختلفة عبر الولايات القضائية تحديا لإنفاذ القانون.', 'ar')).toBeUndefined();
    expect(chromeReason('Ministrowie spotkali się w Brukseli.', 'pl')).toBeUndefined();
  });

  it('does not call a long sentence chrome because it mentions a chrome word', () => {
    const long = 'Regeringen vill att alla webbplatser som använder cookies ska fråga besökarna först, och myndigheten '
      + 'ska under de kommande tre åren granska hur företagen följer de nya reglerna om samtycke, lagring och '
      + 'spårning, rapportera resultaten till riksdagen varje år och föreslå sanktioner för dem som bryter mot reglerna.';
    expect(chromeReason(long, 'sv')).toBeUndefined();
  });
});

describe('detectUnalignedSegments', () => {
  it('calls every sentence of a one-sided paragraph chrome when one of them matches a chrome pattern', () => {
    const context = contextOf([
      { source: 'Mötet hölls i Bryssel.', target: 'عقد الاجتماع في بروكسل.' },
      { source: ['Tidningen publicerar texter från många olika källor.', 'Du kan när som helst avsluta prenumerationen.'] },
      { source: 'Ministrarna enades om en ny plan.' },
    ]);
    const sameParagraph = () => { context.source.segments[2]!.block = context.source.segments[1]!.block; };
    expect(detectUnalignedSegments(context).map((d) => [d.text.slice(0, 10), d.category])).toEqual([
      ['Tidningen ', 'omission'], ['Du kan när', 'page-chrome'], ['Ministrarn', 'omission'],
    ]);
    sameParagraph();
    expect(detectUnalignedSegments(context).map((d) => [d.text.slice(0, 10), d.category, d.severity])).toEqual([
      ['Tidningen ', 'page-chrome', 'info'], ['Du kan när', 'page-chrome', 'info'], ['Ministrarn', 'omission', 'error'],
    ]);
  });

  it('reports one-sided page chrome as info with category page-chrome', () => {
    const found = detectUnalignedSegments(contextOf([
      { source: 'Annons' },
      { source: 'Mötet hölls i Bryssel.', target: 'عقد الاجتماع في بروكسل.' },
      { target: 'اترك تعليق' },
    ]));
    expect(found.map((d) => [d.side, d.severity, d.category, d.text])).toEqual([
      ['source', 'info', 'page-chrome', 'Annons'],
      ['target', 'info', 'page-chrome', 'اترك تعليق'],
    ]);
  });

  it('reports a dropped body sentence as an omission error on the source side', () => {
    const [found] = detectUnalignedSegments(contextOf([
      { source: 'Mötet hölls i Bryssel.', target: 'عقد الاجتماع في بروكسل.' },
      { source: 'Ministrarna enades om en gemensam handlingsplan för de kommande två åren.' },
    ]));
    expect(found).toMatchObject({ kind: 'unaligned-segment', severity: 'error', side: 'source', category: 'omission', bead: 1, segment: 1 });
  });

  it('reports an added target sentence as an addition error', () => {
    const [found] = detectUnalignedSegments(contextOf([
      { target: 'وأضاف الوزير أن الحكومة ستنشر تقريرا مفصلا في الشهر المقبل.' },
    ]));
    expect(found).toMatchObject({ severity: 'error', side: 'target', category: 'addition' });
  });

  it('gives offsets that point back into the original text', () => {
    const context = contextOf([{ source: 'Hej.', target: 'مرحبا.' }, { source: 'Ministrarna enades om en plan för två år.' }]);
    const [found] = detectUnalignedSegments(context);
    expect(context.sourceText!.slice(found!.start, found!.end)).toBe(found!.text);
  });

  it('says nothing about two-sided beads', () => {
    expect(detectUnalignedSegments(contextOf([{ source: 'Annons', target: 'إعلان' }]))).toEqual([]);
  });
});

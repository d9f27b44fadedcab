import { describe, expect, it } from 'vitest';
import { detectFormatMismatches } from '../../src/diverge/index.js';
import { contextOf } from './build-context.js';

const formatFindings = (source: string, target: string, languages = { source: 'sv', target: 'ar' }) =>
  detectFormatMismatches(contextOf([{ source, target }], languages)).map((d) => [d.side, d.category, d.text]);

describe('detectFormatMismatches', () => {
  it('accepts ? ↔ ؟ and ”…” ↔ «…»', () => {
    expect(formatFindings('Vad händer nu?', 'ماذا يحدث الآن؟')).toEqual([]);
    expect(formatFindings('”Hotet ökar”, sa hon.', '«التهديد يتزايد»، قالت.')).toEqual([]);
  });

  it('reports a question that became a statement', () => {
    expect(formatFindings('Vad händer nu?', 'ماذا يحدث الآن.')).toEqual([['source', 'question', '?']]);
  });

  it('reports a bracketed part present on one side only', () => {
    expect(formatFindings('Mötet hölls i Washington (30 september).', 'عقد الاجتماع في واشنطن.')).toEqual([['source', 'bracket', '(']]);
    expect(formatFindings('Mötet hölls i Washington (30 september).', 'عقد الاجتماع في واشنطن (30 سبتمبر).')).toEqual([]);
  });

  it('reports quotation marks on one side only, but accepts a dialogue dash as quoting', () => {
    expect(formatFindings('"Vi måste agera", sa hon.', 'We must act, she said.', { source: 'sv', target: 'en' })).toEqual([['source', 'quote', '"']]);
    expect(formatFindings('– Naszym obowiązkiem jest ochrona dzieci – mówi komisarz.', '”Vår plikt är att skydda barn”, säger kommissionären.', { source: 'pl', target: 'sv' })).toEqual([]);
  });

  it('reports a bullet on one side only, looking at the line before the segment too', () => {
    expect(formatFindings('• Öka insatserna för offren.', 'زيادة الجهود من أجل الضحايا.')).toEqual([['source', 'bullet', '•']]);
    expect(formatFindings('• Öka insatserna för offren.', '• زيادة الجهود من أجل الضحايا.')).toEqual([]);
    expect(formatFindings('• Öka insatserna för offren.', '– zwiększenia wysiłków na rzecz ofiar.', { source: 'sv', target: 'pl' })).toEqual([]);
  });

  it('takes the list marker from the last token before the segment on its line, not from a line above', () => {
    const withBefore = (before: string) => {
      const context = contextOf([{ source: 'Öka insatserna för offren.', target: 'زيادة الجهود من أجل الضحايا.' }]);
      const segment = context.source.segments[0]!;
      context.source.segments[0] = { ...segment, start: segment.start + before.length, end: segment.end + before.length };
      context.sourceText = before + context.sourceText!;
      return detectFormatMismatches(context).map((d) => [d.category, d.start, d.text]);
    };
    expect(withBefore('•  ')).toEqual([['bullet', 0, '•']]);
    expect(withBefore('Punkt ett: •\t')).toEqual([['bullet', 11, '•']]);
    expect(withBefore('•\n')).toEqual([]);
    expect(withBefore('Inledning: ')).toEqual([]);
    expect(withBefore('   ')).toEqual([]);
  });
});

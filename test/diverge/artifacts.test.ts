import { describe, expect, it } from 'vitest';
import { detectArtifacts } from '../../src/diverge/index.js';
import { contextOf } from './build-context.js';

const artifactsIn = (source: string, target = 'نص.') =>
  detectArtifacts(contextOf([{ source, target }])).filter((d) => d.side === 'source').map((d) => [d.text, d.category]);
const arabicArtifactsIn = (target: string) =>
  detectArtifacts(contextOf([{ source: 'Text.', target }])).filter((d) => d.side === 'target').map((d) => [d.text, d.category]);

describe('detectArtifacts', () => {
  it('reports a glitch word from the language table and an image file name glued to it', () => {
    expect(artifactsIn('girl_16Smakämnen Global allians har varit igång sedan 2012.')).toEqual([
      ['girl_16', 'image-file-name'], ['Smakämnen', 'glitch-word'],
    ]);
  });

  it('reports a file name glued to Arabic text and the detached article after it', () => {
    expect(arabicArtifactsIn('girl_16الـ التحالف العالمي تم تشغيله منذ 2012.')).toEqual([
      ['girl_16', 'image-file-name'], ['الـ', 'detached-article'],
    ]);
  });

  it('accepts the article with tatweel attached to a number ("الـ28")', () => {
    expect(arabicArtifactsIn('الدول الأعضاء الـ28 في الاتحاد.')).toEqual([]);
  });

  it('reports words glued by punctuation without a space ("verklighet,sa", "،قال")', () => {
    expect(artifactsIn('Våra löften måste bli verklighet,sa Malmström.')).toEqual([['verklighet,sa', 'glued-words']]);
    expect(arabicArtifactsIn('يجب أن تصبح وعودنا حقيقة واقعة ،قال مالمستروم.')).toEqual([['،قال', 'glued-words']]);
  });

  it('reports an Arabic reporting verb glued to the previous word, but not real words ending the same way', () => {
    expect(arabicArtifactsIn('لكل واحد من هؤلاء الناجينقال هولدر.')).toEqual([['الناجينقال', 'glued-words']]);
    expect(arabicArtifactsIn('تم الاعتقال والانتقال إلى المقال، قال هولدر.')).toEqual([]);
  });

  it('reports a word-final ة inside a word and two scripts glued together', () => {
    expect(arabicArtifactsIn('يجب أن تصبح حقيقةواقعة.')).toEqual([['حقيقةواقعة', 'glued-words']]);
    expect(arabicArtifactsIn('اتبع DGالشؤون الداخلية.')).toEqual([['DGالشؤون', 'glued-words']]);
  });

  it('accepts the Swedish genitive after acronyms, decimals, URLs and e-mail addresses', () => {
    expect(artifactsIn('USA:s justitieminister och EU:s kommissionär talade om 8,5 procent på https://ec.europa.eu/home,affairs och info@ec.eu.')).toEqual([]);
  });

  it('reports two sentences glued by a full stop without a space', () => {
    expect(artifactsIn('Kampen är inte avslutad.Vid konferensen talade ministern.')).toEqual([['avslutad.Vid', 'glued-words']]);
  });

  it('reports mojibake and leftover HTML in any language', () => {
    expect(artifactsIn('Det Ã¤r klart&nbsp;nu.')).toEqual([['Ã¤', 'extraction-debris'], ['&nbsp;', 'extraction-debris']]);
  });

  it('says nothing about clean text', () => {
    expect(artifactsIn('På inbjudan av kommissionär Cecilia Malmström träffades beslutsfattare i Washington (30 september).')).toEqual([]);
    expect(arabicArtifactsIn('بدعوة من المفوضة سيسيليا مالمستروم، التقى صناع القرار في واشنطن.')).toEqual([]);
  });
});

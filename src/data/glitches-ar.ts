/**
 * Arabic machine-translation and extraction glitches. `gluedWords` are words that MT output often glues to
 * the end of the previous word ("الناجينقال" = "الناجين" + "قال"); `notGlued` lists real words that end in
 * the same letters and must not be split ("اعتقال" arrest, "انتقال" transition, "مقال" article).
 */
import type { GlitchWord } from './glitches.js';

export const GLITCH_WORDS_AR: readonly GlitchWord[] = [];

/** Reporting verbs that MT glues to the previous word when a quotation ends. */
export const GLUED_VERBS_AR: readonly string[] = ['قال', 'قالت', 'أضاف', 'أضافت', 'أكد', 'أكدت', 'صرح'];

/** Real words ending in one of the verbs above. */
export const NOT_GLUED_AR: readonly string[] = [
  'اعتقال', 'انتقال', 'استقال', 'استقالت', 'برتقال', 'أثقال', 'اثقال', 'مثقال', 'مقال', 'ثقال', 'تقال',
  'مضاف', 'استضاف', 'تأكد', 'مؤكد', 'مسرح', 'تصرح',
];

/**
 * Arabic number words, scale words and month names. Written as Arabic is usually written (with hamza
 * seats); lookups fold hamza forms, alef maqsura and diacritics (see `normalizeArabic` in src/anchors/),
 * and strip the clitics و ف ب ل ك and the article ال, so "الأربعة" (the four) and "وعشرون" are found.
 * Dual forms ("ألفين" 2000, "مليونين" 2 000 000) are plain words with their value.
 */
import type { NumberWordTable } from './numbers-types.js';

export const NUMBERS_AR: NumberWordTable = {
  words: {
    صفر: 0, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4,
    خمسة: 5, خمس: 5, ستة: 6, سبعة: 7, سبع: 7, ثمانية: 8, ثماني: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10,
    عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50, خمسين: 50,
    ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
    مائة: 100, مئة: 100, مائتان: 200, مئتان: 200, مائتين: 200, مئتين: 200,
    ألفان: 2000, ألفين: 2000, مليونان: 2e6, مليونين: 2e6,
  },
  scales: { ألف: 1e3, آلاف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9, بليون: 1e9 },
  ambiguousOne: ['واحد', 'واحدة'],
  months: {
    يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يونية: 6, يوليو: 7, يولية: 7,
    أغسطس: 8, سبتمبر: 9, أكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
    شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9,
  },
  percentWords: ['بالمائة', 'بالمئة', 'في المائة', 'في المئة'],
};

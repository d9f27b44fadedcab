/** German number words, scale words and month names for `readNumbers` (a small table; extend freely). */
import type { NumberWordTable } from './numbers-types.js';

export const NUMBERS_DE: NumberWordTable = {
  words: {
    null: 0, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70,
    achtzig: 80, neunzig: 90, hundert: 100,
  },
  scales: { tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9 },
  abbreviatedScales: ['mio', 'mrd'],
  ambiguousOne: ['ein', 'eine', 'eins', 'einen', 'einem', 'einer'],
  joiners: ['und'],
  compounds: true,
  months: {
    januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9,
    oktober: 10, november: 11, dezember: 12,
  },
  percentWords: ['prozent'],
};

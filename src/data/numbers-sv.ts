/** Swedish number words, scale words and month names for `readNumbers`. */
import type { NumberWordTable } from './numbers-types.js';

export const NUMBERS_SV: NumberWordTable = {
  words: {
    noll: 0, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
    elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19,
    tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90,
    hundra: 100,
  },
  scales: {
    tusen: 1e3, miljon: 1e6, miljoner: 1e6, miljonerna: 1e6, mn: 1e6, milj: 1e6, miljard: 1e9, miljarder: 1e9,
    mdr: 1e9, md: 1e9, biljon: 1e12, biljoner: 1e12,
  },
  abbreviatedScales: ['milj', 'mdr', 'md', 'mn'],
  ambiguousOne: ['en', 'ett'],
  joiners: ['och'],
  compounds: true,
  months: {
    januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9,
    oktober: 10, november: 11, december: 12,
  },
  percentWords: ['procent'],
};

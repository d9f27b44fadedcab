/**
 * Polish number words (nominative and the common oblique forms: "dwóch", "trzech", "pięciu"), scale words
 * with their abbreviations ("tys.", "mln", "mld") and month names (nominative and the genitive of dates).
 */
import type { NumberWordTable } from './numbers-types.js';

export const NUMBERS_PL: NumberWordTable = {
  words: {
    zero: 0, dwa: 2, dwie: 2, dwóch: 2, dwoma: 2, dwu: 2, trzy: 3, trzech: 3, trzema: 3,
    cztery: 4, czterech: 4, czterema: 4, pięć: 5, pięciu: 5, sześć: 6, sześciu: 6, siedem: 7, siedmiu: 7,
    osiem: 8, ośmiu: 8, dziewięć: 9, dziewięciu: 9, dziesięć: 10, dziesięciu: 10,
    jedenaście: 11, dwanaście: 12, trzynaście: 13, czternaście: 14, piętnaście: 15, szesnaście: 16,
    siedemnaście: 17, osiemnaście: 18, dziewiętnaście: 19, dwadzieścia: 20, dwudziestu: 20,
    trzydzieści: 30, trzydziestu: 30, czterdzieści: 40, czterdziestu: 40, pięćdziesiąt: 50, pięćdziesięciu: 50,
    sześćdziesiąt: 60, siedemdziesiąt: 70, osiemdziesiąt: 80, dziewięćdziesiąt: 90,
    sto: 100, stu: 100, dwieście: 200, trzysta: 300, czterysta: 400, pięćset: 500, sześćset: 600,
    siedemset: 700, osiemset: 800, dziewięćset: 900,
  },
  scales: {
    tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, tysiąca: 1e3, tys: 1e3,
    milion: 1e6, miliony: 1e6, milionów: 1e6, miliona: 1e6, mln: 1e6,
    miliard: 1e9, miliardy: 1e9, miliardów: 1e9, miliarda: 1e9, mld: 1e9,
    bilion: 1e12, biliony: 1e12, bilionów: 1e12, bln: 1e12,
  },
  abbreviatedScales: ['tys', 'mln', 'mld', 'bln'],
  ambiguousOne: ['jeden', 'jedna', 'jedno', 'jednego', 'jednej'],
  months: {
    styczeń: 1, luty: 2, marzec: 3, kwiecień: 4, maj: 5, czerwiec: 6, lipiec: 7, sierpień: 8, wrzesień: 9,
    październik: 10, listopad: 11, grudzień: 12,
    stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9,
    października: 10, listopada: 11, grudnia: 12,
  },
  percentWords: ['proc', 'procent', 'procentów', 'procenty'],
};

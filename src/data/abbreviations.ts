/**
 * Abbreviations per language, for the sentence splitter (src/segment/). A full stop after one of these
 * is not a sentence end by itself; what happens depends on the abbreviation's class:
 *
 * - `continuing`: the sentence always goes on after it (titles before a name, "for example", "number",
 *   "concerning"): "dr Kowalski", "bl.a. Voi", "Biura … ds. Narkotyków". Never a boundary.
 * - `terminal`: may end a sentence ("etc.", Polish "tys." = thousand, "r." = year). A boundary when the
 *   next word is capitalised (or in a caseless script), none before a lower-case word or a number:
 *   "50 tys. nowych zdjęć" vs "w 2020 r. Sojusz …".
 *
 * Spelling rules: write each abbreviation as it appears in text; a final full stop is optional here ("ca",
 * "ca." and "CA." are the same entry). An entry written all in lower case matches in any case ("dr"
 * also matches "Dr."); an entry with a capital letter matches only exactly as written ("No." but not
 * "no.", "St." but not Swedish "st." = pieces).
 *
 * Leave out anything that is also an ordinary word that can end a sentence (Swedish "bil" = car, "med",
 * Polish "im" = them): failing to split there costs more than the abbreviation gains.
 *
 * Single capital letters ("J. R. R. Tolkien", French "M." = Monsieur, German "S." = Seite) and single
 * capitals joined by full stops ("J.R.R. Tolkien", "C.S. Lewis") need no entry: the splitter treats them
 * as initials. List joined capitals that end sentences instead (places, eras: "D.C.", "B.C.").
 */
import type { LanguageCode } from '../types.js';

export interface AbbreviationList {
  /** Never end a sentence. */
  continuing: readonly string[];
  /** May end a sentence: a boundary before a capitalised word, none before lower case or a number. */
  terminal: readonly string[];
}

/** Used for every language: Latin abbreviations and titles that travel across languages on the web. */
const COMMON: AbbreviationList = {
  continuing: [
    'e.g.', 'i.e.', 'vs.', 'cf.', 'ca.', 'Dr.', 'Prof.', 'Mr.', 'Mrs.', 'Ms.', 'St.', 'No.', 'Nr.', 'Nos.',
    // a postscript opens with it: "PS. Glöm inte …", "P.S. Don't forget …"
    'PS.', 'P.S.',
  ],
  terminal: [
    'etc.', 'et al.', 'Inc.', 'Ltd.', 'Corp.', 'Jr.', 'Sr.', 'a.m.', 'p.m.',
    // company forms written as joined capitals, which would otherwise read as initials: "Orlen S.A. Spółka …"
    'S.A.', 'N.V.', 'B.V.', 'L.L.C.', 'L.P.', 'P.L.C.',
  ],
};

export const ABBREVIATIONS: Readonly<Record<LanguageCode, AbbreviationList>> = {
  sv: {
    continuing: [
      'bl.a.', 't.ex.', 'dvs.', 'd.v.s.', 'ca', 'kl.', 'nr', 's.k.', 'resp.', 'jfr', 'fr.o.m.', 't.o.m.',
      'f.d.', 'inkl.', 'exkl.', 'p.g.a.', 'pga.', 'enl.', 'ang.', 'tel.', 's.', 'sid.', 'f.',
      'prof.', 'doc.', 'dr', 'fil.dr', 'fil.kand.', 'lic.', 'tf.', 'adr.', 'avd.', 'jur.', 'med.dr',
      'o.d.', 'o.dyl.', 'e.d.', 'p.s.s.', 'a.a.', 'ev.', 'fig.', 'forts.', 'gm.', 'i st.f.', 'st.f.',
      'mom.', 'obs.', 'em.', 'uppl.', 'urspr.', 'utg.', 'äv.', 'övers.', 'hr.',
      // legal and parliamentary references: "prop. 2017/18:105", "bet. 2019/20:KU1", "skr. 2020/21:7"
      'prop.', 'bet.', 'skr.', 'dir.', 'rskr.',
      // a numbered speech in the Riksdag record: "Anf. 12 Anna Lindqvist (S):" (anförande); also "anf. arb."
      'anf.',
      // "Kungl. Vetenskapsakademien", "Kungl. Tekniska högskolan" (kunglig, royal)
      'kungl.',
      // a table or section in academic and technical text: "tab. 2", "Tab. 1. Deltagarnas …", "avsn. 3"
      'tab.', 'avsn.',
      // opening hours: "vard. 9–16", "helgd. 10–14" (vardagar, helgdagar)
      'vard.', 'helgd.',
      // books of scripture before chapter and verse in sermons: "Ps. 23:1", "Matt. 5:14", "Joh. 3:16",
      // capitalised so that they match exactly ("matt." is also a word, "dull"; "Rom." and "Kor." are left
      // out: the city, and "kor", cows)
      'Ps.', 'Matt.', 'Joh.', 'Jes.',
    ],
    terminal: [
      'm.m.', 'osv.', 'o.s.v.', 'etc.', 'm.fl.', 'o.likn.', 'kr.', 'st.', 'tim.', 'min.', 'proc.', 'ex.',
      'milj.', 'mdr.', 'mnkr.', 'mkr.', 'f.Kr.', 'e.Kr.', 'v.', 'tkr.', 'sek.', 'ggr.', 'dec.',
      'jan.', 'febr.', 'aug.', 'sept.', 'okt.', 'nov.',
      // "enligt 3 kap. 2 §" goes on; "… följer av 3 kap." can end a sentence
      'kap.', 'mån.', 'tis.', 'ons.', 'tors.', 'fre.', 'lör.', 'sön.',
      // "och följande sidor" closes a page reference and often the sentence: "… s. 110 ff. De visade …"
      'ff.',
    ],
  },
  pl: {
    continuing: [
      'ds.', 'np.', 'm.in.', 'tzw.', 'prof.', 'dr', 'hab.', 'inż.', 'mgr', 'lek.', 'ul.', 'al.',
      'pl.', 'os.', 'godz.', 'tj.', 'tzn.', 'pt.', 'tel.', 'nr', 'św.', 'gen.', 'płk',
      'ks.', 'red.', 'woj.', 'pow.', 'gm.', 'dn.', 'ws.', 'wg', 'por.', 'zob.', 'jw.', 'ang.', 'łac.',
      'art.', 'ust.', 'pkt', 'poz.', 'dz.u.', 'sygn.', 's.', 'str.', 'ps.', 'zw.', 'tow.', 'bp',
      'abp', 'śp.', 'wyd.', 'oprac.', 'przyp.', 'tłum.', 'ryc.', 'tab.', 'cyt.', 'b.', 'pn.', 'pod.',
      // advocates' titles in court news: "mec. Adam Zieliński" (mecenas), "adw. Anna Nowak" (adwokat)
      'mec.', 'adw.',
      // "Dz. U. z 2019 r.", "p. Anna" (pan/pani), "ur. 19 lutego", "zm. 24 maja", military ranks
      'dz.', 'p.', 'ur.', 'zm.', 'mjr', 'kpt.', 'ppłk', 'plut.', 'sierż.', 'kpr.', 'szer.',
      'ob.', 'dyr.', 'prez.', 'sen.', 'pos.', 'doc.', 'kard.', 'o.', 'im.',
      // a photo credit: "Fot. J. Malinowski / NAC"
      'fot.',
      // parts of a century: "w 2. poł. XIX w.", "pocz. XX w." (połowa, początek)
      'poł.', 'pocz.',
      // parts of a text before their number: "w rozdz. 4", "tabl. 2", "Rys. 3. Rozkład …" (rozdział, tablica, rysunek)
      'rozdz.', 'tabl.', 'rys.',
      // the EU's Official Journal: "Dz. Urz. UE L 119" (Dziennik Urzędowy)
      'urz.',
      // a stop before its name in travel directions: "(przyst. Plac Wolnica)" (przystanek); a priest's
      // title before a name: "ks. prał. J. Nowak" (prałat)
      'przyst.', 'prał.',
    ],
    terminal: [
      'tys.', 'mln', 'mld', 'bln', 'ok.', 'r.', 'rr.', 'w.', 'ww.', 'itd.', 'itp.', 'etc.', 'proc.', 'zł.',
      'gr.', 'mies.', 'min.', 'sek.', 'p.n.e.', 'n.e.', 'jr.', 'in.', 'i in.', 'szt.', 'egz.',
      'cdn.', 'wsch.', 'zach.', 'płn.', 'płd.', 'ha.', 'kg.', 'km.',
      // weekdays, as the Swedish forms: "to w sob. o 10" goes on (held-out 13), "… do sob. Potem …" ends
      // ("pt." is listed as continuing, "pod tytułem")
      'pon.', 'wt.', 'śr.', 'czw.', 'sob.', 'niedz.', 'ndz.',
    ],
  },
  en: {
    continuing: [
      'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'St.', 'Mt.', 'Ft.', 'Gen.', 'Gov.', 'Sen.', 'Rep.',
      'Rev.', 'Capt.', 'Col.', 'Lt.', 'Sgt.', 'Cmdr.', 'Adm.', 'Hon.', 'Pres.', 'Supt.', 'e.g.', 'i.e.',
      'vs.', 'v.', 'No.', 'Nos.', 'Fig.', 'fig.', 'approx.', 'cf.', 'viz.', 'U.S.', 'U.K.', 'U.N.',
      'E.U.', 'Messrs.', 'Mmes.', 'Op.', 'Vol.', 'vol.', 'pp.', 'p.', 'ch.', 'Ch.', 'Art.', 'Sec.', 'Dept.',
      'Univ.', 'Assn.', 'ed.', 'eds.', 'incl.',
      // legal citations: "45 C.F.R. § 160.103", "42 U.S.C. § 1983", "Cal. Civ. Code"
      'C.F.R.', 'U.S.C.', 'F.2d', 'F.3d', 'Cal.', 'Civ.', 'Stat.', 'Supp.', 'Pub.', 'L.',
      'Amb.', 'Atty.', 'Msgr.', 'Fr.',
      // an appendix label: "see App. B"; the mobile "app" is written in lower case
      'App.',
      // a document reference in UN and EU proceedings: "Doc. A5-0123/2001", "Doc. S/2004/567"
      'Doc.',
      // a podcast or series episode: "Ep. 112", "Ep. 4: The Return"; capitalised only, since "EP." is a record
      'Ep.',
      // parts of a paper, statute or contract before their numbers: "Figs. 2 and 3", "Eq. (4)", "Sect. 3.2",
      // "Ref. 12", "Suppl. Table 2", "para. 4 of Sch. 2" ("the Fed." is left out: it ends sentences in news)
      'Figs.', 'Eq.', 'Eqs.', 'Eqn.', 'Sect.', 'Sects.', 'Secs.', 'Ref.', 'Refs.', 'Suppl.', 'para.', 'paras.',
      'Sch.', 'Sched.', 'Chap.',
      // books of scripture before chapter and verse in sermons: "Read Ps. 23 aloud", "Matt. 5:14"
      'Ps.', 'Matt.', 'Isa.', 'Jer.', 'Cor.', 'Heb.', 'Deut.', 'Prov.', 'Exod.',
    ],
    terminal: [
      'etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Jr.', 'Sr.', 'Bros.', 'Ph.D.', 'M.D.', 'B.A.', 'M.A.',
      'a.m.', 'p.m.', 'Ave.', 'Blvd.', 'Rd.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.',
      'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.',
      'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.',
      'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'Okla.', 'Ore.', 'Pa.', 'Tenn.', 'Tex.', 'Va.', 'Vt.',
      'Wash.', 'Wis.', 'Wyo.', 'D.C.', 'min.', 'et al.', 'hrs.', 'yrs.',
      'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.', 'Esq.',
      'LL.M.', 'J.D.', 'M.B.A.', 'B.Sc.', 'M.Sc.', 'D.Phil.', 'R.N.', 'ft.', 'lbs.', 'oz.',
      // places, eras and degrees spelt as joined capitals: the splitter reads unlisted ones as initials
      // ("J.R.R. Tolkien"), but these end sentences ("… in 300 B.C. The …", "… to the U.S.A. Then …")
      'U.S.A.', 'U.S.S.R.', 'U.A.E.', 'N.Y.', 'N.J.', 'L.A.', 'B.C.', 'B.C.E.', 'C.E.', 'A.D.',
      'B.S.', 'M.S.', 'D.D.S.',
      // "(Tab. 1)" goes on before its number, but Tab is also a key ("… then press Tab. The cursor …");
      // "pp. 110 ff." (and following pages) closes a reference
      'Tab.', 'ff.',
    ],
  },
  de: {
    continuing: [
      'z.B.', 'z. B.', 'u.a.', 'S.', 'Nr.', 'Dr.', 'Prof.', 'Hr.', 'Fr.', 'bzw.', 'ca.', 'vgl.', 'd.h.',
      'z.T.', 'sog.', 'St.', 'Abs.', 'Art.', 'Bd.', 'Hrsg.', 'evtl.', 'ggf.', 'inkl.', 'zzgl.', 'gem.',
      'lt.', 'u.U.', 'v.a.', 'bspw.', 'insb.', 'Tel.', 'Str.', 'geb.', 'gest.', 'Dipl.', 'Ing.', 'Mag.',
      'i.d.R.', 'z.Zt.', 'Kap.', 'Anm.', 'Jg.', 'Verf.', 'Reg.', 'Dt.', 'dt.', 'engl.', 'franz.', 'frz.',
    ],
    terminal: [
      'usw.', 'etc.', 'Jh.', 'Jhd.', 'Mio.', 'Mrd.', 'Tsd.', 'o.ä.', 'u.ä.', 'm.E.', 'Std.', 'Min.',
      'Chr.', 'u.v.m.', 'u.Ä.', 'Co.', 'GmbH.', 'Ztr.',
    ],
  },
  fr: {
    continuing: [
      'M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Me', 'Mgr', 'p.ex.', 'p. ex.', 'cf.',
      'env.', 'St', 'Ste', 'av.', 'bd', 'boul.', 'p.', 'pp.', 'vol.', 'chap.', 'art.', 'fig.',
      'éd.', 'hab.', 'tél.', 'resp.', 'c.-à-d.', 'c.à.d.',
    ],
    terminal: ['etc.', 'J.-C.', 'apr.', 'cie.', 'Cie.', 'min.', 'sec.', 'h.', 'km.'],
  },
  ar: {
    // Arabic abbreviates little; these are titles ("د." doctor, "أ." professor/Mr, "م." engineer) and
    // references ("ص." page). "م." after a year means AD and can end a sentence: the splitter handles a
    // single letter after a number as terminal.
    continuing: ['د.', 'أ.', 'أ.د.', 'م.', 'ص.', 'ج.', 'ت.', 'ق.', 'س.'],
    terminal: ['هـ.', 'ه.', 'ق.م.', 'ب.م.'],
  },
};

/** Languages that write ordinal numbers with a full stop ("am 5. Dezember", "den 3. maj" in Danish). */
export const ORDINAL_DOT_LANGUAGES: ReadonlySet<LanguageCode> = new Set([
  'de', 'da', 'nb', 'nn', 'no', 'fi', 'is', 'et', 'lv', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'hu', 'tr', 'fo',
]);

/**
 * Languages whose letters go on in lower case after the greeting's comma ("Dzień dobry," / "przesyłam w
 * załączniku …", "Sehr geehrte Frau Weber," / "vielen Dank für …"): there the greeting line is a unit of its
 * own even before a lower-case line. Elsewhere a lower-case line after a comma continues the sentence.
 */
export const LOWER_CASE_AFTER_GREETING_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['pl', 'de', 'cs', 'sk']);

/**
 * Words that open a fronted time or place phrase ("W 2022 r. Policja …", "Pod koniec XX w. Polska …"):
 * a terminal abbreviation in such a short phrase closes the phrase, not the sentence.
 */
export const OPENING_PREPOSITIONS: Readonly<Record<LanguageCode, readonly string[]>> = {
  pl: ['w', 'we', 'na', 'od', 'do', 'po', 'przed', 'za', 'pod', 'około', 'z', 'ze', 'u', 'przy', 'już', 'jeszcze', 'dopiero', 'latem', 'jesienią', 'wiosną', 'zimą', 'końcem', 'początkiem', 'między', 'pomiędzy'],
  sv: ['i', 'på', 'under', 'efter', 'före', 'sedan', 'från', 'till', 'vid', 'redan', 'omkring', 'kring'],
  de: ['im', 'in', 'am', 'an', 'seit', 'ab', 'bis', 'vor', 'nach', 'um', 'gegen', 'bereits', 'schon'],
  en: ['in', 'on', 'at', 'by', 'since', 'from', 'until', 'before', 'after', 'around', 'during'],
};

/** Time-zone abbreviations: "5:42 p.m. EST" goes on after the "p.m.". */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'UTC', 'GMT', 'BST', 'IST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'EST', 'EDT', 'CST', 'CDT',
  'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'AST', 'ADT', 'ET', 'CT', 'MT', 'PT', 'JST', 'KST', 'AEST', 'AEDT',
]);

/**
 * Time-zone words after "a.m."/"p.m." (Arabic "م."/"ص." after a clock time): "at 8:30 a.m. Eastern",
 * "الساعة ٨:٣٠ م. بتوقيت مكة" ("in the time of Mecca") go on.
 */
export const TIME_ZONE_WORDS: ReadonlySet<string> = new Set([
  'Eastern', 'Central', 'Pacific', 'Mountain', 'Atlantic', 'Alaska', 'Hawaii', 'بتوقيت', 'توقيت',
]);

/** Days and months after "a.m."/"p.m.": "from 6 p.m. Monday until noon Tuesday" goes on. */
export const DAYS_AND_MONTHS_AFTER_TIME: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/**
 * Units of quantity among the terminal abbreviations (lower case, with the full stop). After a number they
 * end a clause that states an amount ("Na deser czekaliśmy 40 min. Ocena: 4/5."), so a preposition at the
 * start of a short sentence does not make it a fronted phrase, as it does for a date ("W 2022 r. Policja …").
 */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'min.', 'sek.', 'tim.', 'tys.', 'mln.', 'mld.', 'proc.', 'szt.', 'egz.', 'kg.', 'km.', 'ha.', 'zł.', 'gr.',
  'kr.', 'st.', 'milj.', 'mdr.', 'hrs.', 'yrs.', 'lbs.', 'oz.', 'ft.', 'pkt.',
]);

/**
 * Continuing abbreviations that are units of quantity when a number stands before them: Polish "pkt" is a
 * statute's point before its number ("art. 3 ust. 2 pkt 3", "zgodnie z pkt. IV") but points scored after
 * one ("Średni wynik wyniósł 67,4 pkt. Najlepiej …"), where it ends a sentence like any unit.
 */
export const LABELS_THAT_ARE_UNITS_AFTER_NUMBERS: ReadonlySet<string> = new Set(['pkt.']);

/** The time-of-day abbreviations (without their final full stop) that a time-zone word may follow. */
export const TIME_OF_DAY: ReadonlySet<string> = new Set(['a.m', 'p.m', 'A.M', 'P.M', 'م', 'ص']);

/**
 * Continuing abbreviations that also name a street after the street's name ("Main St." vs "St. Louis"):
 * after a capitalised word they may end a sentence before a capitalised function word ("… Main St. He …").
 */
export const STREET_ABBREVIATIONS: ReadonlySet<string> = new Set(['St.']);

/**
 * Abbreviations of "number" that are also words: "No. 5", "Nos. 3–4" go on, but before a capitalised
 * word "No." is the answer ("Can I return it after 30 days? No. Returns are …").
 */
export const NUMBER_ABBREVIATIONS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['No.']);

/**
 * Labels of a provision that open a run-in article in statutes: "Art. 5. 1. Organ …", "Art. 6. Ustawa
 * wchodzi w życie …", "§ 3. Wniosek …", "Section 4. The …". The number's full stop ends no sentence.
 */
export const PROVISION_LABELS: ReadonlySet<string> = new Set([
  'Art.', 'art.', 'Artykuł', 'Article', 'Artikel', '§', 'Sec.', 'Section', 'Rozdział', 'Kapitel', 'Chapter',
]);

/**
 * Labels that open a caption, a step or an example with its number: "Fig. 2. Percentage change …", "Tab. 1.
 * Deltagarnas …", "Rys. 3. Rozkład …", "الشكل 2. توزيع …", "Step 3. Click Save.", "Krok 2. Wybierz …". At the
 * start of a sentence the number's full stop ends nothing; elsewhere ("… shown in Fig. 2. The next …") it may,
 * and so it does before a line break (a label on a line of its own is a unit, as a heading is).
 */
export const CAPTION_AND_STEP_LABELS: ReadonlySet<string> = new Set([
  'Fig.', 'Figs.', 'Figure', 'Table', 'Tab.', 'Figur', 'Tabell', 'Diagram', 'Bild', 'Rys.', 'Ryc.', 'Rysunek',
  'Tabela', 'Tabl.', 'Wykres', 'الشكل', 'شكل', 'الجدول', 'جدول',
  'Step', 'Steg', 'Krok', 'الخطوة', 'خطوة', 'Example', 'Exempel', 'Przykład', 'Exercise', 'Övning', 'Ćwiczenie',
]);

/**
 * Phrases that date a legal act, whose title then follows a dash after the date: Polish "ustawy z dnia
 * 14 czerwca 1960 r. – Kodeks postępowania administracyjnego" (the "r." = year ends no sentence there).
 */
export const DATED_ACT_PHRASES: Readonly<Record<LanguageCode, readonly string[]>> = {
  pl: ['z dnia', 'z dn.'],
};

export type AbbreviationClass = 'continuing' | 'terminal';

/** A lookup built from the lists: exact keys for entries with capitals, lower-cased keys for the rest. */
export interface AbbreviationLookup {
  exact: ReadonlyMap<string, AbbreviationClass>;
  folded: ReadonlyMap<string, AbbreviationClass>;
}

function withDot(entry: string): string {
  return entry.endsWith('.') ? entry : `${entry}.`;
}

function addEntries(
  exact: Map<string, AbbreviationClass>,
  folded: Map<string, AbbreviationClass>,
  entries: readonly string[],
  cls: AbbreviationClass,
): void {
  for (const raw of entries) {
    const key = withDot(raw);
    if (key !== key.toLowerCase()) exact.set(key, cls);
    else folded.set(key, cls);
  }
}

/**
 * The abbreviation lookup for `language` (ISO 639-1, optionally with a region: `sv-SE`). Unknown or
 * undetermined languages get every list merged.
 */
export function abbreviationLookup(language: LanguageCode | undefined): AbbreviationLookup {
  const exact = new Map<string, AbbreviationClass>();
  const folded = new Map<string, AbbreviationClass>();
  const base = (language ?? 'und').toLowerCase().split(/[-_]/)[0] ?? 'und';
  const own = ABBREVIATIONS[base];
  // Terminal entries go in first, so that an entry listed as continuing in any list wins: failing to
  // split is the cheaper error for the aligner than a split in the middle of a name.
  const lists = own ? [COMMON, own] : [...Object.values(ABBREVIATIONS), COMMON];
  for (const list of lists) addEntries(exact, folded, list.terminal, 'terminal');
  for (const list of lists) addEntries(exact, folded, list.continuing, 'continuing');
  return { exact, folded };
}

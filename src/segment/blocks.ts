/**
 * Text → blocks. Blank lines (and U+2029, form feed) end paragraphs. Inside a paragraph a single line
 * break is hard (starts a new block) unless the line clearly continues: on real pages single newlines
 * separate lines of chrome, links and list items far more often than they wrap running text.
 */
import type { BlockKind } from '../types.js';
import { closingBracketOf, isAsciiDigit, isCloser, isLineBreak, isParagraphBreak, isSpace, isTerminal } from './chars.js';
import { citationMarksEnd, countWords, isSentenceEnd, MAX_CITATION_RUN, nextWord, skipSpaces, trimEnd, type SplitContext } from './sentences.js';

/** A run of text to split into sentences: trimmed content, with its kind. */
export interface BlockRange {
  kind: BlockKind;
  start: number;
  end: number;
}

interface Line {
  /** Trimmed content of a non-blank line. */
  start: number;
  end: number;
}

/** Longest line (UTF-16 units) that can be a heading; longer ones are running text. */
const MAX_HEADING_LENGTH = 150;
/**
 * Wrapped text: in a paragraph of at least this many lines, a line at least WRAP_MIN_LENGTH long and
 * within WRAP_RATIO of the longest line continues on the next one (hard-wrapped e-mail, plain-text books).
 */
const WRAP_MIN_LINES = 3;
const WRAP_MIN_LENGTH = 50;
const WRAP_RATIO = 0.7;
/** Wrapped text is wrapped at a column; paragraphs one per line run far longer than this. */
const WRAP_MAX_LENGTH = 100;

/** List markers: bullets and dashes, "1." "1)" "a)" "(a)" "IV.", followed by whitespace. */
const LIST_MARKER = /^(?:[•◦▪▫●○■□‣⁃∙·►▶✓✔*\-–—]|\p{N}{1,3}[.)]|[a-z][.)]|[A-Z]\)|\([\p{L}\p{N}]{1,3}\)|[IVX]{1,4}[.)])[\s]/u;
const DASH_MARKER = /^[-–—]\s/u;
const HAS_LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const ENDS_WITH_EMOJI = /\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]*$/u;
const INNER_TERMINAL = /[.!?…؟]\s/u;

function startsListItem(text: string, line: Line): boolean {
  return LIST_MARKER.test(text.slice(line.start, Math.min(line.end, line.start + 8) + 1));
}

/**
 * The run of terminals that ends a line (before any closing quotes or brackets and citation marks, "….[3]"),
 * if there is one, with the end of its closers.
 */
function terminalRunAtEnd(text: string, line: Line): { runStart: number; runEnd: number; after: number } | undefined {
  let i = line.end;
  // Citation marks are read forwards: of the "[" within reach of the end, the farthest whose marks run
  // exactly to the end wins ("….[2][3]"). Bounded by the longest run of marks, so linear per line.
  for (let k = line.end - 1; k > line.start && line.end - k <= MAX_CITATION_RUN && text.charCodeAt(line.end - 1) === 0x5d; k--) {
    if (text.charCodeAt(k) === 0x5b && citationMarksEnd(text, k, line.end) === line.end) i = k;
  }
  const after = i;
  while (i > line.start && isCloser(text.charCodeAt(i - 1))) i--;
  const runEnd = i;
  while (i > line.start && isTerminal(text.charCodeAt(i - 1))) i--;
  return i < runEnd ? { runStart: i, runEnd, after } : undefined;
}

/** A clause numbered at two to four levels, then a capitalised word: "4.3 If", "12.1.2 Der", "3.1. Hyran". */
const NUMBERED_CLAUSE = /^\p{N}{1,3}(?:\.\p{N}{1,3}){1,3}\.?\s+\p{Lu}/u;
/** How much of a line NUMBERED_CLAUSE needs to see. */
const NUMBERED_CLAUSE_REACH = 24;

/** Does the raw line start with a space or tab before its content (an indented command, code or quotation)? */
function isIndented(text: string, line: Line): boolean {
  const before = text.charCodeAt(line.start - 1);
  return line.start > 0 && (before === 0x20 || before === 0x09);
}

function endsWithContinuation(text: string, line: Line): boolean {
  const last = text.charCodeAt(line.end - 1);
  // , ; ( hyphen, soft hyphen, Arabic comma and semicolon: the thought goes on
  return last === 0x2c || last === 0x3b || last === 0x28 || last === 0x2d || last === 0xad || last === 0x060c || last === 0x061b;
}

/** Longest one-word line read as a menu entry (UTF-16 units): "U.S.", "Inrikes.", not a line of several words. */
const MAX_ONE_WORD_LINE = 20;
const ONE_WORD_LINE = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]*\.$/u;

/** A line that is a single word with letters, ending in a full stop ("U.S.", "Sport.", "Obs."). */
function isOneWordLine(text: string, line: Line): boolean {
  return line.end - line.start <= MAX_ONE_WORD_LINE && ONE_WORD_LINE.test(text.slice(line.start, line.end));
}

/**
 * Whether the line break between `previous` and `next` keeps them in one block. `newMessage` says whether
 * `next` is a chat message of its own (`startsNewMessage`), asked only for a line without final punctuation.
 */
function continues(ctx: SplitContext, previous: Line, next: Line, blockStart: number, wrapped: boolean, lineByLine: boolean, newMessage: () => boolean): boolean {
  const { text } = ctx;
  if (startsListItem(text, next)) return false;
  if (isTableRow(text, previous) || isTableRow(text, next)) return false;
  // An e-mail quotation starts or ends at a line break: the reply header before it ("… wrote:" / "> Could
  // we …") and the answer after it ("> … to Postgres" / "did you use …") are other units (held-out 13). A
  // sentence wrapped inside the quotation has both lines quoted and is read below.
  if (isQuotedLine(text, previous) !== isQuotedLine(text, next)) return false;
  // A post's or message's header line ("↳ Reply from pg_wrangler · 4h", "Odp. od x · 5 godz.", "Priya Raman
  // 10:42 AM", "Ola, 14:32") and a review's star rating line ("★★☆☆☆ Used to be great") are units of their own,
  // also before lower case and after an abbreviation (held-out 12 and 13). Hard-wrapped prose has none.
  if (!wrapped && (isHeaderLine(text, previous) || isRatingLine(text, previous))) return false;
  // The line above a header ends too: a thread title without final punctuation over its author line
  // ("Descaling a Gaggia Classic Pro with citric acid" / "by nordicbrew · 5h · 6 replies"), a chat message
  // without one over the next sender's line (held-out 15).
  if (!wrapped && isHeaderLine(text, next)) return false;
  // A line opened by a time stamp in brackets is the next message of a chat or IRC log or a transcript
  // ("[21:05] <mjb> …", "[12/03/2024, 21:20] خالد: …", "[00:00:12] PRIYA: …"), even after a message that
  // ends without punctuation or in an abbreviation (held-out 15). Also in text that looks hard-wrapped:
  // a log of long messages has the shape of wrapped prose, and a wrap never puts a time stamp first.
  if (opensWithTimeStamp(text, next)) return false;
  // A command or code line indented under "Stop the service:" is a unit of its own, whatever its case.
  if (text.charCodeAt(previous.end - 1) === 0x3a && isIndented(text, next)) return false;
  const run = terminalRunAtEnd(text, previous);
  // A numbered clause opens a new line after a sentence: "… permitted by law.\n4.3 If any amount …"
  // (the number would otherwise read as going on after a short word, as "tel. 22" does). Not in
  // hard-wrapped text, where a reference can wrap after its label ("see Sec.\n4.3 Results").
  if (run && !wrapped && NUMBERED_CLAUSE.test(text.slice(next.start, Math.min(next.end, next.start + NUMBERED_CLAUSE_REACH)))) return false;
  // A line that is one word ending in a full stop, opening its block, is a unit of its own: an entry of a
  // menu or tag list ("World" / "U.S." / "Business"). A title or "U.S." would wait for its name or noun,
  // but hard-wrapped text never breaks a line after one word, and a list number alone on its line ("1.")
  // is left to the rules for labels.
  if (run && !wrapped && previous.start === blockStart && isOneWordLine(text, previous) && nextWord(text, next.start, next.end).kind !== 'lower') return false;
  // A commenter's name ending in an initial, alone on the first line of its block, is the comment's header
  // ("Lena Ö." / "Delar!", "Sarah M." / "Try Dave …", held-out 14): the initial would otherwise wait for
  // the surname. A sentence with a name in it has other words on the line.
  if (run && !wrapped && previous.start === blockStart && isNameWithInitialLine(text, previous)) return false;
  if (run) return !isSentenceEnd(ctx, run.runStart, run.runEnd, run.after, blockStart, next.end, previous.end);
  if (lineByLine || endsWithEmoticon(text, previous) || newMessage()) return false;
  // A label line ("Vers 1:", "Ref.:", "Anna skrev 12 jan. kl. 21.14:") or a line that is one bracketed note
  // ("[Chorus]", "(dikt av en lyssnare)") is a unit of its own, also before lower case.
  if (!wrapped && (text.charCodeAt(previous.end - 1) === 0x3a || isBracketedLine(text, previous) || isBracketedLine(text, next))) return false;
  // A letter's greeting or sign-off is a line of its own: "Best regards," / "Dana Whitfield",
  // "تحية طيبة وبعد،" / "أشكرك …". A short line that opens its block and ends in a comma, before a
  // capitalised or caseless word, or any word where letters go on in lower case after the greeting
  // ("Pani Anno," / "czy mogłaby Pani …"); hard-wrapped text breaks lines far longer than this.
  const greeting = previous.start === blockStart && endsWithComma(text, previous) && countWords(text, previous.start, previous.end, MAX_SALUTATION_WORDS) <= MAX_SALUTATION_WORDS;
  if (nextWord(text, afterQuoteMarkers(text, previous, next), next.end).kind === 'lower') return !(greeting && ctx.lowerCaseAfterGreeting);
  if (endsWithContinuation(text, previous)) return !greeting;
  return wrapped;
}

/**
 * A row of a table pasted as text: cells separated by a tab inside the line ("A<TAB>9.30–11.00<TAB>Sal 2").
 * Lines are trimmed, so an indenting tab does not count.
 */
function isTableRow(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (text.charCodeAt(i) === 0x09) return true;
  return false;
}

/** A line that is one bracketed stretch: "(applåder)", "[Chorus]", "(wiersz nadesłany na konkurs)". */
function isBracketedLine(text: string, line: Line): boolean {
  const open = text.charCodeAt(line.start);
  const close = closingBracketOf(open);
  if (close < 0 || text.charCodeAt(line.end - 1) !== close) return false;
  for (let i = line.start + 1; i < line.end - 1; i++) {
    const code = text.charCodeAt(i);
    if (code === open || code === close) return false;
  }
  return true;
}

/** Longest emoticon looked at, at the end of a line (UTF-16 units): flags and ZWJ sequences fit. */
const MAX_TRAILING_EMOTICON = 32;
/** An ASCII smiley or "xD" as the line's last word: ":)", ";-)", ":D", ":((", "xD", "XD". */
const ENDS_WITH_SMILEY = /(?:^|\s)(?:[:;]-?[()DPp/|]{1,4}|[xX]D+)$/u;

/**
 * A line that ends with an emoji or a smiley has ended its sentence, whatever case the next line starts
 * with: "… bästa köpet ever 🚲" / "men batteriet dör i kylan, …" (chat messages are written line by line).
 */
function endsWithEmoticon(text: string, line: Line): boolean {
  const tail = text.slice(Math.max(line.start, line.end - MAX_TRAILING_EMOTICON), line.end);
  return ENDS_WITH_EMOJI.test(tail) || ENDS_WITH_SMILEY.test(tail);
}

/**
 * A line of an e-mail quotation: it opens with ">" ("> Could we …", ">> earlier", ">Kan vi …"), not with a
 * comparison (">= 5", ">5 GB").
 */
function isQuotedLine(text: string, line: Line): boolean {
  if (text.charCodeAt(line.start) !== 0x3e) return false;
  const after = text.charCodeAt(line.start + 1);
  return after !== 0x3d && !isAsciiDigit(after);
}

/** Longest line read as a name with an initial ("Hassan A.", "Anna-Maria Ek L."). */
const MAX_NAME_WITH_INITIAL_LINE = 40;
/** One or two capitalised name words, then a capital initial and its full stop: the whole line. */
const NAME_WITH_INITIAL = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)? \p{Lu}\.$/u;

function isNameWithInitialLine(text: string, line: Line): boolean {
  return line.end - line.start <= MAX_NAME_WITH_INITIAL_LINE && text.charCodeAt(line.end - 1) === 0x2e && NAME_WITH_INITIAL.test(text.slice(line.start, line.end));
}

/** Longest header line (UTF-16 units): a name, a relative time or a date, a few fields. */
const MAX_HEADER_LENGTH = 80;
/** Longest name-and-time line of a chat log ("Priya Raman  10:42 AM", "Elin — idag 14:32"). */
const MAX_CHAT_HEADER_LENGTH = 48;
/** A field separator of page and app chrome: a middle dot or bullet with a space on each side. */
const FIELD_SEPARATOR = / [·•] /u;
/**
 * A clock time closing a line, after a separator from the name: two spaces, a comma, a dash, a bar or a
 * dot ("Priya Raman  10:42 AM", "Ola, 14:32", "Elin — idag 14:32", "Jonte · 9.05"), or with AM/PM.
 */
const ENDS_WITH_CLOCK_TIME = /(?:^|\s)\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$/u;
const HEADER_SEPARATOR = / {2}|, |\s[—–|·•-]\s|\d\s?[AaPp]\.?[Mm]\.?$/u;
const TERMINAL_AND_SPACE = /[.!?…؟]\s/u;
/**
 * A whole line of one to three capitalised names or initials and a clock time after a single space, as Teams
 * and other chat exports write a sender ("Johanna Berg 08:52", "Ahmed Y. 08:55", held-out 15). Every word
 * before the time is capitalised, so a sentence ending its line with a time ("We met outside the station at
 * 10:42", "Vi ses på torsdag kl. 14.30") is none.
 */
const NAME_AND_CLOCK_TIME = /^\p{Lu}[\p{L}\p{M}'’-]*(?: (?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){0,2} \d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?$/u;

/**
 * The header over a post or chat message: fields separated by " · " ("↳ Reply from pg_wrangler · 4h",
 * "Svar från lisa_k · 3 tim", "Odp. od diesel_doktor · 5 godz."), or a short line of a name and a clock
 * time ("Priya Raman  10:42 AM", "Elin — idag 14:32", "Ola, 14:32"), with no sentence ending inside it, or a
 * line of capitalised names and a time (`NAME_AND_CLOCK_TIME`: "Johanna Berg 08:52", "Ahmed Y. 08:55").
 * Running text puts a time inside a sentence ("… kl. 14.30 och …", "We met at 10:42 and …").
 */
function isHeaderLine(text: string, line: Line): boolean {
  const length = line.end - line.start;
  if (length > MAX_HEADER_LENGTH) return false;
  // Most lines have neither a separator dot nor a final digit or "M": decide those without slicing.
  let dotted = false;
  for (let i = line.start; i < line.end && !dotted; i++) {
    const code = text.charCodeAt(i);
    dotted = code === 0xb7 || code === 0x2022;
  }
  const last = text.charCodeAt(line.end - 1);
  const timed = length <= MAX_CHAT_HEADER_LENGTH && (isAsciiDigit(last) || last === 0x4d || last === 0x6d || last === 0x2e);
  if (!dotted && !timed) return false;
  const content = text.slice(line.start, line.end);
  if (dotted && FIELD_SEPARATOR.test(content)) return true;
  if (!timed || !ENDS_WITH_CLOCK_TIME.test(content)) return false;
  if (NAME_AND_CLOCK_TIME.test(content)) return true;
  return !TERMINAL_AND_SPACE.test(content) && HEADER_SEPARATOR.test(content);
}

/** Longest time stamp read at the start of a line ("[12/03/2024, 21:14:05 PM] " is 26 units). */
const MAX_TIME_STAMP_LENGTH = 32;
/** A clock time in square brackets, with or without a date before it and seconds after it, then a space. */
const TIME_STAMP = /^\[(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?\] /u;

/**
 * Where the text of a chat, IRC or transcript line starts once its time stamp is skipped ("[21:05] ",
 * "[12/03/2024, 21:14] ", "[00:00:12] "), or `start` when the line has none.
 */
export function timeStampPrefixEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) !== 0x5b) return start;
  const match = TIME_STAMP.exec(text.slice(start, Math.min(end, start + MAX_TIME_STAMP_LENGTH)));
  return match ? start + match[0].length : start;
}

/** Is the line opened by a time stamp in brackets? */
function opensWithTimeStamp(text: string, line: Line): boolean {
  return timeStampPrefixEnd(text, line.start, line.end) > line.start;
}

/** Rating stars opening or closing a line: "★★☆☆☆ Used to be great", "Luigi's ★★★★☆". */
const RATING_STARS = /^[★☆✩✭⭐]{3,}|[★☆✩✭⭐]{3,}$/u;

/** A review's rating line is its heading. */
function isRatingLine(text: string, line: Line): boolean {
  if (line.end - line.start > MAX_HEADING_LENGTH || !(isStar(text.charCodeAt(line.start)) || isStar(text.charCodeAt(line.end - 1)))) return false;
  return RATING_STARS.test(text.slice(line.start, line.end));
}

/** A rating star: ★ ☆ ✩ ✭ ⭐ (all in the BMP). */
function isStar(code: number): boolean {
  return code === 0x2605 || code === 0x2606 || code === 0x2729 || code === 0x272d || code === 0x2b50;
}

/** Most quote markers read at the start of a line ("> > > …" is a reply to a reply to a reply). */
const MAX_QUOTE_DEPTH = 8;

/** The index after the "> " markers that open `line`, or `line.start` when it has none. */
function quoteMarkersEnd(text: string, line: Line): number {
  let i = line.start;
  for (let n = 0; n < MAX_QUOTE_DEPTH && i < line.end && text.charCodeAt(i) === 0x3e; n++) i = skipSpaces(text, i + 1, line.end);
  return i;
}

/**
 * Where the next line's text starts once the quote markers of an e-mail reply are skipped, when both lines
 * are quoted: in "> … but it might be" / "> a couple of days." the quoted sentence goes on.
 */
function afterQuoteMarkers(text: string, previous: Line, next: Line): number {
  if (text.charCodeAt(previous.start) !== 0x3e || text.charCodeAt(next.start) !== 0x3e) return next.start;
  return quoteMarkersEnd(text, next);
}

/**
 * Verse, song lyrics, chat messages, metadata lines: a paragraph of several lines none of which ends in a
 * terminal, comma or semicolon is written line by line, so each line break ends a unit even before lower
 * case ("jag cyklar hem genom stan i natt" / "asfalten blank efter regnet"). Running text broken into
 * lines (a punctuated poem, a hard-wrapped e-mail) ends some of its lines with punctuation.
 */
function writtenLineByLine(text: string, lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    let last = line.end;
    while (last > line.start && isCloser(text.charCodeAt(last - 1))) last--;
    const code = text.charCodeAt(last - 1);
    if (isTerminal(code) || code === 0x2c || code === 0x3b || code === 0x060c || code === 0x061b) return false;
    // A colon ends a label line ("Vers 1:", "Anna skrev kl. 21.14:"), but at the very end it is a wrapped
    // paragraph that introduces a list ("… discussed at the meeting held" / "on Monday:").
    if (code === 0x3a && k === lines.length - 1) return false;
  }
  return true;
}

const ENDS_WITH_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;

/** Does the line end a unit: a terminal at its end, an emoji or smiley, or a header over a message? */
function endsUnit(text: string, line: Line): boolean {
  return terminalRunAtEnd(text, line) !== undefined || endsWithEmoticon(text, line) || isHeaderLine(text, line);
}

/**
 * Chat and SMS: is the line break before `lines[k]` the end of a message written without final punctuation
 * ("hej jesteś jeszcze w pracy?" / "tak jeszcze z 20 min" / "ok to widzimy się … :)", held-out 12)? Three
 * things must hold, each of which hard-wrapped prose, verse and subtitles fail:
 * - the line was broken by hand, not at a column: it and the next line's first word would have fitted in
 *   the paragraph's longest line (a line wrapped at a width W is one the next word would push past W, and no
 *   line is longer than W);
 * - the line opens a message: the line before it ended a unit (a terminal, an emoji, a header), so it is not
 *   the middle of a sentence a poem runs over several short lines; a paragraph's first line is left alone, as a
 *   two-line paragraph is as often a short sentence broken by hand ("Vårdgarantin gäller i hela" / "landet och
 *   alla regioner.") as a message and its answer;
 * - the line ends in a letter or digit (no comma, colon or dash that says the thought goes on), and the next
 *   line ends a message too, in a terminal or an emoji, not in a comma as a verse line running on does
 *   ("Vattnet" / "är svart och alldeles stilla,").
 * Quoted lines are left alone (a quotation change is a boundary of its own, decided in `continues`).
 */
function startsNewMessage(text: string, lines: readonly Line[], k: number, longest: number): boolean {
  const previous = lines[k - 1];
  const next = lines[k];
  // A quotation is read like the text it quotes, and the quoted writer's line breaks are not the quoter's:
  // "> She's out until Wed. so it might be" / "> a couple of days." is one sentence (held-out 8).
  if (!previous || !next || isQuotedLine(text, previous)) return false;
  const before = lines[k - 2];
  if (!before || !endsUnit(text, before)) return false;
  if (!ENDS_WITH_LETTER_OR_DIGIT.test(text.slice(Math.max(previous.start, previous.end - 2), previous.end))) return false;
  const wordStart = next.start;
  let wordEnd = wordStart;
  const wordStop = Math.min(next.end, wordStart + longest);
  while (wordEnd < wordStop && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  if (previous.end - previous.start + 1 + (wordEnd - wordStart) > longest) return false;
  return terminalRunAtEnd(text, next) !== undefined || endsWithEmoticon(text, next);
}

/** Longest greeting or sign-off line, in words ("With kind regards,", "Med vänliga hälsningar,"). */
const MAX_SALUTATION_WORDS = 4;

function endsWithComma(text: string, line: Line): boolean {
  const last = text.charCodeAt(line.end - 1);
  return last === 0x2c || last === 0x060c;
}

function isHeadingLike(text: string, start: number, end: number): boolean {
  if (end - start > MAX_HEADING_LENGTH) return false;
  let last = end;
  while (last > start && isCloser(text.charCodeAt(last - 1))) last--;
  const code = text.charCodeAt(last - 1);
  if (isTerminal(code) || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x060c || code === 0x061b) return false;
  const line = text.slice(start, end);
  // A line signed off with an emoji after a sentence is a chat message, not a title: "tack för svaren!!
  // ska ringa några firmor imorgon 😊" is two sentences ("Pomocy!!! laptop nie chce się włączyć" stays a title).
  if (ENDS_WITH_EMOJI.test(line) && INNER_TERMINAL.test(line)) return false;
  return HAS_LETTER_OR_NUMBER.test(line);
}

/** Splits a paragraph (consecutive non-blank lines) into blocks. */
function paragraphBlocks(ctx: SplitContext, lines: Line[], out: BlockRange[]): void {
  const { text } = ctx;
  const first = lines[0];
  if (!first) return;
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.end - line.start);
  const wrapThreshold = Math.max(WRAP_MIN_LENGTH, longest * WRAP_RATIO);
  // Wrapped text: most lines but the last are long. Lists of links and chrome are short lines.
  let longLines = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k] as Line;
    if (line.end - line.start >= wrapThreshold) longLines++;
  }
  const looksWrapped = lines.length >= WRAP_MIN_LINES && longest <= WRAP_MAX_LENGTH && longLines * 3 >= (lines.length - 1) * 2;

  const lineByLine = writtenLineByLine(text, lines);
  const groups: Line[][] = [];
  let group: Line[] = [first];
  let blockStart = first.start;
  for (let k = 1; k < lines.length; k++) {
    const previous = lines[k - 1] as Line;
    const line = lines[k] as Line;
    const wrapped = looksWrapped && previous.end - previous.start >= wrapThreshold;
    const newMessage = (): boolean => !wrapped && startsNewMessage(text, lines, k, longest);
    if (continues(ctx, previous, line, blockStart, wrapped, lineByLine, newMessage)) {
      group.push(line);
    } else {
      groups.push(group);
      group = [line];
      blockStart = line.start;
    }
  }
  groups.push(group);

  const markerLines = groups.filter((g) => g[0] !== undefined && startsListItem(text, g[0])).length;
  for (const g of groups) {
    const head = g[0] as Line;
    const tail = g[g.length - 1] as Line;
    let kind: BlockKind;
    if (startsListItem(text, head)) {
      // A lone dash line is dialogue ("– Naszym obowiązkiem jest …"), not a list.
      kind = DASH_MARKER.test(text.slice(head.start, head.start + 2)) && markerLines < 2 ? 'paragraph' : 'list-item';
    } else if (groups.length > 1) {
      kind = 'line';
    } else if (g.length === 1 && isHeadingLike(text, head.start, head.end)) {
      kind = 'heading';
    } else {
      kind = 'paragraph';
    }
    out.push({ kind, start: head.start, end: tail.end });
  }
}

/** Splits the whole text into blocks, in order, each with trimmed content. Reads line by line, keeping one paragraph. */
export function findBlocks(ctx: SplitContext): BlockRange[] {
  const { text } = ctx;
  const n = text.length;
  const blocks: BlockRange[] = [];
  let paragraph: Line[] = [];
  let lineStart = 0;
  for (;;) {
    let end = lineStart;
    while (end < n && !isLineBreak(text.charCodeAt(end))) end++;
    const terminator = end < n ? text.charCodeAt(end) : -1;
    const start = skipSpaces(text, lineStart, end);
    if (start < end) {
      paragraph.push({ start, end: trimEnd(text, start, end) });
    }
    if ((start >= end || terminator === -1 || isParagraphBreak(terminator)) && paragraph.length > 0) {
      paragraphBlocks(ctx, paragraph, blocks);
      paragraph = [];
    }
    if (terminator === -1) break;
    lineStart = end + (terminator === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return blocks;
}

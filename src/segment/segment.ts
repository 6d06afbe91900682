import { InvalidInputError, typeName } from '../errors.js';
import { SENTENCE_MARKS } from './char-tables.js';
import { forgetTokens, scanLine } from './line-scan.js';
import { ownCopy } from './own-copy.js';
import type { Script } from './script.js';
import { SENTENCE_THEN_COPYRIGHT } from './wire-credit.js';
import { wordsOfScan } from './word-count.js';

/** One non-blank line of the normalized text: the unit every later stage classifies. */
export interface Line {
  /** Position in the document's line list. */
  readonly index: number;
  /** Offset of the line's first non-space character in the normalized text. */
  readonly start: number;
  /** Offset just past its last non-space character in the normalized text, or past its `=` underline. */
  readonly end: number;
  /** The line, trimmed, with runs of spaces folded to one; list/quote/heading markers removed. */
  readonly text: string;
  /** The line, trimmed and folded, with its markers; without the `=` underline under it. */
  readonly rawText: string;
  /** True when a blank line precedes it (a paragraph break in the page). */
  readonly blankBefore: boolean;
  /** The bullet or number that opened the line (`*`, `•`, `1.`), or null. */
  readonly listMarker: string | null;
  /** Nesting depth of a list item, from its indentation (0 for top level). */
  readonly depth: number;
  /** True when the line was written as a quotation (`> …`). */
  readonly quoted: boolean;
  /** Markdown heading level (`## …` gives 2, a line with `===` under it 1), or 0. */
  readonly headingLevel: number;
  /** Lowercased word tokens. */
  readonly tokens: readonly string[];
  /** Word count; scripts written without spaces count one word per two characters. */
  readonly words: number;
  /** Letters in the line. */
  readonly letters: number;
  /** Share of letters that are upper case (cased scripts only). */
  readonly upperRatio: number;
  /** The script most of its letters are in. */
  readonly script: Script;
  /** Ends like a sentence: a mark of `SENTENCE_MARKS` (`.`, `!`, `?`, `…`, `。`, `।`, `؟` …), then perhaps a closing quote or bracket. */
  readonly endsSentence: boolean;
  /** Count of sentence-ending marks inside the line. */
  readonly sentenceMarks: number;
  /** Set by repair: how many times a label was glued to itself (`Send in e-mailSend in e-mail` gives 2). */
  readonly repeats?: number | undefined;
  /** Set by repair: the text as separate words, glued repeats collapsed and glued words split (`Home News`). */
  readonly labelText?: string | undefined;
  /** Set by repair: a photo credit split off the end of the line; `text` is then the caption alone. */
  readonly credit?: string | undefined;
}

// Why: html-to-text writes list items as ` * item` (WCXB html-to-text pages); innerText pages keep `•`, `–`, `1.`.
const LIST_MARKER = /^(?:[*•·▪●◦‣∙○■□➤►▸–—-]|\d{1,3}[.)]|[a-z][.)])(?=\s)/u;
/**
 * A day written with a period before its month's name and the year ("12. März 2024"), or before its month's number, a
 * period and the year ("12. 4. 2017"): a date, not an item numbered 12.
 * why: German datelines ("Letzte Änderung: Montag, 9. März 2015", "9. März 2015, 14:30 Uhr") and Nordic ones write
 * the day so, and Czech and Slovak ones the whole date in numbers ("12. 4. 2017 14:30").
 */
const DAY_BEFORE_MONTH = /^\d{1,2}\.\s+(?:\p{L}{3,}\.?,?\s+|\d{1,2}\.\s?)(?:19|20)\d\d(?!\d)/u;
/**
 * A quote's mark. Why not two in a row: ">>" before a link's label is an arrow, as "»" is (">> Related: NordPass
 * Password Manager Review", WCXB 4864; ">> Browse All Directories", multisite-dev forbes); read as a quote's mark, the
 * line's text kept the other, which the article's text then wrote as a quote's mark to a second cleaning.
 */
const QUOTE_MARKER = /^>(?!>)\s?/;
/**
 * A second mark right after a line's list or quote mark, before the words: a nested list's first item (" * * Napa
 * Valley: …", the outer item empty), a list inside a quote ("> * Does this library …"), a quote inside a quote ("> > “An
 * index is …"). Why: kept in the line's text, the article's text wrote it as a mark of its own to a second cleaning,
 * which read the line as an item or a quote and lost the mark (WCXB 4688, 0438, 2381 html-to-text). Not a dash, which
 * opens a quote's attribution ("> — Name (@handle)"), nor a number, which the item's text keeps.
 */
const INNER_MARK = /^(?:[*•·▪●◦‣∙○■□➤►▸]|>(?!>))\s+(?=[^\s*•·▪●◦‣∙○■□➤►▸>])/u;
const MD_HEADING = /^(#{1,6})\s+(?=\S)/;
/**
 * Markdown's escape of a line's first mark (`\# origin …`, `\+ return`, `\- AFP`): toMarkdown writes a paragraph that
 * opens with a heading's, a quote's or an item's mark so. The backslash is markup and the line a paragraph that keeps
 * the mark. Why: cleaned again, the Markdown kept the backslash in the text (WCXB 0437 innertext: a shell listing's
 * comments, "# initialize git", read as paragraphs; 0430: a diff's "+ return"); no line of the dev pages opens so.
 */
const MD_ESCAPED_MARK = /^\\[#>*+-](?=\s)/;
/**
 * A line set wholly in Markdown's emphasis (`*By Jane Doe · May 4, 2025*`): its asterisks are markup, as a heading's
 * `#`s are. Why: toMarkdown writes the byline and date so, and cleaned again the line kept them, which no byline reads
 * ("*By Rick Steves*" came back a heading, WCXB 0070 innertext). Not `**`, nor a line with an asterisk inside.
 */
const MD_EMPHASIS = /^\*(?=[^\s*])[^*]*[^\s*]\*$/;
// Ends like a sentence: a mark of SENTENCE_MARKS, then up to three closing quotes or brackets; checked from the end
// instead of scanned for.
// why: a Hindi article ends its sentences with the danda ("… मंजूर किया।"): without it no line read as prose and the
// body came out empty; the Arabic question mark likewise.
const NON_ASCII_SENTENCE_MARKS = new Set([...SENTENCE_MARKS].map((mark) => mark.charCodeAt(0)).filter((c) => c > 0x7f));
const isSentenceMark = (code: number): boolean =>
  code === 0x2e || code === 0x21 || code === 0x3f || (code > 0x7f && NON_ASCII_SENTENCE_MARKS.has(code));
const isCloser = (code: number): boolean =>
  code === 0x22 ||
  code === 0x27 ||
  code === 0x201d ||
  code === 0x2019 ||
  code === 0xbb ||
  code === 0x29 ||
  code === 0x5d;

/**
 * The trimmed run of the normalized text that will become the next {@link Line}: one input line, or several of a
 * hard-wrapped paragraph. One is reused through a call, so no object outlives its line.
 */
interface Span {
  start: number;
  end: number;
  /** Where the last input line joined so far starts. */
  lastStart: number;
  /** Length of the joined lines with single spaces between them. */
  length: number;
  /** True when several input lines were joined. */
  joined: boolean;
  blankBefore: boolean;
  indent: number;
  /** True when two spaces stand next to each other in it (it holds one line). */
  doubleSpace: boolean;
  /** Where the `=` underline under it ends ({@link isUnderline}), or -1: the line's span then reaches there. */
  underlineEnd: number;
}

// Why: hard-wrapped pages (WCXB 0086 wraps every ~80 characters) break sentences across lines; a line that
// stops mid-sentence and a next line that goes on in lower case are one paragraph. Sticky, and tried at one
// position: the last character of one line, the first of the next.
const STOPS_MID_SENTENCE = /[\p{L}\p{N},;–—-]/uy;
const GOES_ON = /\p{Ll}/uy;
const STARTS_CAPITALIZED = /[\p{Lu}\p{N}]/uy;
const LOWER_WORDS = /[\p{Ll} ]+/uy;
/** Fewest characters of a line that can be a wrapped paragraph line; menus of short words are not. */
const MIN_WRAPPED_CHARS = 30;

// Only the last line joined so far is looked at, so a paragraph wrapped into many lines stays linear.
function continues(text: string, span: Span, next: number, nextEnd: number, blankBefore: boolean): boolean {
  if (blankBefore || span.length < MIN_WRAPPED_CHARS) return false;
  STOPS_MID_SENTENCE.lastIndex = lastCharAt(text, span.lastStart, span.end);
  if (!STOPS_MID_SENTENCE.test(text) || STOPS_MID_SENTENCE.lastIndex !== span.end) return false;
  GOES_ON.lastIndex = next;
  if (!GOES_ON.test(text) || startsWithLetterMarker(text, next, nextEnd)) return false;
  // Why: a few lower-case words alone, no mark, are a tag or a label under a headline ("advice for students", "making
  // images"; WCXB 0114, 4172 innertext), not the last line of a wrapped paragraph, which ends like a sentence. Code
  // goes on in short lines too, but after a line that starts with a comment mark or in lower case ("# stash your
  // current changes …", then "git stash"; WCXB 0437).
  if (nextEnd - next >= MIN_WRAPPED_CHARS) return true;
  LOWER_WORDS.lastIndex = next;
  if (!LOWER_WORDS.test(text) || LOWER_WORDS.lastIndex !== nextEnd) return true;
  STARTS_CAPITALIZED.lastIndex = span.start;
  return !STARTS_CAPITALIZED.test(text);
}

/** Fewest `=` of a headline's underline. */
const MIN_UNDERLINE = 3;
const LETTER = /\p{L}/u;

/**
 * Whether the line `[start, end)` underlines the span above it with `=` (Markdown's setext headline, as `toText` writes
 * its headline): `=` alone, three or more and at least half as many as the span has characters, right under a line of
 * its own that is no item, quote or marked heading and has a letter. The underline is then the headline's markup, as a
 * `#` is. Why: `toText`'s headline was a plain line, which cleaned again could not be told from the body's first
 * heading in `article.text` (WCXB 0110, 0138: "What Is Video Production?"). Why half as many: a short run under a
 * long line is a listing's merge marker ("=======" under a line of code, WCXB 0426 html-to-text).
 */
function isUnderline(text: string, span: Span, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 0x3d || span.joined || span.underlineEnd >= 0) return false;
  const count = end - start;
  if (count < MIN_UNDERLINE || 2 * count < span.end - span.start) return false;
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) !== 0x3d) return false;
  const above = text.slice(span.start, span.end);
  return (
    LETTER.test(above) &&
    !MD_HEADING.test(above) &&
    !QUOTE_MARKER.test(above) &&
    !(mayStartWithMarker(above) && LIST_MARKER.test(above))
  );
}

/**
 * Whether the line at `start` opens with a lettered item's marker ("a) ", "b. "). Why: it starts a line of its own,
 * as a numbered one does; read as the next line of a wrapped paragraph, "a) Market overview" ran into the heading
 * above it ("Market 3: Generative AI services a) Market overview", WCXB 0347 innertext).
 */
function startsWithLetterMarker(text: string, start: number, end: number): boolean {
  const letter = text.charCodeAt(start);
  const mark = text.charCodeAt(start + 1);
  return (
    end - start > 3 &&
    letter >= 0x61 &&
    letter <= 0x7a &&
    (mark === 0x2e || mark === 0x29) &&
    text.charCodeAt(start + 2) === 0x20
  );
}

/** Where the last character (code point) of `text.slice(from, end)` starts. */
function lastCharAt(text: string, from: number, end: number): number {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff && end - 2 >= from;
  return pair ? end - 2 : end - 1;
}

/** The span's text: its input lines trimmed and joined with spaces. */
function spanText(text: string, span: Span): string {
  const slice = text.slice(span.start, span.end);
  return span.joined ? slice.split('\n').map(trimSpaces).join(' ') : slice;
}

const trimSpaces = (line: string): string => line.replace(/^ +| +$/g, '');

/**
 * Splits normalized text into its non-blank lines with offsets and the cheap features every detector uses.
 * Lines of a hard-wrapped paragraph are joined back into one.
 * @example segment('Title\n\nBody text.').map((l) => l.text) // ['Title', 'Body text.']
 * @throws {InvalidInputError} when `text` is not a string.
 */
export function segment(text: string): Line[] {
  // Why: exported beside clean(), it threw a TypeError from inside (`text.includes is not a function`).
  if (typeof text !== 'string') throw new InvalidInputError(typeName(text), 'segment() expects a string');
  const lines: Line[] = [];
  const span: Span = {
    start: -1,
    end: 0,
    lastStart: 0,
    length: 0,
    joined: false,
    blankBefore: false,
    indent: 0,
    doubleSpace: false,
    underlineEnd: -1,
  };
  // Why one search over the document: asking each line's slice for two spaces cost 6% of segment().
  let doubleAt = text.indexOf('  ');
  const describeSpan = (): void => {
    if (doubleAt !== -1 && doubleAt < span.start) doubleAt = text.indexOf('  ', span.start);
    span.doubleSpace = doubleAt !== -1 && doubleAt + 2 <= span.end;
    lines.push(describeLine(text, span, lines.length));
  };
  forgetTokens();
  let blankBefore = false;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    let s = from;
    let e = to;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) {
      if (span.start >= 0 && !blankBefore && isUnderline(text, span, s, e)) {
        span.underlineEnd = e;
      } else if (span.start >= 0 && span.underlineEnd < 0 && continues(text, span, s, e, blankBefore)) {
        span.end = e;
        span.lastStart = s;
        span.length += 1 + e - s;
        span.joined = true;
      } else {
        if (span.start >= 0) describeSpan();
        span.start = s;
        span.end = e;
        span.lastStart = s;
        span.length = e - s;
        span.joined = false;
        span.underlineEnd = -1;
        span.blankBefore = blankBefore;
        span.indent = s - from;
      }
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    from = to + 1;
  }
  if (span.start >= 0) describeSpan();
  forgetTokens();
  return lines;
}

/**
 * A {@link Line} as segment() and repair build it, every field set in one order, so all lines share one shape (V8's
 * property loads on lines in the fifteen detectors stay monomorphic; the fields repair sets are present though unset).
 * Why a class, not an object literal: V8 counts how many of a literal's objects outlive a young collection, and as a
 * page's lines outlive several, it made them straight in the old generation, where each new line's young strings and
 * tokens were stored through the write barrier's slow path and the collector had more to do (CPU profile, 707 pages ×
 * 3 rounds: the literal's line 3.5 % of the samples, collection 13.1 %; lines and scores built by classes: about 0 and
 * 3.7 %). V8 makes no such guess for objects a constructor builds.
 */
class SegmentedLine implements Line {
  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly rawText: string,
    readonly blankBefore: boolean,
    readonly listMarker: string | null,
    readonly depth: number,
    readonly quoted: boolean,
    readonly headingLevel: number,
    readonly tokens: readonly string[],
    readonly words: number,
    readonly letters: number,
    readonly upperRatio: number,
    readonly script: Script,
    readonly endsSentence: boolean,
    readonly sentenceMarks: number,
    readonly repeats: number | undefined,
    readonly labelText: string | undefined,
    readonly credit: string | undefined,
  ) {}
}

function describeLine(text: string, span: Span, index: number): Line {
  const raw = spanText(text, span);
  const folded = (span.joined ? raw.includes('  ') : span.doubleSpace) ? raw.replace(/ {2,}/g, ' ') : raw;
  // Why own copies: a line's text is read by every later stage, and a cut of the page would reach them as a view into
  // it, a text whose runs of spaces were folded as pieces joined one to another (see ownCopy); joined lines are flat.
  const rawText = span.joined && folded === raw ? raw : ownCopy(folded);
  let body = rawText;
  let listMarker: string | null = null;
  let quoted = false;
  let headingLevel = span.underlineEnd < 0 ? 0 : 1;
  const list = mayStartWithMarker(body) && !DAY_BEFORE_MONTH.test(body) ? LIST_MARKER.exec(body) : null;
  if (body.charCodeAt(0) === 0x5c && MD_ESCAPED_MARK.test(body)) {
    body = ownCopy(body.slice(1));
  } else if (list) {
    listMarker = list[0];
    body = ownCopy(withoutInnerMark(body.slice(list[0].length).trimStart()));
  } else if (body.charCodeAt(0) === 0x3e && QUOTE_MARKER.test(body)) {
    quoted = true;
    body = ownCopy(withoutInnerMark(body.replace(QUOTE_MARKER, '')));
  } else {
    const md = body.charCodeAt(0) === 0x23 ? MD_HEADING.exec(body) : null;
    if (md?.[1]) {
      headingLevel = md[1].length;
      body = ownCopy(body.slice(md[0].length));
    } else if (body.charCodeAt(0) === 0x2a && MD_EMPHASIS.test(body)) body = ownCopy(body.slice(1, -1));
  }
  // Why scan the document's text where the line is a piece of it: a slice's characters are read through the
  // string it was cut from, which costs more per character than reading that string itself.
  const plain = !span.joined && folded === raw;
  const shape = plain ? scanLine(text, span.end - body.length, span.end) : scanLine(body, 0, body.length);
  const tokens = shape.tokens;
  const words = wordsOfScan(tokens.length, shape.script, shape.unspacedLetters);
  return new SegmentedLine(
    index,
    span.start,
    span.underlineEnd < 0 ? span.end : span.underlineEnd,
    body,
    rawText,
    span.blankBefore,
    listMarker,
    // Why a shift, not Math.floor(indent / 2): an odd indent made V8 drop describeLine's optimized code, which had
    // only seen even ones, and compile it again.
    listMarker ? span.indent >> 1 : 0,
    quoted,
    headingLevel,
    tokens,
    words,
    shape.letters,
    shape.cased === 0 ? 0 : shape.upper / shape.cased,
    shape.script,
    endsSentence(body) || endsUnmarkedSentence(shape.script, words, body) || endsBeforeCredit(body),
    shape.sentenceMarks,
    undefined,
    undefined,
    undefined,
  );
}

/** The text after a line's mark, without a second mark ({@link INNER_MARK}). */
function withoutInnerMark(body: string): string {
  const inner = INNER_MARK.exec(body);
  return inner === null ? body : body.slice(inner[0].length);
}

/** True for a quote's blank line ("> "): its mark alone, which parts the quote's lines and shows nothing. */
export const isQuoteBreak = (line: Line): boolean => line.quoted && line.text === '';

/** The fields repair sets on a line. */
export type RepairFields = Pick<Line, 'text' | 'repeats' | 'labelText' | 'credit'>;

/**
 * The line with the fields repair sets replaced; every repair builds its line with it. Why not a spread
 * (`{ ...line, credit }`): a spread copy gets a shape of its own, and lines of five shapes made V8's property loads
 * on lines megamorphic in every later stage; a {@link SegmentedLine} shares the shape of the lines segment() makes.
 */
export function withRepair(line: Line, fields: RepairFields): Line {
  return new SegmentedLine(
    line.index,
    line.start,
    line.end,
    // Why own copies: a caption is cut from its line, and would reach later stages as a view into it (see ownCopy).
    fields.text === line.text ? line.text : ownCopy(fields.text),
    line.rawText,
    line.blankBefore,
    line.listMarker,
    line.depth,
    line.quoted,
    line.headingLevel,
    line.tokens,
    line.words,
    line.letters,
    line.upperRatio,
    line.script,
    line.endsSentence,
    line.sentenceMarks,
    fields.repeats,
    fields.labelText === undefined ? undefined : ownCopy(fields.labelText),
    fields.credit,
  );
}

const BULLETS = new Set([...'*•·▪●◦‣∙○■□➤►▸–—-'].map((c) => c.charCodeAt(0)));

/** What LIST_MARKER needs at the start: a bullet, a digit, or a lower-case letter and `.` or `)`. */
function mayStartWithMarker(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  if (BULLETS.has(first) || (first >= 0x30 && first <= 0x39)) return true;
  const second = text.length > 1 ? text.charCodeAt(1) : -1;
  return first >= 0x61 && first <= 0x7a && (second === 0x2e || second === 0x29);
}

/** Fewest words of a Thai line that reads as a sentence (sixty letters): more than a short headline has. */
const MIN_UNMARKED_SENTENCE_WORDS = 15;

/** Fewest characters a Chinese clause between two pauses has on average; a keyword or a tag has two to four. */
const MIN_HAN_CLAUSE = 6;
/** A space between two Chinese characters: a clause's pause in a line written without commas. */
const HAN_PAUSE = /[\u3400-\u4dbf\u4e00-\u9fff] +[\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * Whether a line in Thai, which marks no sentence's end and parts its clauses with spaces, or in Chinese written
 * the same way, is long enough and spaced to be a paragraph's sentence.
 * why: a Thai news paragraph ("…เมื่อวันพุธ เพื่อเร่งการพัฒนา…") ends with no mark: no Thai line read as prose and
 * the body came out empty.
 */
function endsUnmarkedSentence(script: Script, words: number, text: string): boolean {
  if (words < MIN_UNMARKED_SENTENCE_WORDS) return false;
  if (script === 'thai') return text.includes(' ');
  // Why: readability pixnet (zh-TW travel blog): the post is one or two lines a photo, each a sentence of thirty
  // characters or more parted by spaces instead of commas, none with an end mark ("一波波接續性低溫寒流報到
  // 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣"); no line read as prose and the sidebar's posts became the body.
  // Why the clause length: pixnet's post runs 9 to 21 characters between its spaces, a list parted by spaces two to
  // four a piece (its month archive, "2016 十月 (1) 2016 八月 (1) …"); a line of keywords is no sentence.
  return script === 'han' && HAN_PAUSE.test(text) && text.length >= MIN_HAN_CLAUSE * text.split(' ').length;
}

/** Most characters of a copyright credit glued to a paragraph's end ("(c)AFP/" and a photographer's name). */
const MAX_TRAILING_CREDIT = 40;
// A sentence's end, then a copyright mark and a short credit of letters, spaces, slashes and dots.
const TRAILING_CREDIT = new RegExp(`${SENTENCE_THEN_COPYRIGHT}[\\p{L}\\p{M} ./&-]{1,${MAX_TRAILING_CREDIT}}$`, 'iu');

/**
 * Whether a line is a sentence with a wire service's credit glued after its end mark. Why: a wire story's last
 * paragraph carries the agency's credit ("…と指摘している。(c)AFP/<name>", research set afpbb (ja)); read
 * with it, the paragraph ended no sentence and fell out of the body.
 */
function endsBeforeCredit(text: string): boolean {
  // The marks asked of the line's tail first: a line ends in "(…)" often, in a copyright mark seldom.
  const from = Math.max(0, text.length - MAX_TRAILING_CREDIT - 4);
  const marked = text.indexOf('©', from) >= 0 || text.indexOf('(c)', from) >= 0 || text.indexOf('(C)', from) >= 0;
  return marked && TRAILING_CREDIT.test(text);
}

/**
 * Whether `text` (or its part from `from` to `end`) ends in a sentence mark followed by at most three closing
 * quotes or brackets.
 */
function endsSentence(text: string, from = 0, end = text.length): boolean {
  for (let j = 0; j <= 3 && j < end - from; j++) {
    if (isSentenceMark(text.charCodeAt(end - 1 - j))) return true;
    if (!isCloser(text.charCodeAt(end - 1 - j))) return false;
  }
  return false;
}

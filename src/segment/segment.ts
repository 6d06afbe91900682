import { type Script, scriptOf, UNSPACED_SCRIPTS } from './script.js';

/** One non-blank line of the normalized text: the unit every later stage classifies. */
export interface Line {
  /** Position in the document's line list. */
  readonly index: number;
  /** Offset of the line's first non-space character in the normalized text. */
  readonly start: number;
  /** Offset just past its last non-space character in the normalized text. */
  readonly end: number;
  /** The line, trimmed, with runs of spaces folded to one; list/quote/heading markers removed. */
  readonly text: string;
  /** The line, trimmed and folded, with its markers. */
  readonly rawText: string;
  /** True when a blank line precedes it (a paragraph break in the page). */
  readonly blankBefore: boolean;
  /** The bullet or number that opened the line (`*`, `•`, `1.`), or null. */
  readonly listMarker: string | null;
  /** Nesting depth of a list item, from its indentation (0 for top level). */
  readonly depth: number;
  /** True when the line was written as a quotation (`> …`). */
  readonly quoted: boolean;
  /** Markdown heading level (`## …` gives 2), or 0. */
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
  /** Ends like a sentence: `.`, `!`, `?`, `…`, `。`, optionally followed by a closing quote or bracket. */
  readonly endsSentence: boolean;
  /** Count of sentence-ending marks inside the line. */
  readonly sentenceMarks: number;
  /** Set by repair: how many times a label was glued to itself (`Send in e-mailSend in e-mail` gives 2). */
  readonly repeats?: number;
  /** Set by repair: the text as separate words, glued repeats collapsed and glued words split (`Home News`). */
  readonly labelText?: string;
  /** Set by repair: a photo credit split off the end of the line; `text` is then the caption alone. */
  readonly credit?: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
// Why: html-to-text writes list items as ` * item` (WCXB html-to-text pages); innerText pages keep `•`, `–`, `1.`.
const LIST_MARKER = /^(?:[*•·▪●◦‣∙○■□➤►▸–—-]|\d{1,3}[.)]|[a-z][.)])(?=\s)/u;
const QUOTE_MARKER = /^>\s?/;
const MD_HEADING = /^(#{1,6})\s+(?=\S)/;
const SENTENCE_END = /[.!?…。！？](?:["'”’»)\]]{0,3})$/u;
const SENTENCE_MARK = /[.!?…。！？](?=\s|$)/gu;

/** A trimmed run of the normalized text that will become one {@link Line}. */
interface Span {
  start: number;
  end: number;
  text: string;
  blankBefore: boolean;
  indent: number;
}

// Why: hard-wrapped pages (WCXB 0086 wraps every ~80 characters) break sentences across lines; a line that
// stops mid-sentence and a next line that goes on in lower case are one paragraph.
const STOPS_MID_SENTENCE = /[\p{L}\p{N},;–—-]$/u;
const GOES_ON = /^\p{Ll}/u;
/** Fewest characters of a line that can be a wrapped paragraph line; menus of short words are not. */
const MIN_WRAPPED_CHARS = 30;

function continues(previous: Span, next: Span): boolean {
  return (
    !next.blankBefore &&
    previous.text.length >= MIN_WRAPPED_CHARS &&
    STOPS_MID_SENTENCE.test(previous.text) &&
    GOES_ON.test(next.text)
  );
}

/**
 * Splits normalized text into its non-blank lines with offsets and the cheap features every detector uses.
 * Lines of a hard-wrapped paragraph are joined back into one.
 * @example segment('Title\n\nBody text.').map((l) => l.text) // ['Title', 'Body text.']
 */
export function segment(text: string): Line[] {
  const spans: Span[] = [];
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
      const span: Span = { start: s, end: e, text: text.slice(s, e), blankBefore, indent: s - from };
      const previous = spans[spans.length - 1];
      if (previous && continues(previous, span)) {
        previous.end = e;
        previous.text = `${previous.text} ${span.text}`;
      } else {
        spans.push(span);
      }
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    from = to + 1;
  }
  return spans.map((span, index) =>
    describeLine(span.text, index, span.start, span.end, span.blankBefore, span.indent),
  );
}

function describeLine(
  raw: string,
  index: number,
  start: number,
  end: number,
  blankBefore: boolean,
  indent: number,
): Line {
  const folded = raw.includes('  ') ? raw.replace(/ {2,}/g, ' ') : raw;
  let body = folded;
  let listMarker: string | null = null;
  let quoted = false;
  let headingLevel = 0;
  const list = LIST_MARKER.exec(body);
  if (list) {
    listMarker = list[0];
    body = body.slice(list[0].length).trimStart();
  } else if (QUOTE_MARKER.test(body)) {
    quoted = true;
    body = body.replace(QUOTE_MARKER, '');
  } else {
    const md = MD_HEADING.exec(body);
    if (md?.[1]) {
      headingLevel = md[1].length;
      body = body.slice(md[0].length);
    }
  }
  const tokens = body.toLowerCase().match(TOKEN) ?? [];
  const shape = measureLetters(body);
  const unspaced = UNSPACED_SCRIPTS.has(shape.script);
  const words = unspaced ? Math.max(tokens.length, Math.ceil(shape.unspacedLetters / 2)) : tokens.length;
  return {
    index,
    start,
    end,
    text: body,
    rawText: folded,
    blankBefore,
    listMarker,
    depth: listMarker ? Math.floor(indent / 2) : 0,
    quoted,
    headingLevel,
    tokens,
    words,
    letters: shape.letters,
    upperRatio: shape.cased === 0 ? 0 : shape.upper / shape.cased,
    script: shape.script,
    endsSentence: SENTENCE_END.test(body),
    sentenceMarks: body.match(SENTENCE_MARK)?.length ?? 0,
  };
}

interface LetterShape {
  letters: number;
  upper: number;
  cased: number;
  unspacedLetters: number;
  script: Script;
}

function measureLetters(text: string): LetterShape {
  const counts = new Map<Script, number>();
  let letters = 0;
  let upper = 0;
  let cased = 0;
  let unspacedLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const script = scriptOf(code);
    if (script === 'none') continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
    if (UNSPACED_SCRIPTS.has(script)) unspacedLetters++;
    if (script === 'latin' || script === 'cyrillic' || script === 'greek') {
      const ch = text[i] as string;
      const lower = ch.toLowerCase();
      if (lower !== ch.toUpperCase()) {
        cased++;
        if (ch !== lower) upper++;
      }
    }
  }
  let script: Script = 'none';
  let best = 0;
  for (const [s, n] of counts) {
    if (n > best) {
      best = n;
      script = s;
    }
  }
  return { letters, upper, cased, unspacedLetters, script };
}

import { literalAlternation } from '../lang/escape-reg-exp.js';
import type { CompiledPack } from '../lang/matcher.js';
import { spaceCodes } from '../segment/char-tables.js';
import { scanLine } from '../segment/line-scan.js';
import { type Line, withRepair } from '../segment/segment.js';
import { SENTENCE_THEN_COPYRIGHT } from '../segment/wire-credit.js';
import { wordsBetweenSpaces } from '../segment/word-count.js';
import { parenthesizedCreditTest } from './parenthesized-credit.js';

/** Most words a photo credit has; longer text after a label is a sentence, not a credit. */
const MAX_CREDIT_WORDS = 12;
// A web address alone: the link a round-up gives for each of its items.
const WEB_ADDRESS = /^(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?\S*$/u;
/** Longest line looked at (characters): captions are short, and this bounds the patterns' backtracking. */
const MAX_CAPTION_CHARS = 600;

// Why: Chinese and Japanese write a label's colon full width ("图片来源：新华社", "写真：共同通信").
const LABEL_COLON = '[:：]';
const HANGUL = /\p{Script=Hangul}/u;
// Why: a Chinese or Japanese caption ends in its own full stop, mark or bracket before the credit glued to it
// ("政府批准了新法案。图片来源：新华社").
const WIDE_CAPTION_ENDS = '。！？）」』';

/** One form of photo credit: its pattern, and the cheap test of the line's end that it needs to match at all. */
export interface CreditPattern {
  /** Group 1 is the caption, group 2 the credit. */
  readonly pattern: RegExp;
  /** False when the pattern certainly does not match the line's text; looked at first, the patterns' lazy scans cost more. */
  readonly mayMatch: (line: Line) => boolean;
  /** The credit stands on a line of its own: group 1 matches empty, and the line keeps no caption. */
  readonly alone?: boolean;
  /** False when the credit the pattern found is not one after all, for a shape the pattern does not say. */
  readonly accepts?: (credit: string) => boolean;
}

// Compiled once per pack: a memo of immutable regular expressions, not state that changes a result.
const patternCache = new WeakMap<CompiledPack, readonly CreditPattern[]>();

/** The credit splitters for a pack's credit labels, compiled once per pack. */
export function creditPatternsFor(lang: CompiledPack): readonly CreditPattern[] {
  let patterns = patternCache.get(lang);
  if (!patterns) {
    patterns = compileCreditPatterns(lang);
    patternCache.set(lang, patterns);
  }
  return patterns;
}

function compileCreditPatterns(lang: CompiledPack): readonly CreditPattern[] {
  const labels = literalAlternation(lang.pack.creditLabels);
  const labelAnywhere = new RegExp(labels, 'iu');
  const labelEndsAt = labelEnding(lang.pack.creditLabels);
  const aloneLabels = literalAlternation(lang.pack.imageCreditLabels);
  const hangulLabels = lang.pack.imageCreditLabels.filter((label) => HANGUL.test(label));
  // Why: a Korean credit parts its label with "=" ("사진=연합뉴스"); only a Hangul label, so "image=…" in code is none.
  const equalsLabels = hangulLabels.length > 0 ? `(?:${literalAlternation(hangulLabels)})\\s?=|` : '';
  const bylines = literalAlternation(lang.pack.creditBylines);
  // The first words a credit of its own can open with: most lines open with none, and skip the pattern.
  const openers = new Set(
    [...lang.pack.imageCreditLabels, ...lang.pack.creditBylines].map((phrase) => firstWord(phrase)),
  );
  const opensWithToken = tokenTest(openers);
  const opensCredit = new RegExp(`^\\s*(?:(?:${aloneLabels})\\s?${LABEL_COLON}|(?:${bylines})(?![\\p{L}]))`, 'iu');
  return [
    // Why: a credit on a line of its own under the image ("Credit: Reviewed / Timothy Renzi", WCXB 0010; "Image:
    // Courtesy of Michael Ma", 0140; "Photo by Solen Feyissa on Unsplash", 0456); a byline may take a colon too
    // ("Image courtesy of: Rima Brindamour", 0030).
    {
      pattern: new RegExp(
        `^()(?:(?:${aloneLabels})\\s?${LABEL_COLON}|${equalsLabels}(?:${bylines})(?![\\p{L}])\\s?${LABEL_COLON}?)\\s*([^:：]{2,160})$`,
        'iu',
      ),
      mayMatch: (line) => opensWithToken(line.tokens[0]) && openers.has(firstWord(line.text).toLowerCase()),
      alone: true,
    },
    // Why: the seed's "…April 12, 2017.Credit: SERGEI KARPUKHIN/REUTERS" and "Photograph: X/Getty Images".
    {
      pattern: new RegExp(
        `^(.{3,}?[.!?)”"’»${WIDE_CAPTION_ENDS}])\\s*(?:${labels})\\s?${LABEL_COLON}\\s*([^:：]{2,160})$`,
        'iu',
      ),
      mayMatch: (line) => endsInLabelledCredit(line.text, labelEndsAt),
    },
    // Why: "(AP Photo/Evan Vucci)", "(Foto: dpa)" at the end of a caption.
    {
      pattern: new RegExp(
        `^(.{3,}?)\\s*\\(((?:[^()]{0,40}(?<![\\p{L}])(?:${labels})(?![\\p{L}])[^()]{0,80})|(?:[^()\\s]{1,40}/[^()]{1,80}))\\)$`,
        'iu',
      ),
      mayMatch: (line) => endsInCreditInParentheses(line.text, labelAnywhere),
      accepts: parenthesizedCreditTest(lang.pack.creditLabels),
    },
    // Why: a bare "NAME/AGENCY" credit in capitals glued after the caption's last sentence.
    {
      pattern: /^(.{3,}?[.!?”"])\s*(\p{Lu}[\p{Lu}\p{M} .'-]{1,60}\/\s?[\p{L} .'-]{2,60})$/u,
      mayMatch: (line) => endsInSlashCredit(line.text),
    },
    // Why: a credit after a dash or a bar closing the caption ("… hammocks available. – Photo Credit: Taylor
    // Passofaro (CleverHiker.com)", WCXB 4130; "… glass-enclosed cabinets. | Photo by Lisa Jennings", 0153).
    {
      pattern: new RegExp(
        `^(.{3,}?)\\s+[${CREDIT_SEPARATORS}]\\s*(?:(?:${aloneLabels})\\s?:|(?:${bylines})(?![\\p{L}]))\\s*([^:${CREDIT_SEPARATORS}]{2,120})$`,
        'iu',
      ),
      mayMatch: (line) => endsInSeparatedCredit(line.text, opensCredit),
    },
    ...agencyCreditPatterns(lang.pack.photoAgencies),
  ];
}

/** The dashes and the bar that may set a credit off its caption. */
const CREDIT_SEPARATORS = '–—|';
/** Most characters from a credit's separator to the line's end: a label and a name (the pattern's 120, and more). */
const MAX_SEPARATED_CREDIT_CHARS = 160;

/**
 * What `caption – Label: credit` needs: a last dash or bar near the line's end, with a credit's label or byline right
 * after it; most lines with a dash near their end have a clause there.
 */
function endsInSeparatedCredit(text: string, opensCredit: RegExp): boolean {
  // Only a separator that near the end counts: the search starts there, not at the start of a long paragraph.
  const from = text.length - MAX_SEPARATED_CREDIT_CHARS;
  const separator = Math.max(lastIndexIn(text, '–', from), lastIndexIn(text, '—', from), lastIndexIn(text, '|', from));
  return (
    separator > 0 &&
    text.length - separator <= MAX_SEPARATED_CREDIT_CHARS &&
    opensCredit.test(text.slice(separator + 1))
  );
}

/** One to five words with no slash, bar or sentence mark: a photographer's or a collection's name. */
const CREDIT_NAME = '[^\\s/|.!?]+(?: [^\\s/|.!?]+){0,4}';
/** Nothing, or a caption that ends like a sentence, which the credit may follow with no space ("…in 2024.Jane Doe"). */
const CAPTION_BEFORE = `(|.*?[.!?…"”’)${WIDE_CAPTION_ENDS}])`;

/**
 * Credits that name a photo agency with the photographer across a slash or a bar, after their caption or on a line
 * of their own. Why: stock credits are written without a label ("…in 2024.Mikolette / Getty Images", WCXB 0034;
 * "Firn | Getty Images", 4708; "…with your phone? Morsa Images/DigitalVision via Getty Images", 0345; "Getty Images /
 * Holger Leue", 0149). A sentence that names an agency has no name across a slash from it, and is kept.
 */
function agencyCreditPatterns(agencies: readonly string[]): CreditPattern[] {
  const agency = `(?:${literalAlternation(agencies)})`;
  const lastWords = new Set(agencies.map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));
  const lastCodes = new Set(agencies.map((phrase) => phrase.charCodeAt(phrase.length - 1)));
  const endsWithToken = tokenTest(lastWords);
  const firstWords = [...new Set(agencies.map((phrase) => firstWord(phrase)))];
  const mentionsAgency = (text: string): boolean => {
    const lower = text.toLowerCase();
    return firstWords.some((word) => lower.includes(word));
  };
  return [
    {
      pattern: new RegExp(
        `^${CAPTION_BEFORE}\\s*((?:${CREDIT_NAME}\\s?[/|]\\s?){1,2}(?:${CREDIT_NAME}\\svia\\s)?${agency}|${CREDIT_NAME}\\svia\\s${agency})$`,
        'iu',
      ),
      mayMatch: ({ text, tokens }) =>
        mayEndWithAgency(text, lastCodes) &&
        endsWithToken(tokens[tokens.length - 1]) &&
        lastWords.has(lastWord(text).toLowerCase()),
      alone: true,
    },
    {
      pattern: new RegExp(`^${CAPTION_BEFORE}\\s*(${agency}\\s?[/|]\\s?[^/|]{1,60})$`, 'iu'),
      mayMatch: ({ text }) => endsInSeparatedName(text) && mentionsAgency(text),
      alone: true,
    },
  ];
}

/**
 * A test of a line's first or last token that is false only when the line's first or last word (up to a space, a
 * colon, a slash or a bar) is none of `words` once lowercased: such a word, if each of `words` is one token, is the
 * token too. Why: a token is there already, where the word must be cut and lowercased first. With a word of another
 * shape among `words` ("e.g."), every token passes.
 */
function tokenTest(words: ReadonlySet<string>): (token: string | undefined) => boolean {
  const single = [...words].every((word) => {
    const { tokens } = scanLine(word, 0, word.length);
    return tokens.length === 1 && tokens[0] === word;
  });
  return single ? (token) => token !== undefined && words.has(token) : () => true;
}

/**
 * False when the text ends in an ASCII character that, in lower case, ends none of the agencies (`lastCodes`): most
 * lines end in a full stop or a letter no agency ends with, and are ruled out before a word of them is lowercased.
 */
function mayEndWithAgency(text: string, lastCodes: ReadonlySet<number>): boolean {
  const code = text.charCodeAt(text.length - 1);
  if (code >= 0x80) return true;
  return lastCodes.has(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
}

/** Most characters after the slash or bar of `Agency / name`: a space and 60 of the name's. */
const MAX_AFTER_SEPARATOR = 61;

/**
 * What `Agency / name` needs: a last slash or bar with 1 to 61 characters after it to the end, looked for only
 * that far from the end, not along the whole line.
 */
function endsInSeparatedName(text: string): boolean {
  const from = Math.max(0, text.length - MAX_AFTER_SEPARATOR - 1);
  const separator = Math.max(lastIndexIn(text, '/', from), lastIndexIn(text, '|', from));
  return separator >= 0 && separator < text.length - 1;
}

/** The text after its last space, slash or bar. */
function lastWord(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('/'), text.lastIndexOf('|')) + 1);
}

const WORD_END = /[\s:：=]/;

/** The text up to its first space or colon. */
function firstWord(text: string): string {
  const end = text.search(WORD_END);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * A test of whether one of `labels`, and a space at most, ends `text` before `end`, as the patterns (flags `iu`) read
 * them: asked of a window as long as the longest label and a space, not of the whole line.
 */
function labelEnding(labels: readonly string[]): (text: string, end: number) => boolean {
  const atEnd = new RegExp(`(?:${literalAlternation(labels)})\\s?$`, 'iu');
  const reach = Math.max(0, ...labels.map((label) => label.length)) + 1;
  return (text, end) => atEnd.test(text.slice(Math.max(0, end - reach), end));
}

/**
 * What `… Label: credit` needs: a last colon with at most 160 characters (after spaces) to the end, and a label
 * right before it; most lines with a colon near their end have a time or a heading's words there.
 */
function endsInLabelledCredit(text: string, labelEndsAt: (text: string, end: number) => boolean): boolean {
  const colon = Math.max(lastIndexIn(text, ':'), lastIndexIn(text, '：'));
  if (colon < 0) return false;
  const spaces = spaceCodes();
  let after = colon + 1;
  while (after < text.length && spaces[text.charCodeAt(after)] === 1) after++;
  return text.length - after <= 160 && labelEndsAt(text, colon);
}

/**
 * What `… (credit)` needs: a last pair of parentheses at the end, holding a slash or a label (`labelAnywhere`); most
 * lines that end in one hold an aside there.
 */
function endsInCreditInParentheses(text: string, labelAnywhere: RegExp): boolean {
  if (!text.endsWith(')')) return false;
  const open = text.lastIndexOf('(');
  if (open < 0) return false;
  const inside = text.slice(open + 1, -1);
  return !inside.includes(')') && (inside.includes('/') || labelAnywhere.test(inside));
}

/** Most characters after the slash of `NAME/AGENCY`: a space and 60 of the agency's. */
const MAX_AFTER_SLASH = 61;

/** The end `NAME/AGENCY` needs: a capital (or a space, a dot, an apostrophe, a hyphen), a slash, then words. */
const SLASH_CREDIT_END = /[\p{Lu}\p{M} .'-]\/\s?[\p{L} .'-]{2,60}$/u;

/**
 * What `… NAME/AGENCY` needs: the end of the pattern after the last slash and the character before it (a pair of
 * surrogates at most), looked at without the caption's lazy scan.
 */
function endsInSlashCredit(text: string): boolean {
  const slash = lastIndexIn(text, '/', text.length - MAX_AFTER_SLASH - 1);
  return (
    slash >= 0 &&
    text.length - slash - 1 <= MAX_AFTER_SLASH &&
    SLASH_CREDIT_END.test(text.slice(Math.max(0, slash - 2)))
  );
}

/**
 * `text.lastIndexOf(char)` when `char` stands at `from` or after, else -1; asked of `indexOf` from `from` first. Why:
 * V8 searches backwards one character at a time, a few nanoseconds each, and forwards with a vectorized search; most
 * lines hold none of the characters asked about, and the backward search read each of them whole, six times per
 * line. Why `from`: a credit's separator stands near the line's end, and most of the lines asked are paragraphs.
 */
function lastIndexIn(text: string, char: string, from = 0): number {
  return text.indexOf(char, from) < 0 ? -1 : text.lastIndexOf(char);
}

/** Most words of a credit that ends in a full stop and still names, not says ("Getty Images."). */
const MAX_STOPPED_NAME_WORDS = 4;
// Words that each open with a capital or a digit, then one full stop.
const CAPITALIZED_WORDS_STOP = /^[\p{Lu}\p{N}][^\s.]*(?:\s[\p{Lu}\p{N}][^\s.]*)*\.$/u;

/**
 * Whether a credit that ends in a full stop is only a few capitalized names ("Getty Images."), which a sentence is
 * not ("The view from the top."). Why: "Image source: Getty Images." under a chart, WCXB 0046.
 */
function isNamesWithStop(credit: string): boolean {
  return wordsBetweenSpaces(credit) <= MAX_STOPPED_NAME_WORDS && CAPITALIZED_WORDS_STOP.test(credit);
}

/** Most words of a caption; a longer line is a paragraph. */
const MAX_CAPTION_WORDS = 40;
// A sentence's end, then a copyright mark, at the caption's end: a wire story's credit follows it.
const COPYRIGHT_AFTER_SENTENCE = new RegExp(`${SENTENCE_THEN_COPYRIGHT}$`, 'iu');

/**
 * Whether a credit after a copyright mark ends a paragraph rather than a caption: the line is longer than a caption
 * is. Why: a wire story's last paragraph ends in its agency's credit ("…と指摘している。(c)AFP/<name>",
 * research set afpbb (ja), 44 words); split as a photo's, the paragraph left the body as a figure's caption.
 */
function isStoryCredit(line: Line, caption: string): boolean {
  return line.words > MAX_CAPTION_WORDS && COPYRIGHT_AFTER_SENTENCE.test(caption);
}

/**
 * Whether a credit found after its label or mark is one: a few words that name, not a sentence ("Jane Smith/Getty
 * Images", "Getty Images."; not "The view from the top.").
 */
export function isCreditShaped(credit: string): boolean {
  // Why the full-width marks (issue 3): a Chinese or Japanese sentence ends in its own ("写真：駅前で話す市長。" says, not
  // names).
  const sentenceLike = /[.!?。！？]$/u.test(credit) && !/[/)]/.test(credit) && !isNamesWithStop(credit);
  return wordsBetweenSpaces(credit) <= MAX_CREDIT_WORDS && !sentenceLike;
}

/**
 * Splits a photo credit off the end of a caption line, written in any of the usual forms; a credit on a line of
 * its own leaves the line an empty caption.
 * Returns the line unchanged when it carries no credit. The line's `tokens` are its text's, as segment() gives them.
 * @example splitCaptionCredit(line('A meeting in 2017.Credit: SPUTNIK/REUTERS'), patterns).credit // 'SPUTNIK/REUTERS'
 */
export function splitCaptionCredit(line: Line, patterns: readonly CreditPattern[]): Line {
  if (line.words < 2 || line.listMarker !== null || line.credit !== undefined || line.text.length > MAX_CAPTION_CHARS)
    return line;
  for (const { pattern, mayMatch, alone, accepts } of patterns) {
    if ((!alone && line.words < 3) || !mayMatch(line)) continue;
    const m = pattern.exec(line.text);
    const caption = m?.[1]?.trim();
    const credit = m?.[2]?.trim();
    if (caption === undefined || (!caption && !alone) || !credit || accepts?.(credit) === false) continue;
    if (!isCreditShaped(credit) || isStoryCredit(line, caption)) continue;
    // Why: under each project of a round-up, "Photo Credit: www.littlebitsofhome.com" is the link to it that the
    // article gives (WCXB 4452).
    if (alone && WEB_ADDRESS.test(credit)) continue;
    return withRepair(line, { text: caption, repeats: line.repeats, labelText: line.labelText, credit });
  }
  return line;
}

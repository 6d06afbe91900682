import { commonWordKey, type PhraseMatcher } from '../lang/matcher.js';
import { hasUnspacedCode } from '../segment/script.js';
import type { Line } from '../segment/segment.js';

// What may stand between labels on a label line: digits (share counts), punctuation, separators, emoji.
const NO_LETTERS = /^[^\p{L}]*$/u;
const NO_LETTERS_OR_DIGITS = /^[^\p{L}\p{N}]*$/u;
const SPACE = /\s/;
const NO_PHRASES: readonly string[] = Object.freeze([]);

/**
 * How many labels a line is made of, or 0 when anything but labels, digits and punctuation is left.
 * Uses the repaired `labelText`, so glued labels count.
 * @param counted A number and its counter word (the page's pack's `countedNumbers`), which stand as the number alone.
 * @example labelHits(line('Share | Tweet | Email'), en.match.shareLabels) // 3
 */
export function labelHits(line: Line, matcher: PhraseMatcher, counted: RegExp | null = null): number {
  const hits = labelsOnly(line.labelText ?? line.text, matcher, NO_LETTERS, counted);
  // Why: the repair that splits labels glued at a case change ("HomeNewsReviews") splits a name written in camel
  // case too ("LinkedIn" → "Linked In"), which the pack names as written ("Share Tweet LinkedIn", WCXB 0061). Read
  // so, the names must be all the line says: a number beside one is a table's value ("LinkedIn $2.50 – $7.00" in a
  // list of ad costs, 0262).
  return hits === 0 && line.labelText !== undefined ? labelsOnly(line.text, matcher, NO_LETTERS_OR_DIGITS) : hits;
}

/**
 * How many labels `text` is made of, or 0 when what is left of it fails `rest`, once its `counted` numbers are cut
 * out too. Why: Korean, Japanese and Chinese write a count after its label with a counter word ("댓글 12개", "コメント12件",
 * "评论 12 条"), where English writes the number alone ("Reader comments 191", multisite dev arstechnica); the
 * counter is a letter, and such a line was no label line.
 */
function labelsOnly(text: string, matcher: PhraseMatcher, rest: RegExp, counted: RegExp | null = null): number {
  const hits = matcher.count(text);
  if (hits === 0) return 0;
  const left = matcher.strip(text);
  return rest.test(left) || (counted !== null && rest.test(left.replace(counted, ' '))) ? hits : 0;
}

/**
 * The phrases a line contains, counting only phrases of two words or more: a single word such as "share"
 * inside a sentence is content, a phrase such as "already signed up" is not. In a script written without spaces,
 * two words are four characters, as a line's word count reads them ("会員限定" but not "広告"). A phrase the matcher's
 * pack lists among its common words ("accept all", "コメント") counts only as a short label line's first words
 * ({@link opensLabelLine}): sentences say it too.
 * @example phrasesIn(line('Already signed up? LOG IN'), en.match.paywall) // ['Already signed up']
 */
export function phrasesIn(line: Line, matcher: PhraseMatcher): readonly string[] {
  // Why the text as written after the repaired one: the repair splits a name written in camel case ("JavaScript" →
  // "Java Script"), which the pack names as written ("Notice: JavaScript is required for this content.", WCXB 0390).
  const label = line.labelText;
  const text = label !== undefined && matcher.test(label) ? label : line.text;
  // Most lines hold no phrase: answered without building an array per detector per line (43 MB over the dev set).
  if (text !== label && !matcher.test(text)) return NO_PHRASES;
  const { commonWords } = matcher;
  return matcher
    .find(text)
    .filter(
      (phrase) =>
        isSeveralWords(phrase) &&
        (commonWords.size === 0 || !commonWords.has(commonWordKey(phrase)) || opensLabelLine(line, text, phrase)),
    );
}

/** Characters of an unspaced script's phrase that count as two words (the segment stage's two per word). */
const UNSPACED_TWO_WORDS = 4;

const isSeveralWords = (phrase: string): boolean =>
  SPACE.test(phrase) || (phrase.length >= UNSPACED_TWO_WORDS && hasUnspacedCode(phrase));

/** Words of a label and what it names ("Liked by Jane Doe", "See all fashion"): a button's line, or a link's. */
const LABEL_LINE_MAX_WORDS = 8;

/**
 * Whether a common phrase of several spaced words opens a short line that is no sentence: a label and what it names
 * ("Get access to experts, templates, and exclusive events"), where a sentence says the words in its middle or ends in
 * a period ("Residents get access to clean water."). Not a phrase of a script written without spaces: glued to the
 * words after it, it is as often a sentence's subject.
 */
const opensLabelLine = (line: Line, text: string, phrase: string): boolean =>
  line.words <= LABEL_LINE_MAX_WORDS && !line.endsSentence && SPACE.test(phrase) && text.startsWith(phrase);

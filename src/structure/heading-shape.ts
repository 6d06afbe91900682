import type { Line } from '../segment/segment.js';
import { isHeadlineCase } from './capital-share.js';
import { ASKS } from './line-ends.js';
import { ordinalOf } from './ordinal.js';
import { isShouted } from './shouted.js';

/** Most words of a heading written as a plain line. */
export const MAX_HEADING_WORDS = 15;
// Why: a line ending in a comma, colon or semicolon continues into the next one; it is not a heading.
const CONTINUES = /[,;:–—-]$/;
/**
 * A line that opens with a dash: a quote's attribution ("—Ross Gay, Thank You" under the poem's line, WCXB 0400
 * innertext; "—Leslie, Colonial Van Lines customer testimonial", 0054) or a banner set between dashes ("‒ Black
 * Friday: Language Special ‒", 0006), never a heading. A dash and a space open a list item instead (segment).
 */
const ATTRIBUTION = /^[‒–—―]/u;
/**
 * A line holding a web address, or ending in a bare domain: a link or a source line ("Source: statista.com",
 * "Website: https://www.nih.gov/…", WCXB 0261, 0348 innertext; "chateau-bellecru.com" under a restaurant's name,
 * 0140), which html-to-text showed as a paragraph or a list item, never as `<h1>`–`<h6>`.
 */
const ADDRESS = /(?:https?:\/\/|www\.)\S|(?:^|\s)[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\/?$/u;

/**
 * True when a plain line reads as a section heading: short, not a sentence (but for one question over a longer line),
 * and followed by body text: a longer line or a sentence, or anything for a lone numbered line. Why numbered: a
 * listicle's numbered entry heads its section over a shorter line too ("10. Soundcore Q45" over "Specification:",
 * "1. JP Urban Moving" over "Total Reviews: 726", WCXB 4427, 0055 innertext); numbered lines that end in no sentence
 * mark and read as headings were `<h1>`–`<h6>` on the dev pages 1,477 times in 1,492, those over a shorter line 56
 * times in 64 (the rest `<li>`).
 */
export function isHeadingShaped(line: Line, next: Line | undefined): boolean {
  if (!canHead(line) || next === undefined || next.credit !== undefined) return false;
  if (line.endsSentence) return isQuestionHeading(line, next);
  return next.words > line.words || next.endsSentence || ordinalOf(line.listMarker) !== null;
}

/**
 * A plain line of the shape of a heading, whatever follows it: short, capitalized, and no link, attribution or item.
 */
function canHead(line: Line): boolean {
  if (line.words === 0 || line.words > MAX_HEADING_WORDS || CONTINUES.test(line.text)) return false;
  if (ATTRIBUTION.test(line.text) || ADDRESS.test(line.text) || !isCapitalized(line)) return false;
  return line.listMarker === null || ordinalOf(line.listMarker) !== null;
}

/**
 * True when a line in headline case stands over a shorter heading-shaped line over prose: a heading too, though no
 * longer line follows it. Why: a listing's name over its place or rating ("Kansas City Cybersecurity Conference" over
 * "Overland Park, United States", "Another Tomorrow" over "Rated: Good", WCXB 4362, 4106 innertext); of such pairs on
 * the dev pages the upper line was `<h1>`–`<h6>` 232 times in 472. Not over a numbered line or one in capitals, which
 * html-to-text writes for `<h1>`–`<h6>`: that one is the heading; nor over a marked one that opens with its number,
 * as `toMarkdown` writes a numbered heading ("## 6. Inclusive Fitness Equipment" under "The MARS Recovery Pack by
 * Escape Fitness", WCXB 0013 innertext cleaned again). Why not over any marked line: a `#` line can be a listing's
 * comment ("# Create a file" under "Making Your First Commit", 0426).
 */
export function isOverShorterHeading(
  line: Line,
  next: Line | undefined,
  after: Line | undefined,
  stopwords: ReadonlySet<string>,
): boolean {
  if (!canHead(line) || line.endsSentence || next === undefined) return false;
  if (next.words >= line.words || next.listMarker !== null) return false;
  if (next.headingLevel > 0 && NUMBERED_TEXT.test(next.text)) return false;
  if (isShouted(next) || ASKS.test(next.text)) return false;
  return isHeadingShaped(next, after) && isHeadlineCase(line, stopwords);
}

// A heading's text that opens with its number or letter ("6. Inclusive Fitness Equipment", "b) Easy Repairs").
const NUMBERED_TEXT = /^(?:\d{1,3}|[a-z])[.)]\s/u;

/**
 * True when a line has letters and, written in a script with cases, a capital among them. Why: a line of figures (a
 * rating "4.8 / 5.0", a price "$1795", a phone number, WCXB 0055, 0039, 0057 innertext) or of small letters only (a
 * label "map", a command "npm install -g …", 4340, 2534) was `<h1>`–`<h6>` on the dev pages 19 times in 295.
 */
export function isCapitalized(line: Line): boolean {
  return line.letters > 0 && (line.upperRatio > 0 || !LOWER.test(line.text));
}
const LOWER = /\p{Ll}/u;

/**
 * True for one question over a longer line: the heading of a section that answers it. Why: how-to and FAQ sections
 * are headed so ("How does technical SEO impact ranking?" over its answer, WCXB 0040, 0054 innertext); checked
 * against the html-to-text rendering of the dev pages, such lines were `<h1>`–`<h6>` 844 times and `<p>`, `<li>` or
 * other 299 times (many of those FAQ questions in buttons).
 */
function isQuestionHeading(line: Line, next: Line): boolean {
  return line.sentenceMarks <= 1 && ASKS.test(line.text) && next.words > line.words;
}

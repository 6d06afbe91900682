import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { wordCount } from '../segment/word-count.js';
import { findDate } from './date.js';
import { MIN_TITLE_WORDS } from './title-shape.js';

// A word's first character: the headline's first input line opens with one.
const OPENS_WITH_WORD = /^[\p{L}\p{N}]/u;

/**
 * The headline's line without the second input line that segment joined to it as a wrapped sentence: the headline's
 * dek or its byline, when the two hold no sentence mark (a wrapped paragraph ends its sentences somewhere) and the
 * first line has a headline's words and no date. Anything else gives the line's text whole.
 * why: wcxb 0420 innertext — "what is once sprung cannot necessarily be unsprunged" over "the problem of cognitive
 * hysteresis", in lower case with no mark, read as one line; the headline is the first.
 * Also "Amazon buys Souq …" over its byline and date, "by … March 28, 2017" (multisite cnn 2017-amazon-1
 * innertext). Why no date: a dateline over the headline is no headline ("4/25/2013 @ 7:26PM
 * |6,724 views" over it, multisite forbes 2013-game-1).
 * @param text The normalized text the line was cut from.
 * @example headlineOfGluedLine('Quiet wins for small teams\nthe case for fewer meetings', line, en) // 'Quiet wins for small teams'
 */
export function headlineOfGluedLine(text: string, line: Line, lang: CompiledPack): string {
  if (line.sentenceMarks > 0 || !OPENS_WITH_WORD.test(line.text)) return line.text;
  const cut = text.indexOf('\n', line.start);
  if (cut < 0 || cut >= line.end) return line.text;
  // Why only two lines: a wrapped run of three or more is a paragraph, whatever its marks.
  const next = text.slice(cut, line.end).trimStart();
  if (next.includes('\n')) return line.text;
  const head = text.slice(line.start, cut).trimEnd().replace(/ {2,}/gu, ' ');
  if (!line.text.startsWith(head) || wordCount(head) < MIN_TITLE_WORDS) return line.text;
  return findDate(head, lang) === null ? head : line.text;
}

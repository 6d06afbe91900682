import type { Line } from '../segment/segment.js';
import { isCodeLine } from './code-line.js';
import { type LineScore, lineScore } from './extent.js';

/** Fewest code lines of a run of short lines that is a code listing. */
const MIN_LISTING_CODE_LINES = 2;
/** Least share of code lines in such a run. */
const MIN_LISTING_CODE_SHARE = 1 / 3;
/**
 * Braces, assignment, comparison, statement ends and comment marks ("-- Bad: fetches all columns"); not brackets,
 * which prose, forms and contact cards use too ("(requires login)", WCXB 4043; "(M&A) Advisory", 0079).
 */
const CODE_OPERATORS = /[{};=<>]|--|\/\/|^[#$%] /;

const NO_FENCES: ReadonlyMap<number, number> = new Map();

/**
 * True when `codeLines` of a run of `length` short lines make it a code listing: a third of its lines or more, and
 * two at least, are code, so its other short lines ("SELECT", "package main", an import's '"fmt"') are the listing's.
 * @example isListingRun(2, 5) // true; isListingRun(1, 2) gives false
 */
export const isListingRun = (codeLines: number, length: number): boolean =>
  codeLines >= MIN_LISTING_CODE_LINES && codeLines >= MIN_LISTING_CODE_SHARE * length;

/**
 * Scores the short lines of a code listing as neutral: the keywords and column names a query writes one a line
 * ("SELECT", "schemaname,", "FROM pg_stat_user_tables") must not cut a tutorial's body where its listings begin. A
 * run is the short lines between two lines of another class; a third of them or more must be code. So are the lines
 * of a listing between two Markdown fences (`fences`, `codeFences`), fences included, whatever they hold. Returns
 * the lines to rescore, by index. Linear.
 * @example codeListings(lines, scores) // Map { 1 => { score: 0, klass: 'short' } } for "-- unpaid", "FROM t", "WHERE x = 1;"
 */
export function codeListings(
  lines: readonly Line[],
  scores: readonly LineScore[],
  fences: ReadonlyMap<number, number> = NO_FENCES,
): Map<number, LineScore> {
  const rescored = new Map<number, LineScore>();
  // why: WCXB 0383 innertext, its Markdown cleaned again — the fences, no word on them, and a listing's short lines cost
  // the body as a menu's do.
  for (const [open, close] of fences)
    for (let k = open; k <= close; k++) if ((scores[k] as LineScore).score < 0) rescored.set(k, lineScore(0, 'short'));
  let from = 0;
  let codeLines = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && scores[i]?.klass === 'short') {
      const line = lines[i] as Line;
      if (line.tokens.length > 0 && (isCodeLine(line.text) || CODE_OPERATORS.test(line.text))) codeLines++;
      continue;
    }
    // why: wcxb 4414 innertext — a tutorial's last third is SQL listings under short headings; their keyword lines
    // cost the body as a menu would and ended it above them (recall 0.47).
    if (isListingRun(codeLines, i - from))
      for (let k = from; k < i; k++) if ((scores[k] as LineScore).score < 0) rescored.set(k, lineScore(0, 'short'));
    from = i + 1;
    codeLines = 0;
  }
  return rescored;
}

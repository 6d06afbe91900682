import type { Line } from '../segment/segment.js';
import { bylineNameAt } from './byline.js';
import { findDate } from './date.js';
import { isDek } from './highlights.js';
import { MAX_DATELINE_WORDS, metaLineBetween } from './meta-line.js';
import type { MetaContext } from './title.js';

/** Where {@link isDekUnderHeadline} looks: the headline's line and the body's. */
export interface DekSpan {
  readonly titleIndex: number;
  readonly start: number;
  readonly end: number;
}

/**
 * True when the line right under the headline is its dek: a dek's shape, no verdict, taken by no step (`used`), and a
 * byline or date line between it and the body, or right under it when the body opens at it. `byline` is the byline
 * found so far; `isMetaLine` the test of `metaLineTest`. Why: a dek stands over the byline or date; a sentence right
 * over the body is its first paragraph, which the body search left out (a repeat under it, test/properties.test.ts):
 * cleaning the text again would take it in. The body search may also open the body at the dek when it reads as prose;
 * a byline or date right under it still sets it apart from the first paragraph ("Knowing the costs of a room remodel,
 * up front, used to be a farfetched dream. Now it’s a reality." over "BY ARRICCA ELIN SANSONEPUBLISHED: DEC 20, 2023",
 * WCXB 0133).
 */
export function isDekUnderHeadline(
  ctx: MetaContext,
  span: DekSpan,
  byline: string | null,
  isMetaLine: (i: number) => boolean,
  used: Uint8Array,
): boolean {
  const { lines, verdicts } = ctx;
  const { start, end } = span;
  const dekIndex = span.titleIndex + 1;
  return (
    dekIndex <= end &&
    used[dekIndex] === 0 &&
    verdicts[dekIndex] === undefined &&
    isDek(lines[dekIndex] as Line) &&
    (dekIndex < start
      ? metaLineBetween(lines, isMetaLine, dekIndex + 1, start)
      : bylineOrDateAt(ctx, dekIndex + 1, end, byline))
  );
}

/**
 * True when line `i`, not past `end`, is a byline or date line: one the detectors took so, or a short line that ends no
 * sentence and gives a date, a byline or the author's name `byline`. Only such a line: a paragraph under the first may
 * mention a date ("which opened on Wednesday, December 17 2025, runs until …" under the first paragraph, WCXB 0392).
 */
function bylineOrDateAt(ctx: MetaContext, i: number, end: number, byline: string | null): boolean {
  const { lines, verdicts, lang } = ctx;
  if (i > end) return false;
  if (verdicts[i]?.kind === 'byline-meta') return true;
  const line = lines[i] as Line;
  if (line.words > MAX_DATELINE_WORDS || line.endsSentence) return false;
  return (
    findDate(line.text, lang) !== null ||
    bylineNameAt(lines, i, lang) !== null ||
    // Why: the author's bare name under the dek ("Franck Nijhof" over "Dec 18, 2025 2 min read", WCXB 0487).
    (byline !== null && line.text.includes(byline))
  );
}

import type { Verdict } from '../types.js';
import { type ArticleMeta, setDate } from './article-meta.js';
import { type BylineSpan, bylineInAuthorBox, findBylineElsewhere } from './byline-elsewhere.js';
import type { BareCandidate } from './header-meta.js';
import { nameNotLabel } from './label-not-name.js';
import { readMetaIntoBody } from './meta-into-body.js';
import { isoByNamedDate, isoByPageOrder } from './numeric-date-order.js';
import { dateOffHeader, writersDatelineAfter } from './page-date.js';
import { siteOwner } from './site-owner.js';
import type { MetaContext } from './title.js';

/**
 * Step 3 of `structure`: reads the byline and date the header did not give off the body's first lines
 * ({@link readMetaIntoBody}), then elsewhere on the page ({@link findBylineElsewhere}, {@link dateOffHeader}), and
 * dates a numeric date that could be either day first by the page's other dates. `text` is the normalized text the
 * lines were cut from; `isMetaLine` the test of `metaLineTest`. Marks the lines it takes in `used`; the verdicts of
 * body lines it takes go to `bodyVerdicts`.
 */
export function readMetaAroundBody(
  ctx: MetaContext,
  text: string,
  span: BylineSpan,
  isMetaLine: (i: number) => boolean,
  bareCandidate: BareCandidate | null,
  meta: ArticleMeta,
  used: Uint8Array,
  bodyVerdicts: Map<number, Verdict>,
): void {
  const { lines, lang } = ctx;
  readMetaIntoBody(ctx, text, span.start, span.end, isMetaLine, meta, used, bodyVerdicts);
  findBylineElsewhere(ctx, span, bareCandidate, meta, used);
  if (meta.published === null) setDate(meta, dateOffHeader(ctx, span.end));
  // Why: "8/1/2025" could be either day first; the page's other dates can tell ("8/27/2025" in a comment, WCXB 0236;
  // "12/18/2025", 2235; "11.24.2025", 0366).
  if (meta.published !== null && meta.publishedIso === null)
    meta.publishedIso = isoByPageOrder(meta.published, lines) ?? isoByNamedDate(meta.published, lines, lang);
}

/**
 * Step 7 of `structure`: reads the byline and date still missing off what the body left: an author box among the
 * `removed` lines after `start` ({@link bylineInAuthorBox}), the writer's dateline after the body's `end`, and the
 * site's owner when the URL's `host` spells the name ({@link siteOwner}).
 */
export function readMetaLeftOut(
  ctx: MetaContext,
  removed: ReadonlyArray<{ readonly index: number; readonly verdict: Verdict }>,
  start: number,
  end: number,
  host: string | null | undefined,
  meta: ArticleMeta,
): void {
  const { lines, verdicts, lang } = ctx;
  meta.byline ??= bylineInAuthorBox(ctx, removed, start);
  if (meta.published === null && meta.byline !== null)
    setDate(meta, writersDatelineAfter(lines, verdicts, end, meta.byline, lang));
  // Why: a personal blog names its writer only as the site's owner, in its header (WCXB 0438, 2498); the URL's host
  // spelling the name vouches for it.
  if (meta.byline === null && host) meta.byline = nameNotLabel(siteOwner(lines, host), lines, lang);
}

import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { ArticleMeta } from './article-meta.js';
import { readsAsName, writesAgain } from './bare-name.js';
import { asName, isBareBylinePrefix, soleUserName, unspacedNameWithRole, unspacedSoleName } from './byline.js';
import { findDate } from './date.js';
import { splitHighlights } from './highlights.js';
import { nameNotLabel } from './label-not-name.js';
import { isMenuEntryElsewhere } from './menu-labels.js';
import { DATELINE_REACH, datedUnderHeadline } from './meta-line.js';
import { type LineMeta, readMeta } from './read-meta.js';
import { isShouted } from './shouted.js';
import { isMeta, type MetaContext } from './title.js';

/** A name on its own line beside a date: the byline only when no line says "By". */
export interface BareCandidate {
  readonly name: string;
  readonly index: number;
  /** The name stands in the byline's slot under the headline. */
  readonly inSlot: boolean;
}

/** Where the header scan of {@link readHeader} runs: the lines of `[from, start)`, around the headline. */
export interface HeaderSpan {
  readonly from: number;
  /** The body's first line. */
  readonly start: number;
  /** The headline's line, or -1. */
  readonly titleIndex: number;
  /** The headline's glued byline named no one: the line under it may hold the name alone. */
  readonly bareByBelow: boolean;
}

/** What the header scan found besides the byline and date. */
export interface Header {
  readonly highlights: string[];
  /** Captioned lines above the body: the lead image's. */
  readonly leadFigures: Line[];
  readonly bareCandidate: BareCandidate | null;
}

/**
 * Reads the lines around the headline and before the body: the byline and date into `meta`, the highlights and the
 * lead image's caption, and a bare name beside a date for later. Marks the lines it takes in `used`. `text` is the
 * normalized text the lines were cut from; `isMetaLine` the test of `metaLineTest`. Each line of the span, in order:
 * 1. a byline or date line, or a line beside one, is read for a name and a date ({@link readMeta}): a bare name
 *    beside a date is weighed as the byline for later ({@link weighBareName}), a byline or a date goes into `meta`
 *    ({@link takeLineMeta});
 * 2. a line under the headline that no detector removed and no step took gives the highlights or the lead image.
 */
export function readHeader(
  ctx: MetaContext,
  text: string,
  span: HeaderSpan,
  isMetaLine: (i: number) => boolean,
  meta: ArticleMeta,
  used: Uint8Array,
): Header {
  const { lines, verdicts, lang } = ctx;
  const { titleIndex, start, bareByBelow } = span;
  const highlights: string[] = [];
  const leadFigures: Line[] = [];
  // Why: a bare name beside a date is the byline only when no line says "By" (WCXB 0212: "Streaming Best Picks" over
  // the date above the headline, "By Jared Newman and Sam Singleton" under it).
  let bareCandidate: BareCandidate | null = null;
  for (let i = span.from; i < start; i++) {
    if (used[i] === 1) continue;
    const line = lines[i] as Line;
    const verdict = verdicts[i];
    // Why: innerText may write a name twice, its copy between it and the date ("Dylan Bailey, MS, RD, FAND" twice over
    // "Published Jun 4, 2025", WCXB 0003).
    const next = verdicts[i + 1]?.kind === 'duplicate' ? i + 2 : i + 1;
    const besideMeta = isMeta(ctx, i - 1) || isMeta(ctx, next);
    // Why: an author's bare name may stand above the headline when a date follows it ("Andrew King", "September
    // 4, 2025", then the headline; WCXB 0001).
    const metaLine = isMetaLine(i);
    // 1. The byline and date.
    if (metaLine || (verdict === undefined && (i > titleIndex || besideMeta))) {
      const afterBy = isBareBylinePrefix(lines[i - 1]?.text ?? '', lang) || (bareByBelow && i === titleIndex + 1);
      const inSlot = verdict === undefined && inBylineSlot(ctx, i, next, titleIndex);
      const underDateline = verdict === undefined && isUnderDateline(ctx, i, titleIndex);
      const found = readMeta(lines, i, text, lang, {
        isMetaLine: metaLine,
        besideMeta,
        afterBy,
        inSlot,
        underHeadline: i === titleIndex + 1,
      });
      if (found.bare) {
        bareCandidate = weighBareName(ctx, i, found.bare, inSlot, underDateline, start, bareCandidate);
        continue;
      }
      takeLineMeta(ctx, i, found, titleIndex, isMetaLine, meta, used);
      if (used[i] === 1 || verdict) continue;
    }
    // 2. The highlights and the lead image.
    if (verdict || i < titleIndex) continue;
    const items = titleIndex >= 0 && highlights.length === 0 ? splitHighlights(line) : null;
    if (items) {
      highlights.push(...items);
      used[i] = 1;
    } else if (line.credit !== undefined) {
      leadFigures.push(line);
      used[i] = 1;
    }
  }
  return { highlights, leadFigures, bareCandidate };
}

/**
 * True when line `i`, which no detector removed, stands in the byline's slot: right under the headline, or under its
 * dek, with the byline or date line `next` right under it.
 */
function inBylineSlot(ctx: MetaContext, i: number, next: number, titleIndex: number): boolean {
  const { lines, verdicts, lang } = ctx;
  // Why: a line right under the headline, or under its dek, with the date or reading time right under it is
  // the byline's slot ("Everfit Team" over "Nov 08, 2025 7 min read", WCXB 0032; "Russell Miller" under the dek
  // over "Dec 18, 2025", 0383; "Mazi", 0464): there a name needs only one word the page never writes in lower case.
  // A name's shape over it makes the line a role or a category under the name ("Ridvika Arora", "Marketing",
  // "August 26, 2025", WCXB 0336; "Jack Shepherd" over "Co-Founder & Marketing Director", 0165), unless the page
  // writes all its words in lower case: a category over the name ("Video Production" over "Team SimplyThrilled",
  // WCXB 2035).
  const overName = (): boolean => {
    const over = asName((lines[i - 1] as Line).text);
    return over !== null && readsAsName(over, lines, true);
  };
  return (
    i > titleIndex &&
    i - titleIndex <= DATELINE_REACH &&
    isMeta(ctx, next) &&
    (verdicts[next]?.kind !== 'byline-meta' || datesOrLabelsDate((lines[next] as Line).text, lang)) &&
    (i === titleIndex + 1 || !overName())
  );
}

/** True when line `i`, which no detector removed, stands second under the headline, under a date line. */
function isUnderDateline(ctx: MetaContext, i: number, titleIndex: number): boolean {
  // Why: the date may take the line under the headline and the name the line under it ("July 5, 2025" over
  // "Madison Green" under the headline, WCXB 0159): that is the byline's slot too.
  return i === titleIndex + 2 && isMeta(ctx, i - 1) && findDate((ctx.lines[i - 1] as Line).text, ctx.lang) !== null;
}

/**
 * The bare name beside a date to keep for later once line `i`, which gives the name `bare`, is weighed against the one
 * kept so far, `kept`: a name in the byline's slot (`inSlot`, `underDateline`) that reads as one outranks a name
 * elsewhere; elsewhere only the first name that reads as one and is no entry of the site's menu above `start` is kept.
 */
function weighBareName(
  ctx: MetaContext,
  i: number,
  bare: string,
  inSlot: boolean,
  underDateline: boolean,
  start: number,
  kept: BareCandidate | null,
): BareCandidate | null {
  const { lines, lang } = ctx;
  const line = lines[i] as Line;
  // Why: a section label beside the date has a name's shape ("SEO Agencies", WCXB 0019; "Get Started", 0422);
  // a label taken before the slot yields to the name in it ("Products and Tools" over the headline, WCXB 2645).
  if (inSlot || underDateline) {
    // Under the dateline a source's name stands too ("New York Post", "E-MAIL STORY" under a news story's date,
    // multisite foxnews): there a name whose words the page also writes in lower case must stand again as such.
    const loosely = inSlot || (!isShouted(line) && writesAgain(bare, i, lines));
    // A name without capitals is vouched for by the slot alone ("田中太郎" over the date), or by the title after it
    // ("홍길동 기자" under the dateline): none of its words can be found written in lower case.
    const vouched =
      readsAsName(bare, lines, loosely) ||
      (inSlot && (unspacedSoleName(line) !== null || soleUserName(line, lang) !== null)) ||
      unspacedNameWithRole(line.text, lang) !== null;
    return kept?.inSlot !== true && vouched ? { name: bare, index: i, inSlot: true } : kept;
  }
  if (
    kept === null &&
    readsAsName(bare, lines) &&
    // why: research set futurezone-lyft (de) — "Digital Life" over the date over the headline is the
    // story's section, an entry of the site's menu above it.
    !isMenuEntryElsewhere(lines, line.text, i, start)
  )
    return { name: bare, index: i, inSlot };
  return kept;
}

/**
 * Puts the byline and the date line `i` gives (`found`) into `meta` where it has none yet, and marks the line in
 * `used` when it gives either. A date above the headline yields to a date line under it.
 */
function takeLineMeta(
  ctx: MetaContext,
  i: number,
  found: LineMeta,
  titleIndex: number,
  isMetaLine: (i: number) => boolean,
  meta: ArticleMeta,
  used: Uint8Array,
): void {
  const { lines, lang } = ctx;
  if (meta.byline === null && found.name) {
    meta.byline = nameNotLabel(found.name, lines, lang);
    if (meta.byline !== null) used[i] = 1;
  }
  if (
    meta.published === null &&
    found.date &&
    !(i < titleIndex && datedUnderHeadline(lines, titleIndex, isMetaLine, lang))
  ) {
    meta.published = found.date.text;
    meta.publishedIso = found.date.iso;
    if (used[i] === 0) meta.dateLine = i;
    used[i] = 1;
  }
}

/**
 * True for a byline line that gives a date or only labels one ("Published" over "|" and "Oct 10, 2025", WCXB 4606),
 * where a menu's facets that read as bylines give neither ("Wedding Venues" over "By State", 4588).
 */
function datesOrLabelsDate(text: string, lang: CompiledPack): boolean {
  return findDate(text, lang) !== null || /^:?$/u.test(lang.match.dateLabels.strip(text).trim());
}

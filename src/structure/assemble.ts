import type { CleanHeadline } from '../analyze/clean-input.js';
import type { Extent, LineScore } from '../analyze/extent.js';
import { MIN_CONTENT_CHARS } from '../lang/content-word.js';
import type { CompiledPack } from '../lang/matcher.js';
import type { Script } from '../segment/script.js';
import { isQuoteBreak, type Line } from '../segment/segment.js';
import type { Block, Verdict } from '../types.js';
import { assembleBody } from './article-body.js';
import { type ArticleMeta, emptyMeta, setDate } from './article-meta.js';
import { bodyText } from './body-text.js';
import { isDekUnderHeadline } from './dek-line.js';
import { readHeader } from './header-meta.js';
import { readHeadlineLine } from './headline-line.js';
import { markdownHighlightLines } from './highlights.js';
import { metaLineTest } from './meta-line.js';
import { readMetaAroundBody, readMetaLeftOut } from './missing-meta.js';
import { kindsOutsideBody } from './outside.js';
import { opensArticleAbove, opensWithProse } from './prose-above.js';
import type { TabTable } from './tab-tables.js';
import { pickTitle, TOPIC_WORD_COUNT, titleWords } from './title.js';
import { topicTokens } from './topic-tokens.js';

/** How many lines above the headline a byline or date may stand. */
const META_BEFORE_TITLE = 3;
/** The verdict on a quote's blank line in the body: it shows nothing, but its mark was in the input. */
const QUOTE_BREAK: Verdict = { kind: 'other', reason: "a quote's blank line: its mark alone, parting the quote" };
/** What {@link takeHeadline} gives for a page without a headline. */
const NO_HEADLINE = { title: null, bareByBelow: false } as const;

/** Each line's verdict and score, and the body's lines, as one set of thresholds found them. */
export interface BodyView {
  readonly verdicts: readonly (Verdict | undefined)[];
  readonly scores: readonly LineScore[];
  readonly extent: Extent;
}

/** What structure needs to know about a document. */
export interface StructureInput extends BodyView {
  /** The normalized text the lines were cut from. */
  readonly text: string;
  readonly lines: readonly Line[];
  readonly lang: CompiledPack;
  readonly script: Script;
  /** The headline's words as the page's URL spells them (`slugWords`), or null without a URL or a slug. */
  readonly slug?: readonly string[] | null;
  /** The URL's short slug (`shortSlugWords`) when it has no longer one, or null. */
  readonly shortSlug?: readonly string[] | null;
  /** The site's name as the URL's host spells it (`siteHost`), or null without a URL. */
  readonly host?: string | null;
  /**
   * True when the input reads as a clean text (`cleanInput`): its body is whole, and no line leaves it as a bio or a
   * short tail.
   */
  readonly whole?: boolean;
  /** In a clean text, where its headline may stand (`cleanInputHeadline`); unset for a page: the search decides. */
  readonly headline?: CleanHeadline | undefined;
  /** The tables the page wrote with tabs (`tabTables`); none when unset. */
  readonly tables?: readonly TabTable[];
  /** The lines that hold a tab between two words (`tabRows`): rows of cells, no headline; none when unset. */
  readonly tabRows?: ReadonlySet<number>;
  /**
   * The lines a site profile shows on many of the site's pages, with their `site-repeat` verdicts (`siteRepeats`);
   * none when unset. Apart from `verdicts`: they leave the body once it is laid out, and move nothing else.
   */
  readonly siteRepeats?: ReadonlyMap<number, Verdict>;
  /**
   * What the headline search reads when the mode's thresholds are not the balanced ones: the verdicts, scores and body
   * the balanced thresholds find, so that every mode picks the same headline. Unset: the search reads the input's own.
   */
  readonly headlineView?: BodyView | undefined;
}

/** The article's parts, each naming the lines it came from; `removed` pairs a line index with its verdict. */
export interface Structure {
  readonly title: string | null;
  readonly highlights: string[];
  readonly byline: string | null;
  readonly published: string | null;
  readonly publishedIso: string | null;
  readonly blocks: Block[];
  readonly attributions: string[];
  readonly text: string;
  readonly removed: ReadonlyArray<{ readonly index: number; readonly verdict: Verdict }>;
  /** The line `published` was read off when the article shows nothing else of it, or -1. */
  readonly dateLine: number;
  /**
   * The lines the article shows only a part of, in order: the headline's, the highlights', the byline's and the date's,
   * a caption's with its credit.
   */
  readonly shownInPart: readonly number[];
}

/**
 * Stage 5: lays the classified lines out as an article and names a kind for every other line, so each line of the
 * input ends up either in the article or in `removed`. The steps, numbered as in the body:
 * 1. find the headline ({@link searchHeadline}) and read its line ({@link takeHeadline}): the headline, a byline and
 *    date glued to it;
 * 2. read the header, the lines around the headline and before the body ({@link readHeader}): byline, date,
 *    highlights, the lead image;
 * 3. read the byline and date still missing off the body's first lines, then elsewhere on the page
 *    ({@link readMetaAroundBody});
 * 4. take the dek under the headline;
 * 5. lay the body out, take the end notes after it, cut the body's end, and build its blocks ({@link assembleBody});
 * 6. name a verdict for every line the article did not take ({@link removedLines});
 * 7. read the byline and date still missing off what the body left ({@link readMetaLeftOut}): an author box, the
 *    writer's dateline, the site's owner.
 */
export function structure(input: StructureInput): Structure {
  const { lines, verdicts, lang, script } = input;
  const ctx = { lines, verdicts, lang };
  const { end } = input.extent;
  let { start } = input.extent;
  const isBodyProse = proseTest(input);
  const firstProse = firstProseOf(input, isBodyProse);
  // 1. The headline.
  const { titleIndex, bodyWords } = searchHeadline(input, input.headlineView ?? input);
  // Why: a newsletter notice or consent text can read as prose above the headline (WCXB 0043); the body
  // starts after the headline.
  if (titleIndex >= start) start = titleIndex + 1;
  // Lines the article took: 1 at their index.
  const used = new Uint8Array(lines.length);
  const meta = emptyMeta();
  const { title, bareByBelow } = takeHeadline(input, titleIndex, bodyWords, meta, used);

  // 2. The header: lines around the headline and before the body.
  const isMetaLine = metaLineTest(ctx, titleIndex);
  const metaFrom = titleIndex >= 0 ? Math.max(0, titleIndex - META_BEFORE_TITLE) : Math.max(0, start - 8);
  const { highlights, leadFigures, bareCandidate } = readHeader(
    ctx,
    input.text,
    { from: metaFrom, start, titleIndex, bareByBelow },
    isMetaLine,
    meta,
    used,
  );
  // Markdown's highlights are the headline's however the detectors read their lines: the page says so.
  if (titleIndex >= 0 && highlights.length === 0)
    takeMarkdownHighlights(lines, titleIndex, isMetaLine, highlights, used);

  // 3. The byline and date still missing: the body's first lines, then the rest of the page.
  const bodyVerdicts = new Map<number, Verdict>();
  const metaSpan = { titleIndex, from: metaFrom, start, end };
  readMetaAroundBody(ctx, input.text, metaSpan, isMetaLine, bareCandidate, meta, used, bodyVerdicts);

  // 4. The dek.
  if (
    titleIndex >= 0 &&
    highlights.length === 0 &&
    isDekUnderHeadline(ctx, { titleIndex, start, end }, meta.byline, isMetaLine, used)
  ) {
    highlights.push((lines[titleIndex + 1] as Line).text);
    used[titleIndex + 1] = 1;
  }

  // 5. The body, its end notes and its end.
  const bodySpan = { titleIndex, start, end, firstProse };
  const body = assembleBody(input, ctx, bodySpan, isBodyProse, leadFigures, meta.byline, used, bodyVerdicts);

  // 6. A verdict for every line left out.
  const siteRepeats = input.siteRepeats;
  const removed = removedLines(lines, verdicts, used, { start, end, script, siteRepeats, bodyVerdicts });

  // 7. The byline and date from what the body left.
  readMetaLeftOut(ctx, removed, start, end, input.host, meta);
  return {
    title,
    highlights,
    byline: meta.byline,
    published: meta.published,
    publishedIso: meta.publishedIso,
    blocks: body.blocks,
    attributions: body.endNotes.attributions,
    text: bodyText(body.blocks),
    removed,
    dateLine: meta.dateLine,
    shownInPart: shownInPart(lines.length, used, body.kept, body.endNotes.lines),
  };
}

/**
 * Step 1 of {@link structure}: reads the headline's line at `titleIndex` (none when -1), its title and the byline and
 * date glued to it ({@link readHeadlineLine}), into `meta`, and marks it in `used`. `bareByBelow` is true when the glued
 * byline named no one, so that the line under it may hold the name alone.
 */
function takeHeadline(
  input: StructureInput,
  titleIndex: number,
  bodyWords: ReadonlyMap<string, number>,
  meta: ArticleMeta,
  used: Uint8Array,
): { readonly title: string | null; readonly bareByBelow: boolean } {
  if (titleIndex < 0) return NO_HEADLINE;
  const headline = readHeadlineLine(input.text, input.lines, titleIndex, bodyWords, input.lang);
  meta.byline = headline.byline;
  setDate(meta, headline.date);
  used[titleIndex] = 1;
  return { title: headline.title, bareByBelow: headline.bareByBelow };
}

/** Adds the lines under the headline that Markdown marks as its highlights ({@link markdownHighlightLines}). */
function takeMarkdownHighlights(
  lines: readonly Line[],
  titleIndex: number,
  isMetaLine: (i: number) => boolean,
  highlights: string[],
  used: Uint8Array,
): void {
  for (const i of markdownHighlightLines(lines, titleIndex, isMetaLine)) {
    if (used[i] === 1) continue;
    highlights.push((lines[i] as Line).text);
    used[i] = 1;
  }
}

/** What {@link removedLines} reads besides the lines' own verdicts. */
interface LeftOut {
  readonly start: number;
  readonly end: number;
  readonly script: Script;
  readonly siteRepeats: ReadonlyMap<number, Verdict> | undefined;
  readonly bodyVerdicts: ReadonlyMap<number, Verdict>;
}

/**
 * Every line the article did not take (`used`), in order, with its verdict: the detectors', a site repeat's, one
 * given while the body was laid out, or a kind named for a line outside the body ({@link kindsOutsideBody}); and a
 * quote's blank line the article took, whose mark alone was in the input.
 */
function removedLines(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  used: Uint8Array,
  left: LeftOut,
): { index: number; verdict: Verdict }[] {
  const { start, end, siteRepeats, bodyVerdicts } = left;
  const outside: number[] = [];
  for (let i = 0; i < lines.length; i++) if (used[i] === 0 && (i < start || i > end)) outside.push(i);
  const outsideKinds = kindsOutsideBody(lines, verdicts, outside, end + 1, left.script);
  const removed: { index: number; verdict: Verdict }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (used[i] === 1) {
      // Why: a quote's blank line ("> ") parts its lines and shows nothing, so its mark is accounted for here
      // (multisite dev, foxnews: between an embedded tweet and its "— Name (@handle) date" line).
      if (isQuoteBreak(lines[i] as Line)) removed.push({ index: i, verdict: QUOTE_BREAK });
      continue;
    }
    const verdict = verdicts[i] ?? siteRepeats?.get(i) ?? bodyVerdicts.get(i) ?? outsideKinds.get(i);
    if (verdict) removed.push({ index: i, verdict });
  }
  return removed;
}

/**
 * The lines the article took (`used`) but shows only a part of, in order: all but the lines shown whole, which are the
 * body's `kept` lines but for captions, and the end notes' `noteLines`.
 */
function shownInPart(count: number, used: Uint8Array, kept: readonly Line[], noteLines: readonly number[]): number[] {
  const whole = new Uint8Array(count);
  for (const line of kept) if (line.credit === undefined) whole[line.index] = 1;
  for (const i of noteLines) whole[i] = 1;
  const part: number[] = [];
  for (let i = 0; i < count; i++) if (used[i] === 1 && whole[i] === 0) part.push(i);
  return part;
}

/** True for a line of `view` that is prose no detector removed. */
function proseTest(view: BodyView): (i: number) => boolean {
  return (i) => {
    const klass = view.scores[i]?.klass;
    return view.verdicts[i] === undefined && (klass === 'good' || klass === 'medium');
  };
}

/** The first prose line of `view`'s body, or its first line when it has none. */
function firstProseOf(view: BodyView, isProse: (i: number) => boolean): number {
  const { start, end } = view.extent;
  let first = start;
  while (first <= end && !isProse(first)) first++;
  return first > end ? start : first;
}

/**
 * The headline's line (-1 for none) as the search finds it over `view`'s verdicts, scores and body, and the counts in
 * that body of the words of the lines that may be the headline ({@link titleWords}).
 */
function searchHeadline(
  input: StructureInput,
  view: BodyView,
): { readonly titleIndex: number; readonly bodyWords: ReadonlyMap<string, number> } {
  const { lines, lang } = input;
  const { verdicts, scores } = view;
  const { start, end } = view.extent;
  const isBodyProse = proseTest(view);
  const firstProse = firstProseOf(view, isBodyProse);
  // The title reads a count only up to TOPIC_WORD_COUNT, and only of the words of its candidates; counting more is
  // wasted (a lookup per word of the body).
  const bodyWords = titleWords(
    { lines, verdicts, scores, slug: input.slug ?? null, shortSlug: input.shortSlug ?? null, lang },
    firstProse,
    end,
  );
  countUp(bodyWords, lines, firstProse, end, isBodyProse);
  const given = input.headline;
  const searched =
    given?.within === 0
      ? -1
      : pickTitle({
          lines,
          verdicts,
          scores,
          firstProse,
          bodyEnd: end,
          bodyWords,
          lang,
          slug: input.slug ?? null,
          shortSlug: input.shortSlug ?? null,
          host: input.host ?? null,
          tabRows: input.tabRows ?? null,
        });
  // Why: a clean text's headline stands over its first sentence (`cleanInputHeadline`).
  const headline = given === undefined || (searched >= 0 && searched < given.within) ? searched : given.otherwise;
  // Why: a text whose headline is gone has its opening paragraphs above its first heading, which is a section's
  // (the article's own text cleaned again: WCXB 0443's "Solution: DelegatingHandler …" under four paragraphs).
  // Why the text's opening: one that opens with its body's prose has no headline above it, and a heading under that
  // prose heads a section (cleaned again: WCXB 4457, 0294, 0212, one or two paragraphs over "BEST ALL-AROUND TRAIL
  // RUNNING SHOE: …", were cut as a preamble).
  const titleIndex =
    headline > start &&
    ((start === 0 && opensWithProse(lines, isBodyProse, firstProse)) ||
      opensArticleAbove(lines, verdicts, isBodyProse, start, headline))
      ? -1
      : headline;
  return { titleIndex, bodyWords };
}

/**
 * Counts in the lines of `[from, to]` that `isProse` takes each word `counts` holds, up to
 * {@link TOPIC_WORD_COUNT}; words it does not hold are not counted. Stops once every word has reached that count.
 */
function countUp(
  counts: Map<string, number>,
  lines: readonly Line[],
  from: number,
  to: number,
  isProse: (i: number) => boolean,
): void {
  let short = counts.size;
  for (let i = from; i <= to && short > 0; i++) {
    if (!isProse(i)) continue;
    for (const t of topicTokens(lines[i] as Line)) {
      // The length first: it rules out the body's many short words without a lookup.
      if (t.length < MIN_CONTENT_CHARS) continue;
      const count = counts.get(t);
      if (count === undefined || count >= TOPIC_WORD_COUNT) continue;
      counts.set(t, count + 1);
      if (count + 1 === TOPIC_WORD_COUNT) short--;
    }
  }
}

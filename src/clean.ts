import { cleanInputHeadline } from './analyze/clean-input.js';
import { type DocumentLines, findBody } from './analyze/find-body.js';
import { InputTooLargeError, InvalidInputError, typeName } from './errors.js';
import { detectLanguage } from './lang/detect-language.js';
import { compiledPackFor } from './lang/index.js';
import { forgetScans } from './lang/phrase-index.js';
import { type MappedText, normalizeMapped } from './normalize/normalize.js';
import { type CleanOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { creditPatternsFor } from './repair/caption-credit.js';
import { repair } from './repair/repair.js';
import { segment } from './segment/segment.js';
import { MODE_SETTINGS } from './settings.js';
import { affixesOf } from './structure/affixes.js';
import { type Structure, structure } from './structure/assemble.js';
import { bodyText } from './structure/blocks.js';
import { siteHost } from './structure/site-name.js';
import { urlDate } from './structure/url-date.js';
import { shortSlugWords, slugWords } from './structure/url-slug.js';
import type { Article, Removal, Verdict } from './types.js';

/**
 * Cleans scraped article text into a structured {@link Article}. Pure, synchronous and deterministic.
 *
 * The stages:
 * 1. normalize — decode entities, drop tags and invisible characters, NFC; keep a map to input offsets.
 * 2. segment — split into non-blank lines with cheap features; detect the language.
 * 3. repair — collapse glued repeated labels, split glued photo credits off captions.
 * 4. detect — give boilerplate lines a verdict; find the body as the densest run of prose, carried over a
 *    directory of records right after it; with a site profile, find the lines common on the site's pages too.
 * 5. structure — headline, highlights, byline, date, body blocks, end notes; a kind for every other line. The
 *    page's own verdicts lay the article out; the site's repeated lines then leave its body.
 * 6. render — the body as plain text; `toMarkdown` / `toText` render the rest.
 *
 * @throws {InvalidInputError} when `input` is not a string.
 * @throws {InputTooLargeError} when `input` is longer than `options.maxInputLength`.
 * @example
 * const article = clean(scrapedText);
 * article.title;   // the headline
 * article.removed; // [{ kind: 'share', reason: 'only share labels (hits=1, words=3)', text, start, end }, …]
 */
export function clean(input: string, options?: CleanOptions): Article {
  if (typeof input !== 'string') throw new InvalidInputError(typeName(input));
  const opts = resolveOptions(options);
  if (input.length > opts.maxInputLength) throw new InputTooLargeError(input.length, opts.maxInputLength);
  return runStages(input, opts);
}

/**
 * The stages of {@link clean} on checked input. `lap(stage)` is called after each numbered stage (0-based),
 * so the speed benchmark can time them on the real code path; `clean()` passes none.
 * @internal
 */
export function runStages(input: string, opts: ResolvedOptions, lap?: (stage: number) => void): Article {
  // Why: the phrase scans of the document's lines serve every stage, and are forgotten with the document.
  forgetScans();
  // 1. normalize
  const normalized = normalizeMapped(input);
  lap?.(0);
  // 2. segment
  const segmented = segment(normalized.text);
  const detected = detectLanguage(segmented, opts.packs);
  const forced = opts.lang === undefined ? undefined : opts.packs.find((p) => p.code === opts.lang);
  const lang = compiledPackFor(forced ?? detected.pack);
  lap?.(1);
  // 3. repair
  const lines = repair(segmented, creditPatternsFor(lang));
  lap?.(2);
  // 4. detect
  const document: DocumentLines = {
    input,
    normalized,
    lines,
    lang,
    pack: forced ?? detected.pack,
    script: detected.script,
  };
  const found = findBody(document, opts);
  // Why: the headline is the page's, not the mode's. The looser prose tests of `recall` read a menu's blurbs as the
  // body's start above the headline, and the search then took another line or none (WCXB 0041, 0094, 0421, 4249
  // innertext): the search reads what the balanced thresholds find.
  const headlineView =
    opts.settings === MODE_SETTINGS.balanced
      ? undefined
      : findBody(document, { ...opts, settings: MODE_SETTINGS.balanced });
  lap?.(3);
  // 5. structure
  const slug = opts.url === undefined ? null : slugWords(opts.url);
  const shortSlug = opts.url === undefined || slug !== null ? null : shortSlugWords(opts.url);
  const host = opts.url === undefined ? null : siteHost(opts.url);
  const article = structure({
    text: normalized.text,
    lines,
    verdicts: found.verdicts,
    extent: found.extent,
    scores: found.scores,
    lang,
    script: detected.script,
    slug,
    shortSlug,
    host,
    whole: found.whole,
    headline: found.whole ? cleanInputHeadline(lines) : undefined,
    tables: found.tables,
    tabRows: found.rows,
    siteRepeats: found.repeats,
    headlineView,
  });
  lap?.(4);
  // 6. render
  // Why: a path that dates the post ("/2022/11/09/") names the day it was published, where the text may give only the
  // day it was updated ("Updated November 11, 2022 … Originally published November 9, 2022", WCXB 4560) or no date
  // at all (0106, 0120, 4172). In the dev pages whose URL dates them, the URL's date was the gold date every time.
  const dayInUrl = opts.url === undefined ? null : urlDate(opts.url, lang.months);
  const urlOutranks = dayInUrl !== null && dayInUrl !== article.publishedIso;
  // The line the outranked date was read off then shows nothing, and is accounted for as removed ("Updated 0548 GMT
  // (1348 HKT) March 28, 2017" on a page whose URL says 2017/03/27, multisite cnn).
  const removedLines =
    urlOutranks && article.dateLine >= 0
      ? withRemovedLine(article.removed, article.dateLine, {
          kind: 'byline-meta',
          reason: `a date the URL's outranks (url=${dayInUrl})`,
        })
      : article.removed;
  const toRemoval = (kind: Removal['kind'], reason: string, from: number, to: number): Removal => {
    const { start, end } = inputSpan(normalized, from, to);
    return { kind, reason, text: input.slice(start, end), start, end };
  };
  const removedWhole = removedLines.map(({ index, verdict }): Removal => {
    const line = lines[index];
    return toRemoval(verdict.kind, verdict.reason, line?.start ?? 0, line?.end ?? 0);
  });
  // Why: a line the article shows in part keeps the rest out of sight ("Title | SiteName", "By Jane Doe | Updated 3
  // May 2020 9:55 pm"); that rest is accounted for too (WCXB 0122 innertext: "Introduction: How to Make Furniture").
  const published = urlOutranks ? null : article.published;
  const parts = { headline: article.title, highlights: article.highlights, byline: article.byline, date: published };
  // The outranked date's line is removed whole.
  const inPart = urlOutranks ? article.shownInPart.filter((i) => i !== article.dateLine) : article.shownInPart;
  const removedParts = affixesOf(normalized.text, lines, inPart, parts, lang).map((affix) =>
    toRemoval('affix', affix.reason, affix.start, affix.end),
  );
  const removed = removedParts.length > 0 ? inInputOrder(removedWhole, removedParts) : removedWhole;
  const result: Article = {
    title: article.title,
    highlights: article.highlights,
    byline: article.byline,
    published,
    publishedIso: urlOutranks ? dayInUrl : article.publishedIso,
    blocks: article.blocks,
    attributions: article.attributions,
    removed,
    text: opts.captionsInText ? bodyText(article.blocks, { captions: true }) : article.text,
    lang: forced?.code ?? detected.code,
  };
  forgetScans();
  lap?.(5);
  return result;
}

/** `removed` with the line at `index` in its place among them, which are in line order. */
function withRemovedLine(removed: Structure['removed'], index: number, verdict: Verdict): Structure['removed'] {
  const at = removed.findIndex((r) => r.index > index);
  return at < 0
    ? [...removed, { index, verdict }]
    : [...removed.slice(0, at), { index, verdict }, ...removed.slice(at)];
}

/** Two lists of removals, each in input order and none overlapping another, as one in input order. */
function inInputOrder(a: readonly Removal[], b: readonly Removal[]): Removal[] {
  const out: Removal[] = [];
  let j = 0;
  for (const removal of a) {
    while (j < b.length && (b[j] as Removal).start < removal.start) out.push(b[j++] as Removal);
    out.push(removal);
  }
  while (j < b.length) out.push(b[j++] as Removal);
  return out;
}

/** The input span a normalized span came from. */
function inputSpan(normalized: MappedText, start: number, end: number): { start: number; end: number } {
  const from = normalized.offsets.at(start);
  const to = normalized.offsets.at(end);
  return { start: from, end: Math.max(from, to) };
}

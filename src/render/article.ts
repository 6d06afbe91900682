import type { DocumentLines } from '../analyze/find-body.js';
import type { MappedText } from '../normalize/mapped-text.js';
import type { ResolvedOptions } from '../options.js';
import { affixesOf } from '../structure/affixes.js';
import type { Structure } from '../structure/assemble.js';
import { bodyText } from '../structure/body-text.js';
import { urlDate } from '../structure/url-date.js';
import type { Article, Removal, Verdict } from '../types.js';

/**
 * Stage 6 of `clean`: the {@link Article} that `structure` laid out, with its removals as spans of the input: each
 * line left out whole, then the parts of the lines the article shows only in part ({@link affixesOf}), in input order.
 * A date the page's URL gives outranks the text's, whose line is then removed whole. `lang` is the language's code,
 * or null when unsure.
 */
export function renderArticle(
  document: Pick<DocumentLines, 'input' | 'normalized' | 'lines' | 'lang'>,
  article: Structure,
  opts: Pick<ResolvedOptions, 'url' | 'captionsInText'>,
  lang: string | null,
): Article {
  const { input, normalized, lines } = document;
  // Why: a path that dates the post ("/2022/11/09/") names the day it was published, where the text may give only the
  // day it was updated ("Updated November 11, 2022 … Originally published November 9, 2022", WCXB 4560) or no date
  // at all (0106, 0120, 4172). In the dev pages whose URL dates them, the URL's date was the gold date every time.
  const dayInUrl = opts.url === undefined ? null : urlDate(opts.url, document.lang.months);
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
  const removedParts = affixesOf(normalized.text, lines, inPart, parts, document.lang).map((affix) =>
    toRemoval('affix', affix.reason, affix.start, affix.end),
  );
  const removed = removedParts.length > 0 ? inInputOrder(removedWhole, removedParts) : removedWhole;
  return {
    title: article.title,
    highlights: article.highlights,
    byline: article.byline,
    published,
    publishedIso: urlOutranks ? dayInUrl : article.publishedIso,
    blocks: article.blocks,
    attributions: article.attributions,
    removed,
    text: opts.captionsInText ? bodyText(article.blocks, { captions: true }) : article.text,
    lang,
  };
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

import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Verdict } from '../types.js';
import { loneTeasers } from './lone-teasers.js';
import { unwallRepeatedHeaders } from './repeated-headers.js';
import { replyThreads } from './reply-threads.js';
import { sectionLabels } from './section-labels.js';
import { headersInTables, headersUnderColons } from './table-headers.js';
import { tickerFeeds } from './ticker.js';

/**
 * A step of the body search (`findBody`): the walls the detectors raised (section headers that close the article, such as
 * "Related articles") read in the page's context. A wall comes down where the header labels a part of the article
 * (repeated between its sections, a lone teaser, a table's column head, a section's heading) and goes up over a feed
 * of the site's latest stories or a comment thread whose prose would outweigh the article. Sets `verdicts` in place.
 * Returns the repeated headers whose wall came down, by index: `lastPart` reads them as the article's section labels.
 * Linear.
 * @param cells The lines that are a table's cells (`TableLayout.cells`).
 * @example reviseWalls(lines, verdicts, cells, compiledEn, settings) // Map { 37 => { kind: 'related', … } }
 */
export function reviseWalls(
  lines: readonly Line[],
  verdicts: (Verdict | undefined)[],
  cells: ReadonlySet<number>,
  lang: CompiledPack,
  settings: Settings,
): ReadonlyMap<number, Verdict> {
  const repeatedLabels = unwallRepeatedHeaders(lines, verdicts, settings);
  for (const [i, verdict] of repeatedLabels) verdicts[i] = verdict;
  // Why: a related label with its one headline after the mark links one page between the article's sections; it must
  // not cut the body there (WCXB 0272: "See also: Travel Photography Explained" over the article's conclusion).
  for (const [i, verdict] of loneTeasers(lines, verdicts, lang.match.related)) verdicts[i] = verdict;
  // Why: a related label that heads a table's column or marks a row must not cut the body at the table (WCXB 0467).
  for (const i of headersInTables(verdicts, cells)) verdicts[i] = undefined;
  // Why: the same header in a table that a renderer wrote one cell a line, under the sentence that opens it
  // (readability test page dropbox-blog).
  for (const i of headersUnderColons(lines, verdicts)) verdicts[i] = undefined;
  // Why: a menu's label alone between two paragraphs heads a section of the article ("FAQ", WCXB 0286).
  for (const i of sectionLabels(lines, verdicts, lang.stopwords)) verdicts[i] = undefined;
  // Why: a feed of the site's latest stories beside the article ("14:44 Accusations de viols : …", readability test
  // page liberation-1) carries the body over it with its items' short texts; its first item closes the article.
  for (const [i, verdict] of tickerFeeds(lines)) verdicts[i] = verdict;
  // Why: WCXB 0396 innertext: a thread's comments, a "Reply to This Share" under each, outweighed the article above.
  for (const [i, verdict] of replyThreads(lines, verdicts, lang.match.replyButtons, lang.match.comments))
    verdicts[i] = verdict;
  return repeatedLabels;
}

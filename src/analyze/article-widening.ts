import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Verdict } from '../types.js';
import { blockTail } from './block-tail.js';
import { cleanInputScores } from './clean-input.js';
import { closingSentences } from './closing-sentence.js';
import { listUnderColon } from './colon-list.js';
import { type Extent, findExtent, type LineScore, widen } from './extent.js';
import { labelledTail } from './labelled-tail.js';
import { linkEndedParagraph } from './link-ended-paragraph.js';
import { listArticle } from './list-article.js';
import { listTail } from './list-tail.js';
import { sectionTail } from './section-tail.js';

/**
 * A step of the body search (`findBody`): the lines beside the article's part that go on with it, though they score as no
 * prose: its closing sentences, the list that is the whole article, a list's, a section's or a block's tail under its
 * last line, and for a clean text everything from its body's first line (`cleanStart`, `cleanInputStart`; -1 for a page).
 * Sets `scores` in place. Linear.
 * @param stopwords The page language's stopwords, or null when no line is prose by them.
 * @example widenOverArticle(lines, verdicts, scores, { start: 4, end: 61 }, stopwords, settings, -1) // { start: 4, end: 66 }
 */
export function widenOverArticle(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: LineScore[],
  extent: Extent,
  stopwords: ReadonlySet<string> | null,
  settings: Settings,
  cleanStart: number,
): Extent {
  // Why: a text that ends with its article ends with its last sentences, however short (a short clean text).
  const closing = closingSentences(lines, verdicts, scores, extent, stopwords);
  for (const [i, score] of closing) scores[i] = score;
  if (closing.size > 0) extent = { start: extent.end < extent.start ? 0 : extent.start, end: lines.length - 1 };
  // Why: a list that is the whole article (release notes, one item a line) kept only its longest item, the body search's
  // one line of prose; the body is the list (readability test page tumblr html-to-text).
  extent = widen(scores, listArticle(lines, verdicts, scores, extent)) ?? extent;
  // Why: the items under the body's last line that go on with its list, each without a full stop, score neutral and
  // were left under it (readability test page firefox-nightly-blog html-to-text).
  extent = widen(scores, listTail(lines, verdicts, extent, stopwords, settings)) ?? extent;
  // Why: the labelled items under the body's last one ("Complexity: …", "Reporting: …") go on with its run, though
  // short and with no full stop (WCXB 4257: four of a checklist's five items were left under the article).
  extent = widen(scores, labelledTail(lines, verdicts, extent)) ?? extent;
  // Why: the short lines under the body's last line that ends with a colon are the list it opens, and scored neutral
  // were left under it (WCXB 2645: "… more details on the changes since the last blog post from GitHub:" over the two
  // links' lines).
  extent = widen(scores, listUnderColon(lines, verdicts, extent, settings)) ?? extent;
  // Why: the paragraph under the body's last line whose closing words are a link's text ends with no mark, and scored
  // as no prose was left under it (WCXB 2645: "… To install fresh without using git, you can use the … Nightly
  // Installers or the commercial edition Metasploit Pro" under the list above).
  extent = widen(scores, linkEndedParagraph(lines, verdicts, extent, stopwords, settings)) ?? extent;
  // Why: a section under the body's last line whose fields open with the body's own labels ("Pros:", "Cons:") goes on
  // with the article, though its short lines carry no sentence (WCXB 0271, 0096).
  extent = widen(scores, sectionTail(lines, verdicts, extent)) ?? extent;
  // Why: the short sentences under the body's last line in its own block go on with it (WCXB 4255 innertext).
  extent = widen(scores, blockTail(lines, verdicts, extent, settings)) ?? extent;
  if (cleanStart >= 0) {
    for (const [i, score] of cleanInputScores(lines, scores)) scores[i] = score;
    // Why from its start: the short-line pass judges a heading over the first paragraph inside the body ("## Ratio").
    // Why as far as the body search goes on the new scores: a directory under the prose, which the pass would take
    // for chrome, is left for the records' pass to carry the body over (test/analyze/records.test.ts).
    extent = {
      start: Math.min(extent.start, cleanStart),
      end: Math.max(extent.end, findExtent(scores).end),
    };
  }
  return extent;
}

import type { CompiledPack } from '../lang/matcher.js';
import type { Script } from '../segment/script.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { buttonCaption } from './button-captions.js';
import type { Extent, LineScore } from './extent.js';
import { insideBody } from './inside-body.js';
import { linkTargetButton } from './link-target-buttons.js';
import { mediaNotice } from './media-notices.js';
import { placeCaption } from './place-captions.js';
import { ratingScales } from './rating-scales.js';
import { slideCounters } from './slide-counters.js';
import { tableOfContents } from './toc.js';
import { wordlessLines } from './wordless-lines.js';

/**
 * A step of the body search (`findBody`), the last over the page's own lines: the chaff among the article's paragraphs leaves the body
 * once its bounds are found, without moving them: a contents list, wordless lines, a rating widget's scale, captions,
 * a player's notices and buttons ({@link insideBody}), another story's slideshow. Sets `verdicts` in place. Linear.
 * @param text The normalized text the lines were cut from.
 * @param script The article's script: a letter alone in another is a form's icon.
 * @example markChaffInBody(lines, verdicts, scores, { start: 4, end: 70 }, text, 'latin', compiledEn)
 */
export function markChaffInBody(
  lines: readonly Line[],
  verdicts: (Verdict | undefined)[],
  scores: readonly LineScore[],
  body: Extent,
  text: string,
  script: Script,
  lang: CompiledPack,
): void {
  // Why: the contents list over upper-cased headings names each of them again (WCXB 4083).
  // Why: WCXB 0252 innertext: under "Table of Contents", entries that name numbered headings, questions, single words.
  for (const [i, verdict] of tableOfContents(lines, verdicts, body, lang.match.contentsLabels)) verdicts[i] = verdict;
  // Why after the body search: a rule line or a script's tail between paragraphs only leaves the body, it never cuts
  // it (WCXB 0213: html-to-text's <hr> between a list's entries; multisite-dev, forbes 2005: "'); //-->").
  for (const [i, verdict] of wordlessLines(lines, verdicts, body, text, script)) verdicts[i] = verdict;
  // Why after the body search: a rating widget's scale between a round-up's products only leaves the body (WCXB 4694).
  for (const [i, verdict] of ratingScales(lines, verdicts, body)) verdicts[i] = verdict;
  // Why after the body search: a caption that says where its picture stands reads as prose between two paragraphs,
  // and only leaves the body (WCXB 0400: "Above: The winter seed heads of purple coneflowers on the High Line. …").
  // Why with them: a player's notice stands among the paragraphs beside its caption, and cut the body there as a
  // detector's verdict (multisite-dev, bbc 2013: "Please turn on JavaScript. Media requires JavaScript to play.").
  // Why the button's caption: multisite-dev arstechnica 2013 (2013-gran-1), 2017, an "Enlarge / …" caption between
  // two paragraphs.
  // Why the button with its hidden label: WCXB 4601, "See Packages Links to SimpliSafe" over and under each product's
  // spec table, twice, not the three times that mark a repeated button.
  const bodyTests = [
    placeCaption(lang.captionPlaces),
    buttonCaption(lang.match.uiPrompt),
    mediaNotice(lang.match.mediaNotices),
    linkTargetButton(lang.match.linkLabels, lang.match.linkTargetLabels),
  ];
  for (const [i, verdict] of insideBody(lines, verdicts, body, bodyTests)) verdicts[i] = verdict;
  // Why after the body search: another story's slideshow between two paragraphs only leaves the body (multisite-dev,
  // cnn 2017).
  for (const [i, verdict] of slideCounters(lines, verdicts, scores, body)) verdicts[i] = verdict;
}

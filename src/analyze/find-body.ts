import type { CompiledPack } from '../lang/matcher.js';
import type { PhrasePack } from '../lang/types.js';
import type { MappedText } from '../normalize/normalize.js';
import type { ResolvedOptions } from '../options.js';
import { siteRepeats } from '../profile/site-repeat.js';
import type { Script } from '../segment/script.js';
import type { Line } from '../segment/segment.js';
import type { BodyView } from '../structure/assemble.js';
import type { TabTable } from '../structure/tab-tables.js';
import type { Verdict } from '../types.js';
import { articlePart } from './article-part.js';
import { widenOverArticle } from './article-widening.js';
import { buttonCaption } from './button-captions.js';
import { cardButtons } from './card-buttons.js';
import { cleanInput } from './clean-input.js';
import { codeFences, fenceVerdicts } from './code-fences.js';
import { reviseShortLines } from './context.js';
import { callToActionBoxes } from './cta-boxes.js';
import { detect } from './detect.js';
import { directoryGrids } from './directory-grid.js';
import { fieldPairs } from './field-pairs.js';
import { insideBody } from './inside-body.js';
import { scoreLines } from './line-scores.js';
import { linkTargetButton } from './link-target-buttons.js';
import { listedPhrases } from './listed-phrases.js';
import { mediaNotice } from './media-notices.js';
import { placeCaption } from './place-captions.js';
import { ratingScales } from './rating-scales.js';
import { extendOverRecords } from './records.js';
import { extentWithoutRepeats } from './repeat-free-extent.js';
import { repeatedButtons } from './repeated-buttons.js';
import { slideCounters } from './slide-counters.js';
import { extendOverTables } from './table-extent.js';
import { tableLayout } from './table-layout.js';
import { tableOfContents } from './toc.js';
import { reviseWalls } from './walls.js';
import { wordlessLines } from './wordless-lines.js';

/** The document as stage 4 reads it: its text, its lines and their language. */
export interface DocumentLines {
  readonly input: string;
  readonly normalized: MappedText;
  readonly lines: readonly Line[];
  readonly lang: CompiledPack;
  /** The pack the language was read with, if any: without one, no line is prose by its stopwords. */
  readonly pack: PhrasePack | null | undefined;
  readonly script: Script;
}

/** What stage 4 finds: each line's verdict and score, the body's lines, and the tables and clean-text reading under them. */
export interface FoundBody extends BodyView {
  /** True when the input reads as a clean text (`cleanInput`). */
  readonly whole: boolean;
  readonly tables: readonly TabTable[];
  /** The lines with a tab inside (`tabRows`). */
  readonly rows: ReadonlySet<number>;
  /** The lines a site profile shows on many of the site's pages, by index (`siteRepeats`); apart from `verdicts`. */
  readonly repeats: ReadonlyMap<number, Verdict>;
}

/**
 * Stage 4: gives boilerplate lines a verdict and finds the body as the densest run of prose, with `opts.settings`'
 * thresholds.
 */
export function findBody(document: DocumentLines, opts: ResolvedOptions): FoundBody {
  const { input, normalized, lines, lang } = document;
  const { pipes, tables, rows, cells } = tableLayout(input, normalized, lines);
  const verdicts = detect(lines, { lines, lang, settings: opts.settings }, opts.detectors, opts.keep);
  // Why: a clean text (a bare list, a letter, Markdown, the article's own text) is the body whole, list items,
  // sign-off and first heading included; read before any other pass takes a verdict back.
  const whole = cleanInput(lines, verdicts, pipes);
  const repeatedLabels = reviseWalls(lines, verdicts, cells, lang, opts.settings);
  // Why the size: a pack for a language written without spaces has no stopwords, and no line is then prose by them.
  const stopwords = document.pack && lang.stopwords.size > 0 ? lang.stopwords : null;
  const fences = codeFences(lines);
  const scores = scoreLines(lines, verdicts, fences, stopwords, lang, opts.settings);
  let extent = extentWithoutRepeats(lines, verdicts, scores);
  extent = articlePart(lines, verdicts, scores, extent, lang, repeatedLabels);
  extent = widenOverArticle(lines, verdicts, scores, extent, stopwords, opts.settings, whole);
  // Why: an offer named among a review's pros and cons is the review's ("No free trial" under "Cons", WCXB 0246).
  for (const i of listedPhrases(lines, verdicts, scores, extent, lang.match.listLabels)) verdicts[i] = undefined;
  // Why: a score card or a spec sheet inside the body is a table of label/value lines; its cells vouch for each
  // other like the cells the page wrote with tabs (WCXB 4253, 4825).
  for (const i of fieldPairs(lines, verdicts, scores, extent, lang.stopwords)) cells.add(i);
  for (const [i, verdict] of reviseShortLines(
    lines,
    verdicts,
    scores,
    extent,
    lang.match.shopButtons,
    lang.match.teaserOpeners,
    cells,
    lang.match.listLabels,
    lang.match.offerWords,
  ))
    verdicts[i] = verdict;
  // Why after the short-line pass: a call to action between paragraphs only leaves the body, it never cuts it.
  for (const [i, verdict] of callToActionBoxes(lines, verdicts, extent, lang)) verdicts[i] = verdict;
  // Why: WCXB 4674 innertext: a "Watch review on YouTube" under each product of a round-up only leaves the body.
  for (const [i, verdict] of repeatedButtons(lines, verdicts, extent, lang.match.linkLabels)) verdicts[i] = verdict;
  // Why: WCXB 4106, "Shop Svala @ Immaculate Vegan.", "Shop TORRAIN." under each brand of a round-up only leave the body.
  for (const [i, verdict] of cardButtons(lines, verdicts, extent, lang)) verdicts[i] = verdict;
  // Why after the body search: a site's index of its other pages between two sections only leaves the body (WCXB 0057).
  for (const [i, verdict] of directoryGrids(lines, verdicts, extent)) verdicts[i] = verdict;
  // Why after the short-line pass: a directory's fields are short lines no prose vouches for (WCXB 0313).
  const records = extendOverRecords(lines, verdicts, scores, extent, opts.settings.sparseRecordOpenings);
  // Why: a table that closes the article is its data, though its short cells carry no sentence (WCXB 0065 innertext:
  // a table of weight-loss drugs, ten rows of five cells one a line, right under the article's last paragraph and its heading).
  const carried = extendOverTables(lines, verdicts, scores, records, tables, lang.stopwords);
  for (const i of carried.rows) verdicts[i] = undefined;
  const body = carried.extent;
  // Why: the contents list over upper-cased headings names each of them again (WCXB 4083).
  // Why: WCXB 0252 innertext: under "Table of Contents", entries that name numbered headings, questions, single words.
  for (const [i, verdict] of tableOfContents(lines, verdicts, body, lang.match.contentsLabels)) verdicts[i] = verdict;
  // Why after the body search: a rule line or a script's tail between paragraphs only leaves the body, it never cuts
  // it (WCXB 0213: html-to-text's <hr> between a list's entries; multisite-dev, forbes 2005: "'); //-->").
  for (const [i, verdict] of wordlessLines(lines, verdicts, body, normalized.text, document.script))
    verdicts[i] = verdict;
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
  // Why: a Markdown fence is the markup of the listing it opens or closes, which stays whole (WCXB 0383 innertext, its
  // Markdown cleaned again: the fences came back as the listing's first line, as paragraphs, or as a menu's lines).
  for (const [i, verdict] of fenceVerdicts(fences)) verdicts[i] = verdict;
  // Why after the body search: a site's repeated lines only leave the body, they never move its bounds; an
  // ad line repeated mid-article would otherwise split it (multisite-dev, foxnews/2005-loot-1).
  return { verdicts, repeats: siteRepeats(lines, verdicts, scores, opts), scores, extent: body, whole, tables, rows };
}

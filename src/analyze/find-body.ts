import type { CompiledPack } from '../lang/matcher.js';
import type { PhrasePack } from '../lang/types.js';
import type { MappedText } from '../normalize/mapped-text.js';
import type { ResolvedOptions } from '../options.js';
import { siteRepeats } from '../profile/site-repeat.js';
import type { Script } from '../segment/script.js';
import type { Line } from '../segment/segment.js';
import type { BodyView } from '../structure/assemble.js';
import type { TabTable } from '../structure/tab-tables.js';
import type { Verdict } from '../types.js';
import { articlePart } from './article-part.js';
import { widenOverArticle } from './article-widening.js';
import { markChaffInBody } from './body-chaff.js';
import { markPromoInBody } from './body-promo.js';
import { type CleanHeadline, cleanInput, cleanInputHeadline, cleanInputStart, readsHeadline } from './clean-input.js';
import { codeFences, fenceVerdicts } from './code-fences.js';
import { detect } from './detect.js';
import { scoreLines } from './line-scores.js';
import { extendOverRecords } from './records.js';
import { extentWithoutRepeats } from './repeat-free-extent.js';
import { judgeShortLines } from './short-lines.js';
import { extendOverTables } from './table-extent.js';
import { tableLayout } from './table-layout.js';
import { reviseWalls } from './walls.js';

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
  /** For a clean text, where its headline may stand (`cleanInputHeadline`); unset for a page. */
  readonly headline: CleanHeadline | undefined;
  readonly tables: readonly TabTable[];
  /** The lines with a tab inside (`tabRows`). */
  readonly rows: ReadonlySet<number>;
  /** The lines a site profile shows on many of the site's pages, by index (`siteRepeats`); apart from `verdicts`. */
  readonly repeats: ReadonlyMap<number, Verdict>;
}

/**
 * Stage 4: gives boilerplate lines a verdict and finds the body as the densest run of prose, with `opts.settings`'
 * thresholds. The steps, each a function that revises `verdicts`, `scores` or the body's bounds in place:
 * 1. tables — the page's tab and pipe tables, and the lines that are their cells ({@link tableLayout}).
 * 2. verdicts — the detectors' verdicts ({@link detect}); whether the input is a clean text, read whole
 *    ({@link cleanInput}); the walls (section headers) read in the page's context ({@link reviseWalls}).
 * 3. scores — each line's, and those its neighbours change ({@link scoreLines}).
 * 4. extent — the densest run of prose without the page's repeats ({@link extentWithoutRepeats}), the part of it that
 *    is the article ({@link articlePart}), widened over what goes on with the article ({@link widenOverArticle}).
 * 5. short lines — judged by their neighbours ({@link judgeShortLines}).
 * 6. promo — calls to action, buttons and directories between the body's items leave it ({@link markPromoInBody}).
 * 7. records and tables — the body carried over a directory of records and a table right under it.
 * 8. chaff — what stands among the paragraphs leaves the body ({@link markChaffInBody}); code fences are markup.
 * 9. site repeats — with a site profile, the lines common on the site's pages, apart from `verdicts`.
 */
export function findBody(document: DocumentLines, opts: ResolvedOptions): FoundBody {
  const { input, normalized, lines, lang } = document;
  // 1. tables
  const { pipes, tables, rows, cells } = tableLayout(input, normalized, lines);
  // 2. verdicts
  const verdicts = detect(lines, { lines, lang, settings: opts.settings }, opts.detectors, opts.keep);
  // Why: a clean text (a bare list, a letter, Markdown, the article's own text) is the body whole, list items,
  // sign-off and first heading included; read before any other pass takes a verdict back.
  const whole = cleanInput(lines, verdicts, pipes);
  // Why here: a clean text's header is read by the detectors' verdicts (a byline's or a date's), before a pass revises one.
  const named = whole && readsHeadline(lines, verdicts);
  const headline = whole ? cleanInputHeadline(lines, named) : undefined;
  const cleanStart = whole ? cleanInputStart(lines, verdicts, named) : -1;
  const repeatedLabels = reviseWalls(lines, verdicts, cells, lang, opts.settings);
  // 3. scores
  // Why the size: a pack for a language written without spaces has no stopwords, and no line is then prose by them.
  const stopwords = document.pack && lang.stopwords.size > 0 ? lang.stopwords : null;
  const fences = codeFences(lines);
  const scores = scoreLines(lines, verdicts, fences, stopwords, lang, opts.settings);
  // 4. extent
  let extent = extentWithoutRepeats(lines, verdicts, scores);
  extent = articlePart(lines, verdicts, scores, extent, lang, repeatedLabels);
  extent = widenOverArticle(lines, verdicts, scores, extent, stopwords, opts.settings, cleanStart);
  // 5. short lines
  judgeShortLines(lines, verdicts, scores, extent, lang, cells);
  // 6. promo
  markPromoInBody(lines, verdicts, extent, lang);
  // 7. records and tables
  // Why after the short-line pass: a directory's fields are short lines no prose vouches for (WCXB 0313).
  const records = extendOverRecords(lines, verdicts, scores, extent, opts.settings.sparseRecordOpenings);
  // Why: a table that closes the article is its data, though its short cells carry no sentence (WCXB 0065 innertext:
  // a table of weight-loss drugs, ten rows of five cells one a line, right under the article's last paragraph and its heading).
  const carried = extendOverTables(lines, verdicts, scores, records, tables, lang.stopwords);
  for (const i of carried.rows) verdicts[i] = undefined;
  const body = carried.extent;
  // 8. chaff
  markChaffInBody(lines, verdicts, scores, body, normalized.text, document.script, lang);
  // Why: a Markdown fence is the markup of the listing it opens or closes, which stays whole (WCXB 0383 innertext, its
  // Markdown cleaned again: the fences came back as the listing's first line, as paragraphs, or as a menu's lines).
  for (const [i, verdict] of fenceVerdicts(fences)) verdicts[i] = verdict;
  // 9. site repeats
  // Why after the body search: a site's repeated lines only leave the body, they never move its bounds; an
  // ad line repeated mid-article would otherwise split it (multisite-dev, foxnews/2005-loot-1).
  return {
    verdicts,
    repeats: siteRepeats(lines, verdicts, scores, opts),
    scores,
    extent: body,
    whole,
    headline,
    tables,
    rows,
  };
}

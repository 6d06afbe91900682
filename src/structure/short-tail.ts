import { isProse, type LineScore, opensBlock } from '../analyze/extent.js';
import type { Line } from '../segment/segment.js';
import { isHeadlineCase } from './capital-share.js';
import { MIN_BODY_LINES } from './min-body-lines.js';
import { isPipeRow } from './pipe-tables.js';

/** Most words of a line in the body's closing run of short lines: a label's length (a longer line is a table row). */
const MAX_TAIL_WORDS = 12;
/** Fewest items in headline case that make a closing list one of links: one could be the article's own label. */
const MIN_LINK_ITEMS = 2;
/**
 * A label and its value ("DOI: 10.1126/…", "Acceptance Rate: 34%"): the article's data, as in `reviseShortLines`. Why a
 * currency sign: a price is a value too ("Approximate cost per day: £6.81" closing a meal plan's last day, WCXB 0096).
 * Why not a colon between digits: a time of day is no label ("7:00AM - 5:00PM" in an office's opening hours left under
 * the article once the notice below them was cut as a bio, WCXB 0143 innertext). The group is the value.
 */
const LABELLED_VALUE = /(?:\P{N}:|:\s)\s*([\p{L}\p{N}\p{Sc}].*)$/u;

/**
 * The short lines after the body's last prose line: a heading with nothing under it, a button, a name or a job
 * title whose bio the cuts above took ("Jack Shepherd" over "Co-Founder"). Why: the body search keeps them only
 * when prose follows them; once that prose has left, nothing vouches for them (WCXB 4245, 0219, 0151, 0361). None
 * when a list item, a longer line or a pipe table's row (a table's row, 4115) or labelled values (a closing reference's
 * "DOI: …", {@link labelsData}) stand among them, or when the body has fewer than {@link MIN_BODY_LINES} lines above them, unless they are all
 * marked headings. A list of links ({@link listsLinks}) among other short lines vouches for none of them.
 */
export function shortTail(kept: readonly Line[], scores: readonly LineScore[], stopwords: ReadonlySet<string>): Line[] {
  let j = kept.length;
  let onlyMarkedHeadings = true;
  let items = 0;
  while (j > 0) {
    const line = kept[j - 1] as Line;
    if (isProse(scores[line.index])) break;
    // Why a pipe row: toMarkdown writes a table so, however short its rows (WCXB 1396 innertext, a closing table of
    // two short links a row, cleaned again from its Markdown).
    if (line.words > MAX_TAIL_WORDS || isPipeRow(line)) return [];
    if (line.listMarker !== null) items++;
    if (line.headingLevel === 0) onlyMarkedHeadings = false;
    j--;
  }
  // Why: a list of the post's tags closes many posts right under the last sentence (" * Dotnet", " * Productivity",
  // WCXB 2789 html-to-text); the article's text drops the bullets, and cleaned again the tags are short lines after
  // the article. A list under a heading ("References"), under a sentence that opens it ("You will need:") or that goes
  // on from a longer item over it ("Includes numerous Xsan fixes.", multisite arstechnica 2017) stays.
  const run = kept.slice(j);
  if (items > 0 && (listGoesOn(kept[j - 1], kept[j]) || (items < run.length && !listsLinks(run, stopwords)))) return [];
  // Why: the short lines under a sentence that ends with a colon are the list it announces, marked or not (WCXB 2645
  // innertext: "… more details on the changes since the last blog post from GitHub:" over its two links' lines).
  if (j < kept.length && kept[j - 1]?.text.endsWith(':')) return [];
  if (labelsData(run)) return [];
  // Why: a marked heading ("## Reaction in Berlin") whose section was a removed repeat closes even a short body;
  // cleaning the output again drops it as a plain short line, so keeping it here made clean() not idempotent.
  return j >= MIN_BODY_LINES || (j > 0 && onlyMarkedHeadings) ? run : [];
}

/**
 * True when short lines after the last prose are the article's data, which no cut at the body's end takes: a list's
 * item or a line that opens the block under it ({@link opensBlock}) stands among them, or labelled values
 * ({@link labelsData}).
 */
export const holdsClosingData = (run: readonly Line[]): boolean => run.some(opensList) || labelsData(run);

/**
 * True when a labelled value ("Source: Ministry of …") stands among the lines and no two give one value. Why: two labels
 * over one value are a writer's links to the site's channels, not data ("Instagram Daily Fun: RunToTheFinish" and
 * "Facebook Community Chatter: RunToTheFinish" over "Category: review" under the last paragraph, WCXB 4884).
 */
function labelsData(run: readonly Line[]): boolean {
  const values = new Set<string>();
  for (const line of run) {
    const value = LABELLED_VALUE.exec(line.text)?.[1]?.toLowerCase();
    if (value === undefined) continue;
    if (values.has(value)) return false;
    values.add(value);
  }
  return values.size > 0;
}

/**
 * True when the list in a run of short lines, with no line among them that opens it with a colon, is one of links:
 * every item is a title in headline case or holds no letter, and {@link MIN_LINK_ITEMS} or more are titles. Why: a
 * site's links to its other pages close many posts under a heading of their own ("NEW YORK RELOCATION RESOURCES" over
 * "Best Car Shipping Companies in New York", WCXB 0056 html-to-text; "CHECK OUT OTHER TOP SUBSCRIPTIONS" over
 * "Subscriptions for Women", 0098; an office's street, telephone and "Neighborhoods We Serve", 0143), where a closing
 * list of the article's own says things in sentence case ("To add tax (required only for US) follow this
 * instruction", 4844) or counts its steps ("1", "2" under "ACTIVITIES", 2157).
 */
function listsLinks(run: readonly Line[], stopwords: ReadonlySet<string>): boolean {
  let titles = 0;
  for (const line of run) {
    if (line.listMarker === null) {
      if (opensBlock(line.text)) return false;
    } else if (isHeadlineCase(line, stopwords) && !line.endsSentence) titles++;
    else if (line.letters > 0) return false;
  }
  return titles >= MIN_LINK_ITEMS;
}

/**
 * True when the run's first line goes on from the prose line above it: a list that line opens with a colon, or the
 * next item of the list it is an item of. Why not under a heading: a heading ends the list above it ("NEW YORK
 * RELOCATION RESOURCES" under the last item of the article's list, WCXB 0056 html-to-text).
 */
const listGoesOn = (above: Line | undefined, first: Line | undefined): boolean =>
  above !== undefined && (opensBlock(above.text) || (above.listMarker !== null && first?.listMarker != null));

/** True when the line is a list's item or opens the block under it ({@link opensBlock}): the list under it is its own. */
const opensList = (line: Line | undefined): boolean =>
  line !== undefined && (line.listMarker !== null || opensBlock(line.text));

import { withoutLeadingMark } from '../detectors/leading-mark.js';
import { phrasesIn } from '../detectors/phrase-hits.js';
import { isLabelledText } from '../labelled-text.js';
import type { PhraseMatcher } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { isCodeLine, looksLikeCode } from './code-line.js';
import { isListingRun } from './code-listings.js';
import { type Extent, isProse, type LineScore } from './extent.js';

const NO_CELLS: ReadonlySet<number> = new Set();
/** Longest run of short lines between two prose lines that is kept whole (jusText's short-between-good rule). */
const MAX_SANDWICHED_RUN = 2;
/** Most words of a leftover of page chrome (a button, a count, a label). */
const MAX_CHROME_WORDS = 3;
/** Most words of a list label without a colon ("What we don't like"). */
const MAX_LIST_LABEL_WORDS = 5;
/** Fewest words of a list item under a label inside a run of short lines. */
const MIN_LIST_ITEM_WORDS = 2;
/** Most words of a shop or sales button line ("Check price at REI", "Get a Quote (212) 203-0280"). */
const MAX_BUTTON_WORDS = 8;
/** Most words of a link line to another page. */
const MAX_TEASER_WORDS = 12;
/** How many lines below a heading its prose may start. */
const HEADING_REACH = 2;
/** Most "Label: value" fields between a heading and its prose. */
const MAX_HEADING_FIELDS = 3;
/** Most words of such a field ("Brand Recommendation: Echo Strength Flat Bench"). */
const MAX_FIELD_WORDS = 12;
/** Fewest lines of a run of short lines that can be a list innerText wrote without its bullets. */
const MIN_LIST_RUN = 8;
/**
 * Least share of a run's lines in sentence case for it to be such a list. Why: innerText drops a list's bullets, and
 * its items are written like sentences ("Wiper blades", "Tire rotation", WCXB 4185; "Improves overall health",
 * "Boosts energy levels", 0195) where a menu's labels capitalize every word ("Success Stories", "Team License").
 */
const MIN_SENTENCE_CASE_SHARE = 0.4;
/** Several words, only the first capitalized, no digits or punctuation but apostrophes and hyphens. */
const SENTENCE_CASE = /^\p{Lu}\p{Ll}*(?: \p{Ll}[\p{Ll}'’-]*)+$/u;
/** Least share of such a run's lines that are items of more than {@link MAX_CHROME_WORDS} words. */
const MIN_LONG_ITEM_SHARE = 0.4;
/**
 * A word past the first in lower case, of four letters or more: an item written like a sentence ("Compact layout for
 * a clean desk"), where a menu's entries and headlines capitalize every word ("Best Short Throw Projectors").
 */
const LOWER_CASE_WORD = /\s\p{Ll}{4}/u;
/** Fewest items without bullets under a short line for it to be their list's label. */
const MIN_LABELLED_ITEMS = 3;
/** Most times an item's text stands on the page: a label repeated under every product is chrome ("Book now"). */
const MAX_ITEM_COPIES = 2;

/**
 * The context-sensitive pass (after jusText): inside the body, a short line stays when its neighbours make it
 * text — a heading over prose, a short sentence next to prose, a list item, a line or two between paragraphs.
 * A short line that prose does not vouch for is a leftover of page chrome (WCXB 0396: vote counts and
 * "Read the Review" buttons between product blurbs) and gets a verdict.
 * @param tableCells Lines the page wrote as cells of a table: they vouch for each other.
 * @param listLabels Labels a list stands under without a colon ("Pros"): they and their items are the article's.
 */
export function reviseShortLines(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  shopButtons?: PhraseMatcher,
  teaserOpeners?: PhraseMatcher,
  tableCells: ReadonlySet<number> = NO_CELLS,
  listLabels?: PhraseMatcher,
  offerWords?: PhraseMatcher,
): Map<number, Verdict> {
  const labels = (line: Line | undefined): boolean => line !== undefined && isListLabel(line, listLabels);
  const revised = new Map<number, Verdict>();
  // The section header the current run of short lines stands under, inside the body: a bridged inline box.
  let header = -1;
  // Why: every short line of a run asks about the same run; measured once, a long run costs linear time, not quadratic.
  let run: ShortRun | undefined;
  let underLabel: (i: number) => boolean = () => false;
  // How many times each line's text stands on the page; counted once, on the first line that asks.
  let copies: Map<string, number> | undefined;
  // Repeated labels over a list's items, with the verdict each gets unless its items stay.
  const labelsOverItems: [number, Verdict][] = [];
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    const verdict = verdicts[i];
    if (verdict) {
      header = verdict.barrier ? i : -1;
      continue;
    }
    if (scores[i]?.klass !== 'short' || line.headingLevel > 0) header = -1;
    // Why: the body search bridges an inline "Recommended Reading" box between two paragraphs (WCXB 0160); its
    // headlines and writers' names under the header are the box's, not the article's. The line right over the
    // prose that resumes may be the article's next heading ("Trend 5: Exercises for mental health", 0032).
    else if (header >= 0 && !isProse(scores[i + 1])) {
      const { kind } = verdicts[header] as Verdict;
      revised.set(i, { kind, reason: `under a ${kind} header inside the body (line ${header + 1})` });
      continue;
    }
    // Why here and not as a detector: the buttons under each product of a list ("Get A Quote", WCXB 0057;
    // "Check price at REI", 4694) would cost the body as verdicts and cut it at the first one; found after the
    // body search they only leave it.
    const button = shopButtons && line.words <= MAX_BUTTON_WORDS ? phrasesIn(line, shopButtons)[0] : undefined;
    if (button) {
      revised.set(i, { kind: 'ad', reason: `shop button "${button.toLowerCase()}" in the body (words=${line.words})` });
      continue;
    }
    // Why: likewise a review's price buttons under each product ("$150 AT ADIDAS", WCXB 1821; "$58 at Amazon $78 at
    // Wayfair", 4030): none of the 53 such lines of the dev pages is in the gold text.
    if (offerWords && isPriceOffer(line, offerWords)) {
      revised.set(i, { kind: 'ad', reason: `price offer in the body (words=${line.words})` });
      continue;
    }
    // Why: a link line opens with its call ("Learn more about the Wharton MBA Program", WCXB 0022); a sentence
    // that starts the same way ends like one ("Learn more about portrait orientation here.", 0007).
    const teaser =
      teaserOpeners && !line.endsSentence && line.words <= MAX_TEASER_WORDS ? opener(line, teaserOpeners) : undefined;
    if (teaser) {
      revised.set(i, {
        kind: 'related',
        reason: `link line opening with "${teaser}" in the body (words=${line.words})`,
      });
      continue;
    }
    if (scores[i]?.klass !== 'short') continue;
    if (line.quoted || line.credit !== undefined || line.listMarker !== null) continue;
    // Why: a heading with another heading right under it heads no section; its mark must not vouch for it, as
    // cleaning the article's text again reads it without the mark (a run of "## What Comes Next"-style headings,
    // test/properties.test.ts). A shell comment over its command stays (WCXB 0437: "# show commit logs").
    if (line.headingLevel > 0 && !headsHeading(lines, verdicts, i, extent.end)) continue;
    if (scores[i]?.item) continue;
    // Items of a list without markers (innerText drops them) are short but carry words; chrome is a word or two.
    if (line.words > MAX_CHROME_WORDS || looksLikeCode(line)) continue;
    // Why: a table's cells are short lines with no prose among them ("15,000" under "Venue and F&B", WCXB 4592).
    if (tableCells.has(i)) continue;
    // Why: "Acceptance Rate: 34%", "Pros:" — a label with its value, or one that opens a list, is the article's
    // data (WCXB 0022, 0198); a button never carries a colon.
    if (line.text.includes(':') || labels(line)) continue;
    // A heading over prose, or over a list (html-to-text and toText keep list bullets).
    if (headsProse(scores, i, extent.end) || lines[i + 1]?.listMarker) continue;
    // Why: innerText leaves a product's heading unmarked ("Compact Weight Bench", WCXB 4647) over its "Price: $299"
    // fields and then its blurb; a button repeated under every item ("Continue Reading", 4452) or one that ends like
    // a sentence ("Shop Proclaim.", 4106) heads nothing; nor does a logo's name under the heading that holds it
    // ("Vimeo" under "Vimeo Livestream: Best for …", 0231).
    if (!line.endsSentence && headsFields(lines, scores, i, extent.end) && !namedAbove(lines, i)) {
      copies ??= countCopies(lines);
      if ((copies.get(line.text) ?? 0) <= 1) continue;
    }
    if (line.endsSentence && (isProse(scores[i - 1]) || isProse(scores[i + 1]))) continue;
    if (run === undefined || i > run.to) {
      run = shortRun(lines, scores, verdicts, i, extent);
      underLabel = labelledFrom(lines, run.from, labels);
    }
    if (run.length <= MAX_SANDWICHED_RUN && run.proseBefore && run.proseAfter) continue;
    // why: WCXB 0386 — "import gim" over a Python listing ("model = AutoModelForCausalLM.from_pretrained(…)") was
    // cut as a menu entry; code-runs.ts makes the run one code block.
    if (isListing(run)) continue;
    // Why: innerText drops list bullets; a run of short lines under "… help improve:" is that list (WCXB 0027).
    if (labels(lines[run.from - 1])) continue;
    // So are the items of several words under a label inside the run ("Pros:" over "Supports local bookstores",
    // 0198); a shop box's label stands over single words ("Best Prices Today:" over "Retailer", "Check"; 4014).
    if (line.words >= MIN_LIST_ITEM_WORDS && underLabel(i)) continue;
    // Why: innerText drops a list's bullets; in a long run where many items run to several words, the items of two
    // or three words are the same list ("Book videographer" among a checklist's longer tasks, WCXB 4589; "Catering &
    // Bar" among a wedding budget's items, 4584). A label under every product repeats ("Book now", 0030).
    if (line.words >= MIN_LIST_ITEM_WORDS && isLongList(run)) {
      copies ??= countCopies(lines);
      if ((copies.get(line.text) ?? 0) <= MAX_ITEM_COPIES) continue;
    }
    const nav: Verdict = {
      kind: 'nav',
      reason: `short line in the body that no prose vouches for (run of ${run.length} short lines, words=${line.words})`,
    };
    // Why: a label repeated over each card's list ("FAST FACTS" over "Locations: 67", "Founded: 2000", WCXB 0245;
    // "Main Features" over a keyboard's features, 4010) is the article's whether the renderer kept the bullets or
    // not: innerText and the article's own text drop them, and cleaned again the label stood over short lines no
    // prose vouches for. It waits for its items' verdicts: over a shop box's buttons it goes with them (0212).
    if (line.letters > 0 && headsItems(lines, scores, verdicts, i, extent.end)) {
      copies ??= countCopies(lines);
      if ((copies.get(line.text) ?? 0) > 1) {
        labelsOverItems.push([i, nav]);
        continue;
      }
    }
    revised.set(i, nav);
  }
  for (const [i, nav] of labelsOverItems) if (!itemsStay(revised, i)) revised.set(i, nav);
  return revised;
}

/** Most words of a line of price offers ("$58 at Amazon $78 at Wayfair $78 at Home Depot"). */
const MAX_OFFER_WORDS = 12;
/** A price, or an old and a new one ("$150 $120"), then a word, then a name with a capital ("AT ADIDAS"). */
const PRICE_THEN_WORD = /^(?:\p{Sc}\s?\d[\d,.]*\s*){1,2}(\p{L}+)\s+\p{Lu}/u;

/**
 * True when the line opens with a price, the pack's word for where it is sold, and the shop's name: a shop's price
 * button ("$228 from Amazon"), not a sentence or a price list's row ("$50 for the first hour").
 */
function isPriceOffer(line: Line, offerWords: PhraseMatcher): boolean {
  if (line.words > MAX_OFFER_WORDS || line.endsSentence) return false;
  const word = PRICE_THEN_WORD.exec(line.text)?.[1];
  if (word === undefined) return false;
  const offers = offerWords.find(word);
  return offers.length > 0 && offers[0]?.length === word.length;
}

/**
 * Answers whether a line from `from` up to (not including) `i` is a list's label, so `i` is one of its items. Asked
 * with `i` increasing, it checks each line once.
 */
function labelledFrom(lines: readonly Line[], from: number, labels: (line: Line) => boolean): (i: number) => boolean {
  let next = from;
  let label = -1;
  return (i) => {
    for (; label < 0 && next < i; next++) if (labels(lines[next] as Line)) label = next;
    return label >= 0 && label < i;
  };
}

/**
 * True when the line labels a list: it ends with a colon, or it is one of the pack's list labels alone ("Pros",
 * "Cons"; WCXB 0010).
 */
export function isListLabel(line: Line, listLabels: PhraseMatcher | undefined): boolean {
  if (line.text.endsWith(':')) return true;
  if (listLabels === undefined || line.words > MAX_LIST_LABEL_WORDS) return false;
  // The matcher itself, not phrasesIn: a label is often one word.
  return listLabels.test(line.text) && listLabels.find(line.text)[0]?.length === line.text.length;
}

/** The phrase the line opens with, past a mark pointing at it ("➡️ Learn more about APIs", WCXB 2453), lower-cased. */
function opener(line: Line, matcher: PhraseMatcher): string | undefined {
  const first = phrasesIn(line, matcher)[0]?.toLowerCase();
  return first !== undefined && withoutLeadingMark(line.text).toLowerCase().startsWith(first) ? first : undefined;
}

/**
 * True when the next line of the body, up to `end`, is a marked heading; lines with a verdict and figures (which
 * the article's text leaves out) are passed over.
 */
function headsHeading(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  i: number,
  end: number,
): boolean {
  let k = i + 1;
  while (k <= end && (verdicts[k] || (lines[k] as Line).credit !== undefined)) k++;
  return k <= end && (lines[k] as Line).headingLevel > 0;
}

function headsProse(scores: readonly LineScore[], i: number, end: number): boolean {
  for (let k = 1; k <= HEADING_REACH && i + k <= end; k++) {
    const next = scores[i + k];
    if (isProse(next)) return true;
    if (next?.klass === 'bad') return false;
  }
  return false;
}

/** True when line `i` stands over one to {@link MAX_HEADING_FIELDS} short "Label: value" fields with prose right under them. */
function headsFields(lines: readonly Line[], scores: readonly LineScore[], i: number, end: number): boolean {
  let k = i + 1;
  while (k <= end && k - i <= MAX_HEADING_FIELDS && scores[k]?.klass === 'short' && isField(lines[k] as Line)) k++;
  return k > i + 1 && k <= end && isProse(scores[k]);
}

/**
 * True when line `i` stands over at least {@link MIN_LABELLED_ITEMS} items of one list written without bullets:
 * short lines of one kind, all fields ("Founded: 2000") or all plain lines of more than {@link MAX_CHROME_WORDS}
 * words, so neither a menu's entries nor a card's headline over its credit.
 */
function headsItems(
  lines: readonly Line[],
  scores: readonly LineScore[],
  verdicts: readonly (Verdict | undefined)[],
  i: number,
  end: number,
): boolean {
  const kind = itemKind(lines[i + 1]);
  if (kind === undefined) return false;
  for (let k = i + 1; k <= i + MIN_LABELLED_ITEMS; k++)
    if (k > end || verdicts[k] || scores[k]?.klass !== 'short' || itemKind(lines[k]) !== kind) return false;
  return true;
}

/** True when none of the items under the label at line `i` got a verdict. */
function itemsStay(revised: ReadonlyMap<number, Verdict>, i: number): boolean {
  for (let k = i + 1; k <= i + MIN_LABELLED_ITEMS; k++) if (revised.has(k)) return false;
  return true;
}

/** Whether the line can be an item of a list without bullets, and of which kind: a field or several plain words. */
function itemKind(line: Line | undefined): 'field' | 'words' | undefined {
  if (line === undefined || line.headingLevel > 0 || line.credit !== undefined || looksLikeCode(line)) return;
  if (line.text.includes(':')) return 'field';
  return line.words > MAX_CHROME_WORDS && LOWER_CASE_WORD.test(line.text) ? 'words' : undefined;
}

/** True when the line right above line `i` holds every word of it. */
function namedAbove(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1]?.tokens;
  return above !== undefined && (lines[i] as Line).tokens.every((token) => above.includes(token));
}

/**
 * True when the line is a field: a label of one to four words, a colon, then its value ("Price: $299").
 * @example isLabelled(lineOf('Industries Served: eCommerce, Retail')) // true; lineOf('See https://x.io') gives false
 */
export const isLabelled = (line: Line): boolean => isLabelledText(line.text);

const isField = (line: Line): boolean => line.words <= MAX_FIELD_WORDS && isLabelled(line);

/** A run of short lines without verdicts, from `from` to `to` (inclusive), and whether prose stands on each side. */
interface ShortRun {
  readonly from: number;
  readonly to: number;
  readonly length: number;
  readonly proseBefore: boolean;
  readonly proseAfter: boolean;
  /** Lines of the run with more than {@link MAX_CHROME_WORDS} words. */
  readonly longLines: number;
  /** Lines of the run in sentence case, several words with only the first capitalized ("Wiper blades"). */
  readonly sentenceCase: number;
  /** Lines of the run that are code with words ({@link isCodeLine}). */
  readonly codeLines: number;
}

/**
 * True when the run is a code listing: a third of its lines or more, and two at least, are code, so its other short
 * lines ("package main", an import's '"fmt"') are the listing's too.
 */
const isListing = (run: ShortRun): boolean => isListingRun(run.codeLines, run.length);

/** True when the run is long and many of its lines are items of several words or in sentence case: a list, not a menu. */
const isLongList = (run: ShortRun): boolean =>
  run.length >= MIN_LIST_RUN &&
  (run.longLines >= MIN_LONG_ITEM_SHARE * run.length || run.sentenceCase >= MIN_SENTENCE_CASE_SHARE * run.length);

/** How many times each text stands as a line of the page. */
function countCopies(lines: readonly Line[]): Map<string, number> {
  const copies = new Map<string, number>();
  for (const line of lines) copies.set(line.text, (copies.get(line.text) ?? 0) + 1);
  return copies;
}

function shortRun(
  lines: readonly Line[],
  scores: readonly LineScore[],
  verdicts: readonly (Verdict | undefined)[],
  i: number,
  extent: Extent,
): ShortRun {
  let from = i;
  while (from > extent.start && scores[from - 1]?.klass === 'short' && !verdicts[from - 1]) from--;
  let to = i;
  while (to < extent.end && scores[to + 1]?.klass === 'short' && !verdicts[to + 1]) to++;
  let longLines = 0;
  let sentenceCase = 0;
  let codeLines = 0;
  for (let k = from; k <= to; k++) {
    const line = lines[k] as Line;
    if (line.words > MAX_CHROME_WORDS) longLines++;
    if (SENTENCE_CASE.test(line.text)) sentenceCase++;
    // Words and code marks: a lone "{}" is a template's leftover as often (WCXB 4512, between "default" lines).
    if (line.tokens.length > 0 && isCodeLine(line.text)) codeLines++;
  }
  return {
    from,
    to,
    length: to - from + 1,
    proseBefore: isProse(scores[from - 1]),
    proseAfter: isProse(scores[to + 1]),
    longLines,
    sentenceCase,
    codeLines,
  };
}

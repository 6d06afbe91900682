import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { RemovalKind, Verdict } from '../types.js';
import { looksLikeCode } from './code-line.js';

/** Where the article body lies: the first and last line of the densest run of prose. */
export interface Extent {
  /** Index of the body's first line. */
  readonly start: number;
  /** Index of the body's last line (inclusive); `end < start` when no body was found. */
  readonly end: number;
}

/** The body widened over lines the body search left out, and those lines rescored, by index. */
export interface Widening {
  readonly extent: Extent;
  readonly rescored: Map<number, LineScore>;
}

/** Writes a widening's rescored lines into `scores` and returns its extent; null when there is no widening. */
export function widen(scores: LineScore[], widening: Widening | null): Extent | null {
  if (widening === null) return null;
  for (const [i, score] of widening.rescored) scores[i] = score;
  return widening.extent;
}

/** How a line counts toward the body region, and why. */
export interface LineScore {
  readonly score: number;
  /** `good` is prose on its own, `medium` is sentence-shaped, `short` is neither, `bad` has a verdict. */
  readonly klass: 'good' | 'medium' | 'short' | 'bad';
  /** The line heads a comment thread: nothing after it is the article, when enough prose stands before it. */
  readonly closes?: boolean | undefined;
  /** The line is an item of a list that stands between the article's paragraphs: the short-line pass keeps it. */
  readonly item?: boolean | undefined;
}

/**
 * What {@link lineScore} builds. Why a class, not an object literal: a page's scores outlive young collections as its
 * lines do, and with the lines built by a class V8 made this literal's objects straight in the old generation instead
 * (0.9 % of the CPU-profile samples at the literal; see `SegmentedLine`).
 */
class ScoreOfLine implements LineScore {
  constructor(
    readonly score: number,
    readonly klass: LineScore['klass'],
    readonly closes: boolean | undefined,
    readonly item: boolean | undefined,
  ) {}
}

/**
 * A {@link LineScore} in the one shape every score of a document has: its flags present though unset. Why: a wall
 * that closes the article and a list's item, each a score of a shape of its own, came pages into a run; every
 * function that had read only scores of the usual shape (the title search, the body search) was then deoptimized on a
 * wrong map and compiled again, a large share of the instructions of a run of a few hundred pages.
 * @example lineScore(17, 'good') // { score: 17, klass: 'good', closes: undefined, item: undefined }
 */
export function lineScore(score: number, klass: LineScore['klass'], closes?: boolean, item?: boolean): LineScore {
  return new ScoreOfLine(score, klass, closes, item);
}

/**
 * Scores one line for the body search, jusText-style and context-free: long lines dense in stopwords are
 * prose; sentence-shaped lines are weaker prose; short lines and lines with a verdict cost. `inMenu`: the line
 * stands in a toolbar or a menu ({@link isInToolbar}, {@link isMenuTab}), so a "comments" label there closes nothing.
 */
export function scoreLine(
  line: Line,
  verdict: Verdict | undefined,
  stopwords: ReadonlySet<string> | null,
  settings: Settings,
  inMenu = false,
): LineScore {
  // A section header (comments, related, author box) is a wall: no body run crosses it.
  if (verdict?.barrier) {
    // A header that ends like a sentence ("Comments?", WCXB 0435) is the author's own heading, not the widget's; a
    // feedback widget asks its question ("Was this page helpful?", 4444).
    const closes = verdict.closes === true || (verdict.kind === 'comments' && !line.endsSentence && !inMenu);
    return lineScore(Number.NEGATIVE_INFINITY, 'bad', closes || undefined);
  }
  if (verdict) return lineScore(-(settings.verdictPenalty + line.words), 'bad');
  // Why: a sentence that opens a list or a code block ends with a colon ("B-tree indexes work well for equality
  // and range queries:", WCXB 4414); tutorials are made of them. One that opens a block quotation may end with a
  // comma ("As the philosopher Thomas Nagel says in The Last Word (Oxford University Press, 1997),", 0458).
  const sentenceShaped = line.endsSentence || line.sentenceMarks >= 2 || opensBlock(line.text);
  if (line.words >= settings.goodMinWords && sentenceShaped) {
    if (!stopwords || reachesStopwordShare(line, stopwords, settings.goodMinStopwordShare))
      return lineScore(line.words, 'good');
    return lineScore(line.words / 4, 'medium');
  }
  if (line.words >= settings.mediumMinWords && sentenceShaped) return lineScore(line.words / 2, 'medium');
  // Why: code listings, unmarked list items (WCXB 4414, 0389) and the cells of price or progress tables ("$89 -
  // $249+", 0226; "60%", 0389) are short lines inside articles; they must not cut the body in two. Menus are
  // lines of one to three words.
  if (looksLikeCode(line) || line.words > MAX_MENU_ITEM_WORDS || isMeasuredValue(line.text))
    return lineScore(0, 'short');
  return lineScore(-settings.shortPenalty, 'short');
}

/** True when a line ends with a colon or a comma: it opens the list, code or quotation under it. */
export function opensBlock(text: string): boolean {
  if (text.length === 0) return false;
  const last = text.charCodeAt(text.length - 1);
  return last === 0x3a || last === 0x2c;
}

/**
 * Scores the short lines right under a sentence that ends with a colon as neutral: they are the list it opens
 * ("While these movers did not make our top list, they are still worth looking into:" over fifty names, WCXB 0057),
 * not a menu. Returns the lines to rescore, by index. Linear.
 */
export function listsUnderColons(lines: readonly Line[], scores: readonly LineScore[]): Map<number, LineScore> {
  const rescored = new Map<number, LineScore>();
  for (let i = 0; i < lines.length; i++) {
    if (!isProse(scores[i]) || !(lines[i] as Line).text.endsWith(':')) continue;
    let k = i + 1;
    for (; k < lines.length && scores[k]?.klass === 'short'; k++)
      if ((scores[k] as LineScore).score < 0) rescored.set(k, lineScore(0, 'short'));
    i = k - 1;
  }
  return rescored;
}

/**
 * Scores a short line that ends with a colon between two paragraphs as a short sentence: a run-in label over the
 * paragraph it opens ("Entertainment:" between two paragraphs of advice, WCXB 4613), the article's own; on the dev
 * pages 253 of the 259 such lines are in the gold body. Why: the box-bridging test reads a short sentence between two
 * paragraphs as the article going on, and a related list's headline over its teaser ends with no colon. Returns the
 * lines to rescore, by index. Linear.
 */
export function runInLabels(lines: readonly Line[], scores: readonly LineScore[]): Map<number, LineScore> {
  const rescored = new Map<number, LineScore>();
  for (let i = 1; i + 2 < lines.length; i++) {
    const line = lines[i] as Line;
    if (scores[i]?.klass !== 'short' || !isGood(scores[i - 1]) || !isGood(scores[i + 1])) continue;
    // Why: a label over the page's last paragraph, boilerplate right under it, may head a bio that leaves the body
    // ("About the Writer:", WCXB 0195); it must not stay behind alone.
    if (scores[i + 2]?.klass === 'bad') continue;
    if (line.text.endsWith(':')) rescored.set(i, lineScore(line.words / 2, 'medium'));
  }
  return rescored;
}

/**
 * A number with a currency sign or a percent sign: a price or a share, a table's value rather than a menu entry.
 * Why each alternative is anchored at the line's first digit or sign: unanchored, a line of signs and no digit had the
 * search run from every sign to the line's end (a line of 100k percent signs took 5 s).
 */
const MEASURED_VALUE = /^[^\p{N}]*\p{N}.*[\p{Sc}%]|^[^\p{Sc}%]*[\p{Sc}%].*\p{N}/u;

/** A currency or percent sign: what {@link MEASURED_VALUE} needs, looked for alone first. */
const VALUE_SIGN = /[\p{Sc}%]/u;

/**
 * {@link MEASURED_VALUE}'s test, asked only of a text that holds a sign. Why: most short lines hold none, and one
 * class looked for costs half of the expression's two alternatives tried at every character.
 */
function isMeasuredValue(text: string): boolean {
  return VALUE_SIGN.test(text) && MEASURED_VALUE.test(text);
}

/** How many lines on each side of a comments link a sharing label may stand for the link to be in a toolbar. */
const TOOLBAR_REACH = 2;
/** Kinds of the labels that stand in an article's toolbar next to a "comments" link. */
const TOOLBAR_KINDS: ReadonlySet<RemovalKind> = new Set(['share', 'social', 'newsletter', 'subscribe']);

/**
 * True when the line at `i` stands among sharing labels: a "comments" link in the article's toolbar ("email,
 * reprint, newsletter, comments, share" between a story's paragraphs), not the header of its comment thread.
 */
export function isInToolbar(verdicts: readonly (Verdict | undefined)[], i: number): boolean {
  // Labels on both sides: a comment form's "Email *" field under "Leave a Reply" (WCXB 0107) is on one side only.
  let before = false;
  let after = false;
  for (let k = 1; k <= TOOLBAR_REACH; k++) {
    before ||= i - k >= 0 && isToolbarLabel(verdicts[i - k]);
    after ||= i + k < verdicts.length && isToolbarLabel(verdicts[i + k]);
  }
  return before && after;
}

/**
 * True when the line at `i` is a menu's entry: a list item of a few words between two others like it ("* 相簿",
 * "* 部落格", "* 留言", "* 名片"). A "comments" entry there is a tab to the site's guestbook, not the header of the
 * article's thread.
 * Why: readability pixnet (zh-TW blog): the blog's menu tab "留言" (guestbook) over the post closed the article,
 * and the sidebar's list of posts above it became the body.
 * @example isMenuTab(segment('* Album\n* Comments\n* About'), 1) // true
 */
export function isMenuTab(lines: readonly Line[], i: number): boolean {
  return isMenuItem(lines[i]) && isMenuItem(lines[i - 1]) && isMenuItem(lines[i + 1]);
}

const isMenuItem = (line: Line | undefined): boolean =>
  line !== undefined && line.listMarker !== null && line.words <= MAX_MENU_ITEM_WORDS && !line.endsSentence;

// Why not a closure over the verdicts: the body search asks about every line of the page, and one closure per line
// was garbage for nothing.
const isToolbarLabel = (verdict: Verdict | undefined): boolean =>
  verdict !== undefined && TOOLBAR_KINDS.has(verdict.kind);

/** Most words of a menu entry. */
const MAX_MENU_ITEM_WORDS = 3;
/**
 * Whether the share of the line's tokens that are stopwords reaches `share`. Why it stops at the hit that reaches it:
 * the share only grows with the tokens read, and a paragraph reaches it within its first half (the lookups of every
 * token were 1.3 % of a CPU profile of clean() on the dev pages).
 */
export function reachesStopwordShare(line: Line, stopwords: ReadonlySet<string>, share: number): boolean {
  if (share <= 0) return true;
  const tokens = line.tokens;
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (stopwords.has(tokens[i] as string) && ++hits / tokens.length >= share) return true;
  }
  return false;
}

/** Share of the body's score the text across a section header must reach for the header to be bridged. */
const BRIDGE_SHARE = 0.1;
/** Share of the body's score an opening of {@link LEDE_MIN_LINES} paragraphs above a header must reach to be bridged. */
const LEDE_SHARE = 0.02;
/** Fewest lines of prose of its own ('good') an opening above a header needs to be bridged below {@link BRIDGE_SHARE}. */
const LEDE_MIN_LINES = 2;
/** Fewest lines of an inline box of headlines: three headlines, or a headline and its writer. */
const MIN_BOX_LINES = 3;
/** Fewest words of the one paragraph under an inline box that closes the article (see closesArticle). */
const MIN_CLOSING_WORDS = 40;
/**
 * How many lines past the body's edge a section header may stand and still be bridged; neutral lines (a table's
 * rows, scored 0) are not counted. Why six: an inline "You May Also Like" box between two paragraphs holds a few
 * teasers, each under its section label (WCXB 4530: three teasers in six lines). Why not the neutral lines: a cost
 * table of seven rows stands between the paragraph over it and the list of sentences that goes on under a "Read more
 * about the average cost of NY movers:" header (WCXB 0057).
 */
const BRIDGE_GAP = 6;

/**
 * Finds the body as the run of lines with the largest total score (maximum-subarray, as in Finn's Body Text
 * Extraction): prose adds, boilerplate subtracts, so the run stretches over short headings and captions
 * between paragraphs but stops where boilerplate outweighs what follows. Section headers score -Infinity and
 * are walls, except that a header followed at once by substantial prose is bridged: a real "Related" list or
 * comment thread does not open with the article's next paragraphs (WCXB 0005), or a short sentence and then a
 * paragraph (0406); nor does it hold a few bare
 * headlines and then two paragraphs in a row (an inline box, 0160). Above the body, a header under two or more
 * paragraphs is bridged for a smaller gain: the article's opening over an inline box (4661). A comment header is never
 * bridged, and the body lies before the first one when enough prose stands there. Linear time.
 * @param limit Search only the lines before this index.
 * @example findExtent([{ score: -2, klass: 'short' }, { score: 30, klass: 'good' }]) // { start: 1, end: 1 }
 */
export function findExtent(scores: readonly LineScore[], limit = scores.length): Extent {
  const whole = densestRun(scores, limit);
  // Why: a long comment thread outweighs a short article above it (WCXB 4660: 109 comments under a recipe;
  // 0329: a republishing box under the comments). Comments follow the article, so the body lies before the
  // first comment header whenever enough prose stands there.
  // A count of comments in the byline (WCXB 4660: "109 Comments | Jill Winger") stands above the article: the
  // first header with enough prose above it closes the article. Kadane's best-so-far tells, in one pass.
  const enough = CLOSED_SHARE * whole.best;
  let best = 0;
  let run = 0;
  for (let i = 0; i <= whole.start && i < limit; i++) {
    const line = scores[i] as LineScore;
    if (line.closes && best >= enough) {
      const before = densestRun(scores, i);
      return { start: before.start, end: before.end };
    }
    run = Math.max(0, run) + line.score;
    best = Math.max(best, run);
  }
  return { start: whole.start, end: whole.end };
}

/** Share of the whole page's densest run that the prose before the first comment header must reach. */
const CLOSED_SHARE = 0.2;

function densestRun(scores: readonly LineScore[], limit: number): Extent & { best: number } {
  let best = 0;
  let start = 0;
  let end = -1;
  let run = 0;
  let runStart = 0;
  for (let i = 0; i < limit; i++) {
    const score = (scores[i] as LineScore).score;
    if (run <= 0) {
      run = 0;
      runStart = i;
    }
    run += score;
    if (run > best) {
      best = run;
      start = runStart;
      end = i;
    }
  }
  if (end < 0) return { start, end, best };
  for (
    let bridged = bridgeForward(scores, end, best, limit);
    bridged;
    bridged = bridgeForward(scores, end, best, limit)
  ) {
    best += bridged.gain;
    end = bridged.to;
  }
  for (let bridged = bridgeBackward(scores, start, best); bridged; bridged = bridgeBackward(scores, start, best)) {
    best += bridged.gain;
    start = bridged.to;
  }
  return { start, end, best };
}

/** True for a wall: a line the body search may not cross (a section header such as "Comments" or "Related"). */
export const isWall = (line: LineScore | undefined): boolean => line?.score === Number.NEGATIVE_INFINITY;
/** True for a line the body search scored as full prose ('good'): a paragraph, where a short sentence is 'medium'. */
export const isGood = (line: LineScore | undefined): boolean => line?.klass === 'good';
/** True for a line the body search scored as prose ('good' or 'medium'). */
export const isProse = (line: LineScore | undefined): boolean => line?.klass === 'good' || line?.klass === 'medium';

function bridgeForward(
  scores: readonly LineScore[],
  end: number,
  best: number,
  limit: number,
): { to: number; gain: number } | null {
  let wall = end + 1;
  let gap = 0;
  while (gap < BRIDGE_GAP && wall < limit && !isWall(scores[wall])) {
    if (!isNeutral(scores[wall])) gap++;
    wall++;
  }
  if (!isWall(scores[wall]) || scores[wall]?.closes) return null;
  if (!opensProse(scores, wall) && !boxedProse(scores, wall, 1, limit)) return null;
  let sum = 0;
  let gain = 0;
  let to = -1;
  for (let i = end + 1; i < limit; i++) {
    const score = (scores[i] as LineScore).score;
    if (i > wall && isWall(scores[i])) break;
    if (i !== wall) sum += score;
    if (i > wall && sum > gain) {
      gain = sum;
      to = i;
    }
  }
  return to >= 0 && gain >= BRIDGE_SHARE * best ? { to, gain } : null;
}

function bridgeBackward(
  scores: readonly LineScore[],
  start: number,
  best: number,
): { to: number; gain: number } | null {
  let wall = start - 1;
  while (wall >= start - BRIDGE_GAP && wall >= 0 && !isWall(scores[wall])) wall--;
  // Why medium too: the article's line above an inline "Also read:" box may be a short sentence (WCXB 0032).
  if (wall < 0 || !isWall(scores[wall]) || scores[wall]?.closes) return null;
  if (!isProse(scores[proseAbove(scores, wall)]) && !boxedProse(scores, wall, -1, scores.length)) return null;
  let sum = 0;
  let gain = 0;
  let to = -1;
  for (let i = start - 1; i >= 0; i--) {
    const score = (scores[i] as LineScore).score;
    if (i < wall && isWall(scores[i])) break;
    if (i !== wall) sum += score;
    if (i < wall && sum > gain) {
      gain = sum;
      to = i;
    }
  }
  // Why: a header between two paragraphs of prose above the body labels the article's own list ("Popular Dishes:"
  // under each cuisine, WCXB 0200), however little prose its part holds. Only backwards: below the body, prose
  // on both sides is the article and its references or author bio (4475, 0352).
  const labelsArticle = isGood(scores[wall - 1]) && isGood(scores[wall + 1]);
  // Why: an inline "Read Next" box under the article's first paragraphs (WCXB 4661: two paragraphs, 113 words, over
  // a 3,000-word body) cuts off an opening too short for the share above; a dek or an author's bio over a header is
  // one line of prose.
  const lede = to >= 0 && gain >= LEDE_SHARE * best && countGood(scores, to, wall) >= LEDE_MIN_LINES;
  return to >= 0 && (gain >= BRIDGE_SHARE * best || labelsArticle || lede) ? { to, gain } : null;
}

/**
 * True when prose goes on right under the header at `wall`: a paragraph, a short sentence over a paragraph, or three
 * sentences in a row. Why the sentence: a header inside an article may be followed by a line of its own before the
 * next paragraph (WCXB 0406: "RELATED", a one-line plug "Try out our new simple fold and cut font!", then the
 * article's next paragraph); a related list opens with headlines, which are not sentence-shaped. Why three: a list
 * of short sentences goes on under a header that a related label opens ("On average, moving a studio within New York
 * costs about $465." and five more, WCXB 0057); a related list has at most a teaser sentence under each headline.
 */
function opensProse(scores: readonly LineScore[], wall: number): boolean {
  return (
    isGood(scores[wall + 1]) ||
    (scores[wall + 1]?.klass === 'medium' && isGood(scores[wall + 2])) ||
    (isProse(scores[wall + 1]) && isProse(scores[wall + 2]) && isProse(scores[wall + 3]))
  );
}

/**
 * True when a box of headlines stands between the header at `wall` and the prose in direction `step`:
 * {@link MIN_BOX_LINES} to {@link BRIDGE_GAP} short lines with no verdict (or fewer, when each is longer than a menu
 * entry), then two paragraphs (or two with a short sentence between them), the article going on, or below the header
 * one long paragraph right over the next header ({@link closesArticle}). Why: an inline "Recommended Reading" box of
 * three headlines, each with its writer's name, between two paragraphs (WCXB 0160; "Read more in our guides below:"
 * over four, 1476); a related list after the article has a teaser or a date under each headline, not the article's
 * next paragraphs.
 */
function boxedProse(scores: readonly LineScore[], wall: number, step: 1 | -1, limit: number): boolean {
  let k = wall + step;
  let headlines = true;
  while (Math.abs(k - wall) <= BRIDGE_GAP && k >= 0 && k < limit && scores[k]?.klass === 'short') {
    headlines &&= (scores[k] as LineScore).score >= 0;
    k += step;
  }
  const lines = Math.abs(k - wall) - 1;
  // Why headlines alone: a "Further Reading" box of one headline between an article's paragraphs (multisite-dev,
  // arstechnica 2017; WCXB 0094 "Read next:"); a references box's lines open with labels of a word or two
  // ("History", 4578), scored as menu entries.
  if (!(lines >= MIN_BOX_LINES || (lines >= 1 && headlines)) || !isGood(scores[k])) return false;
  // Why a short sentence between the two: an inline "Related Stories" box of three lines between a story's
  // paragraphs, the next of which is a one-line quote ("Herold's attorney, Joe Gerardi, declined to comment
  // Wednesday.", multisite-dev, foxnews 2009 chimpanzee); a related list's next headline is not sentence-shaped.
  const next = scores[k + step];
  return (
    isGood(next) ||
    (next?.klass === 'medium' && isGood(scores[k + 2 * step])) ||
    (step === 1 && closesArticle(scores, k, limit))
  );
}

/**
 * True when the line at `k` is a long paragraph with the next section header right under it: the article's closing
 * section between an inline box and the page's own list. Why: WCXB 4612 ends with a "References" box of five site
 * names, then a heading and one paragraph of 67 words, then a "Popular" list; a related list holds several teasers,
 * and a teaser is cut short.
 */
function closesArticle(scores: readonly LineScore[], k: number, limit: number): boolean {
  return (scores[k] as LineScore).score >= MIN_CLOSING_WORDS && k + 1 < limit && isWall(scores[k + 1]);
}

/**
 * The line above `wall`, past the neutral lines right above it (a chart's title, caption and source, which score
 * 0). Why: an inline "RELATED" box under a chart follows its caption, not a paragraph (WCXB 0243).
 */
function proseAbove(scores: readonly LineScore[], wall: number): number {
  let k = wall - 1;
  while (k > wall - 1 - BRIDGE_GAP && k >= 0 && scores[k]?.klass === 'short' && scores[k]?.score === 0) k--;
  return k;
}

/** True for a short line that neither adds to the body nor costs it (a table's row, a code line). */
const isNeutral = (line: LineScore | undefined): boolean => line?.klass === 'short' && line.score === 0;

/** How many lines of prose, from `from` up to (not including) `to`, stand on their own ('good'). */
function countGood(scores: readonly LineScore[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isGood(scores[i])) n++;
  return n;
}

/**
 * A list item with a label: a few words, a dash or a colon, then at least two words ("Book caterer – schedule
 * tastings", "Pages 1-76 - Hinges", "Learning Curve: takes time to master"). The group is the separator.
 */
const LABELLED_ITEM = /^[^:–—]{1,60}?(\s[-–—]\s|:\s)\S.*\S\s\S/u;
/** What a labelled list item adds to the body search: a little, so that a long list outweighs its sub-headings. */
const LABELLED_ITEM_SCORE = 1;

/**
 * Scores the neutral short lines of a list whose items share one shape (a label, a separator, words) as a little
 * prose, when prose stands on both sides of the list with no verdict in between: parallel items between
 * paragraphs that talk about them are the article's list (a checklist, a table of contents, pros and cons), not a
 * menu, whose entries are bare names at the page's edges. Why: a wedding checklist of "Book caterer – schedule
 * tastings" items under month headings lost to the headings' short-line penalty (WCXB 4584). Measured on the dev
 * set: 85% of the lines this rescores are in the gold body, against 26% of the same-shaped lines without prose on
 * both sides (a subscription's feature list under a paywall, 0468). Returns the lines to rescore, by index.
 * Linear.
 */
export function labelledItems(lines: readonly Line[], scores: readonly LineScore[]): Map<number, LineScore> {
  const rescored = new Map<number, LineScore>();
  // The separator of each line shaped like a labelled item, '-' for any dash, or ''; read only for the lines that
  // may be rescored and their neighbours (the pattern on every paragraph cost 1.5% of clean()).
  const separators = new Array<string | undefined>(lines.length);
  const separator = (k: number): string => {
    const line = lines[k];
    if (line === undefined) return '';
    let kind = separators[k];
    if (kind === undefined) {
      const match = LABELLED_ITEM.exec(line.text);
      kind = match ? (match[1]?.trim() === ':' ? ':' : '-') : '';
      separators[k] = kind;
    }
    return kind;
  };
  // Prose above each line with no verdict in between.
  const proseAbove: boolean[] = [];
  let seen = false;
  for (let k = 0; k < lines.length; k++) {
    if (scores[k]?.klass === 'bad') seen = false;
    proseAbove.push(seen);
    if (isProse(scores[k])) seen = true;
  }
  // Then prose below, walking back up.
  seen = false;
  for (let k = lines.length - 1; k >= 0; k--) {
    const score = scores[k] as LineScore;
    if (score.klass === 'bad') seen = false;
    if (score.klass === 'short' && score.score <= 0 && seen && proseAbove[k]) {
      const kind = separator(k);
      if (kind !== '' && (separator(k - 1) === kind || separator(k + 1) === kind))
        rescored.set(k, lineScore(LABELLED_ITEM_SCORE, 'short'));
    }
    if (isProse(score)) seen = true;
  }
  return rescored;
}

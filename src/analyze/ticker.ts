import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { countAlphanumericRuns } from './alphanumeric-runs.js';

/**
 * A clock time that opens a line: "14:44", "9:05", French "10h32", with an optional "am"/"pm". Not "14.44", which is
 * also a number, nor a video's length ("32:03"), whose first part is no hour.
 */
const CLOCK = /^([01]?\d|2[0-3])[:h]([0-5]\d)(?!\d)(?:\s*([ap])\.?m\b\.?)?/i;
/** Fewest time-led lines a ticker lists: fewer are a few timed remarks of the article's own. */
const MIN_TICKER_ITEMS = 5;
/** Most lines between two items of one ticker: an item may carry a short text, a tweet or a caption under it. */
const MAX_ITEM_GAP = 8;
/** Most lines from one item to the next in a list of headlines: the next line, or one line of text between. */
const MAX_LISTED_GAP = 2;
/** Fewest words after the time for the item to be a headline written on the time's line. */
const MIN_HEADLINE_WORDS = 3;

/** One line that opens with a clock time: where it is, the time in minutes, and whether a headline follows it. */
interface TimedLine {
  readonly index: number;
  readonly minutes: number;
  readonly headline: boolean;
}

/** The line's clock time in minutes after midnight and whether words follow it, or null when it opens with none. */
function timedLine(line: Line): TimedLine | null {
  // Why a look at the first character first: few lines open with a digit, and the body search runs on every page.
  if (line.text.length === 0) return null;
  const first = line.text.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return null;
  const match = CLOCK.exec(line.text);
  if (!match) return null;
  let hour = Number(match[1]);
  const half = match[3]?.toLowerCase();
  if (half !== undefined) hour = (hour % 12) + (half === 'p' ? 12 : 0);
  // The words the time itself adds to the line's count ("14:44" is two).
  const timeWords = countAlphanumericRuns(match[0]);
  const headline = line.words - timeWords >= MIN_HEADLINE_WORDS && !line.endsSentence;
  return { index: line.index, minutes: hour * 60 + Number(match[2]), headline };
}

/**
 * Finds a news ticker: a run of at least {@link MIN_TICKER_ITEMS} lines that open with a clock time, latest first,
 * most of them with a headline on the time's line ("14:44 Accusations de viols : 14 militaires mis en cause"). Such a
 * feed of the site's latest stories stands beside or under the article, and its items' short texts are prose enough to
 * carry the body over it. Its first item is a wall that closes the article, its other items are `related`. Not a
 * programme, whose times go forward ("09:00 Registration", "09:30 Keynote"), nor a live blog's entries, whose times
 * stand on lines of their own over their text. Returns the verdicts by index. Linear.
 * @example tickerFeeds(lines) // Map { 128 => { kind: 'related', reason: 'news ticker: …', barrier: true, closes: true }, … }
 */
export function tickerFeeds(lines: readonly Line[]): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  let run: TimedLine[] = [];
  const flush = (): void => {
    const headlines = run.filter((item) => item.headline).length;
    // Why: a live blog's entries may put a title on the time's line too, but each tells its news in lines of text
    // under it; a ticker's items mostly follow each other right away.
    let listed = 0;
    for (let k = 1; k < run.length; k++)
      if ((run[k] as TimedLine).index - (run[k - 1] as TimedLine).index <= MAX_LISTED_GAP) listed++;
    if (run.length >= MIN_TICKER_ITEMS && headlines * 2 >= run.length && listed * 2 >= run.length - 1) {
      const reason = `news ticker: ${run.length} lines open with a time, latest first, ${headlines} with a headline`;
      for (const item of run) found.set(item.index, { kind: 'related', reason });
      // The first item heads the feed: no body runs across it, and the article lies above it.
      found.set(run[0]?.index ?? 0, { kind: 'related', reason, barrier: true, closes: true });
    }
    run = [];
  };
  for (const line of lines) {
    const timed = timedLine(line);
    if (!timed) continue;
    const last = run[run.length - 1];
    if (last && (timed.index - last.index > MAX_ITEM_GAP || timed.minutes > last.minutes)) flush();
    run.push(timed);
  }
  flush();
  return found;
}

import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';

/**
 * Fewest entries of a directory grid. Measured on the WCXB dev pages: runs of 20 or more short lines that share
 * their last word and stand in alphabetical order are link directories ("Albuquerque Real Estate", "Admin & support
 * jobs"), none the article's; an article's list of that shape is shorter.
 */
const MIN_ENTRIES = 20;
/** Most words of an entry: a name and the word the directory repeats ("North Hempstead movers"). */
const MAX_ENTRY_WORDS = 5;
/** Least share of an entry's neighbours that follow it in alphabetical order: a few picks may head the grid. */
const MIN_SORTED_SHARE = 0.8;
let alphabeticalOrder: Intl.Collator | undefined;

/**
 * Alphabetical order by base letters, the same on every machine. Why made on first use: a collator loads its locale's
 * data, a tenth of the library's import, and few pages hold a run of short lines long enough to be asked.
 */
function alphabetical(): Intl.Collator {
  alphabeticalOrder ??= new Intl.Collator('und', { sensitivity: 'base' });
  return alphabeticalOrder;
}

/**
 * Finds directory grids inside the body: a run of at least {@link MIN_ENTRIES} short lines, mostly in alphabetical
 * order, that all end with the same word ("Airmont movers", "Akron movers", "Albion movers", … — 660 town links
 * between a company table and the next section, WCXB 0057). Why: such a grid is a site's index of its other pages,
 * not the article; a list without markers under a colon line would otherwise keep it. Found after the body search,
 * the grid only leaves the body. Returns a `nav` verdict for each entry, by index. Linear.
 * @example directoryGrids(lines, verdicts, extent) // Map { 120 => { kind: 'nav', reason: 'directory grid …' }, … }
 */
export function directoryGrids(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  let from = extent.start;
  while (from <= extent.end) {
    const word = lastWord(lines[from] as Line, verdicts[from]);
    let to = from;
    if (word !== undefined) while (to < extent.end && lastWord(lines[to + 1] as Line, verdicts[to + 1]) === word) to++;
    if (to - from + 1 >= MIN_ENTRIES && sortedShare(lines, from, to) >= MIN_SORTED_SHARE) {
      const verdict: Verdict = {
        kind: 'nav',
        reason: `directory grid (entries=${to - from + 1}, each ending with "${word}", alphabetical)`,
      };
      for (let k = from; k <= to; k++) found.set(k, verdict);
    }
    from = to + 1;
  }
  return found;
}

/** The last word of a short line without a verdict that does not end a sentence, or undefined. */
function lastWord(line: Line, verdict: Verdict | undefined): string | undefined {
  if (verdict || line.endsSentence || line.tokens.length > MAX_ENTRY_WORDS || line.tokens.length === 0)
    return undefined;
  return line.tokens[line.tokens.length - 1];
}

/** The share of the lines from `from` + 1 to `to` that do not sort before the line above them. */
function sortedShare(lines: readonly Line[], from: number, to: number): number {
  let sorted = 0;
  const order = alphabetical();
  for (let k = from + 1; k <= to; k++) {
    if (order.compare((lines[k - 1] as Line).text, (lines[k] as Line).text) <= 0) sorted++;
  }
  return sorted / (to - from);
}

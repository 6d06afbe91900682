import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Verdict } from '../types.js';
import { type Extent, lineScore, type Widening } from './extent.js';
import { tailRun } from './tail-run.js';

/** Fewest items under the colon: one short line alone is as often a button or a paywall's pitch as an item. */
const MIN_ITEMS = 2;
/** Most items the list may have: a longer run of short lines under a colon is a menu the page put there. */
const MAX_ITEMS = 20;

/**
 * The list under the body's last line when that line ends with a colon: the short lines it announces ("… get more
 * details on the changes from GitHub:" over "Pull Requests 6.4.102…" and "Full diff …"), with the same marker and depth,
 * no verdict and no blank line between them. They score neutral (`listsUnderColons`), so the body search's run stopped
 * at the colon and left the list it opens under it. At least {@link MIN_ITEMS} and at most {@link MAX_ITEMS} items;
 * none longer than a sentence (`goodMinWords`). The items are marked as the list's (`item`), which the short-line pass
 * keeps. Returns null when no such list stands there. Linear in the items.
 * @example listUnderColon(lines, verdicts, { start: 10, end: 40 }, settings) // { extent: { start: 10, end: 43 }, rescored }
 */
export function listUnderColon(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  settings: Settings,
): Widening | null {
  const last = lines[extent.end];
  if (extent.end < extent.start || last === undefined || !last.text.endsWith(':')) return null;
  const first = lines[extent.end + 1];
  if (first === undefined) return null;
  return tailRun(
    lines,
    extent,
    (line, k) => {
      if (verdicts[k] || line.words === 0 || line.words >= settings.goodMinWords) return null;
      if (
        k > extent.end + 1 &&
        (line.blankBefore || line.listMarker !== first.listMarker || line.depth !== first.depth)
      )
        return null;
      return lineScore(0, 'short', undefined, true);
    },
    MIN_ITEMS,
    MAX_ITEMS,
  );
}

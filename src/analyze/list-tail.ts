import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Verdict } from '../types.js';
import { type Extent, lineScore, reachesStopwordShare, type Widening } from './extent.js';
import { tailRun } from './tail-run.js';

/**
 * The items under the body's last line that go on with the list it ends in: same marker, same depth, no blank line or
 * verdict between, each a sentence's words dense in stopwords but without its full stop (an item that ends with a
 * reference: "… without hitting the network (Bug 1663501)"). They score neutral, so the body search's run stopped at
 * the last item that ended like a sentence. Why: a blog's weekly notes ended in a list whose last two items were lost
 * to the promo run under the post (readability test page firefox-nightly-blog html-to-text). Returns null when no item
 * goes on. Linear in the items.
 * @example listTail(lines, verdicts, { start: 10, end: 40 }, stopwords, settings) // { extent: { start: 10, end: 42 }, rescored }
 */
export function listTail(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  stopwords: ReadonlySet<string> | null,
  settings: Settings,
): Widening | null {
  const last = lines[extent.end];
  if (extent.end < extent.start || last === undefined || last.listMarker === null || stopwords === null) return null;
  return tailRun(lines, extent, (line, k) => {
    if (verdicts[k] || line.blankBefore || line.listMarker !== last.listMarker || line.depth !== last.depth)
      return null;
    if (line.words < settings.goodMinWords || !reachesStopwordShare(line, stopwords, settings.goodMinStopwordShare))
      return null;
    return lineScore(line.words / 2, 'medium');
  });
}

import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, lineScore, type Widening } from './extent.js';
import { tailRun } from './tail-run.js';

/** Most items the run may carry: a longer run of labelled lines under the body is a page's record, not a list. */
const MAX_ITEMS = 12;
/**
 * A label of one to three words that opens with a letter, a colon, then the item's text ("Reporting: which KPIs …").
 */
const LABELLED = /^\p{L}[^\s:]*(?: [^\s:]+){0,2}:\s+\S/u;

/**
 * The items under the body's last line that go on with the run of labelled items it opens or goes on with: each opens
 * with a label of a few words and a colon, then its text ("Motion: inbound vs. field …" over "Complexity: single team
 * vs. multi‑brand", "Reporting: which KPIs must be visible in‑CRM", WCXB 4257); same marker, same depth, no verdict
 * between. Short and with no full stop, they score as no prose, so the body search's run stopped at the first item
 * that read as a sentence and left the rest under it. Why blank lines do not part them: the article's text, cleaned
 * again, sets each item apart as a paragraph. Why a letter first: a listing's keys open with a quotation mark
 * ('"email": "https://…"', 0382) and go on with the listing, not the article. Scored as the short sentences they are.
 * Returns null when no item goes on, or when more than {@link MAX_ITEMS} do. Linear in the items.
 * @example labelledTail(lines, verdicts, { start: 46, end: 132 }) // { extent: { start: 46, end: 136 }, rescored }
 */
export function labelledTail(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
): Widening | null {
  const last = lines[extent.end];
  if (extent.end < extent.start || last === undefined || !LABELLED.test(last.text)) return null;
  return tailRun(
    lines,
    extent,
    (line, k) => {
      if (verdicts[k] || line.listMarker !== last.listMarker || line.depth !== last.depth) return null;
      return LABELLED.test(line.text) ? lineScore(line.words / 2, 'medium') : null;
    },
    1,
    MAX_ITEMS,
  );
}

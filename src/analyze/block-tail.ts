import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Verdict } from '../types.js';
import { type Extent, lineScore, type Widening } from './extent.js';
import { tailRun } from './tail-run.js';

/** A full stop at a line's end, not an ellipsis's last dot, then perhaps closing quotes or brackets. */
const STATEMENT_END = /(?<!\.)[.。।۔]["'”’»)\]]{0,3}$/u;

/**
 * The short statements under the body's last line in its own block (no blank line between): each with no verdict,
 * fewer words than a sentence-shaped line of prose (`settings.mediumMinWords`), and ending with a full stop, as the last
 * line does; they score as the sentences they are. Why: too short for prose, they cost the body search's run, which
 * stopped above them though the block goes on (WCXB 4255 innertext: "Supports real-time updates and communication."
 * and "Ensures productivity away from the office." under a feature's first sentence). Why a full stop: a prompt
 * under the last paragraph asks or exclaims ("Did you find the article helpful?", "Pin this for later!", WCXB 0301,
 * 4164), and a label opens a box ("Written by:", 4858). Returns null when no statement goes on. Linear in the lines.
 * @example blockTail(lines, verdicts, { start: 10, end: 40 }, settings) // { extent: { start: 10, end: 42 }, rescored }
 */
export function blockTail(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  settings: Settings,
): Widening | null {
  const last = lines[extent.end];
  if (extent.end < extent.start || last === undefined || !STATEMENT_END.test(last.text)) return null;
  return tailRun(lines, extent, (line, k) => {
    if (verdicts[k] || line.blankBefore || line.listMarker !== last.listMarker) return null;
    if (line.words >= settings.mediumMinWords || !STATEMENT_END.test(line.text)) return null;
    return lineScore(line.words / 2, 'medium');
  });
}

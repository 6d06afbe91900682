import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, type LineScore, lineScore, type Widening } from './extent.js';
import { wordKey } from './word-key.js';

/** Most lines under the body's last line that the walk reads: a section of a record, not a page's footer. */
const MAX_TAIL_LINES = 10;
/** Fewest different labels of the body's that lines of the tail must open with. */
const MIN_ECHOES = 2;
/** A label of one to four words and a colon, then its value or nothing ("Pros: …", "Snacks:"). */
const LABEL = /^((?:[^\s:]+ ){0,3}[^\s:]+)[:：](?:\s|$)/u;

/** The words of the label a line opens with ("Pros: Light" → "pros"), or null. */
function labelOf(line: Line): string | null {
  const colon = line.text.indexOf(':');
  if (colon < 0 && !line.text.includes('：')) return null;
  const match = LABEL.exec(line.text);
  return match ? wordKey(match[1] as string) : null;
}

/**
 * The lines under the body's last line that go on with a section shaped like the body's own: up to the last of at
 * least {@link MIN_ECHOES} different labels that the body's lines open with too, no verdict between. Why: a
 * round-up whose every section closes with "Pros: …", "Cons: …", "Recommendations: …" lost its last section's fields,
 * short lines with nothing after them (WCXB 0271: "IN CONCLUSION" over "Traditional Film" and its three fields); a
 * week's meal plan lost its last day's "Snacks:" and "Approximate cost per day: £6.81" (0096). A teaser list under an
 * article does not repeat the article's labels, and teasers that share one label among themselves ("By The Numbers: …"
 * three times, multisite-dev forbes 2009) are not a record's fields. Returns null when no such tail stands there.
 * Linear: the body's lines once, then at most {@link MAX_TAIL_LINES} lines.
 * @example sectionTail(lines, verdicts, { start: 3, end: 20 }) // { extent: { start: 3, end: 24 }, rescored }
 */
export function sectionTail(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
): Widening | null {
  if (extent.end < extent.start) return null;
  const labels = new Set<string>();
  for (let i = extent.start; i <= extent.end; i++) {
    const label = labelOf(lines[i] as Line);
    if (label !== null && !verdicts[i]) labels.add(label);
  }
  if (labels.size === 0) return null;
  const echoes = new Set<string>();
  let last = extent.end;
  const limit = Math.min(lines.length, extent.end + 1 + MAX_TAIL_LINES);
  for (let k = extent.end + 1; k < limit && !verdicts[k]; k++) {
    const label = labelOf(lines[k] as Line);
    if (label === null || !labels.has(label)) continue;
    echoes.add(label);
    last = k;
  }
  if (echoes.size < MIN_ECHOES) return null;
  const rescored = new Map<number, LineScore>();
  for (let k = extent.end + 1; k <= last; k++) rescored.set(k, lineScore(0, 'short'));
  return { extent: { start: extent.start, end: last }, rescored };
}

import type { PhraseMatcher } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { RemovalKind, Verdict } from '../types.js';
import { isLabelled, isListLabel } from './context.js';
import { type Extent, isProse, type LineScore } from './extent.js';

/** The kinds of phrase verdict that an item of a review's list may draw by naming an offer ("No free trial"). */
const LISTED_KINDS: ReadonlySet<RemovalKind> = new Set(['paywall']);
/** The kinds of phrase verdict that a record's field may draw by holding a link ("Case Studies: View all case studies."). */
const FIELD_KINDS: ReadonlySet<RemovalKind> = new Set(['paywall', 'ui-prompt']);
/** Fewest fields without a verdict right above a field for them to be one record. */
const MIN_FIELDS_ABOVE = 2;
/** How many items above a line its list's label may stand. */
const LABEL_REACH = 8;

/**
 * The lines inside the body whose phrase verdict is an item of the article's list: a label ("Cons", "Pricing:") stands
 * over it with only the list's short items in between, and no prose or verdict stands right under it. Why: a review
 * lists an offer among its pros and cons ("Read-along features", "Free trial available", "Cons:", WCXB 0198; "Cons",
 * "No free trial", 0246; "Pricing:", "Free Trial with just an email", 0375); a paywall's "Start your free trial"
 * stands under the article's last paragraph, not under a label. Their verdicts are to be dropped. Linear.
 * @example listedPhrases(lines, verdicts, scores, { start: 2, end: 40 }, en.match.listLabels) // [17] for "No free trial" under "Cons"
 */
export function listedPhrases(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
  listLabels: PhraseMatcher | undefined,
): number[] {
  const found: number[] = [];
  for (let i = extent.start + 1; i < extent.end; i++) {
    const verdict = verdicts[i];
    if (!verdict || verdict.barrier) continue;
    const inRecordField = FIELD_KINDS.has(verdict.kind) && inRecord(lines, verdicts, i);
    const listedItem =
      !inRecordField &&
      LISTED_KINDS.has(verdict.kind) &&
      !verdicts[i + 1] &&
      !isProse(scores[i + 1]) &&
      underListLabel(lines, verdicts, scores, i, listLabels);
    if (inRecordField || listedItem) found.push(i);
  }
  return found;
}

/**
 * True when line `i` is a field ("Label: value") under {@link MIN_FIELDS_ABOVE} fields without a verdict: a record of
 * a directory ("Key Services: …", "Industries Served: …", "Case Studies: View all case studies.", WCXB 0166).
 */
function inRecord(lines: readonly Line[], verdicts: readonly (Verdict | undefined)[], i: number): boolean {
  if (!isLabelled(lines[i] as Line)) return false;
  for (let k = i - 1; k >= i - MIN_FIELDS_ABOVE; k--)
    if (k < 0 || verdicts[k] || !isLabelled(lines[k] as Line)) return false;
  return true;
}

/** True when a list label stands over line `i`, with only short lines without a verdict in between. */
function underListLabel(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  i: number,
  listLabels: PhraseMatcher | undefined,
): boolean {
  for (let k = i - 1; k >= 0 && i - k <= LABEL_REACH; k--) {
    if (verdicts[k] || isProse(scores[k])) return false;
    if (isListLabel(lines[k] as Line, listLabels)) return true;
  }
  return false;
}

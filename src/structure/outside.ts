import { type Script, sameWriting } from '../segment/script.js';
import type { Line } from '../segment/segment.js';
import type { RemovalKind, Verdict } from '../types.js';
import { isTitleShaped } from './title-shape.js';

/** Header kinds whose run of following lines belongs to them ("Most read" → the headlines under it). */
const SECTION_KINDS: ReadonlySet<RemovalKind> = new Set(['related', 'comments', 'author-bio']);
/** Most words of a line that reads as a menu entry rather than text. */
const MAX_MENU_WORDS = 4;

/**
 * Names the kind of lines outside the body that no detector recognized, from their shape and their run:
 * lines under a related/comments header share its kind; a run after the article that is mostly headlines
 * or text in another script is a promo block; short lines are navigation; the rest is `other`.
 */
export function kindsOutsideBody(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  outside: readonly number[],
  afterBody: number,
  script: Script,
): Map<number, Verdict> {
  const result = new Map<number, Verdict>();
  let run: number[] = [];
  let header: { kind: RemovalKind; index: number } | null = null;
  const flush = (): void => {
    if (run.length > 0) nameRun(lines, run, header, afterBody, script, result);
    run = [];
  };
  let previous = -2;
  for (const i of outside) {
    if (i !== previous + 1) {
      flush();
      header = null;
    }
    previous = i;
    const verdict = verdicts[i];
    if (verdict) {
      flush();
      header = SECTION_KINDS.has(verdict.kind) ? { kind: verdict.kind, index: i } : null;
      continue;
    }
    run.push(i);
  }
  flush();
  return result;
}

function nameRun(
  lines: readonly Line[],
  run: readonly number[],
  header: { kind: RemovalKind; index: number } | null,
  afterBody: number,
  script: Script,
  result: Map<number, Verdict>,
): void {
  // A run under a header, or of promos, shares one verdict: it says the same of each line.
  if (header) {
    const verdict: Verdict = { kind: header.kind, reason: `under a ${header.kind} header (line ${header.index + 1})` };
    for (const i of run) result.set(i, verdict);
    return;
  }
  const after = (run[0] ?? 0) >= afterBody;
  let promoLike = 0;
  let worded = 0;
  for (const i of run) {
    const line = lines[i] as Line;
    // Why: a video's duration ("32:03") under each promo headline says nothing either way (WCXB 0119 html-to-text).
    if (line.letters > 0) worded++;
    if (isForeign(line, script) || (isTitleShaped(line) && !line.endsSentence && line.words >= 3)) promoLike++;
  }
  // Why: the seed's tail alternates promo headlines with their image alt texts, some in Hebrew.
  if (after && run.length >= 3 && promoLike * 2 >= worded) {
    const verdict: Verdict = {
      kind: 'promo',
      reason: `in a run of ${run.length} lines after the article, ${promoLike} headline-like or in another script`,
    };
    for (const i of run) result.set(i, verdict);
    return;
  }
  const where = after ? 'after the article' : 'before the article';
  for (const i of run) {
    const line = lines[i] as Line;
    if (isForeign(line, script))
      result.set(i, { kind: 'promo', reason: `${where}, in ${line.script} script (article: ${script})` });
    else if (line.words <= MAX_MENU_WORDS && !line.endsSentence)
      result.set(i, { kind: 'nav', reason: `short line ${where} (words=${line.words})` });
    else result.set(i, { kind: 'other', reason: `${where} (words=${line.words})` });
  }
}

function isForeign(line: Line, script: Script): boolean {
  return line.script !== 'none' && script !== 'none' && !sameWriting(line.script, script) && line.letters >= 2;
}

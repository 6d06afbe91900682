import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** A Markdown code fence: three backticks or tildes or more, then perhaps the listing's language ("```python"). */
const FENCE = /^(`{3,}|~{3,})(.*)$/;

/**
 * The code fences among `lines`, as Markdown pairs them: each opening fence's line index with that of the fence that
 * closes it, the same mark as many times or more and nothing after it. A backtick fence's language holds no backtick
 * ("```js```" is inline code); a fence left open closes nothing. Lines are keyed by their `index`. Linear.
 * @example codeFences(segment('```\nx = 1\n```')) // Map { 0 => 2 }
 */
export function codeFences(lines: readonly Line[]): Map<number, number> {
  const fences = new Map<number, number>();
  let open = -1;
  let mark = '';
  for (const line of lines) {
    const first = line.rawText.charCodeAt(0);
    // Most lines open with neither mark, and are not matched at all.
    if (first !== 0x60 && first !== 0x7e) continue;
    const fence = FENCE.exec(line.rawText);
    if (fence === null) continue;
    const marks = fence[1] as string;
    const after = (fence[2] as string).trim();
    if (open < 0) {
      if (first === 0x60 && after.includes('`')) continue;
      open = line.index;
      mark = marks;
    } else if (marks.charCodeAt(0) === mark.charCodeAt(0) && marks.length >= mark.length && after === '') {
      fences.set(open, line.index);
      open = -1;
    }
  }
  return fences;
}

const FENCE_VERDICT: Verdict = { kind: 'other', reason: "a code fence: the Markdown markup of a listing's bounds" };

/**
 * The fences of `fences` ({@link codeFences}), each with an `other` verdict: markup, which the listing between a pair
 * stands for, and no text of the article. Returns the verdicts by line index.
 */
export function fenceVerdicts(fences: ReadonlyMap<number, number>): Map<number, Verdict> {
  const verdicts = new Map<number, Verdict>();
  for (const [open, close] of fences) {
    verdicts.set(open, FENCE_VERDICT);
    verdicts.set(close, FENCE_VERDICT);
  }
  return verdicts;
}

import { repeatOf } from '../analyze/duplicates.js';
import { repeatedSentences } from '../analyze/repeated-sentences.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { ledeKeys } from './lede.js';
import { metaLeftovers } from './meta-leftovers.js';
import type { MetaContext } from './title.js';

/** Where {@link layBody} lays the body out. */
export interface BodySpan {
  /** The headline's line, or -1. */
  readonly titleIndex: number;
  readonly start: number;
  readonly end: number;
  /** The body's first prose line. */
  readonly firstProse: number;
}

/**
 * The body's lines: `leadFigures`, then the lines of `[start, end]` that no detector removed and no step took (`used`,
 * `bodyVerdicts`), less what is left of the byline block under a headline ({@link metaLeftovers}) and the lines that
 * repeat a sentence, which get their verdicts in `bodyVerdicts`. Marks the lines it keeps in `used`. `isBodyProse`
 * tells the body's prose lines.
 */
export function layBody(
  ctx: MetaContext,
  span: BodySpan,
  isBodyProse: (i: number) => boolean,
  leadFigures: readonly Line[],
  used: Uint8Array,
  bodyVerdicts: Map<number, Verdict>,
): Line[] {
  const { lines, verdicts, lang } = ctx;
  const { titleIndex, start, end, firstProse } = span;
  const kept: Line[] = [...leadFigures];
  const skip = (i: number): boolean => verdicts[i] !== undefined || used[i] === 1 || bodyVerdicts.has(i);
  if (titleIndex >= 0)
    for (const [i, verdict] of metaLeftovers(lines, skip, isBodyProse, start, end, {
      keys: ledeKeys({ lines, verdicts, firstProse, bodyEnd: end }, lang.stopwords),
      stopwords: lang.stopwords,
    }))
      bodyVerdicts.set(i, verdict);
  const repeats = repeatedSentences(lines, skip, start, end);
  // The body's last line of text kept so far: figures are left out of the article's text.
  let above: Line | undefined;
  for (let i = start; i <= end; i++) {
    if (skip(i)) continue;
    const line = lines[i] as Line;
    // Why: lines removed after the detectors (under a header, as page chrome) can leave a line right under its own
    // copy; the article's text would show it twice, and cleaning that text again removes one (test/properties.test.ts).
    const repeat = repeats.get(i) ?? (above && repeatOf(above, line));
    if (repeat) {
      bodyVerdicts.set(i, repeat);
      continue;
    }
    kept.push(line);
    used[i] = 1;
    if (line.credit === undefined) above = line;
  }
  return kept;
}

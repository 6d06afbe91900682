import type { Line } from '../segment/segment.js';
import { isAttribution } from './attributions.js';
import type { MetaContext } from './title.js';

/** How many lines after the body an end note may stand, past removed lines. */
const ATTRIBUTION_WINDOW = 4;

/** The end notes that close the body, and the lines they stand on. */
export interface EndNotes {
  readonly attributions: string[];
  readonly lines: number[];
}

/**
 * Takes the end notes ("DPA contributed to this report.", {@link isAttribution}) that close the body `[start, end]`: its last line, and
 * lines a few past it that no detector removed. Marks them in `used`; a note on the body's last line leaves `kept`.
 */
export function takeEndNotes(ctx: MetaContext, start: number, end: number, kept: Line[], used: Uint8Array): EndNotes {
  const { lines, verdicts, lang } = ctx;
  const attributions: string[] = [];
  const noteLines: number[] = [];
  // End notes close the body; look a few lines past it, over removed lines, and at its last line.
  for (let i = Math.max(start, end); i <= Math.min(lines.length - 1, end + ATTRIBUTION_WINDOW); i++) {
    const line = lines[i] as Line;
    // Why not a line with a credit: it is a caption, whose credit an end note would drop ("DPA contributed to this
    // report.Credit: X/REUTERS", test/properties.test.ts).
    if (
      ((i > end && verdicts[i] === undefined) || i === end) &&
      line.credit === undefined &&
      isAttribution(line, lang)
    ) {
      attributions.push(line.text);
      noteLines.push(i);
      used[i] = 1;
      if (i === end) kept.pop();
    }
  }
  return { attributions, lines: noteLines };
}

import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type Extent, isProse, type LineScore } from './extent.js';

/** Most words of a question that heads the article's first section ("What is Academic Tutoring?"). */
const MAX_QUESTION_WORDS = 8;

/**
 * Widens the body by the line right above it when that line is a short question no detector named, over the
 * body's first paragraph: the heading of the article's first section ("What is Academic Tutoring?", WCXB 0138;
 * "What are meditation and mindfulness?", 0348), which scores too little to start the body search's run. Measured
 * on the dev pages: all 20 such questions right above the body are in the gold text, against 89 of 360 other
 * lines left there without a verdict; the rule takes those not written again elsewhere on the page. Returns the
 * extent unchanged otherwise.
 * @example openingQuestion(lines, verdicts, scores, { start: 12, end: 80 }) // { start: 11, end: 80 }
 */
export function openingQuestion(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  extent: Extent,
): Extent {
  const above = extent.start - 1;
  const line = lines[above];
  if (line === undefined || verdicts[above] || !isProse(scores[extent.start])) return extent;
  if (line.words > MAX_QUESTION_WORDS || !line.text.trimEnd().endsWith('?') || line.text.includes('|')) return extent;
  // Why: a headline that asks stands right above its body too, written again elsewhere on the page (its title tag,
  // a breadcrumb: "NETGEAR BlogTechnologyWhat is Mesh WiFi?", WCXB 4233); a section's heading is written once.
  const question = line.text.trim().toLowerCase();
  for (let k = 0; k < lines.length; k++)
    if (k !== above && (lines[k] as Line).text.toLowerCase().includes(question)) return extent;
  return { start: above, end: extent.end };
}

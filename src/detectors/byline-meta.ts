import { looksLikeByline } from '../structure/byline.js';
import { looksLikeDateLine } from '../structure/date.js';
import type { Detector } from '../types.js';

/** A date in quotes: a value in code or data ("WHERE created_at > '2024-01-01'"). */
const QUOTED_DATE = /['"]\d{4}-\d\d-\d\d/;

/**
 * True when the date stands in the article's data, not as its dateline: quoted in code or data (WCXB 4414, an SQL
 * query; 0443, a JSON order), or opening what follows with a colon, as a changelog's entries do (0466, "2020-05-26:").
 */
function isDateInData(text: string): boolean {
  return text.endsWith(':') || QUOTED_DATE.test(text);
}

/** Byline and dateline lines ("By Jane Doe", "Updated: April 12, 2017"); structure lifts the first into the article. */
export const bylineMeta: Detector = {
  id: 'byline-meta',
  detect(line, ctx) {
    if (looksLikeDateLine(line, ctx.lang) && !isDateInData(line.text))
      return { kind: 'byline-meta', reason: `date line (words=${line.words})` };
    // A byline is a wall: above the body it closes the header, below it opens the author box (WCXB 0171, 0222).
    if (looksLikeByline(line, ctx.lang)) return { kind: 'byline-meta', reason: `byline (words=${line.words})` };
    return undefined;
  },
};

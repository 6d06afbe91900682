import { looksLikeByline } from '../structure/byline.js';
import { looksLikeDateLine } from '../structure/date.js';
import type { Detector } from '../types.js';

/** Byline and dateline lines ("By Jane Doe", "Updated: April 12, 2017"); structure lifts the first into the article. */
export const bylineMeta: Detector = {
  id: 'byline-meta',
  detect(line, ctx) {
    if (looksLikeDateLine(line, ctx.lang)) return { kind: 'byline-meta', reason: `date line (words=${line.words})` };
    // A byline is a wall: above the body it closes the header, below it opens the author box (WCXB 0171, 0222).
    if (looksLikeByline(line, ctx.lang)) return { kind: 'byline-meta', reason: `byline (words=${line.words})` };
    return undefined;
  },
};

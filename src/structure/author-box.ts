import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { isBareBylinePrefix } from './byline.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many of the body's last lines an author box's label may stand in (label, name, bio, links to the writer). */
const LINES_AT_END = 6;

/**
 * Where in `kept` an author box starts: a byline's label alone on a line near the body's end ("Written by",
 * "Author"), whose text no other line of the body repeats; -1 when there is none. Why: the box's label and the
 * writer's name close many posts, with or without a bio under them ("Written by" over "Jack Shepherd", WCXB 0165;
 * "Author" over "Amanda Brooks" and her bio, 4884; "AUTHOR" over the editor's bio, 0199). A label the body repeats
 * heads each entry of a list of works ("By:" over each resource's authors, 4555).
 */
export function authorBoxAtEnd(kept: readonly Line[], lang: CompiledPack): number {
  for (let j = Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END); j < kept.length; j++) {
    const label = (kept[j] as Line).text;
    if (!isBareBylinePrefix(label, lang)) continue;
    const key = label.trim().toLowerCase();
    return kept.some((line, i) => i !== j && line.text.trim().toLowerCase() === key) ? -1 : j;
  }
  return -1;
}

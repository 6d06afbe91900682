import type { Line } from '../segment/segment.js';

/**
 * Three spaces or more between two words of a line: how innerText and html-to-text write a no-break space set between
 * spaces, which a page puts between a byline's fields. Why: "By A. J. Neal \u00a0\u00a0 View In Digital Edition" under
 * the headline (WCXB 0484, both renderers): segment folds the gap to one space, and the name ran on into the link.
 */
const WIDE_GAP = / {3,}/gu;
const FOLDED_SPACES = / {2,}/gu;

/**
 * The line's text with each wide gap between its words written as a bar, the separator a byline's name ends at
 * ("By A. J. Neal | View In Digital Edition"), read off `text`, the normalized text the line was cut from; the line's
 * text when it has no such gap, or when its text is not its span's with the spaces folded (a list item's marker,
 * pieces joined). Only the byline's reading asks it: the body keeps the line's text.
 * @example gapsAsBars(line, 'By Jane Doe    Share') // 'By Jane Doe | Share' (line: the text's one line)
 */
export function gapsAsBars(line: Line, text: string): string {
  // Nothing was folded: the span is as long as the text.
  if (line.end - line.start === line.text.length) return line.text;
  const span = text.slice(line.start, line.end);
  if (!span.includes('   ') || span.replace(FOLDED_SPACES, ' ') !== line.text) return line.text;
  return span.replace(WIDE_GAP, ' | ').replace(FOLDED_SPACES, ' ');
}

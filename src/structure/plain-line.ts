import type { Line } from '../segment/segment.js';

/**
 * Not marked as anything else: a list item, a quote, a Markdown heading, a figure, or a line whose mark Markdown
 * escapes ("\# initialize git"). Why the escape: `toMarkdown` writes so a paragraph that opens with a mark, a listing's
 * comment among its commands (WCXB 0437 innertext); read as plain, its lines came back as an unmarked list's items
 * when the Markdown was cleaned again, where the marked line had stayed a paragraph.
 */
export const isPlain = (line: Line): boolean =>
  line.listMarker === null && !line.quoted && line.headingLevel === 0 && line.credit === undefined && !isEscaped(line);

/**
 * True when segment took a Markdown escape off the line's mark: its raw text is its text after a backslash. Such a
 * line is a paragraph, as its writer wrote it.
 */
export const isEscaped = (line: Line): boolean =>
  line.rawText.charCodeAt(0) === 0x5c && line.rawText.length === line.text.length + 1;

import type { Line } from '../segment/segment.js';

/** Not marked as anything else: a list item, a quote, a Markdown heading or a figure. */
export const isPlain = (line: Line): boolean =>
  line.listMarker === null && !line.quoted && line.headingLevel === 0 && line.credit === undefined;

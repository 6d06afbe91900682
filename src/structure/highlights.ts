import type { Line } from '../segment/segment.js';

// Why: the seed's dek "Russia vetoes UN condemnation of gas attack ■ U.S. State Sec: … ■ …".
const SEPARATOR = /\s+[■●▪◆•|]\s+/u;
/** Fewest words of each highlight item. */
const MIN_ITEM_WORDS = 2;

/**
 * Splits a bullet-separated summary line into its items, or returns null when the line is not one.
 * @example splitHighlights(line('One thing here ■ Another thing')) // ['One thing here', 'Another thing']
 */
export function splitHighlights(line: Line): string[] | null {
  const items = line.text.split(SEPARATOR).map((s) => s.trim());
  if (items.length < 2) return null;
  return items.every((item) => item.split(' ').length >= MIN_ITEM_WORDS) ? items : null;
}

import type { Line } from '../segment/segment.js';

/** A term of up to 40 characters without a colon, then a colon and a value. */
const TERM_VALUE = /^[^:：]{1,40}[:：]\s*\S/u;

/**
 * True when `kept[i]` and the lines right above and below it each give a term and its value: a field among the fields
 * of a record (a company's, a product's), not a heading over them. Why: a field whose next line is longer read as a
 * heading ("Industries Served: SaaS, Healthcare, Fintech" between "Key Services: …" and "Case Studies: View all case
 * studies.", WCXB 0166 innertext; "Client: NV Athletics", 0110); on the dev pages such a line between two others was
 * `<h1>`–`<h6>` 6 times in 58, three of them questions between answers ("Q: …" between "A: …", 4476).
 * @example isAmongFields([line('Year Founded: 2017'), line('Team Size: 50 employees'), line('Case Studies: View all.')], 1) // true
 */
export function isAmongFields(kept: readonly Line[], i: number): boolean {
  const above = kept[i - 1];
  const below = kept[i + 1];
  return (
    above !== undefined &&
    below !== undefined &&
    TERM_VALUE.test((kept[i] as Line).text) &&
    TERM_VALUE.test(above.text) &&
    TERM_VALUE.test(below.text)
  );
}

import type { Line } from '../segment/segment.js';

/** A term of up to 40 characters without a colon, then a colon and a value. */
const TERM_VALUE = /^[^:：]{1,40}[:：]\s*\S/u;

/**
 * True when `kept[i]` gives a term and its value among the fields of a record (a company's, a product's), not a heading
 * over them: the lines right above and below it give a term and a value too, or, for the record's first field, the two
 * lines below it do. Why: a field whose next line is longer read as a heading ("Industries Served: SaaS, Healthcare,
 * Fintech" between "Key Services: …" and "Case Studies: View all case studies.", WCXB 0166 innertext; "Client: NV
 * Athletics", 0110); on the dev pages such a line between two others was `<h1>`–`<h6>` 6 times in 58, three of them
 * questions between answers ("Q: …" between "A: …", 4476). Why the first field: it stands under prose, over the
 * record's next field ("Headquarters: Coral Gables, FL" over "Company Size: Approx. 290 employees" and "Revenue: $208
 * million", 0358; "Office Location: Atlanta, Georgia" over "Year Founded: 2011", 0166); over a single field it is as
 * often a heading over a "Best for: …" or "Fee: …" line (1628, 0133), which stays a heading.
 * @example isAmongFields([line('Year Founded: 2017'), line('Team Size: 50 employees'), line('Case Studies: View all.')], 1) // true
 */
export function isAmongFields(kept: readonly Line[], i: number): boolean {
  if (!isField(kept[i]) || !isField(kept[i + 1])) return false;
  return isField(kept[i - 1]) || isField(kept[i + 2]);
}

const isField = (line: Line | undefined): boolean => line !== undefined && TERM_VALUE.test(line.text);

/** A bar between two fields of a row, with a space on each side. */
const FIELD_BAR = /\s[|｜]\s/u;

/**
 * True for a row of a record's fields: two or more, parted by bars, each a term and its value. A headline is no such
 * row, though it may be short and capitalized. Why: "Family: Rubiaceae | Place of Origin: Ethiopia" under a plant's
 * name (WCXB 4042 innertext) and "Brushing Modes: 1 | # of Brush Heads: 11" under each product of a round-up (4835)
 * were taken for the headline without the URL; "Review: Dune | The Site" is one field and the site's name.
 * @example isFieldRow('Family: Rubiaceae | Place of Origin: Ethiopia') // true
 */
export function isFieldRow(text: string): boolean {
  const fields = text.split(FIELD_BAR);
  return fields.length >= 2 && fields.every((field) => TERM_VALUE.test(field.trim()));
}

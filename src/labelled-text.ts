/** A field: a label of one to four words, a colon, then its value ("Price: $299"); not a URL's scheme. */
const FIELD_TEXT = /^(?:[^\s:]+ ){0,3}[^\s:]+:\s+\S/u;

/**
 * True when the text gives a field: a label of one to four words, a colon, then its value.
 * @example isLabelledText('Industries Served: eCommerce, Retail') // true; isLabelledText('See https://x.io') // false
 */
export function isLabelledText(text: string): boolean {
  return FIELD_TEXT.test(text);
}

// Three words or more in capitals, then a word in lower case.
const CAPS_LEAD_IN = /^(?:\p{Lu}[\p{Lu}\p{M}'’-]+\s+){3,}\p{Ll}/u;

/**
 * True for a line that opens with words in capitals and goes on in lower case: a newspaper's lead-in to a caption or a
 * paragraph ("SPANISH LEARNING STUDENTS in an information-sharing session", WCXB 0392), where a headline is in capitals
 * all through or in none of its words.
 * @example opensWithCapsLeadIn('SPANISH LEARNING STUDENTS in a session') // true
 */
export function opensWithCapsLeadIn(text: string): boolean {
  return CAPS_LEAD_IN.test(text);
}

/**
 * A sentence's end, then a copyright mark: what a wire service's credit follows at a story's last paragraph
 * ("…と指摘している。(c)AFP/<name>", research set afpbb (ja)). A source for the expressions that find it:
 * segment reads such a line as a sentence, repair leaves its credit on it.
 */
export const SENTENCE_THEN_COPYRIGHT = String.raw`[.!?。！？][)"'”’」』]*\s*(?:\(c\)|©)`;

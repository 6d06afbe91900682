import type { Detector } from '../types.js';

/**
 * The filler a page template leaves in ("Lorem ipsum dolor sit amet, …"): a line that opens with it or quotes its
 * first words. No article is written in it, whatever its language. A sentence that names it ("Designers call this
 * filler lorem ipsum") is the article's. ASCII-only and case-insensitive: no Unicode-aware scan on every line.
 */
const FILLER = /^[^a-z]*lorem ipsum\b|\bdolor sit amet\b/i;

/**
 * Placeholder text. Why: WCXB 0285 (html-to-text) renders an unfinished template's hidden cards ("HEAD LINE 1",
 * "Lorem ipsum 1") among a report's paragraphs; their filler read as prose and carried the body over them.
 */
export const placeholder: Detector = {
  id: 'placeholder',
  detect(line) {
    if (!FILLER.test(line.text)) return undefined;
    return { kind: 'other', reason: `placeholder text (words=${line.words})` };
  },
};

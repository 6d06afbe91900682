import { MIN_CONTENT_CHARS } from '../lang/content-word.js';
import { wordCount } from '../segment/word-count.js';

/** Fewest words left to the headline when a label is cut off its start. */
const MIN_HEADLINE_WORDS = 3;
// One word of letters, then a colon, at the start of a line: "Blog: …", "PROJECT: …", "Introduction: …".
const LEADING_LABEL = /^(\p{L}+):\s*/u;

/**
 * The headline without a one-word label a page writes before it ("Blog: Best Social Media Advertising Agencies…",
 * "PROJECT: Weekend Coding Agent"): a word before a colon that the body never uses. A word the body uses names the
 * topic and stays ("Yoga: Body, Breath, & Mind Series", "Lunacal: AI-Powered Appointment Scheduling System").
 * @param bodyWords The body's counts of the headline's lower-cased words (the title search's `bodyWords`).
 * @example trimTitleLabel('Introduction: How to Make Furniture', new Map([['furniture', 2]])) // 'How to Make Furniture'
 */
export function trimTitleLabel(title: string, bodyWords: ReadonlyMap<string, number>): string {
  const m = LEADING_LABEL.exec(title);
  if (!m) return title;
  const label = (m[1] as string).toLowerCase();
  // Why the length: the body's counts leave out words this short, so they say nothing of whether it uses them.
  if (label.length < MIN_CONTENT_CHARS || (bodyWords.get(label) ?? 0) > 0) return title;
  const rest = title.slice(m[0].length);
  return wordCount(rest) < MIN_HEADLINE_WORDS ? title : rest;
}

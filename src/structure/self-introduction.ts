import type { PhraseMatcher } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many of the body's last lines a writer's self-introduction may start in. */
const LINES_AT_END = 3;
/** What follows the greeting: a comma or an exclamation, as in "Hi, I'm Chris!" or "Hi there! I'm …". */
const AFTER_GREETING = /^\s*[,!]/u;

/**
 * Where in `kept` a writer's self-introduction starts: a line near the body's end that opens with a greeting
 * and a comma or exclamation; -1 when there is none. Why: a blogger's "about me" box closes many posts ("Hi,
 * I'm Chris!", WCXB 2498; "Hey, I’m Jessica! Welcome to …", 4339; "Hi there! I'm the …", 4085), while a
 * greeting inside the article opens it (0057, 4476).
 */
export function selfIntroductionAtEnd(kept: readonly Line[], greetings: PhraseMatcher): number {
  for (let j = Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END); j < kept.length; j++) {
    const text = (kept[j] as Line).text;
    const greeting = greetings.find(text)[0];
    if (greeting !== undefined && text.startsWith(greeting) && AFTER_GREETING.test(text.slice(greeting.length))) {
      return j;
    }
  }
  return -1;
}

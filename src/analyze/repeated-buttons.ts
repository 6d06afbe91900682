import { openingPhrase, type PhraseMatcher } from '../lang/matcher.js';
import { addPlace } from '../places.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { looksLikeCode } from './code-line.js';
import type { Extent } from './extent.js';

/** Fewest times a button's line stands in the body: under each of three cards. */
const MIN_REPEATS = 3;
/** Most words of a button's line ("Get Free Quote Links to Adtsecuritysystem.com"). */
const MAX_BUTTON_WORDS = 7;
/** Most words of a lead-in to a card's links, its colon over them ("Buy now from one of our trusted retail partners:"). */
const MAX_LEAD_IN_WORDS = 10;
/** Marks before a button's label ("+ More Info"). */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
/** A site's name as a link writes it: a word, a dot, a lower-case top-level domain ("imgur.com", "blog.hubspot.com"). */
const SITE_NAME = /[\p{L}\p{N}-]\.[a-z]{2,6}(?![\p{L}\p{N}])/u;

/**
 * Finds a card's link buttons inside the body: a short line that is no line of code, written word for word at least
 * {@link MIN_REPEATS} times in the body, that opens with a link's label ("Watch review on YouTube", "Get Price", "See
 * the rating.", a lead-in over the links "Buy now from one of our trusted retail partners:") or, when no sentence,
 * names a site ("View post on imgur.com"). A heading the article repeats over each section ("Pros", "Key
 * Features") opens with no such label. Lines that hold a verdict keep it. Returns a `promo` verdict for each line, by
 * index. Linear.
 * @example repeatedButtons(lines, verdicts, extent, en.match.linkLabels) // Map { 40 => { kind: 'promo', … } }
 */
export function repeatedButtons(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  linkLabels: PhraseMatcher,
): Map<number, Verdict> {
  const places = new Map<string, number[]>();
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    if (verdicts[i] || line.words === 0) continue;
    // Why: WCXB 4265, "Buy now from one of our trusted retail partners:" over the shops' buttons under each product.
    if (line.words > (line.text.endsWith(':') ? MAX_LEAD_IN_WORDS : MAX_BUTTON_WORDS)) continue;
    // Why: WCXB 0390 innertext: a listing's lines repeat too, and a method call reads as a site's name ("todos.map(").
    if (looksLikeCode(line)) continue;
    addPlace(places, line.tokens.join(' '), i);
  }
  const found = new Map<number, Verdict>();
  for (const at of places.values()) {
    if (at.length < MIN_REPEATS) continue;
    const first = lines[at[0] as number] as Line;
    // Why from its first letter: WCXB 4694, "+ More Info" under each product of a round-up (the mark of a toggle).
    const text = first.text.replace(LEADING_MARKS, '');
    const label = openingPhrase(linkLabels, text);
    // Why a sentence's mark only after a label: WCXB 4106, "See the rating." under each brand of a round-up; a line
    // the article repeats as a sentence opens with no link's label.
    const sentence = first.endsSentence;
    const shape =
      label !== undefined
        ? `opens with "${label.toLowerCase()}"`
        : !sentence && SITE_NAME.test(text)
          ? 'names a site'
          : '';
    if (shape === '') continue;
    const verdict: Verdict = { kind: 'promo', reason: `link button: ${shape}, written ×${at.length} in the body` };
    for (const i of at) found.set(i, verdict);
  }
  return found;
}

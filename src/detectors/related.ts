import type { PhraseMatcher } from '../lang/matcher.js';
import { wordCount } from '../segment/word-count.js';
import type { Detector, Line } from '../types.js';
import { withoutLeadingMark } from './leading-mark.js';
import { phraseDetector } from './phrase-detector.js';

const byLabel = phraseDetector({ id: 'related', kind: 'related', category: 'related', heading: true });
/** Most words of a related-list header that names its topic ("More from Jane Doe"). */
const MAX_HEADER_WORDS = 6;
/**
 * Most words of a header that opens with a one-word label: "Latest Articles" names a list, while "Latest
 * generation processors deliver …" (WCXB 4232) and "Popular Types of Marketing Videos" (0110) are the article's.
 */
const MAX_SINGLE_OPENER_WORDS = 3;
/**
 * Fewest words of a label that ends a header: "you may enjoy" addresses the reader, while a shorter label ending a
 * header is often its topic ("More information and further reading", WCXB 0347, which the article keeps).
 */
const MIN_ENDING_LABEL_WORDS = 3;
/** What ends the label of a teaser line ("Related:", "READ MORE »"). */
const TEASER_LABEL_END = /[:»|›]/;
/** Most words of a "Read more: <headline>" line. */
const MAX_TEASER_WORDS = 30;
/** Most words of a line that introduces a list with a colon or an ellipsis. */
const MAX_INTRO_WORDS = 10;
/** What ends a line that introduces what follows: a colon or an ellipsis. */
const INTRO_END = /(?::|\.\.\.|…)$/u;
/** A letter: what a teaser's text after its label's mark holds. */
const LETTER = /\p{L}/u;

/** How long a header opening with `opening` may be: a one-word label names a list only briefly or with a topic. */
function headerMaxWords(line: Line, opening: string, stopwords: ReadonlySet<string>): number {
  if (opening.includes(' ')) return MAX_HEADER_WORDS;
  // Why: "Trending in Car Repair & Maintenance" (WCXB 4184) names its topic after a function word.
  const next = line.tokens[1];
  return next !== undefined && stopwords.has(next) ? MAX_HEADER_WORDS : MAX_SINGLE_OPENER_WORDS;
}

/** Related and most-read lists: a header ("Most read") or a teaser line ("READ MORE: <headline>"). */
export const related: Detector = {
  id: 'related',
  detect(line, ctx) {
    const verdict = byLabel.detect(line, ctx);
    if (verdict) return verdict;
    if (line.words > MAX_TEASER_WORDS) return undefined;
    // Why one test first: each rule below reads a related label in the line (opening or ending a header, before an
    // intro's mark, before a teaser's colon), and most lines hold none. A label found in a part of the text, or in
    // its lower-cased copy, is found in the whole, but for U+0130 (İ), which lower-cases to two characters.
    if (!ctx.lang.match.related.test(line.text) && !line.text.includes('\u0130')) return undefined;
    // Why: "More from John Crenshaw" heads the author's other posts under an article (WCXB 0222).
    // No header is longer than MAX_HEADER_WORDS (see headerMaxWords), so a longer line is not looked through.
    const found = line.words <= MAX_HEADER_WORDS ? ctx.lang.match.related.find(line.text) : [];
    const opening = found[0];
    if (
      opening &&
      line.words <= headerMaxWords(line, opening, ctx.lang.stopwords) &&
      !line.endsSentence &&
      // Why: an emoji may open the header (WCXB 4459 "🔥 Recommended Posts"); one with a colon is a teaser or
      // introduces one, mid-article as often as after it (2453 "➡️ Read more about Modular Monoliths:").
      (line.text.search(TEASER_LABEL_END) < 0 ? withoutLeadingMark(line.text) : line.text)
        .toLowerCase()
        .startsWith(opening.toLowerCase())
    ) {
      return {
        kind: 'related',
        reason: `header opening with "${opening.toLowerCase()}" (words=${line.words})`,
        barrier: true,
      };
    }
    // Why: a header may name the list before a label addressed to the reader, which ends it ("Other Posts You May
    // Enjoy", WCXB 4659; "Other articles you may find interesting", 0262).
    const ending = found.at(-1);
    if (
      ending !== undefined &&
      wordCount(ending) >= MIN_ENDING_LABEL_WORDS &&
      // A mark after the label ("…you may enjoy:") is left to the intro rule below.
      line.text.trimEnd().toLowerCase().endsWith(ending.toLowerCase())
    ) {
      return {
        kind: 'related',
        reason: `header ending with "${ending.toLowerCase()}" (words=${line.words})`,
        barrier: true,
      };
    }
    // Why: a longer header introduces the list under it with a colon or an ellipsis, its label opening it or
    // ending right before the mark ("You may be interested in the following topics as well:", WCXB 0167; "If you
    // liked this post you might also like:", 0488; "Read more of our articles...", 4274).
    const intro = INTRO_END.exec(line.text);
    if (intro && line.words <= MAX_INTRO_WORDS) {
      const lower = line.text.slice(0, intro.index).trimEnd().toLowerCase();
      const label = ctx.lang.match.related
        .find(lower)
        // Why: a one-word label is the article's own word before a colon ("Popular interactive concepts include:",
        // WCXB 0058; "Why Vans is Popular:", 0067).
        .find((p) => p.includes(' ') && (lower.startsWith(p.toLowerCase()) || lower.endsWith(p.toLowerCase())));
      if (label) {
        return {
          kind: 'related',
          reason: `header introducing a list with "${label.toLowerCase()}" (words=${line.words})`,
          barrier: true,
        };
      }
    }
    // Why: WCXB news pages interleave "Related: …" / "READ MORE: …" teasers with the body paragraphs, a mark may
    // point at them ("» Related: How to Save Money on Car Rentals", 0334; "» Related Reading: …", 1657).
    const head = teaserLabel(line.text, ctx.lang.match.related);
    if (head === null) return undefined;
    return { kind: 'related', reason: `teaser after a "${head.toLowerCase()}" label (words=${line.words})` };
  },
};

/**
 * The label of a teaser line, as written: related labels alone before a mark ("Related: …", "» READ MORE | …"), or
 * null. With `headline`, a teaser's text must follow the mark.
 * @example teaserLabel('» Related: How to rent a car', lang.match.related) // 'Related'
 */
export function teaserLabel(text: string, related: PhraseMatcher, headline = false): string | null {
  const bare = withoutLeadingMark(text);
  const mark = bare.search(TEASER_LABEL_END);
  if (mark <= 0 || mark > 40) return null;
  if (headline && !LETTER.test(bare.slice(mark + 1))) return null;
  const head = bare.slice(0, mark).trim();
  return related.strip(head).trim() === '' ? head : null;
}

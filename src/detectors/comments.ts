import { openingPhrase } from '../lang/matcher.js';
import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

const byLabel = phraseDetector({
  id: 'comments',
  kind: 'comments',
  category: 'comments',
  containsMaxWords: 12,
  heading: true,
});
/** Most words of a counted comment header that names the post ("59 Comments on “<headline>”"). */
const MAX_COUNTED_HEADER_WORDS = 30;
const COUNT = /^\d[\d,.]*\s+/;
/** A function word, then the post's title in quotes: "on “…”", "to «…»". */
const NAMES_POST = /^(\p{L}+)\s+["“«‘'„]/u;

/** Comment widgets: the seed's "Automatic approval of subscriber comments.", "Leave a Reply", "12 Comments". */
export const comments: Detector = {
  id: 'comments',
  detect(line, ctx) {
    const verdict = byLabel.detect(line, ctx);
    if (verdict || line.words > MAX_COUNTED_HEADER_WORDS) return verdict;
    // Why: blogs head the thread with its count and the post's title, "59 Comments on “The December Comfort
    // Watches 2025, Day Eighteen”" (WCXB 0479): too long for a label line, but a count then a comments label.
    const count = COUNT.exec(line.text);
    if (!count) return undefined;
    const rest = line.text.slice(count[0].length);
    const label = openingPhrase(ctx.lang.match.comments, rest);
    // Why: "3 thoughts on “10 Things I Wish I Knew Before Learning Embedded Systems”" (WCXB 0483): a noun that is no
    // label alone heads the thread only before the post's title.
    const noun = label === undefined ? openingPhrase(ctx.lang.match.commentCounts, rest) : undefined;
    const counted = label ?? noun;
    if (counted === undefined) return undefined;
    // "… on “<title>”" names the post; "109 Comments | Jill Winger | Last Updated …" is a byline's meta line,
    // "12 comments were deleted …" a sentence.
    const tail = rest.slice(counted.length).trim();
    const next = NAMES_POST.exec(tail)?.[1]?.toLowerCase();
    const namesPost = next !== undefined && ctx.lang.stopwords.has(next);
    if (!namesPost && (tail !== '' || noun !== undefined)) return undefined;
    return {
      kind: 'comments',
      reason: `header with a count and "${counted.toLowerCase()}" (words=${line.words})`,
      barrier: true,
    };
  },
};

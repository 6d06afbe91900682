import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

const byLabel = phraseDetector({ id: 'related', kind: 'related', category: 'related', heading: true });
/** Most words of a related-list header that names its topic ("More from Jane Doe"). */
const MAX_HEADER_WORDS = 6;
/** Most words of a "Read more: <headline>" line. */
const MAX_TEASER_WORDS = 30;

/** Related and most-read lists: a header ("Most read") or a teaser line ("READ MORE: <headline>"). */
export const related: Detector = {
  id: 'related',
  detect(line, ctx) {
    const verdict = byLabel.detect(line, ctx);
    if (verdict) return verdict;
    if (line.words > MAX_TEASER_WORDS) return undefined;
    // Why: "More from John Crenshaw" heads the author's other posts under an article (WCXB 0222).
    const opening = ctx.lang.match.related.find(line.text)[0];
    if (
      opening &&
      line.words <= MAX_HEADER_WORDS &&
      !line.endsSentence &&
      line.text.toLowerCase().startsWith(opening.toLowerCase())
    ) {
      return {
        kind: 'related',
        reason: `header opening with "${opening.toLowerCase()}" (words=${line.words})`,
        barrier: true,
      };
    }
    // Why: WCXB news pages interleave "Related: …" / "READ MORE: …" teasers with the body paragraphs.
    const colon = line.text.search(/[:»|›]/);
    if (colon <= 0 || colon > 40) return undefined;
    const head = line.text.slice(0, colon).trim();
    if (ctx.lang.match.related.strip(head).trim() !== '') return undefined;
    return { kind: 'related', reason: `teaser after a "${head.toLowerCase()}" label (words=${line.words})` };
  },
};

import type { Detector } from '../types.js';
import { phraseDetector } from './phrase-detector.js';

const byLabel = phraseDetector({ id: 'related', kind: 'related', category: 'related', heading: true });
/** Most words of a "Read more: <headline>" line. */
const MAX_TEASER_WORDS = 30;

/** Related and most-read lists: a header ("Most read") or a teaser line ("READ MORE: <headline>"). */
export const related: Detector = {
  id: 'related',
  detect(line, ctx) {
    const verdict = byLabel.detect(line, ctx);
    if (verdict) return verdict;
    if (line.words > MAX_TEASER_WORDS) return undefined;
    // Why: WCXB news pages interleave "Related: …" / "READ MORE: …" teasers with the body paragraphs.
    const colon = line.text.search(/[:»|›]/);
    if (colon <= 0 || colon > 40) return undefined;
    const head = line.text.slice(0, colon).trim();
    if (ctx.lang.match.related.strip(head).trim() !== '') return undefined;
    return { kind: 'related', reason: `teaser after a "${head.toLowerCase()}" label (words=${line.words})` };
  },
};

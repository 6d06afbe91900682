import type { Detector } from '../types.js';
import { gluedLabels } from './glued-labels.js';
import { phraseDetector } from './phrase-detector.js';

/** Fewest labels a run glued without spaces must read as to be a share bar ("FacebookTwitterLinkedIn"). */
const MIN_GLUED_LABELS = 3;

// why: wcxb 0270 — a bar that names each network in full, "Share on X (Twitter) Share on Facebook Share on Pinterest
// Share on LinkedIn", runs to 13 words, past the other kinds' label lines.
const byLabels = phraseDetector({ id: 'share-buttons', kind: 'share', category: 'shareLabels', labelsMaxWords: 24 });

/**
 * Lines made only of share labels; the seed's glued "Send in e-mailSend in e-mail". A sentence naming Twitter is
 * content. A bar whose labels innerText glued without spaces is read label by label.
 */
export const shareButtons: Detector = {
  id: 'share-buttons',
  detect(line, ctx) {
    const verdict = byLabels.detect(line, ctx);
    if (verdict !== undefined) return verdict;
    // why: wcxb 4034 — "Share:FacebookXRedditPinterestEmailLinkedInWhatsApp", where splitting at case changes leaves
    // "XReddit", "Linked In" and "Whats App", none of them a label.
    const hits = gluedLabels(line.text, ctx.lang.pack.shareLabels);
    if (hits < MIN_GLUED_LABELS) return undefined;
    return { kind: 'share', reason: `only share labels glued without spaces (hits=${hits})` };
  },
};

import { phraseDetector } from './phrase-detector.js';

/** Lines made only of share labels; the seed's glued "Send in e-mailSend in e-mail". A sentence naming Twitter is content. */
export const shareButtons = phraseDetector({ id: 'share-buttons', kind: 'share', category: 'shareLabels' });

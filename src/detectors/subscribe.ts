import { phraseDetector } from './phrase-detector.js';

/** Stand-alone calls to subscribe or donate ("Subscribe now", "Support our journalism"). */
export const subscribe = phraseDetector({
  id: 'subscribe',
  kind: 'subscribe',
  category: 'subscribe',
  containsMaxWords: 8,
});

import { phraseDetector } from './phrase-detector.js';

/** Advertisement labels left where an ad slot was ("Advertisement", "Story continues below advertisement"). */
export const ad = phraseDetector({ id: 'ad', kind: 'ad', category: 'ad', containsMaxWords: 8 });

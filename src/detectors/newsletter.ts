import { phraseDetector } from './phrase-detector.js';

/** Newsletter boxes ("Sign up for our newsletter", "Enter your email address"). */
export const newsletter = phraseDetector({
  id: 'newsletter',
  kind: 'newsletter',
  category: 'newsletter',
  containsMaxWords: 40,
  pitchAddressesReader: true,
});

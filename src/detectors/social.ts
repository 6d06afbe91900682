import { phraseDetector } from './phrase-detector.js';

/** Follow-us prompts ("Follow us on Instagram") that close many WCXB blog pages. */
export const social = phraseDetector({ id: 'social', kind: 'social', category: 'social', containsMaxWords: 15 });

import { phraseDetector } from './phrase-detector.js';

/**
 * Follow-us prompts ("Follow us on Instagram") that close many WCXB blog pages. Why up to 20 words: the prompt says
 * what following brings ("Follow us on social media to stay up to date with the latest HR news and trends", WCXB
 * 0253; "*** Follow me on Instagram, YouTube, X (Twitter) or Facebook for a daily moment of travel inspiration ***",
 * 0189).
 */
export const social = phraseDetector({ id: 'social', kind: 'social', category: 'social', containsMaxWords: 20 });

import { phraseDetector } from './phrase-detector.js';

/** Interface prompts: the seed's "Click the alert icon to follow topics:", "Listen to this article", "5 min read". */
export const uiPrompt = phraseDetector({
  id: 'ui-prompt',
  kind: 'ui-prompt',
  category: 'uiPrompt',
  containsMaxWords: 12,
});

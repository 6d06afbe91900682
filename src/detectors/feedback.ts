import { phraseDetector } from './phrase-detector.js';

/**
 * A reader-feedback widget's prompt ("Was this page helpful?", "Rate this article"): it stands under the article, and
 * what follows it is the page's (the widget's buttons, comments, related posts, a newsletter's other sections).
 */
export const feedback = phraseDetector({
  id: 'feedback',
  kind: 'ui-prompt',
  category: 'feedback',
  containsMaxWords: 12,
  closes: true,
});

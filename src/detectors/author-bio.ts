import { phraseDetector } from './phrase-detector.js';

/** Author-bio headers ("About the author", "View all posts by …"). */
export const authorBio = phraseDetector({
  id: 'author-bio',
  kind: 'author-bio',
  category: 'authorBio',
  containsMaxWords: 12,
  heading: true,
});

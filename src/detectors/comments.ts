import { phraseDetector } from './phrase-detector.js';

/** Comment widgets: the seed's "Automatic approval of subscriber comments.", "Leave a Reply", "12 Comments". */
export const comments = phraseDetector({
  id: 'comments',
  kind: 'comments',
  category: 'comments',
  containsMaxWords: 12,
  heading: true,
});

import type { Article } from '../../src/types.js';

/** An article with one of everything, for the renderers. */
export const FULL: Article = {
  title: 'Minister Says Talks Were Useful',
  highlights: ['Talks end without a deal', 'Next round in Geneva'],
  byline: 'Jane Doe',
  published: 'April 12, 2017',
  publishedIso: '2017-04-12',
  blocks: [
    { type: 'paragraph', text: 'The minister spoke on Wednesday.' },
    { type: 'heading', text: 'What comes next', level: 3 },
    { type: 'heading', text: 'A plain heading' },
    { type: 'list', ordered: false, items: ['One', 'Two'] },
    { type: 'quote', text: 'We will meet again.' },
    { type: 'figure', caption: 'The minister in Moscow.', credit: 'JANE ROE/REUTERS' },
    { type: 'figure', caption: 'A map of the region.', credit: null },
  ],
  attributions: ['DPA contributed to this report.'],
  removed: [{ kind: 'share', reason: 'only share labels (hits=1, words=1)', text: 'Share', start: 0, end: 5 }],
  text: 'The minister spoke on Wednesday.\n\nWhat comes next\n\nA plain heading\n\nOne\n\nTwo\n\nWe will meet again.',
  lang: 'en',
};

/** An article with nothing found. */
export const EMPTY: Article = {
  title: null,
  highlights: [],
  byline: null,
  published: null,
  publishedIso: null,
  blocks: [],
  attributions: [],
  removed: [],
  text: '',
  lang: null,
};

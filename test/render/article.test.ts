import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';

/** A short story written for this test: a headline, a byline, a date line, two paragraphs and a share label. */
const STORY = [
  'Harbour Town Votes to Rebuild Its Old Pier',
  'By Ada Lindqvist',
  'Updated March 29, 2017',
  'The town council voted on Tuesday to rebuild the old pier, which storms damaged two winters ago and which has ' +
    'stayed closed to walkers since then.',
  'Work is set to begin in the spring, and the council expects the pier to open again before the summer season of ' +
    'the following year.',
  'Share this article',
].join('\n');
const DATE_LINE = STORY.indexOf('Updated');

describe('renderArticle (through clean)', () => {
  it('gives the removals as input spans in input order, a line shown in part by what it keeps out of sight', () => {
    const article = clean(STORY);
    expect([article.published, article.publishedIso]).toEqual(['March 29, 2017', '2017-03-29']);
    expect(article.removed.map(({ kind, text, start }) => [kind, text, start])).toEqual([
      ['affix', 'Updated', DATE_LINE],
      ['share', 'Share this article', STORY.indexOf('Share')],
    ]);
  });

  it("lets the URL's date outrank the text's, and removes the outranked date's line whole", () => {
    const article = clean(STORY, { url: 'https://news.example.com/2017/03/27/harbour-town-pier/' });
    expect([article.published, article.publishedIso]).toEqual([null, '2017-03-27']);
    expect(article.removed[0]).toEqual({
      kind: 'byline-meta',
      reason: "a date the URL's outranks (url=2017-03-27)",
      text: 'Updated March 29, 2017',
      start: DATE_LINE,
      end: DATE_LINE + 'Updated March 29, 2017'.length,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { authorBio } from '../../src/detectors/author-bio.js';
import { verdictOf } from '../helpers.js';

describe('author-bio', () => {
  it.each(['About the author', 'About the authors', 'View all posts by Jane Doe', 'More articles by Jane Doe'])(
    'removes the bio header %j',
    (text) => expect(verdictOf(authorBio, text)?.kind).toBe('author-bio'),
  );

  it.each([
    'Jane Doe writes about science.',
    'The article by the author was published on Monday and drew attention from critics.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(authorBio, text)).toBeUndefined());

  // why: wcxb 0272 — the bio on its header's line.
  it('removes a long bio that opens with its header and the name', () => {
    const bio =
      'About the author: Craig Hull is a freelance photographer and videographer based in Eastern Europe. You can find more of his work on his website.';
    expect(verdictOf(authorBio, bio)?.reason).toBe('a bio opening with its header "About the author" (words=25)');
  });
  it('keeps a long sentence that opens with the header’s words', () => {
    const sentence =
      'About the author’s new book, critics have said little so far, though its first print run sold out within a single week of release.';
    expect(verdictOf(authorBio, sentence)).toBeUndefined();
  });
  it('names the phrase and the length guard', () => {
    expect(verdictOf(authorBio, 'View all posts by Jane Doe')?.reason).toBe(
      'author-bio phrase "view all posts by" in a short line (words=6 ≤ 12)',
    );
  });
});

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

  it('names the phrase and the length guard', () => {
    expect(verdictOf(authorBio, 'View all posts by Jane Doe')?.reason).toBe(
      'author-bio phrase "view all posts by" in a short line (words=6 ≤ 12)',
    );
  });
});

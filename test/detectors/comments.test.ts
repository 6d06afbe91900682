import { describe, expect, it } from 'vitest';
import { comments } from '../../src/detectors/comments.js';
import { verdictOf } from '../helpers.js';

describe('comments', () => {
  it.each([
    'Automatic approval of subscriber comments.',
    '12 Comments',
    'Leave a Reply',
    'Join the conversation',
    'Comments are closed.',
    'Add Your Comment →',
  ])('removes the comment widget line %j', (text) => expect(verdictOf(comments, text)?.kind).toBe('comments'));

  it.each([
    'The minister declined to comment on the report, saying that the investigation was still ongoing.',
    'Comments were made.',
    'His reply came a week later.',
    'We asked readers to add your comment to the petition, and more than two thousand of them did so that week.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(comments, text)).toBeUndefined());

  it('names the phrase and the length guard', () => {
    expect(verdictOf(comments, 'Automatic approval of subscriber comments.')?.reason).toBe(
      'comments phrase "subscriber comments" in a short line (words=5 ≤ 12)',
    );
  });
  it('takes a counted header that names the post for the thread header', () => {
    const verdict = verdictOf(
      comments,
      '59 Comments on “The December Comfort Watches 2025, Day Eighteen: Starship Troopers and the long war”',
    );
    expect(verdict?.barrier).toBe(true);
    expect(verdict?.reason).toBe('header with a count and "comments" (words=16)');
  });
  it.each([
    '109 Comments | Jill Winger | Last Updated: March 3, 2023 and more text to make it long enough here',
    '12 comments were deleted by the moderators last year after the newspaper changed its policy on abuse',
  ])('keeps the byline meta line or sentence %j', (text) => expect(verdictOf(comments, text)).toBeUndefined());
  it('gives the label hits for a counter line', () => {
    expect(verdictOf(comments, '12 Comments')?.reason).toBe('only comments labels (hits=1, words=2)');
  });
});

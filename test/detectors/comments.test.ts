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
  ])('removes the comment widget line %j', (text) => expect(verdictOf(comments, text)?.kind).toBe('comments'));

  it.each([
    'The minister declined to comment on the report, saying that the investigation was still ongoing.',
    'Comments were made.',
    'His reply came a week later.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(comments, text)).toBeUndefined());

  it('names the phrase and the length guard', () => {
    expect(verdictOf(comments, 'Automatic approval of subscriber comments.')?.reason).toBe(
      'comments phrase "subscriber comments" in a short line (words=5 ≤ 12)',
    );
  });
  it('gives the label hits for a counter line', () => {
    expect(verdictOf(comments, '12 Comments')?.reason).toBe('only comments labels (hits=1, words=2)');
  });
});

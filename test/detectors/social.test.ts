import { describe, expect, it } from 'vitest';
import { social } from '../../src/detectors/social.js';
import { verdictOf } from '../helpers.js';

describe('social', () => {
  it.each(['Follow us on Instagram', 'Follow us', 'Connect with us', 'Like us on Facebook'])(
    'removes the follow prompt %j',
    (text) => expect(verdictOf(social, text)?.kind).toBe('social'),
  );

  it.each([
    'The senator urged voters to follow us on the path to reform, he told the crowd on Tuesday in Ohio, according to reports.',
    'Police asked people to follow the instructions on Twitter.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(social, text)).toBeUndefined());

  it('names the phrase and the length guard', () => {
    expect(verdictOf(social, 'Follow us on Instagram')?.reason).toBe(
      'social phrase "follow us on" in a short line (words=4 ≤ 15)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ad } from '../../src/detectors/ad.js';
import { verdictOf } from '../helpers.js';

describe('ad', () => {
  it.each(['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Sponsored content', 'Ad'])(
    'removes the ad label %j',
    (text) => expect(verdictOf(ad, text)?.kind).toBe('ad'),
  );

  it.each([
    'The advertisement campaign cost the company millions of dollars last year, according to filings.',
    'Ad blockers were used by a third of readers in the survey, the report found.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(ad, text)).toBeUndefined());

  it('gives the label hits and words', () => {
    expect(verdictOf(ad, 'Story continues below advertisement')?.reason).toBe('only ad labels (hits=1, words=4)');
  });
});

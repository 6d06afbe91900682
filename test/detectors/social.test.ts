import { describe, expect, it } from 'vitest';
import { social } from '../../src/detectors/social.js';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { verdictOf } from '../helpers.js';

describe('social', () => {
  it.each([
    'Follow us on Instagram',
    'Follow us',
    'Connect with us',
    'Like us on Facebook',
    'Follow us on social media to stay up to date with the latest HR news and trends',
  ])('removes the follow prompt %j', (text) => expect(verdictOf(social, text)?.kind).toBe('social'));

  it.each([
    'The senator urged voters to follow us on the path to reform, he told the crowd on Tuesday in Ohio, according to reports.',
    'Police asked people to follow the instructions on Twitter.',
    'Fans who follow us on the tour will see the band play every song from the new album and a few of the old ones too.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(social, text)).toBeUndefined());

  it('names the phrase and the length guard', () => {
    expect(verdictOf(social, 'Follow us on Instagram')?.reason).toBe(
      'social phrase "follow us on" in a short line (words=4 ≤ 20)',
    );
  });
});

describe('social in French', () => {
  const FR = compiledPackFor(fr);
  it.each(['Suivre ce journaliste sur twitter', 'Aller sur la page de ce journaliste'])(
    'removes the author-box link %j',
    (text) => {
      expect(verdictOf(social, text, FR)?.kind).toBe('social');
    },
  );
});

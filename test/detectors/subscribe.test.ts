import { describe, expect, it } from 'vitest';
import { subscribe } from '../../src/detectors/subscribe.js';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { verdictOf } from '../helpers.js';

describe('subscribe', () => {
  it.each([
    'Subscribe now',
    'Support our journalism',
    'Donate',
    'Become a member',
    'Sign up',
    'Buy me a coffee',
    'Please consider supporting our work',
    'This story is funded by readers like you',
  ])('removes the call to action %j', (text) => expect(verdictOf(subscribe, text)?.kind).toBe('subscribe'));

  it.each([
    'Subscribers said the service had improved.',
    'Many readers subscribe to several newspapers at once.',
    'The union signed up thousands of new members last year.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(subscribe, text)).toBeUndefined());

  it('gives the label hits and words', () => {
    expect(verdictOf(subscribe, 'Subscribe now')?.reason).toBe('only subscribe labels (hits=1, words=2)');
  });
});

describe('subscribe in French', () => {
  const FR = compiledPackFor(fr);
  it('removes an offer to subscribe from a price', () => {
    expect(verdictOf(subscribe, 'Abonnez-vous à partir de 1 €', FR)?.kind).toBe('subscribe');
  });
});

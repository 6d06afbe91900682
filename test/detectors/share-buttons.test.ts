import { describe, expect, it } from 'vitest';
import { shareButtons } from '../../src/detectors/share-buttons.js';
import { expectReasonMeasures, verdictOf } from '../helpers.js';

describe('share-buttons', () => {
  it.each([
    'Share | Tweet | Email',
    'Send in e-mailSend in e-mail',
    'FacebookTwitterEmail',
    'Share on Facebook Share on Twitter',
    'Share 12',
    'Print',
    'Share this post',
    'LinkedIn',
    'Share this on:',
    'Copy the link',
    'Print Article',
    'Share on Pinterest',
    'Share on:',
    'Share on Facebook (Opens in new window) Facebook',
    'Share:FacebookXRedditPinterestEmailLinkedInWhatsApp',
    'Share on X (Twitter) Share on Facebook Share on Pinterest Share on LinkedIn',
  ])('removes the share bar %j', (text) => expect(verdictOf(shareButtons, text)?.kind).toBe('share'));

  it.each([
    'He shared the video on Twitter and Facebook, where it drew thousands of replies.',
    'Email the minister',
    'Twitter said it would appeal.',
    'Share this on your feed only if you have read the whole report.',
    'Share this post with anyone who still thinks the council will vote for the budget.',
    'Share on social media if the guide helped you.',
    'FacebookTwitterLinkedInPlaylist',
  ])('keeps the sentence %j', (text) => expect(verdictOf(shareButtons, text)).toBeUndefined());

  it('keeps a long line even when it is only labels', () => {
    expect(verdictOf(shareButtons, 'Share '.repeat(25).trim())).toBeUndefined();
  });
  it('gives the label hits and words', () => {
    const verdict = verdictOf(shareButtons, 'Share | Tweet | Email');
    expect(verdict?.reason).toBe('only share labels (hits=3, words=3)');
  });
  it('counts a glued repeat once, with the words as written', () => {
    expectReasonMeasures(verdictOf(shareButtons, 'Send in e-mailSend in e-mail')?.reason, { hits: 1, words: 5 });
  });
  it('says when it read labels glued without spaces', () => {
    const verdict = verdictOf(shareButtons, 'Share:FacebookXRedditPinterestEmailLinkedInWhatsApp');
    expect(verdict?.reason).toBe('only share labels glued without spaces (hits=8)');
  });
  it('is identified by its file name', () => expect(shareButtons.id).toBe('share-buttons'));
});

import { describe, expect, it } from 'vitest';
import { newsletter } from '../../src/detectors/newsletter.js';
import { verdictOf } from '../helpers.js';

describe('newsletter', () => {
  it.each([
    'Sign up for our newsletter',
    'Enter your email address',
    'Newsletter',
    'Get the best stories delivered to your inbox every morning',
    'Sign up to our weekly newsletter for recipes and tips from our test kitchen.',
    'Join our newsletter for practical tips on growing a small business.',
    'The best weekend plans, sent right to your inbox. Sign up now.',
    'Thank you! Please check your inbox for a confirmation email.',
    'Get our free daily newsletter with the best local events and deals.',
    'Enter your email address to subscribe to this blog and receive notifications of new posts by email.',
    'If you’d like to receive updates in your inbox, visit our subscribe page and sign up for the content you crave!',
    'By submitting your email address, you agree to receive marketing emails from us and to our terms of use and privacy policy.',
  ])('removes the sign-up line %j', (text) => expect(verdictOf(newsletter, text)?.kind).toBe('newsletter'));

  it.each([
    'The newsletter, which was founded in 1998 by two former reporters, now reaches more than a million readers every week.',
    'She sent an email to the mayor on Monday.',
    'By the end of this guide, your agent will send a short digest of the week to your inbox every Friday.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(newsletter, text)).toBeUndefined());

  // A long sentence that never speaks to the reader reports on the address (WCXB 0430, 4445); a short one may
  // still be a form's prompt.
  it.each([
    'In the client CLI, we extract the VRF hash from the tlog proof’s extra data and verify it’s the correct hash for the email address.',
    'Twelve people signed up for my newsletter in the past week, excited enough to give me their email address, and I’ve done absolutely nothing to welcome them.',
  ])('keeps the report %j', (text) => expect(verdictOf(newsletter, text)).toBeUndefined());
  it('still removes a short line that names the address without speaking to the reader', () => {
    expect(verdictOf(newsletter, 'Please enter a valid email address.')?.kind).toBe('newsletter');
  });

  it('names the phrase and the length guard', () => {
    expect(verdictOf(newsletter, 'Enter your email address')?.reason).toBe(
      'newsletter phrase "enter your email" in a short line (words=4 ≤ 40)',
    );
  });
  it('gives the label hits for a label line', () => {
    expect(verdictOf(newsletter, 'Sign up for our newsletter')?.reason).toBe(
      'only newsletter labels (hits=2, words=5)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { feedback } from '../../src/detectors/feedback.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { pt } from '../../src/lang/pt.js';
import { verdictOf } from '../helpers.js';

describe('feedback', () => {
  it.each(['Was this page helpful?', 'How useful was this post?', 'Rate this article', 'How Was This Issue?'])(
    'closes the article at the prompt %j',
    (text) => {
      const verdict = verdictOf(feedback, text);
      expect(verdict?.kind).toBe('ui-prompt');
      expect(verdict?.barrier).toBe(true);
      expect(verdict?.closes).toBe(true);
    },
  );

  it('removes a short line with the prompt in it without closing the article there', () => {
    const verdict = verdictOf(feedback, 'Was this helpful? Tell us in the form below.');
    expect(verdict?.kind).toBe('ui-prompt');
    expect(verdict?.closes).toBeUndefined();
  });

  it.each(['Help us improve your reading experience', 'Help us improve this page'])(
    "removes the survey box's call %j",
    (text) => expect(verdictOf(feedback, text)?.kind).toBe('ui-prompt'),
  );

  it.each([
    'Rate this week’s newsletter issue with a single click/tap. Your feedback over time helps me figure out what content to create for you.',
    'The coach asked the players whether the new drill was helpful, and most of them said it had changed their game.',
  ])('keeps the line %j', (text) => expect(verdictOf(feedback, text)).toBeUndefined());

  it('keeps a short sentence that only says something was useful, in a pack without the English phrases', () => {
    const PT = compiledPackFor(pt);
    expect(verdictOf(feedback, 'Isso foi útil para muitos leitores.', PT)).toBeUndefined();
    expect(verdictOf(feedback, 'Este artigo foi útil?', PT)?.closes).toBe(true);
  });

  it('gives the label hits', () => {
    expect(verdictOf(feedback, 'Was this page helpful?')?.reason).toBe('only ui-prompt labels (hits=1, words=4)');
  });
});

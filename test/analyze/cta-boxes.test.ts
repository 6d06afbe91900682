import { describe, expect, it } from 'vitest';
import { callToActionBoxes } from '../../src/analyze/cta-boxes.js';
import type { Verdict } from '../../src/types.js';
import { EN, linesOf } from '../helpers.js';

const P = 'The course walks through the basics one week at a time, with exercises and feedback from the teachers.';

const boxesOf = (text: string[], removed: number[] = [], signUp: number[] = []) => {
  const lines = linesOf(text.join('\n'));
  const verdicts: (Verdict | undefined)[] = lines.map((_, i) =>
    signUp.includes(i)
      ? { kind: 'subscribe', reason: 'test' }
      : removed.includes(i)
        ? { kind: 'nav', reason: 'test' }
        : undefined,
  );
  return callToActionBoxes(lines, verdicts, { start: 0, end: lines.length - 1 }, EN);
};

describe('callToActionBoxes', () => {
  it('removes a lone button and the short pitch over it', () => {
    const found = boxesOf([P, 'New customers get $300 in free credits to spend.', 'Get started', P]);
    expect([...found.keys()]).toEqual([2, 1]);
    expect(found.get(2)?.kind).toBe('promo');
    expect(found.get(2)?.reason).toContain('button label');
  });
  it('removes a pitch glued to its button', () => {
    const found = boxesOf([P, 'Companies using our courses finish them four times as often.LEARN MORE', P]);
    expect([...found.keys()]).toEqual([1]);
  });
  it('reaches over the one line removed between pitch and button', () => {
    const found = boxesOf([P, 'Get the latest news every week.', 'Email Address', 'Sign up now', P], [2]);
    expect([...found.keys()].sort()).toEqual([1, 3]);
  });
  it('keeps a sentence that reads on after the label, and a title over a button', () => {
    expect(boxesOf([P, 'Click the link to learn more about the course', P]).size).toBe(0);
    expect(boxesOf([P, 'Here is how you get started', P]).size).toBe(0);
    expect([...boxesOf([P, 'WHOLE GRAINS', 'Learn More', P]).keys()]).toEqual([2]);
  });
  it('removes the titles of a run of cards, each a name over its pitch over a button (WCXB 4010)', () => {
    const cards = ['Pocket', 'Small and light for the road.', 'Learn more', 'Desk', 'Made for a long day of work.'];
    const found = boxesOf([P, ...cards, 'Learn more']);
    expect([...found.keys()].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6]);
    expect(found.get(4)?.reason).toBe('title of a card between two buttons (words=1)');
    // The first card's title stands under the article, not under a button.
    expect(found.has(1)).toBe(false);
  });
  it('removes the pitch over a button right after the body, and leaves the button to what follows', () => {
    const lines = linesOf([P, P, 'Made for a long day of work.', 'Learn more', 'Next page'].join('\n'));
    const found = callToActionBoxes(
      lines,
      lines.map(() => undefined),
      { start: 0, end: 2 },
      EN,
    );
    expect([...found.keys()]).toEqual([2]);
  });
  it('removes the pitch over a sign-up button the detectors removed', () => {
    const found = boxesOf([P, 'Thanks for reading! Subscribe for free to receive new posts.', 'Subscribe', P], [], [2]);
    expect([...found.keys()]).toEqual([1]);
    expect(found.get(1)?.reason).toBe('pitch over a call-to-action button (words=10)');
  });
  it('keeps the line over a sign-up header that is more than a button', () => {
    expect(
      boxesOf([P, 'So why are you doing it?!', 'Eco-action news in your inbox every week!', P], [], [2]).size,
    ).toBe(0);
  });
  it('removes the link to a product’s own review under its box', () => {
    expect([...boxesOf([P, P, 'Read The Review', P]).keys()]).toEqual([2]);
  });
  // WCXB 0173 innertext: the pitch of a newsletter box, long, between its header and its form.
  const PITCH =
    'Make sure you stay in the loop on everything happening in the county with our collection of newsletters that are filled with the latest news on food and things to do.';
  it('removes a pitch of any length between a sign-up header and its form, over a note or not', () => {
    const found = boxesOf([P, 'Sign up for Newsletters', PITCH, '* indicates required', 'Email Address *'], [], [1, 4]);
    expect([...found.keys()]).toEqual([2]);
    expect(found.get(2)).toEqual({ kind: 'promo', reason: 'pitch between a sign-up header and its form (words=31)' });
    expect([...boxesOf([P, 'Sign up for Newsletters', PITCH, 'Email Address'], [], [1, 3]).keys()]).toEqual([2]);
  });
  it('keeps a paragraph under a sign-up header that no form follows', () => {
    expect(boxesOf([P, 'Sign up for Newsletters', PITCH, P, P], [], [1]).size).toBe(0);
  });
  it('keeps a long paragraph over a button', () => {
    expect([...boxesOf([P, P, 'Book now', P]).keys()]).toEqual([2]);
  });
});

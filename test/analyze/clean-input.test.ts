import { describe, expect, it } from 'vitest';
import { cleanInput, cleanInputHeadline, cleanInputScores } from '../../src/analyze/clean-input.js';
import { detect } from '../../src/analyze/detect.js';
import type { LineScore } from '../../src/analyze/extent.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { contextOf, linesOf } from '../helpers.js';

const PARAGRAPH =
  'The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.';
const CLOSING = 'The mayor said she was pleased with the result of the vote.';

/** Whether `texts`, one a line, read as a clean text once the default detectors have looked at them. */
const isClean = (texts: readonly string[]): boolean => {
  const lines = linesOf(texts.join('\n'));
  return cleanInput(lines, detect(lines, contextOf(lines), DEFAULT_DETECTORS, {}));
};

describe('cleanInput', () => {
  it('reads a bare list, a letter, Markdown and a list between paragraphs as a clean text', () => {
    expect(isClean(['- apples', '- pears', '- plums'])).toBe(true);
    expect(isClean(['apples', 'pears', 'plums'])).toBe(true);
    expect(isClean(['Dear Tom,', PARAGRAPH, 'Best regards,', 'Anna'])).toBe(true);
    expect(isClean(['Lieber Tom,', PARAGRAPH, 'Viele Grüße', 'Anna'])).toBe(true);
    expect(isClean(['# Brewing guide', '## Ratio', PARAGRAPH, '## Grind', CLOSING])).toBe(true);
    expect(isClean(['# Shopping list', '- milk', '- eggs', '- bread'])).toBe(true);
    // A list as `article.text` writes it: loose lines between the paragraphs, under a line that runs on or not.
    expect(isClean([PARAGRAPH, 'The new money will go to:', 'teachers', 'books', 'buses', CLOSING])).toBe(true);
    expect(isClean([PARAGRAPH, 'Teachers', 'Books', 'Buses', CLOSING])).toBe(true);
  });

  it("reads a page as none: a detector's verdict, a menu over the headline or at the end, a summary of highlights", () => {
    expect(isClean([PARAGRAPH, CLOSING, '© 2025 The Council Times. All rights reserved.'])).toBe(false);
    // WCXB 0379 html-to-text: the site's menu as a list over the headline.
    expect(
      isClean(['Rust Blog', ' * Rust', ' * Install', ' * Learn', 'What do people love about Rust?', PARAGRAPH]),
    ).toBe(false);
    // WCXB 4604 html-to-text: links as a list under the last sentence, to the input's end.
    expect(isClean([PARAGRAPH, CLOSING, ' * What Is This?  🤔', ' * Privacy 🥷', ' * Email Me ✉️'])).toBe(false);
    expect(isClean([PARAGRAPH, 'Home', 'News', 'Sport'])).toBe(false);
    expect(isClean(['Budget approved', 'First point here ■ Second point here', PARAGRAPH])).toBe(false);
    expect(isClean([])).toBe(false);
  });
});

describe('cleanInputScores', () => {
  it('rescores what is not prose as prose, from the first sentence or item, or from the top without one', () => {
    const lines = linesOf(['# Brewing guide', '## Ratio', PARAGRAPH, 'Grind', CLOSING].join('\n'));
    const scores: LineScore[] = lines.map((line) => ({ score: line.words > 10 ? 10 : -1, klass: 'short' }));
    scores[2] = { score: 18, klass: 'good' };
    expect([...cleanInputScores(lines, scores).keys()]).toEqual([3, 4]);
    const bare = linesOf('apples\npears');
    expect([...cleanInputScores(bare, [scores[0] as LineScore, scores[0] as LineScore]).keys()]).toEqual([0, 1]);
  });
});

describe('cleanInputHeadline', () => {
  const headline = (texts: readonly string[]) => cleanInputHeadline(linesOf(texts.join('\n')));

  it("takes the first of two short lines over the first sentence for sure, as toText writes Markdown's # and ##", () => {
    expect(headline(['Brewing guide', 'Ratio', PARAGRAPH])).toEqual({ index: 0, sure: true });
    expect(headline(['Ratio', PARAGRAPH])).toEqual({ index: 0, sure: false });
    expect(headline(['# Brewing guide', '## Ratio', PARAGRAPH])).toEqual({ index: 0, sure: false });
  });

  it('gives none when the text opens with a sentence, an item or a salutation, or has no sentence', () => {
    expect(headline(['Boil the water.', 'Warm the pot.'])).toBeNull();
    expect(headline(['What are the benefits of mesh WiFi?', PARAGRAPH])).toBeNull();
    expect(headline(['1. Boil the water', '2. Warm the pot'])).toBeNull();
    expect(headline(['Dear Tom,', PARAGRAPH])).toBeNull();
    expect(headline(['apples', 'pears'])).toBeNull();
  });

  it('leaves a long line without a full stop to the search: a paragraph, no headline (WCXB 0371 cleaned again)', () => {
    const long = `${PARAGRAPH.slice(0, -1)} and more`;
    expect(headline([long, long, PARAGRAPH])).toEqual({ index: 0, sure: false });
  });
});

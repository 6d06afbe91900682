import { describe, expect, it } from 'vitest';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { trimTitleSuffix } from '../../src/structure/title-suffix.js';
import { linesOf } from '../helpers.js';

describe('trimTitleSuffix', () => {
  it('cuts a site name the page also prints on its own', () => {
    const lines = linesOf('Talks With Russia Were Useful | Daily Planet\n© 2025 Daily Planet');
    expect(trimTitleSuffix(lines[0]?.text ?? '', 0, lines)).toBe('Talks With Russia Were Useful');
  });
  it('cuts a short tail after a pipe, printed elsewhere or not', () => {
    const lines = linesOf('Best Residential Movers in NYC 2025 | Top 19 Companies\nMoving in New York is hard.');
    expect(trimTitleSuffix(lines[0]?.text ?? '', 0, lines)).toBe('Best Residential Movers in NYC 2025');
  });
  it('keeps a long tail after a pipe', () => {
    const title = 'Top 10 Most Desired Digital Cameras of 2025 Under $2500 | The Best Mirrorless Cameras on the Market';
    const lines = linesOf(`${title}\nCameras got better this year.`);
    expect(trimTitleSuffix(title, 0, lines)).toBe(title);
  });
  it('keeps a subtitle the page does not print elsewhere', () => {
    const lines = linesOf('How to Replace Brake Pads – From a Mechanic\nBrake pads wear out.');
    expect(trimTitleSuffix(lines[0]?.text ?? '', 0, lines)).toBe('How to Replace Brake Pads – From a Mechanic');
  });
  it('counts the words of a headline written without spaces by its letters', () => {
    const lines = linesOf('政府が再生可能エネルギーの新法を閣議決定 | 東洋新報\n© 2025 東洋新報', compiledPackFor(ja));
    expect(trimTitleSuffix(lines[0]?.text ?? '', 0, lines)).toBe('政府が再生可能エネルギーの新法を閣議決定');
  });
});

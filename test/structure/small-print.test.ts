import { describe, expect, it } from 'vitest';
import { closingSmallPrint } from '../../src/structure/small-print.js';
import { BRIDGE_STORY, EN, linesOf } from '../helpers.js';

const ARTICLE = BRIDGE_STORY;

const closingOf = (closing: string[]) => closingSmallPrint(linesOf([...ARTICLE, ...closing].join('\n')), EN);

describe('closingSmallPrint', () => {
  it('starts the small print at the first legal line near the end', () => {
    expect(closingOf(['Privacy Policy', 'Terms of Use'])).toEqual({ index: ARTICLE.length, what: 'small print' });
  });
  it('takes a sign-off only as the body’s last line', () => {
    // WCXB 0153: "… and follow us on Instagram" closing the post.
    const signOff = 'Thanks for reading, and follow us on Instagram for more!';
    expect(closingOf([signOff])).toEqual({ index: ARTICLE.length, what: 'a sign-off' });
    expect(closingOf([signOff, ARTICLE[0] as string])).toBeNull();
  });
  it('finds none in a body that closes with its own prose', () => {
    expect(closingOf([])).toBeNull();
  });
});

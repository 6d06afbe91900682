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
  it('takes the lines right above a sign-off that ask the same', () => {
    // WCXB 0463: a donation pitch's header over the pitch that closes the post.
    const header = 'Enjoyed this piece? We need your help to keep publishing.';
    const pitch = 'We are a non-profit kept alive by reader donations. Visit our support page to become a Friend.';
    expect(closingOf([header, pitch])).toEqual({ index: ARTICLE.length, what: 'a sign-off' });
    expect(closingOf([ARTICLE[0] as string, pitch])).toEqual({ index: ARTICLE.length + 1, what: 'a sign-off' });
  });
  it('finds none in a body that closes with its own prose', () => {
    expect(closingOf([])).toBeNull();
  });
});

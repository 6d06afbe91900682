import { describe, expect, it } from 'vitest';
import { closingSmallPrint } from '../../src/structure/small-print.js';
import { EN, linesOf } from '../helpers.js';

const ARTICLE = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
  'Work on the bridge will start in the spring and close one lane at a time for about a year.',
  'Shops near the bridge asked the council for help with parking during the work.',
  'The council will meet again next month to settle the budget for the bridge.',
];

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

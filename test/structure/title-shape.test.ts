import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/segment/segment.js';
import { isLoneItem, isTitleShaped, mayBeTitleShaped } from '../../src/structure/title-shape.js';
import { lineOf, linesOf } from '../helpers.js';

describe('isTitleShaped', () => {
  it.each([
    ["In Moscow, Tillerson Says U.S. Ties With Russia at 'Low Point'", true],
    ['Is This the End?', true],
    ['Home', false],
    ['• A list item here', false],
    ['> A quoted line here', false],
    ['One sentence. Another sentence. A third.', false],
    ['A caption here.Credit: JANE ROE/REUTERS', false],
    [`${'word '.repeat(31)}`, false],
    ['The Best Budget French Press Coffee Maker:', false],
    // The research set's bbc-zhongwen (zh): its headline, and the caption under it that ends in an ideographic stop.
    ['港特首梁振英就住宅违建事件道歉', true],
    ['梁振英同时遭到泛民主派和亲北京阵营议员质问。', false],
  ])('%j → %s', (text, shaped) => expect(isTitleShaped(lineOf(text))).toBe(shaped));
  it('lets a headline in headline case end in a full stop, not a long sentence', () => {
    const headline = 'Things to Know Before Travelling to Japan for the First Time.';
    expect(isTitleShaped(lineOf(headline), true)).toBe(true);
    expect(isTitleShaped(lineOf(headline))).toBe(false);
  });
  it('lets a list’s only item be a headline, not an item among others', () => {
    // WCXB 0045 html-to-text: the headline set in a list of one, over its dek.
    const lone = linesOf('* WHAT IS DIGITAL MARKETING?\nDigital marketing is the promotion of brands online.');
    expect(isLoneItem(lone, 0)).toBe(true);
    expect(isTitleShaped(lone[0] as Line, false, true)).toBe(true);
    const menu = linesOf('* Home Page Here\n* About Us Today\n* Contact The Team');
    expect(isLoneItem(menu, 1)).toBe(false);
    expect(isTitleShaped(menu[1] as Line)).toBe(false);
  });
  it('asks the case-free tests alone in mayBeTitleShaped: a long sentence passes, a credit does not', () => {
    const sentence = lineOf('Things to know before travelling to Japan for the first time this year.');
    expect(mayBeTitleShaped(sentence)).toBe(true);
    expect(isTitleShaped(sentence)).toBe(false);
    expect(mayBeTitleShaped(lineOf('Here is a caption.Credit: JANE ROE/REUTERS'))).toBe(false);
  });
});

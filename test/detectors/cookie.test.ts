import { describe, expect, it } from 'vitest';
import { cookie } from '../../src/detectors/cookie.js';
import { de } from '../../src/lang/de.js';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { th } from '../../src/lang/th.js';
import { expectReasonMeasures, verdictOf } from '../helpers.js';

describe('cookie', () => {
  it.each([
    'Accept all cookies',
    'Accept all',
    'We use cookies to improve your experience. Accept all',
    'Cookie settings | Reject all',
  ])('removes the consent banner line %j', (text) => expect(verdictOf(cookie, text)?.kind).toBe('cookie'));

  it.each([
    'The bakery said it would use cookies from a local supplier for the holiday menu this year.',
    'Cookies and cakes were sold at the fair.',
    // why: "accept all" is a banner's button and a sentence's words alike; the pack lists it among its common words.
    'He refused to accept all the blame.',
    'We and our partners built the new clinic in 2019.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(cookie, text)).toBeUndefined());

  it.each([
    'Accept All Reject All Show Purposes',
    'Manage settings Decline Accept all',
    'We and our partners process data to provide:',
  ])('still removes the consent banner line %j, made of labels or opened by one', (text) =>
    expect(verdictOf(cookie, text)?.kind).toBe('cookie'),
  );
  it.each([
    [compiledPackFor(de), 'Er wollte alle akzeptieren, die sich beworben hatten.'],
    [compiledPackFor(fr), 'Il a refusé de tout accepter sans discussion.'],
  ])('keeps a sentence holding a banner button of another pack (%#)', (pack, text) =>
    expect(verdictOf(cookie, text, pack)).toBeUndefined(),
  );

  // why: a common word of a script written without spaces found inside a sentence ("…ขายคุกกี้…", "sells cookies";
  // "…提案に同意すると…", "agrees to the proposal") is the sentence's, though its four letters or more read as two words.
  it.each([
    [th, 'ร้านขนมในกรุงเทพขายคุกกี้ได้มากขึ้นในช่วงเทศกาล'],
    [ja, '政府は同日、野党の提案に同意すると発表した。'],
    [th, 'ผู้ต้องหาปฏิเสธทั้งหมดในชั้นสอบสวน'],
  ])('keeps a sentence holding a common word of its pack (%#)', (pack, text) =>
    expect(verdictOf(cookie, text, compiledPackFor(pack))).toBeUndefined(),
  );
  it.each([
    [th, 'คุกกี้'],
    [th, 'เว็บไซต์นี้ใช้คุกกี้เพื่อให้คุณได้รับประสบการณ์ที่ดี'],
    [ja, '同意する'],
    [ja, '当サイトではクッキーを使用しています。'],
  ])('still removes a label or a phrase in a script written without spaces (%#)', (pack, text) =>
    expect(verdictOf(cookie, text, compiledPackFor(pack))?.kind).toBe('cookie'),
  );

  it('names the phrase and the length guard it passed', () => {
    const verdict = verdictOf(cookie, 'We use cookies to improve your experience. Accept all');
    expect(verdict?.reason).toBe('cookie phrase "we use cookies" in a short line (words=9 ≤ 80)');
  });
  it('gives the label hits for a label line', () => {
    expectReasonMeasures(verdictOf(cookie, 'Accept all')?.reason, { hits: 1, words: 2 });
  });
  it('keeps a line longer than the guard', () => {
    const long = `We use cookies. ${'The council met again on Tuesday to discuss the plan. '.repeat(8)}`;
    expect(verdictOf(cookie, long)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { smallPrint } from '../../src/analyze/small-print.js';
import type { Verdict } from '../../src/types.js';
import { EN, linesOf } from '../helpers.js';

const P =
  'Right now you can get the laptop for less than half its list price, the lowest we have seen it go this year.';
const CONSENT =
  'By signing up, you agree to receive recurring automated SMS marketing messages from Example Deals at the number ' +
  'provided. Msg and data rates may apply. Up to 2 messages a day. Reply STOP to opt out, HELP for help. Consent is ' +
  'not a condition of purchase. See our Privacy Policy and Terms of Use.';
const ABOUT_POLICY =
  'The company changed its privacy policy last spring, and regulators in three countries said the new terms of use ' +
  'broke the law because users could not refuse them without closing their accounts.';

const smallPrintOf = (text: string[], removed: number[] = []) => {
  const lines = linesOf(text.join('\n'));
  const verdicts: (Verdict | undefined)[] = lines.map((_, i) =>
    removed.includes(i) ? { kind: 'nav', reason: 'test' } : undefined,
  );
  return smallPrint(lines, verdicts, { start: 0, end: lines.length - 1 }, EN.match.legal);
};

describe('smallPrint', () => {
  it('removes a long consent notice of many legal phrases between paragraphs, with its count in the reason', () => {
    const found = smallPrintOf([P, CONSENT, P]);
    expect([...found.keys()]).toEqual([1]);
    expect(found.get(1)?.kind).toBe('legal');
    expect(found.get(1)?.reason).toBe('small print: 5 legal phrases (words=54)');
  });
  it("keeps an article's paragraph that names two legal phrases", () => {
    expect(smallPrintOf([P, ABOUT_POLICY, P]).size).toBe(0);
  });
  it("leaves the body's last line and lines with a verdict alone", () => {
    expect(smallPrintOf([P, CONSENT]).size).toBe(0);
    expect(smallPrintOf([P, CONSENT, P], [1]).size).toBe(0);
  });
});

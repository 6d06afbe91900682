import { describe, expect, it } from 'vitest';
import { opensWithAdLabel } from '../../src/structure/title-ad-label.js';
import { EN } from '../helpers.js';

describe('opensWithAdLabel', () => {
  it('reads an ad label in brackets or parentheses at the start as a sponsor’s card (WCXB 0471 innertext)', () => {
    expect(opensWithAdLabel('[SPONSORED] Ten Ways to Scale Your Data Teams', EN)).toBe(true);
    expect(opensWithAdLabel('(Sponsored content) Ten Ways to Scale Your Data Teams', EN)).toBe(true);
  });
  it('keeps a bracketed word that is no ad label, and an ad word that opens no bracket', () => {
    expect(opensWithAdLabel('[Update] Ten Ways to Scale Your Data Teams', EN)).toBe(false);
    expect(opensWithAdLabel('[Sponsored by Acme and friends] Ten Ways', EN)).toBe(false);
    expect(opensWithAdLabel('Sponsored Ten Ways to Scale Your Data Teams', EN)).toBe(false);
    expect(opensWithAdLabel('Ten Ways to Scale [Sponsored]', EN)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeRegExp, literalAlternation } from '../../src/lang/escape-reg-exp.js';

describe('escapeRegExp', () => {
  it('matches special characters literally', () => {
    expect(new RegExp(`^${escapeRegExp('U.S. (AP) [1] a+b|c')}$`).test('U.S. (AP) [1] a+b|c')).toBe(true);
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`).test('UXSX')).toBe(false);
  });
});

describe('literalAlternation', () => {
  it('tries longer phrases first, so the longest one at a position wins', () => {
    expect(new RegExp(literalAlternation(['posted', 'posted on'])).exec('posted on May 2')?.[0]).toBe('posted on');
  });

  it('matches a label holding a dot or a bracket literally (a user pack may have one)', () => {
    const pattern = new RegExp(`^(?:${literalAlternation(['upd.', 'date (utc)'])})$`);
    expect(pattern.test('upd.')).toBe(true);
    expect(pattern.test('date (utc)')).toBe(true);
    expect(pattern.test('updx')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isKindByline } from '../../src/structure/kind-byline.js';
import { EN } from '../helpers.js';

describe('isKindByline', () => {
  it('reads one word, "by" and a capitalized name as a byline (WCXB 4823)', () => {
    expect(isKindByline('Guide by Will Judd Former Deputy Tech Editor', EN)).toBe(true);
    expect(isKindByline('Review by Jane Doe', EN)).toBe(true);
  });
  it('leaves a headline with more words before "by", a lower-case word after it, or a one-word name', () => {
    expect(isKindByline('Tested by Bibliophiles', EN)).toBe(false);
    expect(isKindByline('Step by Step Guide to Solar Panels', EN)).toBe(false);
    expect(isKindByline('Ten Books Loved by Jane Doe', EN)).toBe(false);
    expect(isKindByline('Bylines and Datelines', EN)).toBe(false);
  });
});

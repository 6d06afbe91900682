import { describe, expect, it } from 'vitest';
import { withoutByteOrderMark } from '../../src/cli/byte-order-mark.js';

describe('withoutByteOrderMark', () => {
  it('drops a mark opening the text, and no other', () => {
    expect(withoutByteOrderMark('\ufeff{"a": 1}')).toBe('{"a": 1}');
    expect(withoutByteOrderMark('{"a": "\ufeff"}')).toBe('{"a": "\ufeff"}');
    expect(withoutByteOrderMark('\ufeff\ufeffx')).toBe('\ufeffx');
    expect(withoutByteOrderMark('')).toBe('');
  });
});

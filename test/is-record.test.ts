import { describe, expect, it } from 'vitest';
import { isRecord } from '../src/is-record.js';

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ mode: 'recall' }, true],
    [null, false],
    [[], false],
    ['text', false],
    [42, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => expect(isRecord(value)).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import {
  DechaffError,
  DetectorError,
  InputTooLargeError,
  InvalidInputError,
  InvalidOptionError,
} from '../src/errors.js';

describe('errors', () => {
  it.each([
    [new InvalidInputError('number'), 'InvalidInputError', 'ERR_INVALID_INPUT'],
    [new InputTooLargeError(10, 5), 'InputTooLargeError', 'ERR_INPUT_TOO_LARGE'],
    [new InvalidOptionError('bad'), 'InvalidOptionError', 'ERR_INVALID_OPTION'],
    [new DetectorError('mine', 'Print', new Error('boom')), 'DetectorError', 'ERR_DETECTOR'],
  ])('%s has its name and a stable code', (error, name, code) => {
    expect(error).toBeInstanceOf(DechaffError);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code]).toEqual([name, code]);
  });
  it('says how large the input was and the limit', () => {
    const error = new InputTooLargeError(10, 5);
    expect([error.length, error.limit]).toEqual([10, 5]);
    expect(error.message).toBe('input is 10 characters, over the limit of 5 (options.maxInputLength)');
  });
});

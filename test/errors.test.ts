import { describe, expect, it } from 'vitest';
import {
  DechaffError,
  DetectorError,
  InputTooLargeError,
  InvalidInputError,
  InvalidOptionError,
  thrownText,
  typeName,
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

describe('thrownText', () => {
  it('quotes an error by its name and message, anything else as a value', () => {
    expect(thrownText(new RangeError('no mode'))).toBe("RangeError: 'no mode'");
    expect(thrownText(1)).toBe('1');
    expect(thrownText('x'.repeat(100))).toMatch(/\(100 characters, the first 60 shown\)$/);
  });
  it('never throws, even for an error whose message cannot be read', () => {
    const unreadable = Object.defineProperty(new Error(), 'message', {
      get() {
        throw new Error('no');
      },
    });
    expect(thrownText(unreadable)).toBe('an error that cannot be read');
    expect(thrownText(Object.create(null))).toBe('an object');
  });
  it('is what an InvalidOptionError says of what a getter threw, which it holds as cause', () => {
    const cause = new TypeError('gone');
    const error = new InvalidOptionError(`mode: reading it threw (${thrownText(cause)})`, 'mode', undefined, { cause });
    expect(error.cause).toBe(cause);
    expect(new InvalidOptionError('x', 'mode')).not.toHaveProperty('cause');
  });
});

describe('typeName', () => {
  it('names the class of an object that is no plain object, which no message could tell from one', () => {
    expect(typeName(new Map())).toBe('an object of class Map');
    expect(typeName(new (class CrawlOptions {})())).toBe('an object of class CrawlOptions');
    expect(typeName(Object.create({ mode: 'recall' }))).toBe('an object with a prototype of its own');
    expect(typeName({})).toBe('object');
    expect(typeName(Object.create(null))).toBe('object');
  });
  it('never throws, even for a Proxy whose prototype cannot be read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(typeName(proxy)).toBe('object');
  });
});

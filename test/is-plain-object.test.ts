import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isPlainObject } from '../src/is-plain-object.js';

describe('isPlainObject', () => {
  it.each([
    ['an object literal', { mode: 'recall' }],
    ['an object without a prototype', Object.assign(Object.create(null), { mode: 'recall' })],
    ['an object of another realm (vm, an iframe)', runInNewContext('({ mode: "recall" })')],
    ['a Proxy of an object literal', new Proxy({ mode: 'recall' }, {})],
  ])('takes %s', (_, value) => expect(isPlainObject(value)).toBe(true));
  it.each([
    ['a Map', new Map([['mode', 'recall']])],
    ['a class instance', new (class CrawlOptions {})()],
    ['an object inheriting from another', Object.create({ mode: 'recall' })],
    ['an array', []],
    ['a Date', new Date(0)],
    ['null', null],
    ['a string', 'recall'],
    ['a function', () => 'recall'],
  ])('refuses %s', (_, value) => expect(isPlainObject(value)).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { checkedVerdict } from '../../src/analyze/checked-verdict.js';
import { InvalidOptionError } from '../../src/errors.js';
import type { Detector } from '../../src/types.js';
import { lineOf, thrownBy } from '../helpers.js';

const printButton: Detector = { id: 'print-button', detect: () => undefined };
const line = lineOf('Print this article');
const check = (given: unknown) => () => checkedVerdict(given, printButton, line);

describe('checkedVerdict', () => {
  it('gives back a verdict of a line kind, with or without its wall fields', () => {
    const verdict = { kind: 'nav', reason: 'print button' };
    expect(checkedVerdict(verdict, printButton, line)).toBe(verdict);
    const wall = { kind: 'comments', reason: 'header', barrier: true, closes: false };
    expect(checkedVerdict(wall, printButton, line)).toBe(wall);
  });

  it('refuses affix, which is a piece of a line, naming the detector and the line', () => {
    expect(check({ kind: 'affix', reason: 'site name' })).toThrow(InvalidOptionError);
    expect(check({ kind: 'affix', reason: 'site name' })).toThrow(
      /^detectors: 'print-button' gave a verdict on 'Print this article' that has kind 'affix', a piece of a line/,
    );
  });

  it('refuses a misspelt or missing kind, a reason that is no string, a wall field that is no boolean', () => {
    expect(check({ kind: 'ads', reason: 'x' })).toThrow(/kind 'ads', no removal kind of a line \(have: share,/);
    expect(check({ reason: 'x' })).toThrow(/kind undefined,/);
    expect(check({ kind: 'nav', reason: 42 })).toThrow(/a reason that is no string but number/);
    expect(check({ kind: 'nav' })).toThrow(/a reason that is no string but undefined/);
    expect(check({ kind: 'comments', reason: 'x', barrier: 'yes' })).toThrow(/a barrier that is no boolean but string/);
    expect(check({ kind: 'comments', reason: 'x', closes: 1 })).toThrow(/closes that is no boolean but number/);
  });

  it('refuses a truthy value that is no verdict', () => {
    expect(check('nav')).toThrow(/is no object but string/);
    expect(check(true)).toThrow(/is no object but boolean/);
    expect(check(['nav', 'x'])).toThrow(/is no object but an array/);
  });

  it('quotes a long line, a long id and a long kind in part', () => {
    const long = lineOf(`Print ${'this article '.repeat(10)}`);
    expect(() => checkedVerdict('nav', printButton, long)).toThrow(
      /on 'Print this article this article this article this article th…' \(135 characters, the first 60 shown\) that/,
    );
    const huge = 'x'.repeat(1_000_000);
    const error = thrownBy<InvalidOptionError>(() =>
      checkedVerdict({ kind: huge, reason: 'r' }, { id: huge, detect: () => undefined }, line),
    );
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error.message.length).toBeLessThan(600);
    expect(error.value).toEqual({ kind: huge, reason: 'r' });
  });
});

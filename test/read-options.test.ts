import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../src/errors.js';
import { readOptions } from '../src/read-options.js';

interface ShelfOptions {
  readonly width?: number;
  readonly depth?: number;
}
const NAMES: Readonly<Record<keyof ShelfOptions, true>> = { width: true, depth: true };

describe('readOptions', () => {
  it('reads the options a function has, leaving out those not given', () => {
    expect(readOptions<ShelfOptions>({ width: 3, depth: undefined }, NAMES)).toEqual({ width: 3 });
  });
  it('refuses one it has not, naming the one meant', () => {
    expect(() => readOptions<ShelfOptions>({ widht: 3 }, NAMES)).toThrow(
      "'widht' is no option; did you mean width? (have: width, depth)",
    );
  });
  it('refuses options that are no plain object, and an option given as null', () => {
    expect(() => readOptions<ShelfOptions>(new Map([['width', 3]]), NAMES)).toThrow(InvalidOptionError);
    expect(() => readOptions<ShelfOptions>({ depth: null }, NAMES)).toThrow('depth is null; leave it out');
  });
});

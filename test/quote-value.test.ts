import { describe, expect, it } from 'vitest';
import { QUOTED_MAX_CHARS, quoteValue } from '../src/quote-value.js';

describe('quoteValue', () => {
  it('quotes a short string whole, its control characters, quotes and backslashes escaped', () => {
    expect(quoteValue('de-AT')).toBe("'de-AT'");
    expect(quoteValue('de\n\u001b[2J')).toBe("'de\\n\\u001b[2J'");
    expect(quoteValue("it's C:\\")).toBe("'it\\'s C:\\\\'");
    expect(quoteValue('a\u202Eb\u2028c')).toBe("'a\\u202eb\\u2028c'");
    expect(quoteValue('\uD800x')).toBe("'\\ud800x'");
    expect(quoteValue('😀')).toBe("'😀'");
  });

  it('cuts a long string and says how long it was', () => {
    const quoted = quoteValue('x'.repeat(1_000_000));
    expect(quoted).toBe(`'${'x'.repeat(QUOTED_MAX_CHARS)}…' (1000000 characters, the first ${QUOTED_MAX_CHARS} shown)`);
  });

  it('writes numbers, booleans, bigints and symbols as written, anything else by its type, and never throws', () => {
    expect([NaN, -1, 1.5, true, undefined, null].map(quoteValue)).toEqual([
      'NaN',
      '-1',
      '1.5',
      'true',
      'undefined',
      'null',
    ]);
    expect(quoteValue(5n)).toBe('5n');
    expect(quoteValue(10n ** 200n).length).toBeLessThan(QUOTED_MAX_CHARS + 3);
    expect(quoteValue(Symbol('fast'))).toBe('Symbol(fast)');
    expect(quoteValue(Object.create(null))).toBe('an object');
    expect(quoteValue(['de'])).toBe('an array');
    expect(quoteValue(() => 'de')).toBe('a function');
  });
});

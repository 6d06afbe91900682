import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { InvalidOptionError } from '../../src/errors.js';
import { de } from '../../src/lang/de.js';
import { en } from '../../src/lang/en.js';
import { BUILTIN_PACKS } from '../../src/lang/index.js';
import { packProblem } from '../../src/lang/pack-problem.js';

describe('packProblem', () => {
  it('finds nothing wrong with a built-in pack, or one made from it', () => {
    for (const pack of BUILTIN_PACKS) expect(packProblem(pack)).toBeUndefined();
    expect(packProblem({ ...en, code: 'en-GB', replyButtons: undefined })).toBeUndefined();
  });

  it('names the first field missing or of the wrong shape', () => {
    expect(packProblem({ code: 'xx' })).toBe("'name' is no string but undefined");
    expect(packProblem({ ...de, nav: 'Menü' })).toBe("'nav' is no list of strings");
    expect(packProblem({ ...de, nav: ['Menü', 5] })).toBe("'nav' is no list of strings");
    expect(packProblem({ ...de, months: ['Januar'] })).toBe("'months' is no list of lists of strings");
    expect(packProblem({ ...de, eraOffset: '543' })).toBe("'eraOffset' is no finite number but '543'");
    expect(packProblem({ ...de, linkLabels: null })).toBe("'linkLabels' is no list of strings");
  });
});

describe('clean: a pack of the caller’s own', () => {
  it('refuses one without a pack’s fields with the typed error, where choosing it threw a TypeError', () => {
    const page = 'A Title\n\nSome text of the page, long enough to read as a sentence of prose.';
    expect(() => clean(page, { packs: [{ code: 'xx' } as never], lang: 'xx' })).toThrow(InvalidOptionError);
    expect(() => clean(page, { packs: [en, { code: 'xx' } as never] })).toThrow(
      "packs[1]: 'name' is no string but undefined",
    );
    expect(clean(page, { packs: [{ ...de, code: 'de-CH' }], lang: 'de-CH' }).text).toContain('Some text');
  });
});

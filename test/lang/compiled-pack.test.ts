import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { BUILTIN_PACKS, compiledPackFor } from '../../src/lang/index.js';
import type { PhrasePack } from '../../src/lang/types.js';

const de = BUILTIN_PACKS.find((pack) => pack.code === 'de') as PhrasePack;
const page = 'Teilen\nDies ist ein langer Satz über die Stadt, der hier als Text des Artikels steht und gelesen wird.';

describe('compiledPackFor', () => {
  it('compiles a built-in pack once', () => {
    expect(compiledPackFor(de)).toBe(compiledPackFor(de));
    expect(compiledPackFor(null)).toBe(compiledPackFor(null));
  });

  it("reads a caller's pack anew once it has changed, and reuses it while it has not", () => {
    const mine = { ...de, shareLabels: [...de.shareLabels] };
    expect(clean(page, { packs: [mine], lang: 'de' }).removed.map((r) => r.kind)).toEqual(['share']);
    expect(compiledPackFor(mine)).toBe(compiledPackFor(mine));
    // Why: compiled once by the pack's identity, a pack the caller changed after a call kept its old words.
    mine.shareLabels.length = 0;
    expect(clean(page, { packs: [mine], lang: 'de' }).removed).toEqual([]);
  });
});

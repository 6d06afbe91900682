import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/input.js';

describe('expandInputs', () => {
  it('expands a directory into its files, sorted, without dot files, relative to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechaff-expand-'));
    mkdirSync(join(dir, 'b'));
    for (const f of ['z.txt', 'a.txt', '.git-keep', 'b/c.txt']) writeFileSync(join(dir, f), 'x');
    const files = await expandInputs([dir, '-']);
    expect(files.map((f) => f.rel)).toEqual(['a.txt', 'b/c.txt', 'z.txt', 'stdin']);
    expect(files.map((f) => f.size)).toEqual([1, 1, 1, undefined]);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { expandInputs, type LineBatch, readLineBatches } from '../../src/cli/input.js';

const LIMITS = { maxLines: 3, maxBytes: 1000, maxLineBytes: 10 };

async function batchesOf(chunks: string[], limits = LIMITS): Promise<LineBatch[]> {
  const batches: LineBatch[] = [];
  for await (const b of readLineBatches(Readable.from(chunks.map((c) => Buffer.from(c))), limits)) batches.push(b);
  return batches;
}

describe('readLineBatches', () => {
  it('splits lines across chunks, numbers them, and counts their bytes', async () => {
    const batches = await batchesOf(['\ufeffa\r\nb', 'c\n\nd', 'é\ne']);
    expect(batches.flatMap((b) => b.lines)).toEqual(['a', 'bc', '', 'dé', 'e']);
    expect(batches.map((b) => b.firstLine)).toEqual([1, 2, 4, 5]);
    expect(batches.reduce((n, b) => n + b.bytes, 0)).toBe(Buffer.byteLength('\ufeffa\r\nbc\n\ndé\ne'));
  });

  it('closes a batch at maxLines, and at the end of each chunk', async () => {
    const batches = await batchesOf(['1\n2\n3\n4\n5\n', '6\n']);
    expect(batches.map((b) => b.lines)).toEqual([['1', '2', '3'], ['4', '5'], ['6']]);
  });

  it('skips a line over maxLineBytes without holding it, and reads on', async () => {
    const batches = await batchesOf(['short\n0123456', '789abcdef', 'ghij\nnext']);
    expect(batches.flatMap((b) => b.lines)).toEqual(['short', null, 'next']);
    expect(batches.at(-1)?.firstLine).toBe(3);
  });
});

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

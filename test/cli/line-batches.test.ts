import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ByteBatch, decodeLines, readByteBatches } from '../../src/cli/line-batches.js';

const LIMITS = { maxLineBytes: 10 };

async function batchesOf(chunks: string[], limits = LIMITS): Promise<ByteBatch[]> {
  const batches: ByteBatch[] = [];
  for await (const b of readByteBatches(Readable.from(chunks.map((c) => Buffer.from(c))), limits)) batches.push(b);
  return batches;
}

const linesOf = (batches: ByteBatch[]): (string | null)[] => batches.flatMap((b) => decodeLines(b.data));

describe('readByteBatches and decodeLines', () => {
  it('splits lines across chunks, numbers them, and counts their bytes', async () => {
    const batches = await batchesOf(['\ufeffa\r\nb', 'c\n\nd', 'é\ne']);
    expect(linesOf(batches)).toEqual(['a', 'bc', '', 'dé', 'e']);
    expect(batches.map((b) => [b.firstLine, b.lines])).toEqual([
      [1, 1],
      [2, 2],
      [4, 1],
      [5, 1],
    ]);
    expect(batches.reduce((n, b) => n + b.bytes, 0)).toBe(Buffer.byteLength('\ufeffa\r\nbc\n\ndé\ne'));
  });

  // Why: `cat a.jsonl b.jsonl | dechaff --jsonl`, each file written with a byte order mark, put one in front of b's
  // first record, which failed as "not valid JSON (Unexpected token '\ufeff' …)".
  it('drops a byte order mark opening any line, as files joined with cat have', async () => {
    const batches = await batchesOf(['\ufeff{"a":1}\r\n', '\ufeff{"b":2}\r\n\ufeff\n{"c":"\ufeff"}\n']);
    expect(linesOf(batches)).toEqual(['{"a":1}', '{"b":2}', '', '{"c":"\ufeff"}']);
  });

  it('makes one batch of each chunk’s whole lines', async () => {
    const batches = await batchesOf(['1\n2\n3\n4\n5\n', '6\n']);
    expect(batches.map((b) => decodeLines(b.data))).toEqual([['1', '2', '3', '4', '5'], ['6']]);
  });

  it('starts with a batch of firstBatchBytes (at least a line) and doubles it until a batch is a chunk', async () => {
    const limits = { maxLineBytes: 100, firstBatchBytes: 4 };
    const batches = await batchesOf(['longer\n1\n2\n3\n4\n5\n6\n7\n8\n', 'a\nb\nc\n'], limits);
    expect(batches.map((b) => decodeLines(b.data))).toEqual([
      ['longer'],
      ['1', '2', '3', '4'],
      ['5', '6', '7', '8'],
      ['a', 'b', 'c'],
    ]);
    expect(batches.map((b) => [b.firstLine, b.lines, b.bytes])).toEqual([
      [1, 1, 7],
      [2, 4, 8],
      [6, 4, 8],
      [10, 3, 6],
    ]);
  });

  it('skips a line that grows past maxLineBytes without holding it, and reads on', async () => {
    const batches = await batchesOf(['short\n0123456', '789abcdef', 'ghij\nnext']);
    expect(linesOf(batches)).toEqual(['short', null, 'next']);
    expect(batches.map((b) => [b.firstLine, b.data === null])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(batches[1]?.bytes).toBe('0123456789abcdefghij\n'.length);
  });

  it('keeps a multi-byte character cut by a chunk boundary whole', async () => {
    const bytes = Buffer.from('ä€\n😀x\n');
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 6), bytes.subarray(6)];
    const batches: ByteBatch[] = [];
    for await (const b of readByteBatches(Readable.from(chunks), { maxLineBytes: 100 })) batches.push(b);
    expect(linesOf(batches)).toEqual(['ä€', '😀x']);
  });

  test.prop([
    fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 20 }),
    fc.array(fc.nat(40), { maxLength: 8 }),
    fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
  ])(
    'gives back the lines of any text however it is cut into chunks and batches',
    async (lines, cuts, firstBatchBytes) => {
      const text = lines.map((l) => l.replaceAll(/[\r\n]/g, ' ')).join('\n');
      const bytes = Buffer.from(text);
      const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
      const chunks = [0, ...points]
        .map((from, i) => bytes.subarray(from, [...points, bytes.length][i]))
        .filter((c) => c.length > 0);
      const batches: ByteBatch[] = [];
      const limits = { maxLineBytes: 1e6, ...(firstBatchBytes !== undefined && { firstBatchBytes }) };
      for await (const b of readByteBatches(Readable.from(chunks), limits)) batches.push(b);
      // A line end closes a line; it does not open one.
      const expected = text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
      expect(linesOf(batches)).toEqual(expected);
      expect(batches.reduce((n, b) => n + b.bytes, 0)).toBe(bytes.length);
      expect(batches.reduce((n, b) => n + b.lines, 0)).toBe(expected.length);
      for (const [i, b] of batches.entries())
        expect(b.firstLine).toBe(1 + batches.slice(0, i).reduce((n, c) => n + c.lines, 0));
    },
  );
});

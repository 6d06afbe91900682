import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DocBatch, docBatches, type JsonlBatch, jsonlBatches } from '../../src/cli/batches.js';
import type { InputFile } from '../../src/cli/input.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('batches');

/** `count` small files named 0.txt, 1.txt, … holding `text`, as the command lists them. */
function files(count: number, text: (i: number) => string): InputFile[] {
  const dir = tempDir();
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${i}.txt`);
    writeFileSync(path, text(i));
    return { path, name: path, rel: `${i}.txt`, size: Buffer.byteLength(text(i)), inFolder: true };
  });
}

async function collect<B>(batches: AsyncIterable<B>): Promise<B[]> {
  const out: B[] = [];
  for await (const b of batches) out.push(b);
  return out;
}

describe('docBatches', () => {
  it('sends the first document alone, then twice as many a batch, up to 16, in input order', async () => {
    const batches: DocBatch[] = await collect(docBatches(files(40, (i) => `page ${i}`)));
    expect(batches.map((b) => b.files.length)).toEqual([1, 2, 4, 8, 16, 9]);
    expect(batches.flatMap((b) => b.texts)).toEqual(Array.from({ length: 40 }, (_, i) => `page ${i}`));
  });
});

describe('jsonlBatches', () => {
  it('sends the first lines of a large stream in a small batch, the next ones in growing batches', async () => {
    const line = `${JSON.stringify({ text: 'x'.repeat(3000) })}\n`;
    const [file] = files(1, () => line.repeat(200));
    const batches: JsonlBatch[] = await collect(jsonlBatches([file as InputFile]));
    const sizes = batches.map((b) => b.lines);
    expect(sizes.reduce((n, s) => n + s, 0)).toBe(200);
    // 16 KB of 3 KB lines, then 32 KB; a file's batch is otherwise one 256 KB read (85 lines).
    expect(sizes.slice(0, 2)).toEqual([5, 10]);
    expect(Math.max(...sizes)).toBeGreaterThan(40);
  });
});

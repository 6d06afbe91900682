import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OUTPUT_NOTES, OutputNotes, readOutputNotes, sourceOf } from '../../src/cli/output-notes.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('output-notes');

describe('output notes', () => {
  it('lists each output with its page, relative to the folder, one line an output once closed', async () => {
    const dir = tempDir();
    const notes = new OutputNotes();
    await notes.add(join(dir, 'a.md'), join(dir, 'a.txt'), 10);
    await notes.add(join(dir, 'a.md'), join(dir, 'a.txt'), 12);
    // Appended as written, so a run cut short has listed what it wrote.
    expect(readFileSync(join(dir, OUTPUT_NOTES), 'utf8').trimEnd().split('\n')).toHaveLength(2);
    await notes.close();
    expect(readFileSync(join(dir, OUTPUT_NOTES), 'utf8')).toBe('{"output":"a.md","source":"a.txt","bytes":12}\n');
    expect(await readOutputNotes(dir)).toEqual(new Map([['a.md', { source: 'a.txt', bytes: 12 }]]));
  });

  it('says which page a listed file was made from, while it keeps the size it was written with', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, OUTPUT_NOTES), 'not a note\n{"output":"a.md","source":"../pages/a.txt","bytes":7}\n[]\n');
    const notes = await readOutputNotes(dir);
    expect(sourceOf(join(dir, 'a.md'), 7, notes)).toBe(join(dir, '..', 'pages', 'a.txt'));
    expect(sourceOf(join(dir, 'a.md'), 8, notes)).toBeUndefined();
    expect(sourceOf(join(dir, 'b.md'), 7, notes)).toBeUndefined();
    expect(await readOutputNotes(join(dir, 'missing'))).toEqual(new Map());
  });

  it('says why an output cannot be listed', async () => {
    const dir = tempDir();
    const missing = join(dir, 'missing', 'a.md');
    await expect(new OutputNotes().add(missing, join(dir, 'a.txt'), 1)).rejects.toThrow(
      `cannot list ${missing} in ${join(dir, 'missing', OUTPUT_NOTES)} (ENOENT)`,
    );
  });

  it('loses no output when runs writing into one folder add and close at once', async () => {
    const dir = tempDir();
    // Eight runs, each listing 25 outputs and rewriting the notes after every fifth, all interleaved.
    const run = async (r: number): Promise<void> => {
      const notes = new OutputNotes();
      for (let i = 0; i < 25; i++) {
        await notes.add(join(dir, `${r}-${i}.md`), join(dir, `${r}-${i}.txt`), i);
        if (i % 5 === 4) await notes.close();
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, r) => run(r)));
    expect((await readOutputNotes(dir)).size).toBe(8 * 25);
    expect(readFileSync(join(dir, OUTPUT_NOTES), 'utf8').trimEnd().split('\n')).toHaveLength(8 * 25);
    expect(readdirSync(dir)).toEqual([OUTPUT_NOTES]);
  });

  it('loses no output when separate processes add and close at once', async () => {
    const dir = tempDir();
    const module = fileURLToPath(new URL('../../src/cli/output-notes.ts', import.meta.url));
    // Each process lists 100 outputs, rewriting the notes after every fifth, once the file `go` is there.
    const script = `
      import { existsSync } from 'node:fs';
      import { join } from 'node:path';
      import { OutputNotes } from ${JSON.stringify(module)};
      const [dir, run] = process.argv.slice(1);
      while (!existsSync(join(dir, 'go'))) await new Promise((wait) => setTimeout(wait, 5));
      const notes = new OutputNotes();
      for (let i = 0; i < 100; i++) {
        await notes.add(join(dir, run + '-' + i + '.md'), join(dir, run + '-' + i + '.txt'), i);
        if (i % 5 === 4) await notes.close();
      }`;
    const runs = Array.from({ length: 4 }, (_, run) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir, `${run}`]);
      return new Promise((resolve) => child.on('close', resolve));
    });
    // Why wait: tsx takes about a second to start each; a process that starts later still meets the others.
    await sleep(1500);
    writeFileSync(join(dir, 'go'), '');
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    expect((await readOutputNotes(dir)).size).toBe(4 * 100);
    expect(readdirSync(dir).sort()).toEqual([OUTPUT_NOTES, 'go']);
  }, 30_000);
});

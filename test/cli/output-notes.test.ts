import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_NOTES, OutputNotes, readOutputNotes, sourceOf } from '../../src/cli/output-notes.js';

describe('output notes', () => {
  it('lists each output with its page, relative to the folder, one line an output once closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechaff-notes-'));
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
    const dir = mkdtempSync(join(tmpdir(), 'dechaff-notes-'));
    writeFileSync(join(dir, OUTPUT_NOTES), 'not a note\n{"output":"a.md","source":"../pages/a.txt","bytes":7}\n[]\n');
    const notes = await readOutputNotes(dir);
    expect(sourceOf(join(dir, 'a.md'), 7, notes)).toBe(join(dir, '..', 'pages', 'a.txt'));
    expect(sourceOf(join(dir, 'a.md'), 8, notes)).toBeUndefined();
    expect(sourceOf(join(dir, 'b.md'), 7, notes)).toBeUndefined();
    expect(await readOutputNotes(join(dir, 'missing'))).toEqual(new Map());
  });

  it('says why an output cannot be listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dechaff-notes-'));
    const missing = join(dir, 'missing', 'a.md');
    await expect(new OutputNotes().add(missing, join(dir, 'a.txt'), 1)).rejects.toThrow(
      `cannot list ${missing} in ${join(dir, 'missing', OUTPUT_NOTES)} (ENOENT)`,
    );
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, STDIN } from '../../src/cli/input.js';
import { labelOutput, namesOutputs } from '../../src/cli/labels.js';
import { tempDirs } from '../temp-dir.js';

const tempDir = tempDirs('labels');

const file = { path: 'pages/a.txt', name: 'pages/a.txt', rel: 'a.txt', size: 3, inFolder: true };

describe('labelOutput', () => {
  it('puts text under a ==> name <== line, with a blank line before all but the first', () => {
    expect(labelOutput(file, 'Body.\n', 0, 'text', 'dechaff')).toBe('==> pages/a.txt <==\nBody.\n');
    expect(labelOutput(STDIN, 'Body.\n', 1, 'markdown', 'dechaff')).toBe('\n==> <stdin> <==\nBody.\n');
  });

  it('makes JSON one JSON Lines record of the file (- for standard input) and the article', () => {
    const line = labelOutput(file, '{"title":"T"}\n', 3, 'json', 'article');
    expect(line).toBe('{"file":"pages/a.txt","article":{"title":"T"}}\n');
    expect(JSON.parse(labelOutput(STDIN, '{}\n', 0, 'json', 'dechaff'))).toEqual({ file: '-', dechaff: {} });
  });
});

describe('namesOutputs', () => {
  it('names outputs of several files or of a folder, not of one file or standard input', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'one'));
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'one', 'a.txt'), 'x');
    writeFileSync(join(dir, 'b.txt'), 'x');
    const names = async (inputs: string[]) => namesOutputs(await expandInputs(inputs));
    expect(await names([join(dir, 'one')])).toBe(true);
    expect(await names([join(dir, 'b.txt'), '-'])).toBe(true);
    expect(await names([join(dir, 'b.txt')])).toBe(false);
    expect(await names([join(dir, 'b.txt'), join(dir, '.', 'b.txt')])).toBe(false);
    expect(await names(['-'])).toBe(false);
    // A folder given names the outputs even when it adds no file, so the shape does not hang on its content.
    expect(await names([join(dir, 'b.txt'), join(dir, 'empty')])).toBe(true);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.js';
import { tempDirs } from '../temp-dir.js';
import { linesOf, runCli } from './run-cli.js';

const tempDir = tempDirs('printable');

describe('printable', () => {
  it('escapes control characters as JSON does and keeps every other character', () => {
    expect(printable('a\nb\r\tc\x1b[2J\x00\x7f\x9b')).toBe('a\\nb\\r\\tc\\u001b[2J\\u0000\\u007f\\u009b');
    expect(printable('Grüße — 東京 ✓ \u00a0')).toBe('Grüße — 東京 ✓ \u00a0');
  });
  // Why: a right-to-left override in a file name or a broken record (`\u202e`) turned the rest of the message
  // around on the terminal, and a byte order mark or a line separator quoted by a parse error was invisible.
  it('escapes format characters and line and paragraph separators, as quoteValue does', () => {
    expect(printable('a\u202etxt.exe \ufeff{ \u2028 \u2029')).toBe('a\\u202etxt.exe \\ufeff{ \\u2028 \\u2029');
  });
});

describe('messages on standard error', () => {
  it('quote a broken record without letting its escape sequences act on the terminal', async () => {
    const run = await runCli(['--jsonl', '-q'], { input: '\x1b[2J{"text": 1\n' });
    expect(run.code).toBe(1);
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(/^dechaff: <stdin>:1: not valid JSON \(.*\\u001b\[2J/)]);
    expect(run.stderr).not.toContain('\x1b');
  });

  it('say the whole of a profiles file parse error, though it quotes a line break', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.json'), 'x\ny\n');
    const run = await runCli(['--profiles', join(dir, 'p.json')], { input: 'Some text.' });
    expect(run.code).toBe(2);
    expect(linesOf(run.stderr)).toEqual([
      expect.stringMatching(/: not a profiles file \(.*"x\\ny\\n" is not valid JSON\) \(see 'dechaff --help'\)$/),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { scanLine } from '../../src/segment/line-scan.js';

// Why a file of its own: the line scan fills its table in by block at first use, and these lines must be the first
// to meet their blocks (each test file runs in a fresh module graph).
describe('scanLine() meeting a block of its table not filled in yet', () => {
  it('after a sentence mark: fills the next unit in and scans the line again', () => {
    // U+3000, the ideographic space, is a space after the full stop; U+1200 (Ethiopic) is a letter, no space.
    const spaced = scanLine('Done.\u3000Next', 0, 10);
    expect([spaced.sentenceMarks, spaced.tokens]).toEqual([1, ['done', 'next']]);
    const glued = scanLine('Done.\u1200\u1201', 0, 7);
    expect([glued.sentenceMarks, glued.tokens, glued.letters]).toEqual([0, ['done', '\u1200\u1201'], 6]);
  });

  it('at the end of a token and at its start: the same tokens, letters and script as once the table is filled', () => {
    // U+2003 (em space) ends the first token; Georgian letters of block U+1000 start the second.
    const line = 'Abc\u2003\u10d0\u10d1\u10d2';
    const first = scanLine(line, 0, line.length);
    expect([first.tokens, first.letters, first.upper, first.cased]).toEqual([['abc', 'აბგ'], 6, 1, 3]);
    const again = scanLine(line, 0, line.length);
    expect([first.script, again.tokens, again.letters, again.script]).toEqual(['latin', ['abc', 'აბგ'], 6, 'latin']);
  });
});

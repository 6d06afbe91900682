import { describe, expect, it } from 'vitest';
import { isCodeLine, looksLikeCode } from '../../src/analyze/code-line.js';
import { lineOf } from '../helpers.js';

describe('isCodeLine', () => {
  it('reads a statement as code, and a sentence that opens a listing as prose', () => {
    expect(isCodeLine('const TodoList: React.FC = () => {')).toBe(true);
    expect(isCodeLine('Let’s check out the code it generated:')).toBe(false);
  });
});

describe('looksLikeCode', () => {
  it('reads a shell command as code, where isCodeLine asks more', () => {
    expect(looksLikeCode(lineOf('npm install dechaff --save-dev'))).toBe(true);
    expect(isCodeLine('npm install dechaff --save-dev')).toBe(false);
    expect(looksLikeCode(lineOf('print(total)'))).toBe(true);
  });
  it('reads a menu entry as no code', () => {
    expect(looksLikeCode(lineOf('Contact us'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { codeUnitAt } from '../../src/segment/code-unit.js';

describe('codeUnitAt', () => {
  it('reads the UTF-16 code unit at an index, as charCodeAt does', () => {
    const page = 'Home » News — “Quoted” text 😀 and more text after it, long enough to be sliced';
    const samples = [page, page.slice(5, 60), `${page.slice(0, 10)}${page.slice(20)}`, 'plain ascii', 'é'];
    for (const text of samples) {
      for (let i = 0; i < text.length; i++) expect(codeUnitAt(text, i)).toBe(text.charCodeAt(i));
    }
  });

  it('gives each half of a surrogate pair', () => {
    expect(codeUnitAt('😀', 0)).toBe(0xd83d);
    expect(codeUnitAt('😀', 1)).toBe(0xde00);
  });
});

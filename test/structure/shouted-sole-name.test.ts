import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import type { Line } from '../../src/segment/segment.js';
import { shoutedSoleName, writesAsProperNoun } from '../../src/structure/shouted-sole-name.js';
import { linesOf } from '../helpers.js';

/** The name the page's second line gives, a headline over it and a date under it. */
const nameIn = (page: string): string | null => {
  const lines = linesOf(page);
  return shoutedSoleName(lines[1] as Line, lines);
};

describe('shoutedSoleName', () => {
  it('reads a word in capitals that the page writes with a capital inside a sentence (WCXB 0069, 4151)', () => {
    expect(nameIn('Best Tools for Your Van\nTOOLSHACK\nMay 4, 2025\nStart the week with Toolshack and coffee.')).toBe(
      'TOOLSHACK',
    );
    expect(nameIn('Best Tools for Your Van\nTOOLSHACK\nMay 4, 2025\nJobs at ToolShack, our team.')).toBe('TOOLSHACK');
  });

  it('reads no section label the page also writes in lower case', () => {
    const page = 'Best Tools for Your Van\nREVIEWS\nMay 4, 2025\nRead our Reviews page and the reviews below.';
    expect(nameIn(page)).toBeNull();
  });

  it('reads none that the page writes capitalized only where a line or sentence opens', () => {
    expect(nameIn('Best Tools for Your Van\nGUIDES\nMay 4, 2025\nGuides\nGuides help you choose.')).toBeNull();
  });

  it('reads no line of two words, of mixed case, or of fewer than three letters', () => {
    expect(nameIn('Best Tools\nTOOL SHACK\nMay 4, 2025\nWe love Tool Shack.')).toBeNull();
    expect(nameIn('Best Tools\nToolshack\nMay 4, 2025\nWe love Toolshack.')).toBeNull();
    expect(nameIn('Best Tools\nAI\nMay 4, 2025\nWe love Ai.')).toBeNull();
  });
});

describe('writesAsProperNoun', () => {
  const proper = (word: string, page: string): boolean => {
    const lines = linesOf(page);
    return writesAsProperNoun(word, lines[0] as Line, lines);
  };
  it('is true for a word the page writes with a capital after a word in lower case, in any case asked', () => {
    expect(proper('Toolshack', 'Toolshack\nAsk the team at Toolshack.')).toBe(true);
    expect(proper('TOOLSHACK', 'TOOLSHACK\nAsk the team at Toolshack, then buy.')).toBe(true);
  });
  it('is false for a word the page also writes in lower case, or capitalized only where a sentence opens', () => {
    expect(proper('Marketing', 'Marketing\nOur Marketing team.\nWe do marketing.')).toBe(false);
    expect(proper('Marketing', 'Marketing\nMarketing is hard.')).toBe(false);
    expect(proper('Marketing', 'Marketing')).toBe(false);
  });
});

describe('a company blog that names itself in capitals between the headline and the date', () => {
  const body = [
    'A van carries every tool a plumber needs, and the right set saves hours on each job across a long week of work.',
    'We asked the team at Toolshack which drivers, saws and meters they would buy again, and why each one earns its place.',
    'The list below is sorted by price, from the cheapest hand tools to the meters that pay for themselves within a year.',
  ];
  const article = clean(
    ['Home', 'Blog', 'Best Tools for Your Van This Year', 'TOOLSHACK', 'May 4, 2025', ...body].join('\n'),
  );
  it('gives the name as the byline and keeps the body', () => {
    expect(article.byline).toBe('TOOLSHACK');
    expect(article.publishedIso).toBe('2025-05-04');
    expect(article.text).toBe(body.join('\n\n'));
  });
});

describe('a dateline with a one-word name after the date, over the headline (WCXB 0049)', () => {
  const body = [
    'A van carries every tool a plumber needs, and the right set saves hours on each job across a long week of work.',
    'We asked the team at Toolshack which drivers, saws and meters they would buy again, and why each one earns its place.',
    'The list below is sorted by price, from the cheapest hand tools to the meters that pay for themselves within a year.',
  ];
  it('gives the name the page writes as a name, and none it writes in lower case', () => {
    const page = (name: string): string =>
      ['Home', 'Blog', `May 4, 2025 ${name}`, 'Best Tools for Your Van This Year', ...body].join('\n');
    expect(clean(page('Toolshack')).byline).toBe('Toolshack');
    expect(clean(page('Drivers')).byline).toBeNull();
  });
});

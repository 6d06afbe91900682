import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/segment/segment.js';
import { bioAuthor } from '../../src/structure/bio-author.js';
import { EN, linesOf } from '../helpers.js';

/** The writer `bioAuthor` reads from the lines of `text` from line `from` on, taken as the closing bio. */
function authorOf(text: string, from: number): string | null {
  const lines = linesOf(text);
  return bioAuthor(lines.slice(from) as Line[], lines, EN);
}

const LEAD = 'The council voted to widen the bridge over the river.';

describe('bioAuthor', () => {
  it('reads the name line over a bio (WCXB 0166)', () => {
    const box = 'Maria Mathioudaki\nMaria is a growth analyst specializing in SEM and data analytics.';
    expect(authorOf(`${LEAD}\n${box}`, 1)).toBe('Maria Mathioudaki');
  });
  it('reads the name after the box label, glued, before the bio or alone (WCXB 0119, 4688, 4817)', () => {
    expect(authorOf(`${LEAD}\nAbout the AuthorTOI Lifestyle Desk`, 1)).toBe('TOI Lifestyle Desk');
    expect(authorOf(`${LEAD}\nAuthor Matt Check is the Head Winemaker at Cellar Beast.`, 1)).toBe('Matt Check');
    expect(authorOf(`${LEAD}\nAbout the Author: Tom`, 1)).toBe('Tom');
  });
  it('reads the name a bio opens with under a line of that name (WCXB 0306)', () => {
    const box = 'Lauren Vetter\nLauren Vetter is a growth-focused marketing professional in healthcare technology.';
    expect(authorOf(`${LEAD}\n${box}`, 2)).toBe('Lauren Vetter');
  });
  it('reads no name from a paragraph that opens with one, nor from a label with function words', () => {
    expect(authorOf(`${LEAD}\nWall Street and the rest of the city’s economy are not left out.`, 1)).toBeNull();
    expect(authorOf(`${LEAD}\nVIEW POSTS BY TAG`, 1)).toBeNull();
    expect(authorOf(`${LEAD}\nAbout the Author\nLearn More`, 1)).toBeNull();
  });
});

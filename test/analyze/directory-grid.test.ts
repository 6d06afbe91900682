import { describe, expect, it } from 'vitest';
import { directoryGrids } from '../../src/analyze/directory-grid.js';
import { linesOf } from '../helpers.js';

// WCXB 0057: the town links between a company table and the next section, alphabetical after a few picks.
const TOWNS = [
  'Airmont',
  'Akron',
  'Albion',
  'Altamont',
  'Ames',
  'Amityville',
  'Amsterdam',
  'Angola',
  'Arcadia',
  'Ardsley',
  'Arkport',
  'Asharoken',
  'Atlantic Beach',
  'Auburn',
  'Aurora',
  'Baldwin',
  'Baldwinsville',
  'Ballston Spa',
  'Batavia',
  'Bath',
  'Bay Shore',
];
const INTRO = 'Take a look at these highly recommended labor-only movers for your New York move:';
const NEXT = 'How we chose the best moving companies in New York';

const gridOf = (text: string[]) => {
  const lines = linesOf(text.join('\n'));
  return directoryGrids(
    lines,
    lines.map(() => undefined),
    { start: 0, end: lines.length - 1 },
  );
};

describe('directoryGrids', () => {
  it('finds an alphabetical run of short lines ending with the same word', () => {
    const found = gridOf([INTRO, 'Brooklyn movers', 'Queens movers', ...TOWNS.map((t) => `${t} movers`), NEXT]);
    expect(found.size).toBe(TOWNS.length + 2);
    expect(found.has(0)).toBe(false);
    expect(found.get(3)?.kind).toBe('nav');
    expect(found.get(3)?.reason).toBe('directory grid (entries=23, each ending with "movers", alphabetical)');
  });

  it('keeps a shorter list of that shape', () => {
    expect(gridOf([INTRO, ...TOWNS.slice(0, 12).map((t) => `${t} movers`), NEXT]).size).toBe(0);
  });

  it('keeps a long list in the order the article gives', () => {
    const ranked = [...TOWNS].reverse().map((t) => `${t} movers`);
    expect(gridOf([INTRO, ...ranked, NEXT]).size).toBe(0);
  });

  it('keeps lines that do not share their last word', () => {
    expect(gridOf([INTRO, ...TOWNS, NEXT]).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { itemMarker, numberedItem, ordinalOf } from '../../src/structure/ordinal.js';
import type { ListBlock } from '../../src/types.js';

describe('ordinalOf', () => {
  it.each([
    ['1.', { value: 1, style: '1.' }],
    ['12)', { value: 12, style: '1)' }],
    ['c.', { value: 3, style: 'a.' }],
    ['b)', { value: 2, style: 'a)' }],
  ])('%j → %j', (marker, ordinal) => expect(ordinalOf(marker)).toEqual(ordinal));
  it.each(['•', '*', '-', '–', '▸'])('a bullet %j has no place', (marker) => expect(ordinalOf(marker)).toBeNull());
  it('no marker has no place', () => expect(ordinalOf(null)).toBeNull());
});

describe('itemMarker and numberedItem', () => {
  const steps: ListBlock = { type: 'list', ordered: true, items: ['Mix', 'Knead'] };
  it('number an ordered list from 1 in digits and periods by default', () => {
    expect([itemMarker(steps, 0), itemMarker(steps, 1)]).toEqual(['1.', '2.']);
    expect(numberedItem(steps, 1)).toBe('2. Knead');
  });
  it('number from the start, in the style', () => {
    expect(itemMarker({ ...steps, start: 9, style: '1)' }, 1)).toBe('10)');
    expect(itemMarker({ ...steps, start: 2, style: 'a.' }, 1)).toBe('c.');
    expect(numberedItem({ ...steps, style: 'a)' }, 0)).toBe('a) Mix');
  });
  it('give a bulleted list no marker: its items stand alone', () => {
    const bullets: ListBlock = { type: 'list', ordered: false, items: ['Tent'] };
    expect(itemMarker(bullets, 0)).toBeNull();
    expect(numberedItem(bullets, 0)).toBe('Tent');
  });
  it('write letters past z in digits', () => expect(itemMarker({ ...steps, start: 26, style: 'a.' }, 1)).toBe('27.'));
});

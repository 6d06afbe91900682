import { describe, expect, it } from 'vitest';
import { addPlace } from '../src/places.js';

describe('addPlace', () => {
  it('gathers the indexes of each key in the order added', () => {
    const places = new Map<string, number[]>();
    addPlace(places, 'read more', 4);
    addPlace(places, 'share', 7);
    addPlace(places, 'read more', 41);
    expect([...places]).toEqual([
      ['read more', [4, 41]],
      ['share', [7]],
    ]);
  });
});

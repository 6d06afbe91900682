import { describe, expect, it } from 'vitest';
import { readOnlyMap, readOnlySet } from '../../src/analyze/read-only-collections.js';

describe('readOnlySet', () => {
  it('reads as the set it views, and follows it', () => {
    const set = new Set(['the', 'a']);
    const view = readOnlySet(set);
    expect([view.has('the'), view.has('an'), view.size]).toEqual([true, false, 2]);
    expect([...view]).toEqual(['the', 'a']);
    expect([...view.entries()]).toEqual([...set.entries()]);
    const seen: unknown[] = [];
    view.forEach((value, key, of) => {
      seen.push(value, key, of === view);
    });
    expect(seen).toEqual(['the', 'the', true, 'a', 'a', true]);
  });
  it('cannot be changed: it has no add, delete or clear, and is frozen', () => {
    const view = readOnlySet(new Set(['the'])) as Set<string>;
    expect(() => view.add('x')).toThrow(TypeError);
    expect(() => view.clear()).toThrow(TypeError);
    expect(() => Object.assign(view, { has: () => false })).toThrow(TypeError);
    expect(view.has('the')).toBe(true);
  });
});

describe('readOnlyMap', () => {
  it('reads as the map it views', () => {
    const view = readOnlyMap(new Map([['june', 6]]));
    expect([view.get('june'), view.has('july'), view.size]).toEqual([6, false, 1]);
    expect([...view]).toEqual([['june', 6]]);
    const seen: unknown[] = [];
    view.forEach((value, key) => {
      seen.push(key, value);
    });
    expect(seen).toEqual(['june', 6]);
  });
  it('cannot be changed: it has no set, delete or clear', () => {
    const view = readOnlyMap(new Map([['june', 6]])) as Map<string, number>;
    expect(() => view.set('june', 7)).toThrow(TypeError);
    expect(() => view.delete('june')).toThrow(TypeError);
    expect(view.get('june')).toBe(6);
  });
});

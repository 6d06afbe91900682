import { describe, expect, it } from 'vitest';
import { deepFrozen } from '../src/deep-frozen.js';

describe('deepFrozen', () => {
  it('freezes the value and every object and list inside it, in place, and gives it back', () => {
    const settings = { balanced: { goodMinWords: 13 }, words: ['Share', ['Tweet']] };
    expect(deepFrozen(settings)).toBe(settings);
    expect([settings, settings.balanced, settings.words, settings.words[1]].every(Object.isFrozen)).toBe(true);
    expect(() => (settings.words as string[]).push('Send')).toThrow(TypeError);
  });

  it('leaves functions and plain values as they are', () => {
    const detector = { id: 'mine', detect: () => undefined };
    deepFrozen(detector);
    expect(Object.isFrozen(detector.detect)).toBe(false);
    expect(deepFrozen(5)).toBe(5);
    expect(deepFrozen(null)).toBe(null);
  });
});

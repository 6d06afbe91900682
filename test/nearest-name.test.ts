import { describe, expect, it } from 'vitest';
import { nearestName } from '../src/nearest-name.js';

const NAMES = ['jsonl', 'field', 'format', 'out-dir', 'out-field', 'mode', 'profiles', 'version', 'url', 'lang'];

describe('nearestName', () => {
  it('finds a name typed with two letters swapped, one dropped, added or changed', () => {
    expect(nearestName('jsnol', NAMES)).toBe('jsonl');
    expect(nearestName('verison', NAMES)).toBe('version');
    expect(nearestName('profile', NAMES)).toBe('profiles');
    expect(nearestName('out-dri', NAMES)).toBe('out-dir');
    expect(nearestName('mdoe', NAMES)).toBe('mode');
  });

  it('finds a name in other capitals, or the one name a start of three letters or more begins', () => {
    expect(nearestName('FORMAT', NAMES)).toBe('format');
    expect(nearestName('form', NAMES)).toBe('format');
    expect(nearestName('captionInText', ['mode', 'captionsInText'])).toBe('captionsInText');
    // Two names begin so: none is guessed from the start alone.
    expect(nearestName('out', NAMES)).toBeUndefined();
  });

  it('guesses nothing far off, and lets a short word differ by one edit only', () => {
    expect(nearestName('colour', NAMES)).toBeUndefined();
    expect(nearestName('no-quiet', NAMES)).toBeUndefined();
    expect(nearestName('uri', NAMES)).toBe('url');
    expect(nearestName('ab', NAMES)).toBeUndefined();
    expect(nearestName('json', ['url'])).toBeUndefined();
  });
  it('compares no name far longer or shorter than the one typed: a 1 MB name took 0.7 s', () => {
    const started = process.cpuUsage();
    expect(nearestName('x'.repeat(1_000_000), NAMES)).toBeUndefined();
    expect(process.cpuUsage(started).user).toBeLessThan(200_000);
  });
});

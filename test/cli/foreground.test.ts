import { describe, expect, it } from 'vitest';
import { foregroundIn, inForeground } from '../../src/cli/foreground.js';

/** A /proc/<pid>/stat line with the given command name, process group and terminal's foreground group. */
const stat = (name: string, group: number, foreground: number) =>
  `4242 (${name}) S 4200 ${group} 4200 34816 ${foreground} 4194304 105 0 0 0 0 0 0 0 20 0 1 0 123 4096 100`;

describe('foregroundIn', () => {
  it("tells the terminal's foreground job from one in the background", () => {
    expect(foregroundIn(stat('node', 4242, 4242))).toBe(true);
    expect(foregroundIn(stat('node', 4242, 4300))).toBe(false);
  });

  it('reads past a command name holding spaces and parentheses', () => {
    expect(foregroundIn(stat('a (b) c', 4242, 4300))).toBe(false);
    expect(foregroundIn(stat('a) 1 2 3 4 5', 4242, 4242))).toBe(true);
  });

  it('says true where it cannot tell: no controlling terminal, a line it cannot read', () => {
    expect(foregroundIn(stat('node', 4242, -1))).toBe(true);
    expect(foregroundIn('')).toBe(true);
  });
});

describe('inForeground', () => {
  it('answers for this process', () => {
    expect(typeof inForeground()).toBe('boolean');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkClock } from '../../src/cli/work-clock.js';

describe('WorkClock', () => {
  afterEach(() => vi.restoreAllMocks());

  it('follows performance.now(), less the time between each suspend and its resume', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = new WorkClock();
    expect(clock.now()).toBe(1000);
    now = 1500;
    clock.suspend();
    now = 9500;
    // While stopped, it has not been told yet: the stop counts once the process goes on.
    clock.resume();
    expect(clock.now()).toBe(1500);
    now = 2000 + 8000;
    expect(clock.now()).toBe(2000);
    clock.suspend();
    now += 3000;
    clock.resume();
    expect(clock.now()).toBe(2000);
  });

  it('leaves the time alone on a resume with no suspend before it', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = new WorkClock();
    clock.suspend();
    clock.resume();
    now = 4000;
    clock.resume();
    expect(clock.now()).toBe(4000);
  });
});

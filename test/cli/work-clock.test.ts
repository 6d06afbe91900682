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

  it('on SIGCONT leaves out the longest pause between the latest heartbeats and now, less one heartbeat', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = new WorkClock();
    now = 100;
    clock.beat();
    // Stopped at 100 ms for 5 s; the overdue heartbeat ran before the signal was handled.
    now = 5200;
    clock.beat();
    now = 5201;
    clock.continued();
    expect(clock.now()).toBe(201);
    // A SIGCONT with no stop (`kill -CONT` of a running process) leaves nothing out.
    now = 5250;
    clock.continued();
    expect(clock.now()).toBe(250);
  });

  it('counts a stop told of by Ctrl-Z once, not again when SIGCONT follows', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = new WorkClock();
    clock.suspend();
    now = 61_000;
    clock.resume();
    now = 61_050;
    clock.beat();
    clock.continued();
    expect(clock.now()).toBe(1050);
  });
});

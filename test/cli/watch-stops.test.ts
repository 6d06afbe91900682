import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchStops } from '../../src/cli/watch-stops.js';
import { WorkClock } from '../../src/cli/work-clock.js';
import { sitePage } from '../synthetic-site.js';
import { tempDirs } from '../temp-dir.js';
import { fakeSignals, stoppableClock } from './fake-stops.js';
import { CLI } from './run-cli.js';

const tempDir = tempDirs('watch-stops');

describe('watchStops', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('leaves a stop by kill -STOP out of the clock when SIGCONT comes, and stops listening when done', () => {
    // The clock goes on while the process is stopped; its timers do not run.
    const time = stoppableClock();
    const { signals, send, listeners } = fakeSignals([]);
    const clock = new WorkClock();
    const done = watchStops(clock, signals);
    time.run(1000);
    // Stopped for a minute; once continued, the overdue heartbeat runs before the signal is handled.
    time.stop(60_000);
    vi.advanceTimersByTime(100);
    send();
    expect(clock.now()).toBeGreaterThanOrEqual(1000);
    expect(clock.now()).toBeLessThanOrEqual(1100);
    time.run(1000);
    // Stopped again, and the signal handled before the heartbeat.
    time.stop(30_000);
    send();
    expect(clock.now()).toBeGreaterThanOrEqual(2000);
    expect(clock.now()).toBeLessThanOrEqual(2200);
    done();
    expect(listeners()).toBe(0);
  });
});

describe('a run stopped with kill -STOP', () => {
  it('leaves the time stopped out of the summary', async () => {
    const dir = tempDir();
    const file = join(dir, 'crawl.jsonl');
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: sitePage(i) }));
    writeFileSync(file, `${lines.join('\n')}\n`.repeat(20));
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, '--jsonl', '-w', '1', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Stopped once it writes output, for three seconds.
    child.stdout.once('data', () => {
      child.kill('SIGSTOP');
      setTimeout(() => child.kill('SIGCONT'), 3000);
    });
    child.stdout.resume();
    const code = await new Promise((resolve) => child.on('close', resolve));
    const wallSeconds = (performance.now() - started) / 1000;
    expect(code).toBe(0);
    expect(stderr).toMatch(/^dechaff: 6000 read, 6000 cleaned, 0 failed \(6\.0 MB in [\d.]+ s, [\d,]+ records\/s\)\n$/);
    expect(Number(/in ([\d.]+) s/.exec(stderr)?.[1])).toBeLessThan(wallSeconds - 2.5);
  }, 60_000);
});

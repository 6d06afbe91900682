import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foregroundCheck, foregroundIn, type GroupSources, SYSTEM_GROUP_SOURCES } from '../../src/cli/foreground.js';
import { StatusLine } from '../../src/cli/progress.js';

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

describe('foregroundCheck', () => {
  afterEach(() => vi.useRealTimers());

  /** A system with no /proc, whose `ps` answers `output` when asked and logs each time it is asked. */
  function withoutProc(output: () => string | undefined) {
    const pending: (() => void)[] = [];
    const sources: GroupSources = {
      stat: () => undefined,
      ps: (answer) => void pending.push(() => answer(output())),
    };
    const answerAll = (): void => {
      for (const answer of pending.splice(0)) answer();
    };
    return { sources, asked: () => pending.length, answerAll };
  }

  it('reads /proc/self/stat at each check where there is one', () => {
    let line = stat('node', 4242, 4242);
    const foreground = foregroundCheck({ stat: () => line, ps: () => expect.unreachable() });
    expect(foreground()).toBe(true);
    line = stat('node', 4242, 4300);
    expect(foreground()).toBe(false);
  });

  it('with no /proc, asks ps at most once a second, and says false until it answers', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    let groups = '  4242  4300\n';
    const { sources, asked, answerAll } = withoutProc(() => groups);
    const foreground = foregroundCheck(sources);
    expect(foreground()).toBe(false);
    expect(asked()).toBe(1);
    answerAll();
    expect(foreground()).toBe(false);
    groups = '4242 4242\n';
    vi.advanceTimersByTime(500);
    expect(foreground()).toBe(false);
    expect(asked()).toBe(0);
    vi.advanceTimersByTime(500);
    foreground();
    answerAll();
    expect(foreground()).toBe(true);
  });

  it('with no /proc and no ps, never says the process is in the foreground, and stops asking', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { sources, asked, answerAll } = withoutProc(() => undefined);
    const foreground = foregroundCheck(sources);
    foreground();
    answerAll();
    vi.advanceTimersByTime(5000);
    expect(foreground()).toBe(false);
    expect(asked()).toBe(0);
  });

  it('keeps a background job with no /proc from drawing its progress line', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WritableStream;
    const { sources, answerAll } = withoutProc(() => '4242 4300');
    const line = new StatusLine(stream, { bar: true, color: false, foreground: foregroundCheck(sources) });
    line.update({ label: 'cleaning', records: 1, bytes: 1e6, totalBytes: 1e7, elapsedMs: 1000, workers: 1 });
    answerAll();
    vi.advanceTimersByTime(3000);
    answerAll();
    line.message('dechaff: a.txt: cannot read (EIO)');
    line.stop();
    expect(written).toEqual(['dechaff: a.txt: cannot read (EIO)\n']);
  });

  it.skipIf(spawnSync('ps', ['-p', String(process.pid)]).status !== 0)(
    "reads this process's groups from the system's ps",
    async () => {
      const output = await new Promise<string | undefined>((resolve) => SYSTEM_GROUP_SOURCES.ps(resolve));
      expect(output?.trim()).toMatch(/^\d+\s+-?\d+$/);
    },
  );
});

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StatusLine, showsProgress } from '../../src/cli/progress.js';
import { sitePage } from '../synthetic-site.js';
import { tempDirs } from '../temp-dir.js';
import { CLI, runCli } from './run-cli.js';

const tempDir = tempDirs('progress');

// `script` runs a command on a pseudo-terminal, the only way to see what a person at a terminal sees.
const hasScript = spawnSync('script', ['--version']).status === 0;
let file: string;
/** Long enough to clean that a run is still going when it is stopped. */
let big: string;

beforeAll(() => {
  file = join(tempDir(), 'crawl.jsonl');
  const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: sitePage(i) }));
  writeFileSync(file, `${lines.join('\n')}\n`);
  big = join(dirname(file), 'big.jsonl');
  writeFileSync(big, `${lines.join('\n')}\n`.repeat(20));
});

/** What a terminal shows of `dechaff …args`, with standard output sent to /dev/null unless `shown`. */
function onTerminal(args: string, env: Record<string, string> = {}, shown = false): string {
  const command = `'${process.execPath}' '${CLI}' ${args}${shown ? '' : ' > /dev/null'}`;
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', TERM: 'xterm', ...env },
  });
  return run.stdout;
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('draws a progress line with records, the rate and the ETA, in color, then the summary', () => {
    const screen = onTerminal(`--jsonl --workers 2 '${file}'`);
    expect(screen).toMatch(/\rcleaning \[.*\] +\d+% {2}[\d,]+ records? {2}[\d.]+ [KMG]?B\/s {2}ETA (\d+:\d\d|\?)/);
    expect(screen).toContain('\x1b[36m');
    expect(screen).toMatch(/dechaff: 300 read, 300 cleaned, 0 failed/);
  });

  it('respects NO_COLOR', () => {
    const sgr = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`);
    const bar = onTerminal(`--jsonl '${file}'`, { NO_COLOR: '1' });
    expect(bar).toMatch(/\rcleaning \[/);
    expect(bar).not.toMatch(sgr);
    const error = onTerminal('missing.jsonl', { NO_COLOR: '1' });
    expect(error).toContain('dechaff: no such file: missing.jsonl');
    expect(error).not.toMatch(sgr);
    expect(onTerminal('missing.jsonl')).toContain('\x1b[31mdechaff:\x1b[39m no such file');
  });

  it('draws no progress line into output going to the terminal too', () => {
    const screen = onTerminal(`--jsonl --workers 2 -f text '${file}'`, {}, true);
    expect(screen).not.toContain('cleaning');
    expect(screen).toMatch(/dechaff: 300 read, 300 cleaned, 0 failed/);
  });

  it('colors --explain only on the terminal, never in --out-dir files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), sitePage(1));
    expect(onTerminal(`--explain '${join(dir, 'a.txt')}'`, {}, true)).toContain('\x1b[33m');
    onTerminal(`--explain -o '${join(dir, 'out')}' '${join(dir, 'a.txt')}'`, {}, true);
    expect(readFileSync(join(dir, 'out', 'a.txt'), 'utf8')).toContain('--- removed: ');
    expect(readFileSync(join(dir, 'out', 'a.txt'), 'utf8')).not.toContain('\x1b[');
  });

  it('is silent with --quiet', () => {
    expect(onTerminal(`--jsonl --quiet '${file}'`)).toBe('');
  });

  /** Whether the screen's last progress line was taken away after it was drawn. */
  const clearedAfterBar = (screen: string): boolean =>
    screen.includes('\rcleaning [') && screen.lastIndexOf('\r\x1b[K') > screen.lastIndexOf('\rcleaning [');

  it('takes the progress line away when the reader of the output goes away', () => {
    const screen = onTerminal(`--jsonl -w 1 '${big}' | head -n 20 > /dev/null`, {}, true);
    expect(clearedAfterBar(screen)).toBe(true);
  });

  it.skipIf(spawnSync('bash', ['--version']).status !== 0)(
    'draws no progress line while the run is a job in the background of an interactive shell',
    () => {
      // Why bash with job control (set -m), as at a prompt: a job started with & gets a process group of its own,
      // which is not the terminal's foreground group; without job control it stays in the shell's.
      const node = `"${process.execPath}" "${CLI}" --jsonl -w 1 "${file}" > /dev/null`;
      const screen = (job: string) =>
        spawnSync('script', ['-qec', `bash -c 'set -m; ${job}'`, '/dev/null'], {
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '', TERM: 'xterm' },
        }).stdout;
      const background = screen(`${node} & wait`);
      expect(background).not.toContain('cleaning');
      expect(background).toMatch(/dechaff: 300 read, 300 cleaned, 0 failed/);
      expect(screen(node)).toMatch(/\rcleaning \[/);
    },
  );

  it('takes the progress line away when stopped by Ctrl-C, and ends by the signal', async () => {
    const command = `'${process.execPath}' '${CLI}' --jsonl -w 1 '${big}' > /dev/null & echo "pid $!"; wait $!; echo "status $?"`;
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, NO_COLOR: '', TERM: 'xterm' },
    });
    let screen = '';
    let stopped = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      screen += d;
      const pid = /pid (\d+)/.exec(screen)?.[1];
      if (!stopped && pid !== undefined && screen.includes('\rcleaning [')) {
        stopped = true;
        process.kill(Number(pid), 'SIGINT');
      }
    });
    await new Promise((resolve) => child.on('close', resolve));
    expect(screen).toMatch(/status 130/);
    expect(clearedAfterBar(screen)).toBe(true);
  }, 30_000);
});

describe.skipIf(!hasScript || spawnSync('bash', ['--version']).status !== 0)('a job stopped with Ctrl-Z', () => {
  it('leaves the time stopped out of the summary, with no progress line too', async () => {
    const dir = tempDir();
    const [out, err] = [join(dir, 'out.jsonl'), join(dir, 'err.txt')];
    // Why bash with job control (set -m): the run is a job of its own, as at a prompt, which a stop signal stops;
    // without it, the run's process group is orphaned and the kernel discards the stop. The first `fg` returns
    // when the job stops (status 148), the second continues it three seconds later.
    const job = `set -m; "${process.execPath}" "${CLI}" --jsonl -w 1 "${big}" > "${out}" 2> "${err}" & echo "pid $!"; fg > /dev/null; echo "fg $?"; sleep 3; fg > /dev/null`;
    const started = performance.now();
    const child = spawn('script', ['-qec', `bash -c '${job}'`, '/dev/null']);
    let screen = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (screen += d));
    const closed = new Promise((resolve) => child.on('close', resolve));
    // Stopped once it writes output: by then it listens for Ctrl-Z, as it does from the start of its work.
    const poll = setInterval(() => {
      const pid = /pid (\d+)/.exec(screen)?.[1];
      // Why `?? 0`: before the job's shell has opened the output there is no file, which is no output either; stopped
      // then, before it listens for Ctrl-Z, the run went on to its end (CI clone, two test runs on two cores).
      if (pid === undefined || (statSync(out, { throwIfNoEntry: false })?.size ?? 0) === 0) return;
      clearInterval(poll);
      process.kill(Number(pid), 'SIGTSTP');
    }, 20);
    await closed;
    clearInterval(poll);
    const wallSeconds = (performance.now() - started) / 1000;
    expect(screen).toContain('fg 148');
    const summary = readFileSync(err, 'utf8');
    expect(summary).toMatch(
      /^dechaff: 6000 read, 6000 cleaned, 0 failed \(6\.0 MB in [\d.]+ s, [\d,]+ records\/s\)\n$/,
    );
    expect(Number(/in ([\d.]+) s/.exec(summary)?.[1])).toBeLessThan(wallSeconds - 2.5);
  }, 60_000);
});

describe('off a terminal', () => {
  it('writes no progress, only the summary, when standard error is a pipe', async () => {
    const run = await runCli(['--jsonl', '-w', '1', file]);
    expect(run.stderr).toMatch(/^dechaff: 300 read, 300 cleaned, 0 failed \(.*\)\n$/);
    expect(run.stderr).not.toContain('\r');
  });
});

describe('showsProgress', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it('draws on a terminal, unless quiet or the output goes to a terminal as well', () => {
    expect(showsProgress(tty, pipe, { quiet: false, toStdout: true })).toBe(true);
    expect(showsProgress(tty, tty, { quiet: false, toStdout: false })).toBe(true);
    expect(showsProgress(tty, tty, { quiet: false, toStdout: true })).toBe(false);
    expect(showsProgress(tty, pipe, { quiet: true, toStdout: true })).toBe(false);
    expect(showsProgress(pipe, pipe, { quiet: false, toStdout: false })).toBe(false);
  });
});

describe('StatusLine', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A status line on a terminal that keeps what it writes; its workers need no warm-up unless told. */
  function onScreen(warmUpBytes = 0): { line: StatusLine; written: string[] } {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WritableStream;
    return { line: new StatusLine(stream, { bar: true, color: false, warmUpBytes }), written };
  }
  /** A report of a run of 100 KB records out of 10 MB, `bytes` of them cleaned `elapsedMs` in by `workers` workers. */
  const at = (elapsedMs: number, bytes: number, workers = 1) =>
    ({ label: 'cleaning', records: bytes / 1e5, bytes, totalBytes: 1e7, elapsedMs, workers }) as const;

  it('redraws only when the line changes, counting the ETA down between reports', () => {
    const { line, written } = onScreen();
    line.update(at(1000, 1e6));
    line.update(at(6000, 6e6));
    expect(written).toEqual([`\rcleaning [##......................]  10%  10 records  1.0 MB/s  ETA ?\x1b[K`]);
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toBe(`\rcleaning [##############..........]  60%  60 records  1.0 MB/s  ETA 0:04\x1b[K`);
    vi.advanceTimersByTime(400);
    expect(written).toHaveLength(2);
    vi.advanceTimersByTime(2000);
    expect(written).toHaveLength(4);
    expect(written.at(-1)).toContain('ETA 0:02\x1b[K');
    line.update(at(8500, 8.5e6));
    expect(written).toHaveLength(4);
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 85%  85 records  1.0 MB/s  ETA 0:01\x1b[K');
  });

  it('measures the rate from the first report, not the start, and gives no ETA before five seconds of it', () => {
    const { line, written } = onScreen();
    // The workers took 2 s to start and clean a first small batch.
    line.update(at(2000, 1e5));
    expect(written.at(-1)).toContain('  1%  1 record  50.0 KB/s  ETA ?\x1b[K');
    line.update(at(4000, 2.1e6));
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 21%  21 records  1.0 MB/s  ETA ?\x1b[K');
    line.update(at(7000, 5.1e6));
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 51%  51 records  1.0 MB/s  ETA 0:05\x1b[K');
  });

  it("measures the rate from the end of the workers' warm-up, and gives no ETA before five seconds past it", () => {
    const { line, written } = onScreen(1e6);
    // Two workers clean their first megabyte each at under half the rate that follows.
    line.update(at(2000, 0.5e6, 2));
    line.update(at(6000, 1.5e6, 2));
    line.update(at(7000, 1.9e6, 2));
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 19%  19 records  271.4 KB/s  ETA ?\x1b[K');
    line.update(at(8000, 2.9e6, 2));
    vi.advanceTimersByTime(100);
    // (2.9e6 / 1e7 falls just short of 29 %.)
    expect(written.at(-1)).toContain(' 28%  29 records  1.0 MB/s  ETA ?\x1b[K');
    line.update(at(11_000, 5.9e6, 2));
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 59%  59 records  1.0 MB/s  ETA ?\x1b[K');
    line.update(at(12_000, 6.9e6, 2));
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 69%  69 records  1.0 MB/s  ETA 0:03\x1b[K');
  });

  it('ends the warm-up at a fifth of the input when that comes before each worker has cleaned its share', () => {
    // Two workers would warm up on 4 MB each, but the input is 10 MB: the warm-up ends at 2 MB.
    const { line, written } = onScreen(4e6);
    line.update(at(2000, 0.5e6, 2));
    line.update(at(6000, 1.5e6, 2));
    line.update(at(7000, 1.9e6, 2));
    line.update(at(8000, 2.9e6, 2));
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 28%  29 records  1.0 MB/s  ETA ?\x1b[K');
    line.update(at(12_000, 6.9e6, 2));
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 69%  69 records  1.0 MB/s  ETA 0:03\x1b[K');
    // Without a total, the warm-up is the workers' alone.
    const piped = onScreen(4e6);
    for (const [ms, bytes] of [
      [2000, 0.5e6],
      [7000, 1.9e6],
      [12_000, 6.9e6],
    ] as const)
      piped.line.update({ ...at(ms, bytes, 2), totalBytes: undefined });
    vi.advanceTimersByTime(100);
    expect(piped.written.at(-1)).toContain('69 records  575.0 KB/s\x1b[K');
  });

  it('measures the rate over the last ten seconds of reports, not since the first', () => {
    const { line, written } = onScreen();
    line.update(at(1000, 1e6));
    line.update(at(2000, 1.5e6));
    line.update(at(13_000, 2.6e6));
    vi.advanceTimersByTime(100);
    expect(written.at(-1)).toContain(' 100.0 KB/s  ETA 1:14\x1b[K');
  });

  it('clears its line when stopped and above each message, once', () => {
    const { line, written } = onScreen();
    line.update(at(1000, 1e6));
    line.message('dechaff: a.txt: cannot read (EIO)');
    expect(written.slice(1)).toEqual(['\r\x1b[K', 'dechaff: a.txt: cannot read (EIO)\n', written[0]]);
    line.stop();
    line.stop();
    expect(written.slice(4)).toEqual(['\r\x1b[K']);
    vi.advanceTimersByTime(1000);
    expect(written).toHaveLength(5);
  });

  it('draws no line while the job is in the background, and draws it once in the foreground', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WritableStream;
    let foreground = false;
    const line = new StatusLine(stream, { bar: true, color: false, foreground: () => foreground });
    line.update(at(1000, 1e6));
    vi.advanceTimersByTime(1000);
    line.message('dechaff: a.txt: cannot read (EIO)');
    expect(written).toEqual(['dechaff: a.txt: cannot read (EIO)\n']);
    foreground = true;
    vi.advanceTimersByTime(100);
    expect(written.slice(1)).toEqual([`\rcleaning [##......................]  10%  10 records  1.0 MB/s  ETA ?\x1b[K`]);
    line.stop();
  });

  it('writes nothing but messages when there is no bar', () => {
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WritableStream;
    const line = new StatusLine(stream, { bar: false, color: false });
    line.update(at(1000, 1e6));
    line.message('dechaff: done');
    line.stop();
    expect(written).toEqual(['dechaff: done\n']);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { showsProgress } from '../../src/cli/progress.js';
import { sitePage } from '../synthetic-site.js';
import { CLI } from './run-cli.js';

// `script` runs a command on a pseudo-terminal, the only way to see what a person at a terminal sees.
const hasScript = spawnSync('script', ['--version']).status === 0;
let file: string;

beforeAll(() => {
  file = join(mkdtempSync(join(tmpdir(), 'dechaff-tty-')), 'crawl.jsonl');
  const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: sitePage(i) }));
  writeFileSync(file, `${lines.join('\n')}\n`);
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
    expect(screen).toMatch(/\rcleaning \[.*\] +\d+% {2}[\d,]+ records? {2}[\d.]+ [KMG]?B\/s {2}ETA \d+:\d\d/);
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
    const dir = mkdtempSync(join(tmpdir(), 'dechaff-tty-'));
    writeFileSync(join(dir, 'a.txt'), sitePage(1));
    expect(onTerminal(`--explain '${join(dir, 'a.txt')}'`, {}, true)).toContain('\x1b[33m');
    onTerminal(`--explain -o '${join(dir, 'out')}' '${join(dir, 'a.txt')}'`, {}, true);
    expect(readFileSync(join(dir, 'out', 'a.txt'), 'utf8')).toContain('--- removed: ');
    expect(readFileSync(join(dir, 'out', 'a.txt'), 'utf8')).not.toContain('\x1b[');
  });

  it('is silent with --quiet', () => {
    expect(onTerminal(`--jsonl --quiet '${file}'`)).toBe('');
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

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, linesOf, runCli } from './run-cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** A usage error: status 2, nothing on standard output, one line on standard error, no stack trace. */
async function expectUsageError(args: string[], message: RegExp, input?: string): Promise<void> {
  const run = await runCli(args, input === undefined ? {} : { input });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
  expect(run.stderr).toMatch(/\(see 'dechaff --help'\)\n$/);
}

describe('exit status and messages', () => {
  it('0 when every record was cleaned', async () => {
    expect((await runCli([], { input: 'Some text.' })).code).toBe(0);
  });

  it('2 for an unknown flag', () => expectUsageError(['--colour'], /^dechaff: Unknown option '--colour'/));
  it('2 for a missing file, before any work', () =>
    expectUsageError(['nope.txt'], /^dechaff: no such file: nope\.txt/));
  it('2 for an empty name, saying what is empty (an unset shell variable)', async () => {
    await expectUsageError([''], /^dechaff: an input is an empty string, not a path/);
    await expectUsageError(['learn', 'a.txt', ''], /^dechaff: an input is an empty string, not a path/);
    await expectUsageError(['--out-dir', '', 'a.txt'], /^dechaff: --out-dir is an empty string, not a path/);
    await expectUsageError(['--profiles', '', 'a.txt'], /^dechaff: --profiles is an empty string, not a path/);
    await expectUsageError(['learn', '--out', '', 'a.txt'], /^dechaff: --out is an empty string, not a path/);
  });
  it('2 for a bad value', async () => {
    await expectUsageError(['--format', 'pdf'], /^dechaff: --format must be text, markdown, json; got 'pdf'/);
    await expectUsageError(['--workers', '0'], /^dechaff: --workers must be a whole number/);
    await expectUsageError(['--mode', 'fast'], /^dechaff: --mode must be balanced, precision, recall/);
    await expectUsageError(['--lang', 'xx'], /^dechaff: --lang: no phrase pack for lang 'xx'/);
  });
  it('2 for flags that do not go together', async () => {
    await expectUsageError(['--jsonl', '--explain'], /--explain goes with --format text or markdown/);
    await expectUsageError(['--jsonl', '--learn'], /--learn reads its input twice/);
    await expectUsageError(['--jsonl', '--out-dir', 'x'], /--out-dir is for plain files/);
    await expectUsageError(['learn', '--format', 'text'], /Unknown option '--format'/);
  });

  it.skipIf(!existsSync('/dev/full'))('1 when standard output cannot be written, saying so', () => {
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [CLI], { input: 'Some text.', stdio: ['pipe', full, 'pipe'] });
    closeSync(full);
    expect(run.status).toBe(1);
    expect(run.stderr.toString()).toBe('dechaff: cannot write standard output (ENOSPC)\n');
  });

  it('stops quietly, status 0, when the reader of its output goes away (| head)', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.destroy();
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end('Some text.\n'.repeat(50_000));
    });
    expect(run).toEqual({ code: 0, stderr: '' });
  });

  it.skipIf(process.platform === 'win32')('treats a closed standard output (>&-) as /dev/null, as Node does', () => {
    // Why this pins a limit: Node opens /dev/null on a closed descriptor 0–2 before any script runs, and
    // the result cannot be told from `>/dev/null`, subprocess.DEVNULL or stdio 'ignore' (README, Exit status).
    const run = spawnSync('sh', ['-c', `echo Some text. | '${process.execPath}' '${CLI}' >&-`], { encoding: 'utf8' });
    expect({ code: run.status, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('--help prints the usage, the options and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: dechaff \[options\] \[file\|dir \.\.\.\]/);
    for (const flag of ['--format', '--jsonl', '--field', '--out-field', '--workers', '--quiet', '--explain']) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toContain('--profiles');
    expect(run.stdout).toMatch(/Exit status: 0 when every page was cleaned, 1 when some failed/);
    expect((await runCli(['learn', '-h'])).stdout).toBe(run.stdout);
  });

  it('--version prints the package version; the file runs by itself (shebang, executable)', () => {
    const run = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
    expect(pkg.bin).toEqual({ dechaff: './dist/cli.js' });
  });
});

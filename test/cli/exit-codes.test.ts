import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topicOf } from '../../src/cli/args.js';
import { helpCommand } from '../../src/cli/help.js';
import { tempDirs } from '../temp-dir.js';
import { CLI, linesOf, runCli } from './run-cli.js';

const tempDir = tempDirs('exit-codes');

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** A usage error: status 2, nothing on standard output, one line on standard error, no stack trace. */
async function expectUsageError(args: string[], message: RegExp, input?: string): Promise<void> {
  const run = await runCli(args, input === undefined ? {} : { input });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
  expect(run.stderr.endsWith(` (see '${helpCommand(topicOf(args))}')\n`)).toBe(true);
}

describe('exit status and messages', () => {
  it('0 when every record was cleaned', async () => {
    expect((await runCli([], { input: 'Some text.' })).code).toBe(0);
  });

  it('2 for --url with several pages; one page named twice is one page', async () => {
    const dir = tempDir();
    for (const f of ['a.txt', 'b.txt']) writeFileSync(join(dir, f), 'Some text.');
    const url = 'https://a.example/some-text/';
    await expectUsageError(['--url', url, join(dir, 'a.txt'), join(dir, 'b.txt')], /--url names one page's URL; got 2/);
    const twice = await runCli(['--url', url, join(dir, 'a.txt'), join(dir, 'a.txt')]);
    expect(twice).toMatchObject({ code: 0, stdout: 'Some text.\n', stderr: '' });
  });

  it('2 for an unknown flag', () =>
    expectUsageError(['--colour'], /^dechaff: unknown option '--colour' \(see 'dechaff --help'\)$/));
  it('2 for a misspelt flag, naming the one meant; after -- it is a file', async () => {
    await expectUsageError(['--jsnol', 'a.jsonl'], /^dechaff: unknown option '--jsnol'; did you mean --jsonl\? \(see/);
    await expectUsageError(['--', '--jsnol'], /^dechaff: no such file: --jsnol \(see 'dechaff --help'\)$/);
  });
  it('takes options before learn as well as after it, and refuses one learn does not know with its help', async () => {
    const run = await runCli(['-q', 'learn', '--by', 'none', '-'], { input: 'Home\nSome text.\n' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout).sites['*'].pages).toBe(1);
    await expectUsageError(
      ['--explain', 'learn'],
      /^dechaff: unknown option '--explain'; it is an option of cleaning, not of learn \(see 'dechaff learn --help'\)$/,
    );
  });
  it('2 for a missing first input that reads as a command word, naming the one command', () =>
    expectUsageError(
      ['--quiet', 'clean', 'page.txt'],
      /^dechaff: no such file or command: clean; cleaning takes no command word, and the one is 'learn' \(/,
    ));
  it('2 for a missing file, before any work', () =>
    expectUsageError(['nope.txt'], /^dechaff: no such file: nope\.txt/));
  it.skipIf(process.platform === 'win32')(
    '2 for a symbolic link in a loop named as an input or as --profiles, said as such, not as a missing file',
    async () => {
      const cwd = tempDir();
      symlinkSync('loop', join(cwd, 'loop'));
      symlinkSync('gone', join(cwd, 'broken'));
      writeFileSync(join(cwd, 'a.txt'), 'Some text.');
      for (const [args, message] of [
        [['loop'], 'cannot read loop (ELOOP)'],
        [['learn', 'loop'], 'cannot read loop (ELOOP)'],
        [['--profiles', 'loop', 'a.txt'], 'cannot read loop (ELOOP)'],
        [['broken'], 'no such file: broken'],
      ] as const) {
        const help = args[0] === 'learn' ? 'dechaff learn --help' : 'dechaff --help';
        expect(await runCli(args, { cwd })).toEqual({
          code: 2,
          stdout: '',
          stderr: `dechaff: ${message} (see '${help}')\n`,
        });
      }
    },
  );
  it.skipIf(process.platform === 'win32')(
    '2 for a file or folder named that cannot be read, before any work; 1 for one found in a folder, after the rest',
    () => {
      const dir = tempDir();
      chmodSync(dir, 0o755);
      mkdirSync(join(dir, 'pages', 'locked'), { recursive: true });
      mkdirSync(join(dir, 'more'));
      mkdirSync(join(dir, 'only-locked', 'locked'), { recursive: true });
      for (const f of ['pages/a.txt', 'pages/locked/b.txt', 'more/a.txt', 'more/secret.txt', 'secret.txt'])
        writeFileSync(join(dir, f), 'Some text.');
      for (const f of ['pages/locked', 'only-locked/locked', 'more/secret.txt', 'secret.txt'])
        chmodSync(join(dir, f), 0);
      // Why another user under root: root reads anything.
      const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const run = (args: string[]) =>
        spawnSync(process.execPath, [CLI, ...args], { ...as, cwd: dir, encoding: 'utf8' });
      try {
        for (const [args, path] of [
          [['learn', 'pages/locked'], 'pages/locked'],
          [['more/a.txt', 'secret.txt'], 'secret.txt'],
        ] as const) {
          const help = args[0] === 'learn' ? 'dechaff learn --help' : 'dechaff --help';
          expect(run([...args])).toMatchObject({
            status: 2,
            stdout: '',
            stderr: `dechaff: cannot read ${path} (EACCES) (see '${help}')\n`,
          });
        }
        // One found in a folder fails as a page, and the others are cleaned.
        const folder = run(['-q', 'more']);
        expect(folder).toMatchObject({ status: 1, stdout: expect.stringContaining('Some text.') });
        expect(folder.stderr).toBe('dechaff: more/secret.txt: cannot read (EACCES)\n');
        // So does a folder found in a folder, counted as one input that failed, when cleaning and when learning.
        const walked = run(['pages', 'more/a.txt']);
        expect(walked).toMatchObject({ status: 1, stdout: expect.stringContaining('Some text.') });
        expect(linesOf(walked.stderr)).toEqual([
          'dechaff: pages/locked: cannot read (EACCES)',
          expect.stringMatching(/^dechaff: 3 read, 2 cleaned, 1 failed \(/),
        ]);
        const learned = run(['learn', 'pages']);
        expect(learned).toMatchObject({ status: 1, stdout: expect.stringContaining('"version":1') });
        expect(linesOf(learned.stderr)).toEqual([
          'dechaff: pages/locked: cannot read (EACCES)',
          expect.stringMatching(/^dechaff: 2 read, 1 learned, 1 failed \(.*\); 1 site profile$/),
        ]);
        // A folder holding only such a folder is not an empty one (a usage error): its one input failed.
        expect(run(['-q', '--jsonl', 'only-locked'])).toMatchObject({
          status: 1,
          stdout: '',
          stderr: 'dechaff: only-locked/locked: cannot read (EACCES)\n',
        });
      } finally {
        // Why: a folder without permissions cannot be emptied, so removed, by a user other than root.
        for (const f of ['pages/locked', 'only-locked/locked']) chmodSync(join(dir, f), 0o755);
      }
    },
  );
  it('2 for an empty name, saying what is empty (an unset shell variable)', async () => {
    await expectUsageError([''], /^dechaff: an input is an empty string, not a path/);
    await expectUsageError(['learn', 'a.txt', ''], /^dechaff: an input is an empty string, not a path/);
    await expectUsageError(['--out-dir', '', 'a.txt'], /^dechaff: --out-dir is an empty string, not a path/);
    await expectUsageError(['--profiles', '', 'a.txt'], /^dechaff: --profiles is an empty string, not a path/);
    await expectUsageError(['learn', '--out', '', 'a.txt'], /^dechaff: --out is an empty string, not a path/);
  });
  it('2 for a directory as standard input, which Node would read as empty', () => {
    const dir = openSync(tempDir(), 'r');
    try {
      for (const args of [[], ['--jsonl'], ['learn']]) {
        const run = spawnSync(process.execPath, [CLI, ...args], { stdio: [dir, 'pipe', 'pipe'], encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^dechaff: standard input is a directory; name it as an argument instead \(see/);
      }
    } finally {
      closeSync(dir);
    }
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
    await expectUsageError(['learn', '--format', 'text'], /unknown option '--format'/);
  });

  it.skipIf(!existsSync('/dev/full'))('1 when standard output cannot be written, saying so', () => {
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [CLI], { input: 'Some text.', stdio: ['pipe', full, 'pipe'] });
    expect(run.status).toBe(1);
    expect(run.stderr.toString()).toBe('dechaff: cannot write standard output (ENOSPC)\n');
    // A message that cannot be written has nowhere to go; the status still says what happened.
    const quiet = spawnSync(process.execPath, [CLI, 'nope.txt'], { stdio: ['pipe', 'pipe', full] });
    expect(quiet.status).toBe(2);
    closeSync(full);
  });

  it.skipIf(process.platform === 'win32')(
    'dies of SIGPIPE, quietly, when the reader of its output goes away',
    async () => {
      const run = await new Promise<{ code: number | null; signal: string | null; stderr: string }>(
        (resolve, reject) => {
          const child = spawn(process.execPath, [CLI, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
          let stderr = '';
          child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
          child.stdout.destroy();
          child.on('error', reject);
          child.on('close', (code, signal) => resolve({ code, signal, stderr }));
          child.stdin.end('Some text.\n'.repeat(50_000));
        },
      );
      expect(run).toEqual({ code: null, signal: 'SIGPIPE', stderr: '' });
    },
  );

  it.skipIf(process.platform === 'win32')(
    'gives status 141 in a shell pipeline into head, as cat does',
    () => {
      // Why a shell: `| head -1` is the case users meet, and the status a script sees is the shell's.
      const dir = tempDir();
      // Each output is far more than a pipe holds, so the command is still writing when head has gone.
      const sentences = 'A sentence of the article goes on. '.repeat(20);
      const lines = Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ text: `Page ${i}. ${sentences}` }));
      writeFileSync(join(dir, 'crawl.jsonl'), `${lines.join('\n')}\n`);
      writeFileSync(join(dir, 'bad.jsonl'), `not json\n${lines.join('\n')}\n`);
      for (let i = 0; i < 12; i++) writeFileSync(join(dir, `p${String(i).padStart(2, '0')}.txt`), sentences.repeat(20));
      const node = `'${process.execPath}' '${CLI}'`;
      for (const args of [
        `-w 1 --jsonl -f text '${join(dir, 'crawl.jsonl')}'`,
        `-q -w 1 '${join(dir, 'p00.txt')}' '${dir}'`,
      ]) {
        const run = spawnSync('sh', ['-c', `(${node} ${args}; echo "status $?" >&2) | head -1`], { encoding: 'utf8' });
        expect(linesOf(run.stdout)).toHaveLength(1);
        expect(run.stderr).toBe('status 141\n');
      }
      // A reader of the messages that goes away (here before the first, a bad line) ends the run the same way.
      const script = `exec 4>&2; (${node} -w 1 --jsonl '${join(dir, 'bad.jsonl')}' >/dev/null; echo "status $?" >&4) 2>&1 | head -c0`;
      expect(spawnSync('sh', ['-c', script], { encoding: 'utf8' }).stderr).toBe('status 141\n');
    },
    60_000,
  );

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
    expect(run.stdout).toMatch(
      /Exit status: 0 when every page was cleaned, 1 when some failed \(the rest are written\) or the\nrun could not finish/,
    );
    expect(run.stdout).toContain("'dechaff learn --help'");
  });

  it('learn --help prints the usage, options and examples of dechaff learn', async () => {
    const run = await runCli(['learn', '--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: dechaff learn \[options\] \[file\|dir \.\.\.\]/);
    for (const flag of ['--out', '--jsonl', '--field', '--by', '--url-field', '--site-field', '--workers', '--quiet']) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).not.toContain('--format');
    expect(run.stdout).toMatch(
      /Exit status: 0 when every page was read, 1 when some failed[\s\S]* or the run\ncould not finish/,
    );
    expect(run.stdout).toMatch(/ended by SIGPIPE \(141 in a\nshell\)/);
    expect(run.stdout).toMatch(/^Examples:\n {2}dechaff learn /m);
    expect((await runCli(['learn', '-h', '--jsonl'])).stdout).toBe(run.stdout);
  });

  it('2 for a word after --help or --version, which take none, rather than ignore it', async () => {
    await expectUsageError(['--help', 'extra'], /^dechaff: --help takes no file or word; got 'extra'/);
    await expectUsageError(['learn', '--help', 'pages/'], /^dechaff: --help takes no file or word; got 'pages\/'/);
    await expectUsageError(['--version', 'a.txt', 'b.txt'], /^dechaff: --version takes no file or word; got 'a\.txt'/);
  });

  it('--version prints the package version; the file runs by itself (shebang, executable)', () => {
    const run = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
    expect(pkg.bin).toEqual({ dechaff: './dist/cli.js' });
  });
});

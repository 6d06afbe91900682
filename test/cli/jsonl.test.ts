import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { clean, toText } from '../../src/index.js';
import { sitePage } from '../synthetic-site.js';
import { tempDirs } from '../temp-dir.js';
import { CLI, linesOf, runCli } from './run-cli.js';

const tempDir = tempDirs('jsonl');

const records = Array.from({ length: 120 }, (_, i) => ({
  id: i,
  url: `https://news${i % 3}.example/${i}`,
  text: sitePage(i),
}));
const jsonl = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
// Line numbers are the input's: line 3 is not JSON, line 6 blank, 9 lacks the field, 12 has a number there.
const broken = [
  JSON.stringify(records[0]),
  JSON.stringify(records[1]),
  '{"id": 2, "text": "unterminated',
  JSON.stringify(records[3]),
  JSON.stringify(records[4]),
  '',
  JSON.stringify(records[6]),
  '["an", "array"]',
  '{"id": 8}',
  JSON.stringify(records[9]),
  '{"id": 10, "text": null}',
  '{"id": 11, "text": 12}',
  JSON.stringify(records[12]),
].join('\r\n');
let dir: string;

beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, 'crawl.jsonl'), jsonl);
  writeFileSync(join(dir, 'broken.jsonl'), broken);
});

const ids = (stdout: string): unknown[] => linesOf(stdout).map((l) => JSON.parse(l).id);

describe('dechaff --jsonl', () => {
  it('writes one line per record, in input order, whatever the number of workers', async () => {
    const one = await runCli(['--jsonl', '--workers', '1', join(dir, 'crawl.jsonl')]);
    const four = await runCli(['--jsonl', '--workers', '4', join(dir, 'crawl.jsonl')]);
    expect(one.code).toBe(0);
    expect(ids(one.stdout)).toEqual(records.map((r) => r.id));
    expect(four.stdout).toBe(one.stdout);
    expect(four.stderr).toMatch(/^dechaff: 120 read, 120 cleaned, 0 failed \(/);
  });

  it('reads files joined with cat, each opening with a byte order mark, as one stream of records', async () => {
    const file = `\ufeff${JSON.stringify(records[0])}\r\n${JSON.stringify(records[1])}\r\n`;
    const run = await runCli(['--jsonl', '-q'], { input: file + file });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(ids(run.stdout)).toEqual([0, 1, 0, 1]);
    expect(run.stdout).not.toContain('\ufeff');
  });

  it('adds the article to the input record, whose own bytes are kept', async () => {
    const input = '{"id":1, "text":"Line one of the story.\\n\\nHome", "n": 1.50}';
    const run = await runCli(['--jsonl', '-q'], { input: `${input}\n` });
    expect(run.stdout.startsWith(input.slice(0, -1))).toBe(true);
    const record = JSON.parse(run.stdout);
    expect(record.dechaff).toEqual(JSON.parse(JSON.stringify(clean('Line one of the story.\n\nHome'))));
  });

  it('reads the text from --field and writes under --out-field, as text or markdown', async () => {
    const input = `${JSON.stringify({ body: records[5]?.text, article: 'old' })}\n`;
    const run = await runCli(['--jsonl', '--field', 'body', '--out-field', 'article', '-f', 'text'], { input });
    const record = JSON.parse(run.stdout);
    expect(record.article).toBe(toText(clean(records[5]?.text ?? '')));
    expect(Object.keys(record)).toEqual(['body', 'article']);
  });

  it('reports each invalid line with its number and reason, cleans the rest, and exits 1', async () => {
    const run = await runCli(['--jsonl', '--workers', '2', join(dir, 'broken.jsonl')]);
    expect(run.code).toBe(1);
    expect(ids(run.stdout)).toEqual([0, 1, 3, 4, 6, 9, 12]);
    const file = join(dir, 'broken.jsonl');
    expect(linesOf(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^dechaff: ${file}:3: not valid JSON \\(.+\\)$`)),
      `dechaff: ${file}:8: not a JSON object but an array`,
      `dechaff: ${file}:9: no "text" field`,
      `dechaff: ${file}:11: "text" is null, not a string`,
      `dechaff: ${file}:12: "text" is a number, not a string`,
      expect.stringMatching(/^dechaff: 12 read, 7 cleaned, 5 failed \(/),
    ]);
  });

  // Why /proc/self/mem: reading it from offset 0 fails with EIO, an unreadable file even for root.
  it.skipIf(!existsSync('/proc/self/mem'))(
    'reports a file that fails to read by name, and reads the next',
    async () => {
      const run = await runCli(['--jsonl', '-w', '2', '/proc/self/mem', join(dir, 'crawl.jsonl')]);
      expect(run.code).toBe(1);
      expect(ids(run.stdout)).toEqual(records.map((r) => r.id));
      expect(linesOf(run.stderr)).toEqual([
        'dechaff: /proc/self/mem:1: cannot read (EIO)',
        expect.stringMatching(/^dechaff: 121 read, 120 cleaned, 1 failed \(/),
      ]);
    },
  );

  it('skips a binary input (a gzipped stream) as one failure, not a line of invalid JSON per line', async () => {
    writeFileSync(join(dir, 'crawl.jsonl.gz'), gzipSync(jsonl));
    const run = await runCli(['--jsonl', '-w', '1', join(dir, 'crawl.jsonl.gz'), join(dir, 'crawl.jsonl')]);
    expect(run.code).toBe(1);
    expect(ids(run.stdout)).toEqual(records.map((r) => r.id));
    expect(linesOf(run.stderr)).toEqual([
      `dechaff: ${join(dir, 'crawl.jsonl.gz')}:1: binary, not text (a NUL byte in the first 8000 bytes), skipped`,
      expect.stringMatching(/^dechaff: 121 read, 120 cleaned, 1 failed \(/),
    ]);
    const piped = await runCli(['--jsonl', '-q'], { input: gzipSync(jsonl) });
    expect(piped).toMatchObject({ code: 1, stdout: '' });
    expect(linesOf(piped.stderr)).toEqual([
      'dechaff: <stdin>:1: binary, not text (a NUL byte in the first 8000 bytes), skipped',
    ]);
  });

  it('reads JSON Lines from standard input, and says nothing with --quiet but the failures', async () => {
    const run = await runCli(['--jsonl', '--quiet'], { input: broken });
    expect(ids(run.stdout)).toEqual([0, 1, 3, 4, 6, 9, 12]);
    expect(linesOf(run.stderr)).toHaveLength(5);
    expect(run.stderr).toContain('dechaff: <stdin>:9: no "text" field');
  });

  /**
   * Runs the command on long records with a reader that stops reading once the output has begun, so the pipe fills
   * and the run is under way in a write; stops it with Ctrl-C, then reads the rest.
   */
  async function stopWhileReaderLags(args: readonly string[]): Promise<{ out: string; signal: string | null }> {
    const long = records.map((r, i) =>
      JSON.stringify({ ...r, text: Array.from({ length: 8 }, (_, k) => sitePage(i * 8 + k)).join('\n\n') }),
    );
    writeFileSync(join(dir, 'long.jsonl'), `${long.join('\n')}\n`);
    const child = spawn(process.execPath, [CLI, ...args, '--quiet', '-w', '1', join(dir, 'long.jsonl')]);
    child.stdout.setEncoding('utf8');
    let out = '';
    child.stdout.on('data', (d: string) => (out += d));
    await once(child.stdout, 'data');
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    child.stdout.resume();
    const [, signal] = (await once(child, 'close')) as [number | null, string | null];
    return { out, signal };
  }

  it('stopped by Ctrl-C while its reader lags, leaves no half line behind', async () => {
    const { out, signal } = await stopWhileReaderLags(['--jsonl']);
    expect(signal).toBe('SIGINT');
    expect(out.endsWith('\n')).toBe(true);
    expect(ids(out)).toEqual(records.slice(0, ids(out).length).map((r) => r.id));
  });

  it('stopped by Ctrl-C while its reader lags, learn writes its profiles whole', async () => {
    const { out, signal } = await stopWhileReaderLags(['learn', '--jsonl']);
    expect(signal).toBe('SIGINT');
    expect(out.length).toBeGreaterThan(2 ** 18);
    expect(Object.keys(JSON.parse(out).sites)).toEqual(['news0.example', 'news1.example', 'news2.example']);
  });

  it('writes each record as soon as it is cleaned, while its input stays open (tail -f)', async () => {
    const child = spawn(process.execPath, [CLI, '--jsonl', '--quiet'], { env: { ...process.env, NO_COLOR: '' } });
    child.stdout.setEncoding('utf8');
    child.stdin.write(`${JSON.stringify(records[0])}\n`);
    // The input is still open: the first record's line must come out before the second is written.
    const [first] = (await once(child.stdout, 'data')) as [string];
    expect(JSON.parse(first).id).toBe(0);
    let rest = '';
    child.stdout.on('data', (d: string) => (rest += d));
    child.stdin.end(`${JSON.stringify(records[1])}\n`);
    const [code] = await once(child, 'close');
    expect(code).toBe(0);
    expect(ids(rest)).toEqual([1]);
  });
});

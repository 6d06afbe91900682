import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clean, toMarkdown, toText } from '../../src/index.js';
import { sitePage } from '../synthetic-site.js';
import { tempDirs } from '../temp-dir.js';
import { CLI, linesOf, runCli } from './run-cli.js';

const tempDir = tempDirs('files');

const seed = readFileSync(new URL('../../fixtures/haaretz-tillerson/input.txt', import.meta.url), 'utf8');
let dir: string;

beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, 'seed.txt'), seed);
  mkdirSync(join(dir, 'pages', 'more'), { recursive: true });
  writeFileSync(join(dir, 'pages', 'a.txt'), sitePage(1));
  writeFileSync(join(dir, 'pages', 'b.html.txt'), sitePage(2));
  writeFileSync(join(dir, 'pages', 'more', 'c.txt'), sitePage(3));
  writeFileSync(join(dir, 'pages', '.hidden'), 'not a page');
});

describe('dechaff on files', () => {
  it('writes the article as text, the same as the library', async () => {
    const run = await runCli([join(dir, 'seed.txt')]);
    expect(run).toEqual({ code: 0, stdout: toText(clean(seed)), stderr: '' });
  });

  it('writes Markdown and JSON', async () => {
    expect((await runCli(['-f', 'markdown', join(dir, 'seed.txt')])).stdout).toBe(toMarkdown(clean(seed)));
    const json = await runCli(['--format', 'json', join(dir, 'seed.txt')]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(clean(seed))));
  });

  it('reads standard input, with no file or with -', async () => {
    const expected = toText(clean(seed));
    expect((await runCli([], { input: seed })).stdout).toBe(expected);
    expect((await runCli(['-'], { input: seed })).stdout).toBe(expected);
  });

  it('cleans a piped page over a megabyte as the library does (a worker thread cleans it, so Ctrl-C ends it at once)', async () => {
    const big = Array.from({ length: 1200 }, (_, i) => sitePage(i)).join('\n\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(1_000_000);
    const run = await runCli(['-f', 'json'], { input: big });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual(clean(big));
  });

  it('names each input before its output when there are several, in the order given', async () => {
    const a = join(dir, 'pages', 'a.txt');
    const run = await runCli(['--workers', '2', join(dir, 'seed.txt'), a]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `==> ${join(dir, 'seed.txt')} <==\n${toText(clean(seed))}\n==> ${a} <==\n${toText(clean(sitePage(1)))}`,
    );
    expect(run.stderr).toMatch(/^dechaff: 2 read, 2 cleaned, 0 failed/);
  });

  it('writes JSON Lines for several inputs or a folder: one record a file, with the article under --out-field', async () => {
    const a = join(dir, 'pages', 'a.txt');
    const run = await runCli(['-q', '-f', 'json', '-w', '2', join(dir, 'seed.txt'), a]);
    expect(run.code).toBe(0);
    const records = linesOf(run.stdout).map((line) => JSON.parse(line));
    expect(records).toEqual([
      { file: join(dir, 'seed.txt'), dechaff: JSON.parse(JSON.stringify(clean(seed))) },
      { file: a, dechaff: JSON.parse(JSON.stringify(clean(sitePage(1)))) },
    ]);
    // A folder is named even when it holds one file, so its output has one shape whatever it holds.
    const folder = join(dir, 'folder-of-one');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'only.txt'), seed);
    const one = await runCli(['-f', 'json', '--out-field', 'article', folder]);
    expect(linesOf(one.stdout).map((line) => Object.keys(JSON.parse(line)))).toEqual([['file', 'article']]);
    expect((await runCli([folder])).stdout).toBe(`==> ${join(folder, 'only.txt')} <==\n${toText(clean(seed))}`);
    const clash = await runCli(['-f', 'json', '--out-field', 'file', folder]);
    expect(clash).toMatchObject({ code: 2, stdout: '' });
    expect(clash.stderr).toMatch(/^dechaff: --out-field file would clash with the field naming each input/);
  });

  it('reads an input named twice once: standard input, a file and the folder holding it', async () => {
    expect(await runCli(['-', '-'], { input: seed })).toEqual({ code: 0, stdout: toText(clean(seed)), stderr: '' });
    const a = join(dir, 'pages', 'a.txt');
    const twice = await runCli(['-q', a, join(dir, 'pages'), join(dir, 'pages', '.', 'a.txt')]);
    expect(twice.stdout.match(/^==> .* <==$/gm)).toEqual([
      `==> ${a} <==`,
      `==> ${join(dir, 'pages', 'b.html.txt')} <==`,
      `==> ${join(dir, 'pages', 'more', 'c.txt')} <==`,
    ]);
  });

  it.skipIf(!existsSync('/dev/stdin'))('reads a pipe named by a path (/dev/stdin, a shell <(…))', () => {
    // Why a shell: its | is a pipe, which has no real path; the test runner's stdin is a socket.
    const run = spawnSync('sh', ['-c', `cat '${join(dir, 'seed.txt')}' | '${process.execPath}' '${CLI}' /dev/stdin`]);
    expect({ code: run.status, stdout: run.stdout.toString(), stderr: run.stderr.toString() }).toEqual({
      code: 0,
      stdout: toText(clean(seed)),
      stderr: '',
    });
  });

  it('cleans a folder into --out-dir, mirroring its layout, without dot files', async () => {
    const out = join(dir, 'out');
    const run = await runCli(['-q', '-f', 'markdown', '--out-dir', out, join(dir, 'pages')]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(['a.md', 'b.html.md', 'more', 'more/c.md']);
    expect(readFileSync(join(out, 'more', 'c.md'), 'utf8')).toBe(toMarkdown(clean(sitePage(3))));
  });

  it('reports an output that cannot be written under --out-dir, writes the others, and exits 1', async () => {
    const out = join(dir, 'out-blocked');
    mkdirSync(join(out, 'a.txt'), { recursive: true });
    writeFileSync(join(out, 'more'), 'a file where a folder should go');
    const run = await runCli(['--out-dir', out, join(dir, 'pages')]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(linesOf(run.stderr)).toEqual([
      `dechaff: ${join(dir, 'pages', 'a.txt')}: ${join(out, 'a.txt')} is a directory`,
      `dechaff: ${join(dir, 'pages', 'more', 'c.txt')}: ${join(out, 'more')} is not a directory`,
      expect.stringMatching(/^dechaff: 3 read, 1 cleaned, 2 failed/),
    ]);
    expect(readFileSync(join(out, 'b.html.txt'), 'utf8')).toBe(toText(clean(sitePage(2))));
    // Each output is written beside its place and renamed into it, and nothing is left of a failed one.
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.html.txt', 'more']);
  });

  it('refuses an --out-dir that would overwrite an input with its own output, before any work', async () => {
    const pages = join(dir, 'own');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, 'a.txt'), seed);
    const run = await runCli(['--out-dir', pages, pages]);
    expect(run.code).toBe(2);
    expect(linesOf(run.stderr)).toEqual([
      `dechaff: ${join(pages, 'a.txt')} would be overwritten by its own output; choose another --out-dir (see 'dechaff --help')`,
    ]);
    expect(readFileSync(join(pages, 'a.txt'), 'utf8')).toBe(seed);
    // A different extension is a different file: Markdown may go next to its input, run after run (the a.md
    // found next to a.txt is what a.txt writes, not a page), but a page of its own is still not overwritten.
    for (const _ of [1, 2]) {
      expect(await runCli(['-q', '-f', 'markdown', '--out-dir', pages, pages])).toEqual({
        code: 0,
        stdout: '',
        stderr: '',
      });
    }
    expect(readdirSync(pages).sort()).toEqual(['.dechaff-outputs', 'a.md', 'a.txt']);
    expect(readFileSync(join(pages, 'a.md'), 'utf8')).toBe(toMarkdown(clean(seed)));
    writeFileSync(join(pages, 'b.md'), seed);
    const page = await runCli(['-q', '-f', 'markdown', '--out-dir', pages, pages]);
    expect(page).toMatchObject({ code: 2, stdout: '' });
    expect(page.stderr).toMatch(/^dechaff: .*b\.md would be overwritten by its own output/);
  });

  it('tells its earlier outputs of any format from pages in a folder it writes into, by the notes it keeps there', async () => {
    const pages = join(dir, 'formats');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, 'a.txt'), seed);
    writeFileSync(join(pages, 'b.txt'), sitePage(4));
    const quiet = { code: 0, stdout: '', stderr: '' };
    expect(await runCli(['-q', '-f', 'markdown', '-o', pages, pages])).toEqual(quiet);
    // The a.md found now was made from a.txt, which this run reads too: an output, not a page to clean into a.json.
    expect(await runCli(['-q', '-f', 'json', '-o', pages, pages])).toEqual(quiet);
    expect(readdirSync(pages).sort()).toEqual([
      '.dechaff-outputs',
      'a.json',
      'a.md',
      'a.txt',
      'b.json',
      'b.md',
      'b.txt',
    ]);
    expect(JSON.parse(readFileSync(join(pages, 'a.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(clean(seed))));
    // Run after run, the notes keep one line an output.
    expect(await runCli(['-q', '-f', 'markdown', '-o', pages, pages])).toEqual(quiet);
    expect(linesOf(readFileSync(join(pages, '.dechaff-outputs'), 'utf8'))).toHaveLength(4);
  });

  it('reads a folder holding its outputs as the pages alone, unless an output is named or a page saved over it', async () => {
    const pages = join(dir, 'formats-read');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, 'a.txt'), seed);
    writeFileSync(join(pages, 'b.txt'), sitePage(4));
    expect((await runCli(['-q', '-f', 'markdown', '-o', pages, pages])).code).toBe(0);
    const listed = (await runCli(['-q', pages])).stdout.match(/^==> .* <==$/gm);
    expect(listed).toEqual([`==> ${join(pages, 'a.txt')} <==`, `==> ${join(pages, 'b.txt')} <==`]);
    expect((await runCli([join(pages, 'a.md')])).stdout).toBe(toText(clean(toMarkdown(clean(seed)))));
    // A page saved over an output since (another size) is a page again.
    writeFileSync(join(pages, 'b.md'), sitePage(5));
    const again = (await runCli(['-q', pages])).stdout.match(/^==> .* <==$/gm);
    expect(again).toContain(`==> ${join(pages, 'b.md')} <==`);
  });

  it('lists outputs only in folders it reads: an --out-dir elsewhere gets no notes, and its files read as pages', async () => {
    const pages = join(dir, 'notes-nested');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, 'a.txt'), seed);
    const elsewhere = join(dir, 'notes-elsewhere');
    expect((await runCli(['-q', '-f', 'markdown', '-o', elsewhere, pages])).code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual(['a.md']);
    // Inside the folder read, outputs are listed: reading the folder skips them, reading their folder alone does not.
    const inside = join(pages, 'clean');
    expect((await runCli(['-q', '-f', 'markdown', '-o', inside, pages])).code).toBe(0);
    expect(readdirSync(inside).sort()).toEqual(['.dechaff-outputs', 'a.md']);
    expect((await runCli(['-q', pages])).stdout).toBe(`==> ${join(pages, 'a.txt')} <==\n${toText(clean(seed))}`);
    const outputs = (await runCli(['-q', inside])).stdout;
    expect(outputs).toBe(`==> ${join(inside, 'a.md')} <==\n${toText(clean(toMarkdown(clean(seed))))}`);
  });

  it('never reads the files of an --out-dir inside an input folder, so a second run does what the first did', async () => {
    const pages = join(dir, 'nested');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(pages, 'a.txt'), seed);
    const out = join(pages, 'clean');
    for (const _ of [1, 2])
      expect(await runCli(['-q', '--out-dir', out, pages])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(pages, { recursive: true }).sort()).toEqual([
      'a.txt',
      'clean',
      'clean/.dechaff-outputs',
      'clean/a.txt',
    ]);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe(toText(clean(seed)));
  });

  it('refuses two inputs written to one output, before any work, leaving no --out-dir behind', async () => {
    const out = join(dir, 'out-clash');
    mkdirSync(join(dir, 'other'), { recursive: true });
    writeFileSync(join(dir, 'other', 'a.txt'), seed);
    const run = await runCli(['--out-dir', out, join(dir, 'pages', 'a.txt'), join(dir, 'other', 'a.txt')]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(linesOf(run.stderr)).toEqual([
      `dechaff: ${join(dir, 'pages', 'a.txt')} and ${join(dir, 'other', 'a.txt')} would both be written to ${join(out, 'a.txt')} (see 'dechaff --help')`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an --out-dir that is a file', async () => {
    const run = await runCli(['--out-dir', join(dir, 'seed.txt'), join(dir, 'pages', 'a.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dechaff: --out-dir: .*seed\.txt is not a directory/);
  });

  it.skipIf(!existsSync('/proc/self'))('fails fast, naming the level, where --out-dir cannot be made', async () => {
    const run = await runCli(['--out-dir', '/proc/dechaff-test/out', join(dir, 'seed.txt')]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(linesOf(run.stderr)).toEqual([
      "dechaff: --out-dir: cannot create /proc/dechaff-test/out: /proc/dechaff-test (ENOENT) (see 'dechaff --help')",
    ]);
  });

  it('skips a binary file (a NUL byte near its start) as failed, and names only what it wrote', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed, { recursive: true });
    writeFileSync(join(mixed, 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(mixed, 'b.txt'), seed);
    const run = await runCli([mixed]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`==> ${join(mixed, 'b.txt')} <==\n${toText(clean(seed))}`);
    expect(linesOf(run.stderr)[0]).toBe(
      `dechaff: ${join(mixed, 'a.png')}: binary, not text (a NUL byte in the first 8000 bytes), skipped`,
    );
    // Text that is not valid UTF-8 is still text: it is decoded with replacement characters and cleaned.
    const latin1 = await runCli([], { input: Buffer.from('Un caf\xe9 au lait, merci.', 'latin1') });
    expect(latin1).toMatchObject({ code: 0, stderr: '' });
    const binary = await runCli([], { input: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x41]) });
    expect(binary).toMatchObject({ code: 1, stdout: '' });
    expect(binary.stderr).toMatch(/^dechaff: <stdin>: binary, not text/);
    // An input that never ends is read only until it shows it is binary (or until the input limit).
    if (existsSync('/dev/zero')) {
      expect(await runCli(['/dev/zero'])).toEqual({
        code: 1,
        stdout: '',
        stderr: 'dechaff: /dev/zero: binary, not text (a NUL byte in the first 8000 bytes), skipped\n',
      });
    }
  });

  it('follows symbolic links in a folder, never round a loop, and reports a broken one as failed', async () => {
    const linked = join(dir, 'linked');
    mkdirSync(linked, { recursive: true });
    symlinkSync(join(dir, 'seed.txt'), join(linked, 'a.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(linked, 'b-broken.txt'));
    symlinkSync('.', join(linked, 'c-loop'));
    const run = await runCli([linked]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`==> ${join(linked, 'a.txt')} <==\n${toText(clean(seed))}`);
    expect(linesOf(run.stderr)).toEqual([
      `dechaff: ${join(linked, 'b-broken.txt')}: cannot read (ENOENT)`,
      expect.stringMatching(/^dechaff: 2 read, 1 cleaned, 1 failed/),
    ]);
  });

  it('explains what it removed: kind, text, reason and offsets', async () => {
    const run = await runCli(['--explain', join(dir, 'seed.txt')]);
    const article = clean(seed);
    expect(run.stdout.startsWith(toText(article))).toBe(true);
    const listing = run.stdout.slice(toText(article).length);
    expect(listing).toContain(`--- removed: ${article.removed.length} spans ---`);
    const first = article.removed[0];
    if (!first) throw new Error('the seed page has removed spans');
    expect(listing).toContain(`${JSON.stringify(first.text)} — ${first.reason} (${first.start}–${first.end})`);
    expect(linesOf(listing)).toHaveLength(article.removed.length + 1);
    const md = await runCli(['--explain', '-f', 'markdown', join(dir, 'seed.txt')]);
    expect(md.stdout).toContain(`## Removed: ${article.removed.length} spans`);
    expect(md.stdout).toContain(`- **${first.kind}** ${JSON.stringify(first.text)}`);
  });

  it('never colors output that is not a terminal', async () => {
    const run = await runCli(['--explain', join(dir, 'seed.txt'), join(dir, 'pages')], { env: { NO_COLOR: '' } });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('\x1b[');
  });
});

import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnProfile } from '../../src/index.js';
import { random, sentence, siteChrome, sitePage, sitePages } from '../synthetic-site.js';
import { tempDirs } from '../temp-dir.js';
import { linesOf, runCli } from './run-cli.js';

const tempDir = tempDirs('profiles');

// Two synthetic sites: gazette.example has the synthetic chrome; plain.example's pages are prose alone.
const gazette = sitePages(12, 100).map((text, i) => ({ url: `https://www.gazette.example/story/${i}`, text }));
const plain = Array.from({ length: 6 }, (_, i) => {
  const rand = random(200 + i);
  return { url: `https://plain.example/${i}`, text: Array.from({ length: 4 }, () => sentence(rand, 30)).join('\n\n') };
});
const crawl = [...gazette, ...plain, { url: 'not a url', text: sitePage(300) }];
let dir: string;
let file: string;

beforeAll(() => {
  dir = tempDir();
  file = join(dir, 'crawl.jsonl');
  writeFileSync(file, `${crawl.map((r) => JSON.stringify(r)).join('\n')}\n`);
});

/** Writes six pages of one site, p0.txt to p5.txt, into a new folder. */
const writePages = (folder: string, seed: number): void => {
  mkdirSync(folder);
  for (const [i, text] of sitePages(6, seed).entries()) writeFileSync(join(folder, `p${i}.txt`), text);
};
const siteRepeats = (stdout: string): string[][] =>
  linesOf(stdout).map((l) =>
    (JSON.parse(l).dechaff.removed as { kind: string; text: string }[])
      .filter((r) => r.kind === 'site-repeat')
      .map((r) => r.text),
  );

describe('site profiles on the command line', () => {
  it('learns one profile per host, the same as the library, whatever the workers', async () => {
    const out = join(dir, 'profiles.json');
    const run = await runCli(['learn', '--jsonl', '--by', 'host', '--url-field', 'url', '--out', out, '-w', '2', file]);
    expect(run.code).toBe(1);
    expect(linesOf(run.stderr)).toEqual([
      `dechaff: ${file}:19: no site: "url" is missing, empty or not a URL`,
      expect.stringMatching(/^dechaff: 19 read, 18 learned, 1 failed .*; 2 site profiles$/),
    ]);
    const set = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(set.sites)).toEqual(['gazette.example', 'plain.example']);
    expect(set.sites['gazette.example']).toEqual(learnProfile(gazette.map((r) => r.text)));
    const oneWorker = await runCli(['learn', '--jsonl', '-w', '1', file]);
    expect(JSON.parse(oneWorker.stdout)).toEqual(set);
  });

  it('cleans each record with its host profile', async () => {
    const out = join(dir, 'profiles.json');
    const run = await runCli(['--jsonl', '--profiles', out, file]);
    expect(run.code).toBe(0);
    const removed = siteRepeats(run.stdout);
    expect(removed[3]).toEqual(siteChrome(103 % 97));
    expect(removed.slice(12).flat()).toEqual([]);
  });

  it('--learn learns in a first pass, then cleans with what it learned', async () => {
    const learned = await runCli(['--jsonl', '--learn', file]);
    const applied = await runCli(['--jsonl', '--profiles', join(dir, 'profiles.json'), file]);
    expect(learned.code).toBe(0);
    expect(learned.stdout).toBe(applied.stdout);
  });

  it('--learn reports a broken link in a folder as unreadable, as any run does, and cleans the rest', async () => {
    const folder = join(dir, 'with-broken-link');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.jsonl'), `${gazette.map((r) => JSON.stringify(r)).join('\n')}\n`);
    symlinkSync(join(dir, 'nowhere.jsonl'), join(folder, 'b.jsonl'));
    const run = await runCli(['--jsonl', '--learn', folder]);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toHaveLength(gazette.length);
    expect(linesOf(run.stderr)).toEqual([
      `dechaff: ${join(folder, 'b.jsonl')}:1: cannot read (ENOENT)`,
      expect.stringMatching(/^dechaff: 13 read, 12 cleaned, 1 failed/),
    ]);
  });

  it('learns from a file named twice once, in both commands', async () => {
    const once = await runCli(['learn', '--jsonl', '-q', file]);
    expect(await runCli(['learn', '--jsonl', '-q', file, join(dir, '.', 'crawl.jsonl')])).toEqual(once);
    const cleaned = await runCli(['--jsonl', '--learn', '-q', file]);
    expect(await runCli(['--jsonl', '--learn', '-q', file, file])).toEqual(cleaned);
  });

  it('never learns from its own --out file, even when the folder it reads holds it', async () => {
    const pages = join(dir, 'own-out');
    writePages(pages, 60);
    const out = join(pages, 'profiles.json');
    expect(await runCli(['learn', '-q', '--out', out, pages])).toMatchObject({ code: 0, stderr: '' });
    const first = readFileSync(out, 'utf8');
    // The second run finds the first one's output in the folder, and the partial file a killed run left there.
    writeFileSync(join(pages, '.profiles.json.999999.partial'), sitePage(61));
    expect(await runCli(['learn', '-q', '--out', out, pages])).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(first);
    const named = await runCli(['learn', '--out', out, join(pages, 'p0.txt'), out]);
    expect(named).toMatchObject({ code: 2, stdout: '' });
    expect(linesOf(named.stderr)).toEqual([
      `dechaff: ${out} is written by this run; it cannot also be an input (see 'dechaff learn --help')`,
    ]);
  });

  it('writes --out through a symbolic link, which stays, and never learns from the file it leads to', async () => {
    const pages = join(dir, 'linked-out');
    writePages(pages, 62);
    const link = join(dir, 'linked.json');
    // A broken link at first: the run makes the file it leads to, in the folder it reads.
    symlinkSync(join(pages, 'profiles.json'), link);
    expect(await runCli(['learn', '-q', '--out', link, pages])).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const first = readFileSync(join(pages, 'profiles.json'), 'utf8');
    expect(JSON.parse(first).sites['*'].pages).toBe(6);
    expect(await runCli(['learn', '-q', '--out', link, pages])).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(pages, 'profiles.json'), 'utf8')).toBe(first);
  });

  it('never cleans its --profiles file as a page, even when the folder it reads holds it', async () => {
    const pages = join(dir, 'own-profiles');
    writePages(pages, 70);
    const profiles = join(pages, 'site.json');
    expect(await runCli(['learn', '-q', '--out', profiles, pages])).toMatchObject({ code: 0, stderr: '' });
    const run = await runCli(['-q', '--profiles', profiles, pages]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.match(/^==> .* <==$/gm)).toEqual(
      sitePages(6, 70).map((_, i) => `==> ${join(pages, `p${i}.txt`)} <==`),
    );
    const named = await runCli(['--profiles', profiles, join(pages, 'p0.txt'), profiles]);
    expect(named).toMatchObject({ code: 2, stdout: '' });
    expect(linesOf(named.stderr)).toEqual([
      `dechaff: ${profiles} is read by --profiles; it cannot also be an input (see 'dechaff --help')`,
    ]);
  });

  it('refuses an --out-dir that would write an output over its --profiles file, before any work', async () => {
    const pages = join(dir, 'clobber');
    writePages(pages, 80);
    const profiles = join(dir, 'clobber-out', 'p0.json');
    mkdirSync(dirname(profiles));
    expect(await runCli(['learn', '-q', '--out', profiles, pages])).toMatchObject({ code: 0 });
    const saved = readFileSync(profiles, 'utf8');
    const run = await runCli(['-f', 'json', '--profiles', profiles, '-o', dirname(profiles), pages]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(linesOf(run.stderr)).toEqual([
      `dechaff: ${join(pages, 'p0.txt')} would be written over ${profiles}, read by --profiles; choose another --out-dir (see 'dechaff --help')`,
    ]);
    expect(readFileSync(profiles, 'utf8')).toBe(saved);
    expect(readdirSync(dirname(profiles))).toEqual(['p0.json']);
  });

  it('--site-field groups by a field; plain files take a profile with --site', async () => {
    const records = gazette.map((r, i) => ({ ...r, source: i % 2 ? 'odd' : 'even' }));
    writeFileSync(join(dir, 'fields.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
    const set = await runCli(['learn', '--jsonl', '--site-field', 'source', join(dir, 'fields.jsonl')]);
    expect(Object.keys(JSON.parse(set.stdout).sites)).toEqual(['even', 'odd']);
    writeFileSync(join(dir, 'by-field.json'), set.stdout);
    writeFileSync(join(dir, 'page.txt'), sitePage(7));
    const page = await runCli([
      '--explain',
      '--profiles',
      join(dir, 'by-field.json'),
      '--site',
      'odd',
      join(dir, 'page.txt'),
    ]);
    expect(page.stdout).toContain('readers are following this story" — on 6 of 6 pages of this site');
    const ambiguous = await runCli(['--profiles', join(dir, 'by-field.json'), join(dir, 'page.txt')]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/has 2 site profiles; choose one with --site/);
  });

  it('learns from plain files and accepts a profile saved from the library', async () => {
    const pages = sitePages(6, 50).map((text, i) => {
      writeFileSync(join(dir, `p${i}.txt`), text);
      return join(dir, `p${i}.txt`);
    });
    const set = await runCli(['learn', '-q', ...pages]);
    expect(JSON.parse(set.stdout).sites).toEqual({ '*': learnProfile(sitePages(6, 50)) });
    writeFileSync(join(dir, 'one.json'), JSON.stringify(learnProfile(sitePages(6, 50))));
    const run = await runCli(['--explain', '--profiles', join(dir, 'one.json'), pages[0] as string]);
    expect(run.stdout).toContain('on 6 of 6 pages of this site');
  });

  it('learns no page from empty standard input, an empty file or one of newlines: says so, writes nothing, 1', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'newlines.txt'), '\n\n\n');
    for (const [args, input] of [
      [['learn'], ''],
      [['learn', '--jsonl'], '\n\n'],
      [['learn', '--out', '-', join(dir, 'empty.txt'), join(dir, 'newlines.txt')], ''],
    ] as const) {
      const run = await runCli(args, { input });
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(linesOf(run.stderr)).toEqual([
        expect.stringMatching(/^dechaff: 0 read, 0 learned, 0 failed \(.*\); 0 site profiles$/),
        'dechaff: no page learned; no profiles written',
      ]);
      // Quiet, it still says why it failed.
      const quiet = await runCli([...args, '-q'], { input });
      expect(quiet).toEqual({ code: 1, stdout: '', stderr: 'dechaff: no page learned; no profiles written\n' });
    }
  });

  it('leaves an --out file as it was when no page is learned: every record failed, or none was there', async () => {
    const cwd = tempDir();
    const saved = '{"version":1,"sites":{"a.example":{"version":1,"pages":5,"lines":{"menu":5}}}}\n';
    writeFileSync(join(cwd, 'profiles.json'), saved);
    writeFileSync(join(cwd, 'bad.jsonl'), 'not json\n{"text": 3}\n');
    writeFileSync(join(cwd, 'empty.txt'), '\n\n');
    for (const [args, input] of [
      [['--jsonl', 'bad.jsonl'], ''],
      [['--jsonl'], ''],
      [['empty.txt'], ''],
    ] as const) {
      const run = await runCli(['learn', '-q', '--out', 'profiles.json', ...args], { cwd, input });
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(linesOf(run.stderr).at(-1)).toBe(
        'dechaff: no page learned; profiles.json not written (an earlier one is kept)',
      );
      expect(readFileSync(join(cwd, 'profiles.json'), 'utf8')).toBe(saved);
      expect(readdirSync(cwd).filter((name) => name.endsWith('.partial'))).toEqual([]);
    }
    const none = await runCli(['learn', '-q', '--out', 'new.json', '--jsonl', 'bad.jsonl'], { cwd });
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(linesOf(none.stderr).at(-1)).toBe('dechaff: no page learned; new.json not written');
    expect(existsSync(join(cwd, 'new.json'))).toBe(false);
  });

  it('writes to standard output for --out - and reads standard input for --profiles -', async () => {
    const cwd = tempDir();
    const learned = await runCli(['learn', '-q', '--jsonl', '--out', '-', file], { cwd });
    expect(learned.code).toBe(1);
    expect(JSON.parse(learned.stdout)).toEqual(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')));
    const cleaned = await runCli(['-q', '--jsonl', '--profiles', '-', file], { cwd, input: learned.stdout });
    expect(cleaned.code).toBe(0);
    expect(siteRepeats(cleaned.stdout)[3]).toEqual(siteChrome(103 % 97));
    writeFileSync(join(cwd, 'page.txt'), sitePage(1));
    const page = await runCli(['-q', '-o', '-', 'page.txt'], { cwd });
    expect(page).toMatchObject({ code: 0, stdout: (await runCli(['-q', 'page.txt'], { cwd })).stdout });
    expect(readdirSync(cwd)).toEqual(['page.txt']);
    const both = await runCli(['--jsonl', '--profiles', '-'], { input: learned.stdout });
    expect(both).toMatchObject({ code: 2, stdout: '' });
    expect(both.stderr).toMatch(/^dechaff: <stdin> is read by --profiles; it cannot also be an input/);
  });

  it('rejects a profiles file that is not one, and --learn on standard input', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ version: 1, sites: { a: { version: 1, pages: 1, lines: { x: 3 } } } }),
    );
    const bad = await runCli(['--jsonl', '--profiles', join(dir, 'bad.json'), file]);
    expect(bad.code).toBe(2);
    expect(linesOf(bad.stderr)).toEqual([expect.stringMatching(/site 'a': profile\.lines\['x'\] must be an integer/)]);
    const stdin = await runCli(['--jsonl', '--learn', '-'], { input: '{}' });
    expect(stdin.code).toBe(2);
    const out = await runCli(['learn', '--jsonl', '--out', join(dir, 'missing', 'p.json'), file]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^dechaff: --out: cannot write .*missing\/p\.json \(ENOENT\)/);
    const folder = await runCli(['learn', '--jsonl', '--out', dir, file]);
    expect(folder).toMatchObject({ code: 2, stdout: '' });
    expect(folder.stderr).toMatch(/^dechaff: --out: .* is a directory/);
    expect(readdirSync(dirname(dir)).filter((name) => name.startsWith(`.${basename(dir)}.`))).toEqual([]);
  });
});

import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { sitePage } from '../synthetic-site.js';
import { tempDirs } from '../temp-dir.js';
import { CLI } from './run-cli.js';

const tempDir = tempDirs('interrupt-cleanup');

describe.skipIf(process.platform === 'win32')('a run stopped by a signal', () => {
  it('removes the file it was writing and ends as the signal ends it (Ctrl-C)', async () => {
    const dir = tempDir();
    const pages = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ url: `https://a.example/${i}`, text: sitePage(i) }),
    );
    writeFileSync(join(dir, 'crawl.jsonl'), `${pages.join('\n')}\n`);
    const out = join(dir, 'out');
    mkdirSync(out);
    const args = ['learn', '-q', '-w', '1', '--jsonl', '--out', join(out, 'p.json'), join(dir, 'crawl.jsonl')];
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    let signal: string | null | undefined;
    const ended = new Promise<void>((resolve) =>
      child.on('close', (_, s) => {
        signal = s;
        resolve();
      }),
    );
    // learn --out opens its temporary file before it reads a page; stop it once that file is there.
    while (signal === undefined && !readdirSync(out).some((name) => name.endsWith('.partial'))) await sleep(20);
    child.kill('SIGINT');
    await ended;
    expect(signal).toBe('SIGINT');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});

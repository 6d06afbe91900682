import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePage } from '../synthetic-site.js';
import { tempDirs } from '../temp-dir.js';
import { CLI } from './run-cli.js';

const tempDir = tempDirs('memory');

// Why 40 MB by default: the issue's 200 MB takes over a minute on two cores, too slow for every run of the
// suite; memory that stays flat over 40 MB (a few hundred batches) stays flat over 200. Set
// DECHAFF_MEMORY_TEST_MB=200 to run the full size.
const MEGABYTES = Number(process.env.DECHAFF_MEMORY_TEST_MB ?? 40);
const LIMIT_MB = 300;
const dir = tempDir();

/** Writes JSONL records of synthetic pages until the file holds `megabytes` MB; the record count. */
function generate(path: string, megabytes: number): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let records = 0;
  let chunk = '';
  while (bytes < megabytes * 1e6) {
    const line = `${JSON.stringify({ id: records, url: `https://site${records % 13}.example/${records}`, text: sitePage(records) })}\n`;
    chunk += line;
    bytes += Buffer.byteLength(line);
    records++;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return records;
}

/** Runs the command with standard output to /dev/null, sampling its peak resident memory (VmHWM). */
function runMeasured(args: string[]): Promise<{ code: number | null; stderr: string; peakMb: number }> {
  return new Promise((resolve) => {
    const out = openSync('/dev/null', 'w');
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    const sample = (): void => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        peakKb = Math.max(peakKb, Number(hwm?.[1] ?? 0));
      } catch {
        // The process has just exited.
      }
    };
    const timer = setInterval(sample, 50);
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      clearInterval(timer);
      closeSync(out);
      resolve({ code, stderr, peakMb: peakKb / 1024 });
    });
  });
}

describe.skipIf(!existsSync('/proc/self/status'))('memory', () => {
  it(`cleans a ${MEGABYTES} MB JSONL file with 2 workers in under ${LIMIT_MB} MB of resident memory`, async () => {
    const path = join(dir, 'big.jsonl');
    const records = generate(path, MEGABYTES);
    const run = await runMeasured(['--jsonl', '--workers', '2', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^dechaff: ${records} read, ${records} cleaned, 0 failed`));
    console.log(`memory test: ${MEGABYTES} MB, ${records} records, peak RSS ${run.peakMb.toFixed(0)} MB`);
    expect(run.peakMb).toBeGreaterThan(0);
    expect(run.peakMb).toBeLessThan(LIMIT_MB);
  }, 300_000);
});

/**
 * CLI throughput benchmark: generates a JSONL file of synthetic article pages, runs the built command on it
 * with `--workers 1` and `--workers 2` (and any other counts asked for), and prints records/s, MB/s and the
 * speed-up. Because other processes on the machine share its cores, it first times a pure CPU loop on one
 * and two threads: that ratio is the most any program could gain here right now.
 *
 *   npm run build && npm run bench:cli -- [--mb 20] [--runs 2] [--workers 1,2]
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sitePage } from '../test/synthetic-site.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '20' },
    runs: { type: 'string', default: '2' },
    workers: { type: 'string', default: '1,2' },
  },
});
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build first');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'dechaff-bench-'));
const input = join(dir, 'pages.jsonl');
let records = 0;
{
  const fd = openSync(input, 'w');
  let bytes = 0;
  while (bytes < Number(values.mb) * 1e6) {
    const line = `${JSON.stringify({ id: records, url: `https://site${records % 13}.example/${records}`, text: sitePage(records) })}\n`;
    writeSync(fd, line);
    bytes += Buffer.byteLength(line);
    records++;
  }
  closeSync(fd);
}
const size = statSync(input).size;

/** Seconds a CPU-bound loop takes on `threads` threads at once. */
async function spin(threads: number): Promise<number> {
  const code = `let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; require('node:worker_threads').parentPort.postMessage(x);`;
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () => new Promise((done) => new Worker(code, { eval: true }).once('message', done)),
    ),
  );
  return (performance.now() - started) / 1000;
}

const cpu1 = await spin(1);
const cpu2 = await spin(2);
console.log(
  `machine: ${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `CPU loop on 2 threads vs 1: ${((cpu1 * 2) / cpu2).toFixed(2)}× the work per second (2.00× = two free cores)`,
);
console.log(`input: ${records} records, ${(size / 1e6).toFixed(1)} MB of synthetic pages\n`);

const rows: { workers: number; seconds: number }[] = [];
for (const workers of values.workers.split(',').map(Number)) {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < Number(values.runs); run++) {
    const started = performance.now();
    execFileSync(process.execPath, [cli, '--jsonl', '--quiet', '--workers', String(workers), input], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  rows.push({ workers, seconds: best });
  console.log(
    `--workers ${workers}: ${(records / best).toFixed(0).padStart(6)} records/s  ${(size / 1e6 / best).toFixed(2).padStart(6)} MB/s  (best of ${values.runs}: ${best.toFixed(2)} s)`,
  );
}
const base = rows[0];
for (const row of rows.slice(1)) {
  if (base)
    console.log(`speed-up --workers ${row.workers} vs ${base.workers}: ${(base.seconds / row.seconds).toFixed(2)}×`);
}
rmSync(dir, { recursive: true, force: true });

/**
 * CLI throughput benchmark: generates a JSONL file of synthetic article pages, runs the built command on it
 * with `--workers 1` and `--workers 2` (and any other counts asked for), and prints records/s, MB/s and the
 * speed-up. Other processes may share the machine's cores, so it also prints (1) a pure CPU loop timed on
 * one and two threads, the most any program could gain here right now, and (2) on Linux, the CPU time of
 * the command's main thread and of its other threads (from /proc), and from them the speed-up to expect on
 * free cores: wall ≈ max(main thread, other threads ÷ workers).
 *
 * The default input is 100 MB: each worker thread spends its first ~0.5 s of CPU warming up V8's compiler
 * (measured: the first 1,000 pages clean 4–5× slower than later ones), which a crawl amortizes and a small
 * input would not.
 *
 *   npm run build && npm run bench:cli -- [--mb 100] [--runs 2] [--workers 1,2]
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sitePage } from '../test/synthetic-site.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '100' },
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

/** Records the CPU ticks each thread of a process has used so far (Linux /proc; nothing elsewhere). */
function threadTimes(pid: number, ticks: Map<string, number>): void {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(tid, Number(fields[11]) + Number(fields[12]));
    }
  } catch {
    // The process or a thread has just exited; the last sample stands.
  }
}

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

interface Run {
  seconds: number;
  mainCpu: number;
  otherCpu: number;
}

/** Runs the command once, sampling its threads' CPU time every 50 ms. */
function runOnce(workers: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, '--jsonl', '--quiet', '--workers', String(workers), input], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const ticks = new Map<string, number>();
    const timer = setInterval(() => threadTimes(child.pid as number, ticks), 50);
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(timer);
      const main = ticks.get(String(child.pid)) ?? 0;
      let all = 0;
      for (const t of ticks.values()) all += t;
      resolve({
        seconds: (performance.now() - started) / 1000,
        mainCpu: main / clockTicks,
        otherCpu: (all - main) / clockTicks,
      });
    });
  });
}

const rows: { workers: number; best: Run }[] = [];
for (const workers of values.workers.split(',').map(Number)) {
  let best: Run | undefined;
  for (let run = 0; run < Number(values.runs); run++) {
    const result = await runOnce(workers);
    if (!best || result.seconds < best.seconds) best = result;
  }
  if (!best) continue;
  rows.push({ workers, best });
  const { seconds, mainCpu, otherCpu } = best;
  console.log(
    `--workers ${workers}: ${(records / seconds).toFixed(0).padStart(6)} records/s  ${(size / 1e6 / seconds).toFixed(2).padStart(6)} MB/s` +
      `  (best of ${values.runs}: ${seconds.toFixed(2)} s; CPU: main thread ${mainCpu.toFixed(2)} s, other threads ${otherCpu.toFixed(2)} s)`,
  );
}
const [base, ...others] = rows;
for (const row of others) {
  if (!base) break;
  const measured = base.best.seconds / row.best.seconds;
  const expected = (r: { workers: number; best: Run }) => Math.max(r.best.mainCpu, r.best.otherCpu / r.workers);
  console.log(`speed-up --workers ${row.workers} vs ${base.workers}: ${measured.toFixed(2)}× measured`);
  if (base.best.otherCpu > 0) {
    console.log(`  on free cores, from the CPU times: ${(expected(base) / expected(row)).toFixed(2)}× expected`);
  }
}
rmSync(dir, { recursive: true, force: true });

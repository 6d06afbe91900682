/**
 * Speed benchmark of the hot path: `clean()` against a plain linear pass over the same text (split lines, trim,
 * a few regex tests), on a table of inputs — the fixtures, small/typical/large pages of an optional dataset, and
 * a 5 MB concatenation — then per-page times over the dataset, the time of each pipeline stage, and the heap.
 *
 *   npm run bench:speed -- [dataset.jsonl] [--renderer innertext] [--time 1000] [--passes 5] [--pages N]
 *
 * Timings on a shared machine are noisy: compare the ratios printed within one run, and quote medians.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { GCProfiler } from 'node:v8';
import { Bench } from 'tinybench';
import { listFixtures } from '../scripts/lib/fixtures.js';
import { clean } from '../src/index.js';
import { runStages, STAGE_NAMES } from './lib/stages.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    renderer: { type: 'string', default: 'innertext' },
    time: { type: 'string', default: '1000' },
    passes: { type: 'string', default: '5' },
    pages: { type: 'string' },
  },
});
const datasetPath = positionals[0];
const benchTime = Number(values.time);
const passes = Math.max(1, Number(values.passes));

interface Input {
  readonly name: string;
  readonly text: string;
  readonly bytes: number;
}
const inputOf = (name: string, text: string): Input => ({ name, text, bytes: Buffer.byteLength(text) });

// The baseline: what reading the text once costs — split lines, trim, a few regex tests per line.
const SENTENCE_END = /[.!?]["'”’)]?$/;
const DIGIT = /\d/;
const LABEL = /^(?:share|menu|home|subscribe|advertisement)\b/i;
function linearPass(text: string): number {
  let score = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (SENTENCE_END.test(line)) score += line.length;
    if (DIGIT.test(line)) score++;
    if (LABEL.test(line)) score--;
  }
  return score;
}

// --- inputs
const fixtures = listFixtures()
  .map((fixture) => inputOf(`fixture ${fixture.slug}`, fixture.input))
  .sort((a, b) => a.bytes - b.bytes);
// The smallest, the median and the largest fixture stand for the rest in the input table.
const fixtureSamples = [...new Set([0, Math.floor(fixtures.length / 2), fixtures.length - 1])]
  .map((i) => fixtures[i])
  .filter((f) => f !== undefined);

let pages: Input[] = [];
if (datasetPath) {
  for (const raw of readFileSync(datasetPath, 'utf8').split('\n')) {
    if (raw.trim() === '') continue;
    const page = JSON.parse(raw) as { id: string; renderer?: string; text: string };
    if ((page.renderer ?? values.renderer) !== values.renderer || page.text.trim() === '') continue;
    pages.push(inputOf(`page ${page.id}`, page.text));
  }
  if (values.pages !== undefined) pages = pages.slice(0, Number(values.pages));
}
const bySize = [...pages].sort((a, b) => a.bytes - b.bytes);
const pick = (q: number, label: string): Input | undefined => {
  const page = bySize[Math.min(bySize.length - 1, Math.floor(q * bySize.length))];
  return page && { ...page, name: `dev ${label} (${page.name})` };
};
const samples = [pick(0.1, 'small'), pick(0.5, 'typical'), pick(1, 'large')].filter((p) => p !== undefined);

const source = pages.length > 0 ? pages : fixtures;
const parts: string[] = [];
let concatenated = 0;
for (let i = 0; concatenated < 5e6 && source.length > 0; i++) {
  const page = source[i % source.length] as Input;
  parts.push(page.text);
  concatenated += page.bytes + 2;
}
const big = inputOf('5 MB concatenation', parts.join('\n\n'));
const inputs: Input[] = [...fixtureSamples, ...samples, big];

// --- helpers
const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const median = (xs: readonly number[]): number => quantile(xs, 0.5);
function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}
function table(rows: (string | number)[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c] ?? 0) : String(cell).padStart(widths[c] ?? 0)))
        .join('  '),
    );
  }
}
const gc = (globalThis as { gc?: () => void }).gc;
const memory = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * Heap (JS heap plus typed-array buffers) that cleaning `input` needs, in bytes above what was in use before:
 * `live` is the most alive at once, sampled after each stage with a full GC (the stage outputs that `clean()`
 * holds together); `highWater` is the most in use at any moment, garbage included — the largest heap V8 saw
 * right before one of its collections, from `v8.GCProfiler`.
 */
function heapOf(input: Input): { live: number; highWater: number } {
  if (!gc) return { live: Number.NaN, highWater: Number.NaN };
  gc();
  gc();
  const base = memory();
  let live = 0;
  runStages(input.text, undefined, () => {
    gc();
    live = Math.max(live, memory() - base);
  });
  gc();
  gc();
  const base2 = memory();
  const profiler = new GCProfiler();
  profiler.start();
  clean(input.text);
  let highWater = memory();
  for (const { beforeGC } of profiler.stop().statistics) {
    highWater = Math.max(highWater, beforeGC.heapStatistics.usedHeapSize + beforeGC.heapStatistics.externalMemory);
  }
  return { live, highWater: highWater - base2 };
}

// --- machine
const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
console.log(`dechaff speed — node ${process.version}, ${cpus().length} × ${cpuModel}`);
if (!gc) console.log('(run with --expose-gc for heap figures; `npm run bench:speed` does)');

for (const input of inputs) {
  if (runStages(input.text).text !== clean(input.text).text) {
    console.log(`warning: bench/lib/stages.ts no longer mirrors clean() (${input.name})`);
  }
}

// --- 1. the input table
console.log('\n1. Inputs (tinybench; time per call: p50/p99 in ms; × linear = dechaff time / linear-pass time)\n');
const rows: (string | number)[][] = [['input', 'KB', 'ops/s', 'MB/s', 'p50 ms', 'p99 ms', 'linear MB/s', '× linear']];
for (const input of inputs) {
  const heavy = input.bytes > 1e6;
  const bench = new Bench({
    time: heavy ? benchTime * 3 : benchTime,
    iterations: heavy ? 5 : 64,
    warmupIterations: heavy ? 1 : 16,
  });
  bench.add('dechaff', () => {
    clean(input.text);
  });
  bench.add('linear', () => {
    linearPass(input.text);
  });
  await bench.run();
  const [dechaff, linear] = bench.tasks.map((t) => t.result);
  if (!dechaff || !linear || !('latency' in dechaff) || !('latency' in linear)) {
    console.log(`${input.name}: benchmark failed`);
    continue;
  }
  const ops = 1000 / dechaff.latency.mean;
  const linearOps = 1000 / linear.latency.mean;
  rows.push([
    input.name,
    fmt(input.bytes / 1e3),
    fmt(ops, 0),
    fmt((ops * input.bytes) / 1e6),
    fmt(dechaff.latency.p50 ?? Number.NaN, 3),
    fmt(dechaff.latency.p99 ?? Number.NaN, 3),
    fmt((linearOps * input.bytes) / 1e6),
    fmt(dechaff.latency.mean / linear.latency.mean),
  ]);
}
table(rows);
// --- 2. per page over the dataset, and 3. per stage
const perPage = pages.length > 0 ? pages : fixtures;
const what = pages.length > 0 ? `${pages.length} ${values.renderer} pages of ${datasetPath}` : 'the fixtures';
for (const page of perPage) clean(page.text); // warm up the JIT on every page shape
const cleanTimes = perPage.map(() => [] as number[]);
const linearTimes = perPage.map(() => [] as number[]);
const stageTotals: Float64Array[] = [];
for (let pass = 0; pass < passes; pass++) {
  perPage.forEach((page, i) => {
    let t = performance.now();
    clean(page.text);
    cleanTimes[i]?.push(performance.now() - t);
    t = performance.now();
    linearPass(page.text);
    linearTimes[i]?.push(performance.now() - t);
  });
  const elapsed = new Float64Array(STAGE_NAMES.length);
  for (const page of perPage) runStages(page.text, elapsed);
  stageTotals.push(elapsed);
}
const pageMs = cleanTimes.map(median);
const linearMs = linearTimes.map(median);
const totalBytes = perPage.reduce((sum, p) => sum + p.bytes, 0);
const totalMs = pageMs.reduce((a, b) => a + b, 0);
const totalLinearMs = linearMs.reduce((a, b) => a + b, 0);
console.log(`\n2. Per page over ${what} (median of ${passes} passes per page)\n`);
table([
  ['', 'MB/s', 'pages/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'],
  [
    'dechaff',
    fmt(totalBytes / 1e3 / totalMs),
    fmt((perPage.length * 1000) / totalMs, 0),
    fmt(median(pageMs), 3),
    fmt(quantile(pageMs, 0.9), 3),
    fmt(quantile(pageMs, 0.99), 3),
    fmt(Math.max(...pageMs), 3),
  ],
  [
    'linear pass',
    fmt(totalBytes / 1e3 / totalLinearMs),
    fmt((perPage.length * 1000) / totalLinearMs, 0),
    fmt(median(linearMs), 3),
    fmt(quantile(linearMs, 0.9), 3),
    fmt(quantile(linearMs, 0.99), 3),
    fmt(Math.max(...linearMs), 3),
  ],
]);
console.log(`\ndechaff / linear pass: ${fmt(totalMs / totalLinearMs)} × the time`);

console.log(`\n3. Stages over ${what} (median of ${passes} passes)\n`);
const stageMs = STAGE_NAMES.map((_, s) => median(stageTotals.map((e) => e[s] ?? 0)));
const stageSum = stageMs.reduce((a, b) => a + b, 0);
table([
  ['stage', 'ms total', 'share', 'MB/s alone'],
  ...STAGE_NAMES.map((name, s) => [
    name,
    fmt(stageMs[s] ?? 0),
    `${fmt(((stageMs[s] ?? 0) / stageSum) * 100)}%`,
    fmt(totalBytes / 1e3 / (stageMs[s] ?? 0)),
  ]),
  ['all', fmt(stageSum), '100.0%', fmt(totalBytes / 1e3 / stageSum)],
]);

console.log("\n4. Heap while cleaning (bytes above the baseline, as a multiple of the input's UTF-8 bytes)\n");
table([
  ['input', 'MB', 'live peak', '× input', 'high-water', '× input'],
  ...inputs.map((input) => {
    const { live, highWater } = heapOf(input);
    return [
      input.name,
      fmt(input.bytes / 1e6, 3),
      fmt(live / 1e6, 2),
      fmt(live / input.bytes, 1),
      fmt(highWater / 1e6, 2),
      fmt(highWater / input.bytes, 1),
    ];
  }),
]);

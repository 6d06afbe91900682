import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, clean } from '../src/index.js';
import { longPage } from './arbitraries.js';
import { expectValidArticle } from './assert-article.js';
import { cpuMs } from './cpu-time.js';

// p-map's scaling test: ten times the input may cost between 1.2× and 15× the time. Linear work gives ~10×;
// quadratic work gives ~100× and fails; the wide band keeps a loaded 2-core box from flaking it.
const MIN_RATIO = 1.2;
const MAX_RATIO = 15;
const RUNS = 7;
const WARM_UP_RUNS = 3;
/** How many times larger the large input is. */
const LARGE_TIMES = 10;

/** Milliseconds of CPU that cleaning `copies` inputs takes, keeping every result until the last is done. */
function batchMs(input: string, copies: number): number {
  const kept: Article[] = [];
  const started = cpuMs();
  for (let c = 0; c < copies; c++) kept.push(clean(input));
  return cpuMs() - started;
}

/**
 * Fastest times of cleaning `small` and `large` (10× `small`), measured in turns. Why CPU time, not the clock:
 * on a loaded machine a long run is preempted more often than a short one, which inflated the wall-clock ratio
 * to 15–16× for linear work. Why the fastest run: disturbances (a major GC) only ever add time.
 * Why `small` is timed as one of ten inputs cleaned in a row with their results kept: a result of 10× the size
 * keeps 10× the objects alive through the run, which the young-generation collector copies, while one small
 * result died uncollected; the collector's cost per character then grew with the input though the work did
 * not (measured: 16× with nothing but that difference). Ten kept results give both sides the same.
 */
function fastestMs(small: string, large: string): [number, number] {
  // Why several rounds: the first few runs on a new shape still wait for the JIT (measured: 60–85 ms, then 47).
  for (let r = 0; r < WARM_UP_RUNS; r++) {
    batchMs(small, LARGE_TIMES);
    batchMs(large, 1);
  }
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < RUNS; r++) {
    times[0].push(batchMs(small, LARGE_TIMES) / LARGE_TIMES);
    times[1].push(batchMs(large, 1));
  }
  return [Math.min(...times[0]), Math.min(...times[1])];
}

const seed = readFileSync(new URL('../fixtures/haaretz-tillerson/input.txt', import.meta.url), 'utf8');

/** A page-like text of `n` blocks: menus, headline, byline, paragraphs, captions, share bars, related links. */
function pageOf(n: number): string {
  const parts = ['Skip to content\nHome\nNews\nSports\nOpinion\n'];
  for (let i = 0; i < n; i++) {
    parts.push(
      `Minister ${i} warns of delays in talks on trade\nBy Jane Doe ${i}\nUpdated: April ${(i % 28) + 1}, 2017 5:50 am\n`,
      `The minister said on day ${i} that the talks, which began in March, would continue next week in Geneva. `,
      `Officials from both sides ${i} declined to comment on the details of the draft agreement.\n\n`,
      `A delegate arrives for talks in Geneva, April 12, 2017.Credit: SERGEI KARPUKHIN/REUTERS\n`,
      'Share this article\nSend in e-mailSend in e-mail\nRead more: Why the talks matter\n\n',
    );
  }
  return parts.join('');
}

const SHAPES: readonly (readonly [string, (times: number) => string])[] = [
  ['page-like text', (times) => pageOf(60 * times)],
  [
    'the seed page, repeated',
    (times) =>
      Array(4 * times)
        .fill(seed)
        .join('\n\n'),
  ],
  ['one long line', (times) => 'The minister said the talks would continue. '.repeat(3000 * times)],
  // Why: a paragraph hard-wrapped every ~60 characters is one paragraph split over many lines.
  [
    'a hard-wrapped paragraph',
    (times) => 'the minister said on tuesday that talks would go on and\n'.repeat(2000 * times),
  ],
  ['lines of random prose', (times) => longPage(200 * times)],
  ['short label lines', (times) => 'Share | Tweet | Email\nHome » News\nAdvertisement\n'.repeat(700 * times)],
];

describe('cost grows linearly with the input', () => {
  for (const [name, make] of SHAPES) {
    it(`${name}: 10× the input costs ${MIN_RATIO}–${MAX_RATIO}× the time`, () => {
      let [small, large] = fastestMs(make(1), make(LARGE_TIMES));
      // Superlinear work is slow every time; a spell of heavy load on the machine is not (measured: 15.6× at a
      // load average of 5 on 2 cores, 9–11× otherwise). Measure once more then, and keep the better ratio.
      if (large / small >= MAX_RATIO) {
        const [again, againLarge] = fastestMs(make(1), make(LARGE_TIMES));
        if (againLarge / again < large / small) [small, large] = [again, againLarge];
      }
      const ratio = large / small;
      expect(ratio, `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeGreaterThan(MIN_RATIO);
      expect(ratio, `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
    });
  }
});

// Pieces that stress one stage each: entities and tags (normalize), markers and scripts (segment), glued labels
// and credits (repair), phrase-pack labels and dates (detect), runs of punctuation and whitespace.
const PIECES = [
  'Share',
  'Send in e-mail',
  'Tweet',
  'Advertisement',
  'Read more:',
  'Home » News » ',
  'By Jane Doe',
  'Updated: April 12, 2017 5:50 am',
  'Credit: AP/Reuters',
  '(AP Photo/Evan Vucci)',
  '© 2024 Example',
  'The talks would continue next week.',
  '&amp;',
  '&#x1F600;',
  '&#',
  '<br>',
  '<div class="x">',
  '<',
  '* ',
  '1. ',
  '> ',
  '## ',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '\u00A0',
  '\u200B',
  '\r\n',
  'e\u0301',
  '\u0301',
  '\uD83D\uDE00',
  '\uD800',
  'Москва',
  'עברית',
  '日本語',
  '.',
  '!!!',
  '…',
  '|',
  '/',
  '(',
  ')',
];

describe('generated adversarial text', () => {
  it('never throws, always gives a valid article, in time proportional to its length', () => {
    const text = fc
      .tuple(
        fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, fc.string({ maxLength: 8 })), {
          maxLength: 120,
        }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('', '\n', ' '),
      )
      .map(([parts, times, glue]) => Array(times).fill(parts.join('')).join(glue));
    // Why a warm-up: the first call compiles the pipeline, ~200 ms on a cold process, which is no cost of the input.
    for (const piece of PIECES) clean(piece.repeat(20));
    fc.assert(
      fc.property(text, (input) => {
        const started = cpuMs();
        const article = clean(input);
        const elapsed = cpuMs() - started;
        expectValidArticle(input, article);
        // ~0.2 µs a character is typical; 50 µs a character plus a constant only fails on superlinear work.
        expect(elapsed).toBeLessThan(100 + input.length * 0.05);
      }),
      { numRuns: 80, seed: 2024 },
    );
  });
});

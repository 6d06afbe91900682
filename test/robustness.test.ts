import { describe, expect, it } from 'vitest';
import { type CleanOptions, clean, InputTooLargeError, InvalidInputError, InvalidOptionError } from '../src/index.js';
import { expectValidArticle } from './assert-article.js';
import { cpuMs } from './cpu-time.js';

/**
 * CPU milliseconds any one pathological input may take; real pages take milliseconds. The built package needs
 * 0.9–1.5 s for the slowest (100k indented list items); `npm test` runs `src/` under coverage instrumentation beside
 * another worker, where the same input once took 2.26 s of CPU twice in a row. A hang takes far longer.
 */
const BUDGET_MS = 3000;

const sentence = 'The minister said on Tuesday that the talks would continue next week in Geneva. ';
let seed = 1;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const generate = (n: number, make: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => make(i)).join('');

/** A personal blog's URL whose host spells the header's name and whose slug spells the headline: the searches a URL starts. */
const WITH_URL: CleanOptions = { url: 'https://janedoe.example.com/2025/04/12/a-headline-about-things/' };

// Inputs built to find the slow paths: unbounded lines, no word breaks, massive repetition, characters that
// every stage treats specially. Each must come back as a valid article within the budget, cleaned with the options
// given (none when none are).
const PATHOLOGICAL: readonly (readonly [string, () => string, CleanOptions?])[] = [
  ['a 5 MB line with no newline', () => sentence.repeat(Math.ceil(5e6 / sentence.length))],
  ['2 MB without a space', () => generate(2e6, () => pick([...'abcdefghijklmnopqrstuvwxyz']))],
  ['200k identical lines', () => 'Share this article\n'.repeat(2e5)],
  [
    'a paragraph hard-wrapped into 100k lines',
    () => generate(1e5, (i) => `the minister said on tuesday that the talks ${i} would go on and\n`),
  ],
  ['20k near-duplicate sentences', () => generate(2e4, (i) => `The minister said talks number ${i} would go on.\n`)],
  ['1 MB of punctuation', () => generate(1e6, () => pick([...'.,;:!?-—()[]"\'/|»›…&<>#*•']))],
  ['a label glued to itself 100k times', () => 'Send in e-mail'.repeat(1e5)],
  [
    'lone surrogates and control characters',
    () =>
      generate(5e5, () =>
        pick(['\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0000', '\u0007', '\u001B', '\u0085', 'a', ' ', '\n']),
      ),
  ],
  [
    '1 MB of tag soup',
    () =>
      generate(1e5, () =>
        pick(['<div class="a">', '</p>', '<br/>', '<a href="x">', 'word ', '<', '>', '<span ', '</']),
      ),
  ],
  ['1 MB of entity soup', () => '&amp;&#x'.repeat(1.25e5)],
  [
    '1 MB of mixed entities',
    () => generate(1.5e5, () => pick(['&amp;', '&#x1F600;', '&#', '&nbsp', '&#x', '&lt;b&gt;', '&eacute;'])),
  ],
  ['1 MB of combining marks on one letter', () => `e${'\u0301'.repeat(1e6)}`],
  [
    '1 MB of whitespace of every kind',
    () => generate(1e6, () => pick([' ', '\t', '\u00A0', '\u2028', '\r\n', '\u3000'])),
  ],
  ['100k list items, deeply indented', () => generate(1e5, (i) => `${' '.repeat(i % 40)}* item ${i}\n`)],
  [
    'captions with credits, 600 characters each',
    () => generate(2e3, () => `${'A (photo x '.repeat(54)}Credit: AP/Reuters\n`),
  ],
  // Why: a byline glued to the headline was sought after every word of the line, each time across the rest of it.
  ['a headline over 40k glued dates', () => `A Headline About Things\n${'May 21, 2025'.repeat(4e4)} by Jane Doe\n`],
  // Why: the headline of a clean text was sought past each short question at its top, on a copy of the rest.
  ['20k short questions', () => generate(2e4, (i) => `Is case ${i} of the list true?\n`)],
  // Why: each line of a run of "term: value" lines after prose walked the rest of the run to see it is no list.
  [
    '20k lines that each open with a term and a colon, after prose',
    () => `${sentence}\n${generate(2e4, (i) => `Term number ${i}: a value that goes on for a while, item ${i}.\n`)}`,
  ],
  // Why: the trim of the header's edge marks, asked only with a URL, tried every start in a run of marks inside it.
  [
    'a header with 200k combining marks inside it, with a URL',
    () => `Jane${'\u0301'.repeat(2e5)} Doe\n${sentence}`,
    WITH_URL,
  ],
  // Why: a price's test ("a number, then a sign") tried every sign of a line of them, each to the line's end.
  [
    'a line of 100k percent signs between two words',
    () => `Jane${'%'.repeat(1e5)}Doe\nNotes\n${sentence}\n${sentence}`,
  ],
  // Why: the name before a date label was cut with /[.\s]+$/, which tried every period of a run of them to its end.
  [
    'a byline with 100k periods inside the name, over a date label',
    () => `A Headline About Things\nBy Jane${'.'.repeat(1e5)}Doe | Updated: April 12, 2017\n${sentence}`,
  ],
  // Why: a date label glued to the word before it was sought at every small letter glued to a capital, each time in a
  // lower-cased copy of the rest of the line.
  [
    'a date label over 100k glued capitals',
    () => `A Headline About Things\nPublished${'Aa'.repeat(1e5)}: April 12, 2017\n${sentence}`,
  ],
  // Why: each date of a run glued before a name was sought in the whole rest of the line (a dateline gives two).
  [
    'a byline over 10k dates in a row, with a URL',
    () => `A Headline About Things\nBy Jane ${'May 21, 2025 '.repeat(1e4)}Doe | Updated: April 12, 2017\n${sentence}`,
    { url: 'https://example.com/2017/04/12/a-headline-about-things' },
  ],
  [
    'dates everywhere',
    () => generate(1e5, (i) => `Updated ${i % 28}.${i % 12}.20${i % 90} 12:${i % 60} April ${i % 28}, 2017 `),
  ],
];

describe('no input can hang clean()', () => {
  for (const [name, make, options = {}] of PATHOLOGICAL) {
    it(name, () => {
      const input = make();
      // CPU time: a hang spends it, while a box busy with other jobs only stretches the clock (measured: 200k
      // identical lines took 3.3 s of clock at a load average of 5 on 2 cores, 1.0 s on an idle one).
      let started = cpuMs();
      const article = clean(input, options);
      let elapsed = cpuMs() - started;
      expectValidArticle(input, article);
      // A hang is slow every time; a run that met a major collection of the test's own garbage is slow once.
      if (elapsed >= BUDGET_MS) {
        started = cpuMs();
        clean(input, options);
        elapsed = Math.min(elapsed, cpuMs() - started);
      }
      expect(elapsed, `${name}: ${elapsed.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
    });
  }
});

describe('input size limit', () => {
  it('throws InputTooLargeError past maxInputLength, with the numbers', () => {
    const error = (() => {
      try {
        clean('x'.repeat(11), { maxInputLength: 10 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect(error).toMatchObject({ code: 'ERR_INPUT_TOO_LARGE', length: 11, limit: 10 });
  });

  it('accepts input exactly at the limit', () => {
    expect(() => clean('x'.repeat(10), { maxInputLength: 10 })).not.toThrow();
  });

  it('checks the limit before doing any work', () => {
    const started = performance.now();
    expect(() => clean('x'.repeat(5e6), { maxInputLength: 1000 })).toThrow(InputTooLargeError);
    expect(performance.now() - started).toBeLessThan(BUDGET_MS / 10);
  });

  it('rejects a limit that is not a non-negative integer', () => {
    expect(() => clean('x', { maxInputLength: -1 })).toThrow(InvalidOptionError);
    expect(() => clean('x', { maxInputLength: 1.5 })).toThrow(InvalidOptionError);
  });

  it('rejects input that is not a string with a typed error', () => {
    expect(() => clean(null as unknown as string)).toThrow(InvalidInputError);
    expect(() => clean(42 as unknown as string)).toThrow(InvalidInputError);
  });
});

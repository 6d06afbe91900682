/**
 * Writes `fixtures/<slug>/expected.json` — the whole `Article` that `clean()` makes of `input.txt` — for every
 * fixture, then prints the body scores of the gold fixtures next to the quality floor.
 *
 *   npm run fixtures:update                   rewrite expected.json where the output changed; review the diff
 *   npm run fixtures:update -- --check        write nothing; exit 1 when an expected.json is missing or stale
 *   npm run fixtures:update -- --raise-floor  also raise fixtures/quality-floor.json to the measured scores
 *                                             (rounded down to 3 decimals; it never goes down)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Article, clean } from '../src/index.js';
import {
  expectedFile,
  expectedJson,
  FLOOR_FILE,
  FLOOR_METRICS,
  type FloorScores,
  listFixtures,
  listGoldFixtures,
  measureQuality,
  raiseFloor,
  readFloor,
} from './lib/fixtures.js';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, 'raise-floor': { type: 'boolean', default: false } },
});

const articles = new Map<string, Article>();
let stale = 0;
for (const fixture of listFixtures()) {
  const article = clean(fixture.input);
  articles.set(fixture.slug, article);
  const file = expectedFile(fixture);
  const next = expectedJson(article);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (before === next) continue;
  stale++;
  const what = before === null ? 'new' : 'changed';
  if (values.check) {
    console.log(`${what.padEnd(8)} ${fixture.slug} (not written: --check)`);
  } else {
    writeFileSync(file, next);
    console.log(`${what.padEnd(8)} ${fixture.slug}`);
  }
}
console.log(`${articles.size} fixtures, ${stale} ${values.check ? 'stale' : 'written'}`);

const report = measureQuality(
  listGoldFixtures().map((fixture) => {
    const article = articles.get(fixture.slug);
    if (!article) throw new Error(`${fixture.slug} was not cleaned`);
    return { fixture, article };
  }),
);
const floor = readFloor();
const line = (name: string, pages: number, measured: FloorScores, min: FloorScores | undefined): string =>
  `${name.padEnd(14)} ${String(pages).padStart(3)} pages  ` +
  FLOOR_METRICS.map((m) => `${m} ${measured[m].toFixed(4)} (floor ${min?.[m].toFixed(3) ?? '—'})`).join('  ');
console.log(line('all', report.overall.pages, report.overall, floor ?? undefined));
for (const [renderer, scores] of Object.entries(report.byRenderer)) {
  console.log(line(renderer, scores.pages, scores, floor?.byRenderer[renderer]));
}
if (values['raise-floor'] && !values.check) {
  writeFileSync(FLOOR_FILE, `${JSON.stringify(raiseFloor(floor, report), null, 2)}\n`);
  console.log(`raised ${FLOOR_FILE.pathname}`);
}
if (values.check && stale > 0) process.exit(1);

/**
 * The golden fixtures in `fixtures/<slug>/`, as read by the golden and quality-floor tests and written by
 * `scripts/update-fixtures.ts`: one place that knows the layout, the expected-output format and the floor.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Gold } from '../../bench/lib/dataset.js';
import { type MeanScore, meanScore, type PageScore, scoreBody } from '../../bench/lib/metrics.js';
import type { Article } from '../../src/index.js';

/** The `fixtures/` folder of the repository. */
const FIXTURES_DIR = new URL('../../fixtures/', import.meta.url);

/** Where the quality floor is kept. */
export const FLOOR_FILE = new URL('quality-floor.json', FIXTURES_DIR);

/** One fixture folder. */
export interface Fixture {
  /** The folder name, e.g. `wcxb-4414-innertext`. */
  readonly slug: string;
  /** The folder, ending in `/`. */
  readonly dir: URL;
  /** `input.txt`: what `clean()` is given. */
  readonly input: string;
}

/** A fixture that has a benchmark gold (`gold.json`) and says how its text was scraped (`meta.json`). */
export interface GoldFixture extends Fixture {
  readonly gold: Gold;
  readonly renderer: string;
}

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

/**
 * Every fixture folder with an `input.txt`, by slug.
 * @example listFixtures().map((f) => f.slug) // ['haaretz-tillerson', 'wcxb-0001-html-to-text', …]
 */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.txt`, FIXTURES_DIR)))
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const dir = new URL(`${slug}/`, FIXTURES_DIR);
      return { slug, dir, input: readFileSync(new URL('input.txt', dir), 'utf8') };
    });
}

/** The fixtures that have a `gold.json`, with their renderer from `meta.json`. */
export function listGoldFixtures(): GoldFixture[] {
  return listFixtures().flatMap((fixture) => {
    const goldUrl = new URL('gold.json', fixture.dir);
    if (!existsSync(goldUrl)) return [];
    const meta = readJson(new URL('meta.json', fixture.dir)) as { renderer?: unknown };
    if (typeof meta.renderer !== 'string') throw new Error(`${fixture.slug}/meta.json names no renderer`);
    return [{ ...fixture, gold: readJson(goldUrl) as Gold, renderer: meta.renderer }];
  });
}

/** Where a fixture's reviewed output is kept. */
export const expectedFile = (fixture: Fixture): URL => new URL('expected.json', fixture.dir);

/** The reviewed output of a fixture, or null when it has none yet. */
export function readExpected(fixture: Fixture): unknown {
  const file = expectedFile(fixture);
  return existsSync(file) ? readJson(file) : null;
}

/**
 * An article as `expected.json` holds it: the whole `Article` as JSON in `clean()`'s key order, each block and each
 * removed span on a line of its own, ending in a newline. The same article always gives the same bytes, and a change
 * of behaviour shows in review as the lines of the blocks and spans it touched (`JSON.stringify(article, null, 2)`
 * spreads a span over six lines and makes the files a fifth larger).
 * @example JSON.parse(expectedJson(article)) // deep-equals article
 */
export function expectedJson(article: Article): string {
  const fields = Object.entries(article)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const rows = Array.isArray(value) && value.some((entry) => typeof entry === 'object' && entry !== null);
      const json = rows
        ? `[\n${value.map((entry: unknown) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`
        : JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
      return `  ${JSON.stringify(key)}: ${json}`;
    });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** Mean body scores over all gold fixtures and per renderer. */
export interface QualityReport {
  readonly overall: MeanScore;
  readonly byRenderer: Readonly<Record<string, MeanScore>>;
}

/**
 * Scores each fixture's `article.text` against its gold body (bag-of-words, WCXB's metric) and averages the
 * per-page scores, overall and per renderer (renderers in name order).
 */
export function measureQuality(results: readonly { fixture: GoldFixture; article: Article }[]): QualityReport {
  const scores = new Map<string, PageScore[]>();
  const all: PageScore[] = [];
  for (const { fixture, article } of results) {
    const score = scoreBody(article.text, fixture.gold.body);
    all.push(score);
    scores.set(fixture.renderer, [...(scores.get(fixture.renderer) ?? []), score]);
  }
  const byRenderer = Object.fromEntries(
    [...scores].sort(([a], [b]) => a.localeCompare(b)).map(([renderer, list]) => [renderer, meanScore(list)]),
  );
  return { overall: meanScore(all), byRenderer };
}

/** Body precision, recall and F1 that the fixtures must not fall below. */
export interface FloorScores {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

/** `fixtures/quality-floor.json`: the floor over all gold fixtures, the floor per renderer, and its rule. */
export interface QualityFloor extends FloorScores {
  readonly byRenderer: Readonly<Record<string, FloorScores>>;
  readonly note: string;
}

/** How far below the floor a score may be: only float noise, never a real loss. */
export const FLOOR_TOLERANCE = 0.0005;

/** The metrics a floor holds, in the order they are written. */
export const FLOOR_METRICS = ['f1', 'precision', 'recall'] as const;

/** The quality floor, or null when none was written yet. */
export function readFloor(): QualityFloor | null {
  return existsSync(FLOOR_FILE) ? (readJson(FLOOR_FILE) as QualityFloor) : null;
}

/** Rounds down to 3 decimals, so a floor never sits above what was measured. */
const floor3 = (x: number): number => Math.floor(x * 1000 + 1e-9) / 1000;

/** The higher of an old floor and the measured scores rounded down: a floor only moves up. */
function raise(old: FloorScores | undefined, measured: FloorScores): FloorScores {
  const pick = (m: (typeof FLOOR_METRICS)[number]): number => Math.max(old?.[m] ?? 0, floor3(measured[m]));
  return { f1: pick('f1'), precision: pick('precision'), recall: pick('recall') };
}

/** The floor raised to what `report` measured, never lowered; renderers no longer in the fixtures are dropped. */
export function raiseFloor(old: QualityFloor | null, report: QualityReport): QualityFloor {
  const byRenderer = Object.fromEntries(
    Object.entries(report.byRenderer).map(([renderer, scores]) => [renderer, raise(old?.byRenderer[renderer], scores)]),
  );
  return {
    ...raise(old ?? undefined, report.overall),
    byRenderer,
    note:
      'only moves up: mean bag-of-words body scores of the gold fixtures, rounded down to 3 decimals; ' +
      'raise with `npm run fixtures:update -- --raise-floor`',
  };
}

import { describe, expect, it } from 'vitest';
import {
  FLOOR_METRICS,
  FLOOR_TOLERANCE,
  type FloorScores,
  listGoldFixtures,
  measureQuality,
  readFloor,
} from '../scripts/lib/fixtures.js';
import { clean } from '../src/index.js';

// The body of each WCXB fixture is scored against its gold (bag-of-words, WCXB's metric); the means must not fall
// below fixtures/quality-floor.json. The floor only moves up: `npm run fixtures:update -- --raise-floor`.
// (The seed page is held to its hand annotation in seed.test.ts.)
const fixtures = listGoldFixtures();
const report = measureQuality(fixtures.map((fixture) => ({ fixture, article: clean(fixture.input) })));
const floor = readFloor();

/** Each metric at or above its floor, less float noise; every metric is checked even when one fails. */
function expectAtLeast(measured: FloorScores, min: FloorScores): void {
  for (const m of FLOOR_METRICS) {
    expect.soft(measured[m], `${m} (floor ${min[m]})`).toBeGreaterThanOrEqual(min[m] - FLOOR_TOLERANCE);
  }
}

describe('body quality on the WCXB fixtures stays at or above the floor', () => {
  it('has a floor and gold fixtures to score', () => {
    expect(floor, 'no fixtures/quality-floor.json').not.toBeNull();
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it('every renderer in the fixtures has a floor, and every floor a renderer', () => {
    expect(Object.keys(report.byRenderer).sort()).toEqual(Object.keys(floor?.byRenderer ?? {}).sort());
  });

  it('all pages', () => {
    if (!floor) return;
    expectAtLeast(report.overall, floor);
  });

  it.each(Object.keys(report.byRenderer))('%s pages', (renderer) => {
    const measured = report.byRenderer[renderer];
    const min = floor?.byRenderer[renderer];
    if (!measured || !min) return;
    expectAtLeast(measured, min);
  });
});

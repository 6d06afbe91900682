import { describe, expect, it } from 'vitest';
import { expectedJson, listFixtures, readExpected } from '../scripts/lib/fixtures.js';
import { clean } from '../src/index.js';

// Every fixtures/<slug>/ is cleaned and compared with its reviewed output. When a change is meant, run
// `npm run fixtures:update` and review the diff of the expected.json files.
const fixtures = listFixtures();

describe('golden fixtures: clean(input.txt) equals expected.json', () => {
  it('finds the fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(31));

  it.each(fixtures)('$slug', (fixture) => {
    const expected = readExpected(fixture);
    expect(expected, `${fixture.slug} has no expected.json: run npm run fixtures:update`).not.toBeNull();
    expect(JSON.parse(expectedJson(clean(fixture.input)))).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { expectedJson, listFixtures, readExpected } from '../scripts/lib/fixtures.js';
import { clean, toText } from '../src/index.js';
import { expectEveryCharacterAccountedFor, expectNothingInvented } from './article-contract.js';

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

// The contract the properties check on generated pages, held on real ones: nothing shown that the input does not
// hold, and no line of the input that is neither in the article nor inside a removed span.
describe('golden fixtures: nothing invented, every character accounted for', () => {
  it.each(fixtures)('$slug', (fixture) => {
    const article = clean(fixture.input);
    expectNothingInvented(fixture.input, article);
    expectEveryCharacterAccountedFor(fixture.input, article);
  });
});

/**
 * Least share of its words an article's text keeps when it is cleaned again. Why 0.98: the fixtures' least is 0.982
 * (WCXB 0119, whose second cleaning drops a survey's promo line the first kept); a floor that only moves up.
 */
const KEPT_WHEN_CLEANED_AGAIN = 0.98;
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

// A user may clean text that was cleaned before, with its headline (the text rendering) or without (`article.text`);
// a heading inside the body must not be read as the headline then, cutting the paragraphs above it (WCXB 0443).
describe('golden fixtures: the article cleaned again keeps its text', () => {
  it.each(fixtures)('$slug', (fixture) => {
    const article = clean(fixture.input);
    const words = wordCount(article.text);
    for (const again of [toText(article), article.text]) {
      expect(wordCount(clean(again).text)).toBeGreaterThanOrEqual(KEPT_WHEN_CLEANED_AGAIN * words);
    }
  });
});

/**
 * Fixtures whose text, cleaned again, is not yet the same text; each must still differ, so the list only shrinks.
 * - wcxb-0119: the survey's promo line ("Get an chance to win ₹5000 Amazon Voucher … Take the survey here") stood over
 *   the author box the first cleaning cut; at the text's end nothing vouches for it, and the second cleaning drops it.
 * - wcxb-4414: a flow chart's lines ("H -->|High| I[Focus optimization here]") fall into code blocks by other bounds
 *   the second time; only blank lines between them move.
 */
const NOT_YET_IDEMPOTENT: ReadonlySet<string> = new Set(['wcxb-4414-html-to-text', 'wcxb-4414-innertext']);

describe('golden fixtures: the article cleaned again gives the same text', () => {
  it.each(fixtures)('$slug', (fixture) => {
    const article = clean(fixture.input);
    const agains = [toText(article), article.text].map((again) => clean(again).text);
    if (NOT_YET_IDEMPOTENT.has(fixture.slug))
      expect(
        agains.some((text) => text !== article.text),
        'fixed: take it off NOT_YET_IDEMPOTENT',
      ).toBe(true);
    else for (const text of agains) expect(text).toBe(article.text);
  });
});

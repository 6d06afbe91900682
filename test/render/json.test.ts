import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { toJson } from '../../src/render/json.js';
import { EMPTY, FULL } from './fixtures.js';

describe('toJson', () => {
  it('round-trips through JSON.parse', () => {
    expect(JSON.parse(toJson(FULL))).toEqual(FULL);
    expect(JSON.parse(toJson(EMPTY))).toEqual(EMPTY);
  });
  it('is JSON.stringify with two-space indent by default', () => {
    expect(toJson(FULL)).toBe(JSON.stringify(FULL, null, 2));
    expect(toJson(FULL, 0)).toBe(JSON.stringify(FULL));
  });
  it('round-trips what clean() returns', () => {
    const article = clean(
      'Title Of The Story\n\nThe story says that the talks went well for everyone involved in them.\n\nShare',
    );
    expect(JSON.parse(toJson(article))).toEqual(article);
  });
});

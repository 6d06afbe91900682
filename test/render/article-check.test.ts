import { describe, expect, it } from 'vitest';
import { clean, InvalidInputError, toJson, toMarkdown, toText } from '../../src/index.js';

describe('renderers given no article', () => {
  it.each([
    [{}, 'an object without them'],
    [null, 'null'],
    ['Some text', 'string'],
    [{ title: 'x', highlights: [], blocks: 'x', attributions: [] }, 'an object without them'],
  ])('toText, toMarkdown and toJson refuse %j with a typed error', (value, received) => {
    for (const [render, name] of [
      [toText, 'toText'],
      [toMarkdown, 'toMarkdown'],
      [toJson, 'toJson'],
    ] as const) {
      expect(() => render(value as never)).toThrow(InvalidInputError);
      expect(() => render(value as never)).toThrow(
        `${name}() expects an article from clean(), with highlights, blocks and attributions, received ${received}`,
      );
    }
  });
  it('renders an article from clean() as before', () => {
    const article = clean('A Headline Here\n\nThe first paragraph of the story says what happened on Tuesday.');
    expect(toText(article)).toContain('The first paragraph');
    expect(toMarkdown(article)).toContain('The first paragraph');
    expect(toJson(article)).toContain('The first paragraph');
  });
  it('toJson of undefined throws instead of returning undefined', () => {
    expect(() => toJson(undefined as never)).toThrow(InvalidInputError);
  });
});

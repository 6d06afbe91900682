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

describe('renderers given a block they cannot render', () => {
  const article = clean('A Headline Here\n\nThe first paragraph of the story says what happened on Tuesday.');
  it.each([
    [{ type: 'video', src: 'https://example.com/v.mp4' }, "blocks[n]: its type 'video' is none of paragraph, heading,"],
    [{ type: 'list', ordered: false, items: 'One, two' }, "blocks[n]: a list's items are no list of strings"],
    [{ type: 'paragraph', text: 42 }, "blocks[n]: a paragraph's text is no string but 42"],
    [null, 'blocks[n] is no block but null'],
  ])('toText and toMarkdown refuse %j, where they dropped it unsaid or threw a TypeError', (block, problem) => {
    const edited = { ...article, blocks: [...article.blocks, block as never] };
    for (const [render, name] of [
      [toText, 'toText'],
      [toMarkdown, 'toMarkdown'],
    ] as const) {
      expect(() => render(edited)).toThrow(InvalidInputError);
      expect(() => render(edited)).toThrow(
        `${name}() expects an article's blocks as clean() gives them, received ${problem.replace('[n]', `[${article.blocks.length}]`)}`,
      );
    }
  });
  it('toJson writes any block as it is: JSON holds it', () => {
    const video = { type: 'video', src: 'https://example.com/v.mp4' };
    expect(toJson({ ...article, blocks: [video as never] })).toContain('"video"');
  });
});

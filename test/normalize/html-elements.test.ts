import { describe, expect, it } from 'vitest';
import { isHtmlElementTag } from '../../src/normalize/html-elements.js';

describe('isHtmlElementTag', () => {
  it.each(['<div>', '</p>', '<span class="x">', '<br/>', '<H2>', '</TABLE>', '<blockquote cite="u">'])(
    'names an element: %s',
    (tag) => expect(isHtmlElementTag(tag)).toBe(true),
  );
  it.each(['<Tillerson>', '<String>', '<dyn Backend>', '<Object>', '<Div>', '<divs>', '<blockquotes>', '<T>'])(
    'names none: %s',
    (tag) => expect(isHtmlElementTag(tag)).toBe(false),
  );
});

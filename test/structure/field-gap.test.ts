import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/segment/segment.js';
import { gapsAsBars } from '../../src/structure/field-gap.js';
import { lineOf, linesOf } from '../helpers.js';

describe('gapsAsBars', () => {
  it('writes a wide gap between a byline and a link as a bar', () => {
    const text = 'By Ann Baker    View In Digital Edition';
    expect(gapsAsBars(lineOf(text), text)).toBe('By Ann Baker | View In Digital Edition');
  });

  it('leaves a line with no gap wider than two spaces as it is', () => {
    const text = 'by  Ann Baker, Dietitian';
    const line = lineOf(text);
    expect(line.text).toBe('by Ann Baker, Dietitian');
    expect(gapsAsBars(line, text)).toBe('by Ann Baker, Dietitian');
  });

  it("reads the gap at the line's own place in the text", () => {
    const text = 'A Headline Over It\nANN BAKER   THE DAILY NEWS\nFirst paragraph.';
    expect(gapsAsBars(linesOf(text)[1] as Line, text)).toBe('ANN BAKER | THE DAILY NEWS');
  });

  it("leaves a list item's text, which is not its span's", () => {
    const text = ' * Ann Baker    Share';
    const line = lineOf(text);
    expect(gapsAsBars(line, text)).toBe(line.text);
  });
});

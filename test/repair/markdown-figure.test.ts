import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers.js';

describe('readMarkdownFigure: a figure as toMarkdown writes it', () => {
  it('reads the caption in emphasis and the credit after the dash', () => {
    const line = lineOf(
      '*Browsing through WayAway is one of the best ways to search for flights.* — Screenshot from WayAway',
    );
    expect([line.text, line.credit]).toEqual([
      'Browsing through WayAway is one of the best ways to search for flights.',
      'Screenshot from WayAway',
    ]);
  });
  it('reads a credit alone after a dash in emphasis, a one-word one too', () => {
    expect([lineOf('*— Reviewed / Timothy Renzi*').text, lineOf('*— Reviewed / Timothy Renzi*').credit]).toEqual([
      '',
      'Reviewed / Timothy Renzi',
    ]);
    expect(lineOf('*— Hisense*').credit).toBe('Hisense');
  });
  it('leaves a sentence after an emphasised word, and emphasis without a dash, as they are', () => {
    const update = lineOf('*Update* — The company replied to our questions on Monday afternoon.');
    expect([update.text, update.credit]).toEqual([
      '*Update* — The company replied to our questions on Monday afternoon.',
      undefined,
    ]);
    expect(lineOf('*Hisense*').credit).toBeUndefined();
    expect(lineOf('*Hisense*').text).toBe('Hisense');
    expect(lineOf('*Editor’s note: this story was updated.*').credit).toBeUndefined();
  });
});

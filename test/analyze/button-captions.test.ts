import { describe, expect, it } from 'vitest';
import { buttonCaption } from '../../src/analyze/button-captions.js';
import { EN, lineOf } from '../helpers.js';

const test = buttonCaption(EN.match.uiPrompt);

describe('buttonCaption', () => {
  // multisite-dev arstechnica 2013: the photo's "Enlarge" button and its caption, one line between two paragraphs.
  it("names a caption that opens with its picture's button and a slash, with the label in the reason", () => {
    expect(test(lineOf('Enlarge / A matte grey case is the new brushed steel.'))).toEqual({
      kind: 'other',
      reason: `a picture's caption: opens with its button "enlarge /" (words=10)`,
    });
  });
  it('leaves a crumb trail, a credit and a label with more than a button before the slash', () => {
    expect(test(lineOf('Home / Gardening / Perennials for shade'))).toBeUndefined();
    expect(test(lineOf('Getty Images / The harbour at dawn'))).toBeUndefined();
    expect(test(lineOf('Zoom calls / Why everyone is tired of them'))).toBeUndefined();
    expect(test(lineOf('Enlarge / Two'))).toBeUndefined();
  });
});

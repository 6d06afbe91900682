import { describe, expect, it } from 'vitest';
import { mediaNotice } from '../../src/analyze/media-notices.js';
import { EN, lineOf } from '../helpers.js';

const test = mediaNotice(EN.match.mediaNotices);

describe('mediaNotice', () => {
  // multisite-dev bbc 2013: the notice where the video stood, between two paragraphs, over the video's caption.
  it("names a player's notice, with its phrase in the reason", () => {
    expect(test(lineOf('Please turn on JavaScript. Media requires JavaScript to play.'))).toEqual({
      kind: 'ui-prompt',
      reason: `a player's notice: "turn on javascript" (words=9)`,
    });
    expect(test(lineOf('This slideshow requires JavaScript.'))?.kind).toBe('ui-prompt');
  });
  it('leaves a sentence about JavaScript and a long line that holds the phrase', () => {
    expect(test(lineOf('Node.js lets you run JavaScript on the server.'))).toBeUndefined();
    const long =
      'If a site breaks in your browser, turn on JavaScript for it alone and leave it off for the sites you do not trust.';
    expect(test(lineOf(long))).toBeUndefined();
  });
});

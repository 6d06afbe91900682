import { describe, expect, it } from 'vitest';
import { insideBody } from '../../src/analyze/inside-body.js';
import { placeCaption, placeLabel } from '../../src/analyze/place-captions.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { zh as zhPack } from '../../src/lang/zh.js';
import type { Verdict } from '../../src/types.js';
import { EN, linesOf } from '../helpers.js';

const P = 'Native plants feed the insects that birds raise their young on, and a city garden can hold dozens of them.';
const Q = 'Leave the seed heads standing through the winter; the finches will thank you for it in January.';
const CAPTION = 'Above: The winter seed heads of purple coneflowers on the High Line. Photo by Jane Doe.';

/** The reasons `placeCaption` gives, by line text, for a body made of all the lines of `text`. */
const found = (text: string, removed: readonly number[] = []): Map<string, string> => {
  const lines = linesOf(text);
  const verdicts: (Verdict | undefined)[] = lines.map((_, i) =>
    removed.includes(i) ? { kind: 'nav', reason: 'test' } : undefined,
  );
  const captions = insideBody(lines, verdicts, { start: 0, end: lines.length - 1 }, [placeCaption(EN.captionPlaces)]);
  return new Map([...captions].map(([i, verdict]) => [lines[i]?.text ?? '', `${verdict.kind}: ${verdict.reason}`]));
};

describe('placeLabel', () => {
  it('reads a place label before the colon, in any case and spacing', () => {
    expect(placeLabel(CAPTION, EN.captionPlaces)).toBe('above');
    expect(placeLabel('Top  Left: the bridge at dawn', EN.captionPlaces)).toBe('top left');
  });
  it('reads no other label, and none far from the line start', () => {
    expect(placeLabel('Pictured: Bold Belles® Criss Cross™', EN.captionPlaces)).toBeUndefined();
    expect(placeLabel('Top: 100% linen', EN.captionPlaces)).toBeUndefined();
    expect(placeLabel(`${P} Above: more`, EN.captionPlaces)).toBeUndefined();
    expect(placeLabel('Left: 5', EN.captionPlaces)).toBeUndefined();
  });
  it('reads a Chinese place label before a full-width colon', () => {
    const zh = compiledPackFor(zhPack);
    expect(placeLabel('上图：工人在风电场安装新的叶片。', zh.captionPlaces)).toBe('上图');
    expect(placeLabel('上周：工人在风电场安装新的叶片。', zh.captionPlaces)).toBeUndefined();
  });
});

describe('placeCaption', () => {
  // WCXB 0400: a garden post's photo captions, each between two of its paragraphs.
  it('takes out a caption that opens with where its picture stands, with its label in the reason', () => {
    expect(found(`${P}\n${CAPTION}\n${Q}`)).toEqual(
      new Map([[CAPTION, `other: a picture's caption: opens with "above:" (words=16)`]]),
    );
  });
  it("keeps the article's sentences and a label with no caption after it", () => {
    expect(found(`${P}\nAbove all: keep the soil covered in winter.\nLeft: 5\n${Q}`).size).toBe(0);
  });
  it('leaves a line that holds a verdict alone', () => {
    expect(found(`${P}\n${CAPTION}\n${Q}`, [1]).size).toBe(0);
  });
});

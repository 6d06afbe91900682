import { describe, expect, it } from 'vitest';
import { scoreLine } from '../../src/analyze/extent.js';
import { slideCounters } from '../../src/analyze/slide-counters.js';
import { clean } from '../../src/clean.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { EN, linesOf } from '../helpers.js';

const P = 'The ministry said on Tuesday that the new rules would take effect at the start of next year.';
const Q = 'Critics of the plan said the government had not consulted the regions before it announced it.';
const R = 'Officials from both delegations are expected to meet again in Geneva next month to settle the rest.';

/** A gallery of `count` slides as a browser renders it: label, caption, toggle, counter. */
const gallery = (count: number, of = count): string =>
  Array.from(
    { length: count },
    (_, k) =>
      `Photos:\nTen years of the war – Soldiers patrol a valley near the border in the summer of ${2001 + k}.\nHide Caption\n${k + 1} of ${of}`,
  ).join('\n');

/** The reasons `slideCounters` gives, by line text, for a body made of all the lines of `text`. */
const found = (text: string): Map<string, string> => {
  const lines = linesOf(text);
  const verdicts = lines.map(() => undefined);
  const scores = lines.map((line, i) => scoreLine(line, verdicts[i], EN.stopwords, MODE_SETTINGS.balanced));
  const slides = slideCounters(lines, verdicts, scores, { start: 0, end: lines.length - 1 });
  return new Map([...slides].map(([i, verdict]) => [lines[i]?.text ?? '', `${verdict.kind}: ${verdict.reason}`]));
};

describe('slideCounters', () => {
  // multisite-dev cnn 2017: another story's 23-slide gallery between two paragraphs of the article.
  it("takes out a slideshow between the article's paragraphs, its first slide too", () => {
    const slides = found(`${P}\n${gallery(4)}\n${Q}`);
    expect(slides.get('1 of 4')).toBe('related: slide 1 of 4 of a slideshow inside the article (4 counted)');
    expect(slides.get('Ten years of the war – Soldiers patrol a valley near the border in the summer of 2001.')).toBe(
      'related: slide 1 of 4 of a slideshow inside the article (4 counted)',
    );
    // Sixteen lines, four slides of four; ten distinct texts.
    expect(slides.size).toBe(10);
    expect([...slides.keys()]).not.toContain(P);
    expect([...slides.keys()]).not.toContain(Q);
  });

  it('keeps a gallery that is the whole body, counters that do not count up, and a short count', () => {
    expect(found(`${P}\n${gallery(4)}`).size).toBe(0);
    expect(found(`${gallery(4)}\n${Q}`).size).toBe(0);
    expect(found(`${P}\n2 of 4\n${Q}\n1 of 4\n${P}\n3 of 4\n${Q}`).size).toBe(0);
    expect(found(`${P}\n${gallery(2)}\n${Q}`).size).toBe(0);
  });

  it("leaves the slides out of the article's text", () => {
    const text = `Talks resume\n\n${P}\n\n${R}\n\n${gallery(5)}\n\n${Q}\n\n${R} ${P}`;
    expect(clean(text).text).not.toContain('Hide Caption');
    expect(clean(text).text).not.toContain('3 of 5');
    expect(clean(text).text).toContain(Q);
  });
});

import { describe, expect, it } from 'vitest';
import {
  cleanInput,
  cleanInputHeadline,
  cleanInputScores,
  cleanInputStart,
  readsHeadline,
} from '../../src/analyze/clean-input.js';
import { detect } from '../../src/analyze/detect.js';
import type { LineScore } from '../../src/analyze/extent.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { clean } from '../../src/index.js';
import { pipeTables } from '../../src/structure/pipe-tables.js';
import { contextOf, linesOf } from '../helpers.js';

const PARAGRAPH =
  'The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.';
const CLOSING = 'The mayor said she was pleased with the result of the vote.';

/** Whether `texts`, one a line, read as a clean text once the default detectors have looked at them. */
const isClean = (texts: readonly string[]): boolean => {
  const lines = linesOf(texts.join('\n'));
  return cleanInput(lines, detect(lines, contextOf(lines), DEFAULT_DETECTORS, {}));
};

describe('cleanInput', () => {
  it('reads a bare list, a letter, Markdown and a list between paragraphs as a clean text', () => {
    expect(isClean(['- apples', '- pears', '- plums'])).toBe(true);
    expect(isClean(['apples', 'pears', 'plums'])).toBe(true);
    expect(isClean(['Dear Tom,', PARAGRAPH, 'Best regards,', 'Anna'])).toBe(true);
    expect(isClean(['Lieber Tom,', PARAGRAPH, 'Viele Grüße', 'Anna'])).toBe(true);
    expect(isClean(['# Brewing guide', '## Ratio', PARAGRAPH, '## Grind', CLOSING])).toBe(true);
    expect(isClean(['# Shopping list', '- milk', '- eggs', '- bread'])).toBe(true);
    // A list as `article.text` writes it: loose lines between the paragraphs, under a line that runs on or not.
    expect(isClean([PARAGRAPH, 'The new money will go to:', 'teachers', 'books', 'buses', CLOSING])).toBe(true);
    expect(isClean([PARAGRAPH, 'Teachers', 'Books', 'Buses', CLOSING])).toBe(true);
  });
  // WCXB 0002 innertext, its article's text cleaned again: the last answer of an FAQ lacks its full stop.
  it('reads a last paragraph that lacks its full stop, under a sentence, as a clean text', () => {
    const last =
      'Consumers are using food and drink to support specific goals, like cognition, energy, or hormone balance, prioritizing functionality and clear labeling over calories alone';
    expect(isClean([PARAGRAPH, 'How are people personalizing their diets?', last])).toBe(true);
    expect(clean([PARAGRAPH, CLOSING, last].join('\n\n')).text).toContain(last);
    // Two such lines are no paragraph's end: a page's run of links or teasers.
    expect(isClean([PARAGRAPH, last, last.replace('Consumers', 'Shoppers')])).toBe(false);
  });

  it("reads a page as none: a detector's verdict, a menu over the headline or at the end, a summary of highlights", () => {
    expect(isClean([PARAGRAPH, CLOSING, '© 2025 The Council Times. All rights reserved.'])).toBe(false);
    // WCXB 0379 html-to-text: the site's menu as a list over the headline.
    expect(
      isClean(['Rust Blog', ' * Rust', ' * Install', ' * Learn', 'What do people love about Rust?', PARAGRAPH]),
    ).toBe(false);
    // WCXB 4604 html-to-text: links as a list under the last sentence, to the input's end.
    expect(isClean([PARAGRAPH, CLOSING, ' * What Is This?  🤔', ' * Privacy 🥷', ' * Email Me ✉️'])).toBe(false);
    expect(isClean([PARAGRAPH, 'Home', 'News', 'Sport'])).toBe(false);
    expect(isClean(['Budget approved', 'First point here ■ Second point here', PARAGRAPH])).toBe(false);
    expect(isClean([])).toBe(false);
  });

  // WCXB 0441 innertext as toMarkdown writes it: its date line under the headline carries a byline's verdict.
  it('reads a byline or date line under the headline, as toText and toMarkdown write one, as a clean text', () => {
    const opening = ['# Small adventures with small language models', '*December 19, 2025*'];
    expect(isClean([...opening, '## Small is the new large', PARAGRAPH, CLOSING])).toBe(true);
    const markdown = [...opening, '## Small is the new large', PARAGRAPH].join('\n\n');
    const again = clean(markdown);
    expect(again.blocks[0]).toEqual({ type: 'heading', text: 'Small is the new large', level: 2 });
    expect(again.published).toBe('December 19, 2025');
    // Under the first sentence, a date line is the page's, as any verdict there.
    expect(isClean([PARAGRAPH, 'May 4, 2025', CLOSING])).toBe(false);
  });

  // WCXB 4588 innertext's article text cleaned again: a venue and its photographer between paragraphs.
  it('reads a line parted by bars under the first sentence as the body’s, no summary of highlights', () => {
    const venue = 'Regatta Place | Sara Zarella Photography';
    expect(isClean([PARAGRAPH, venue, CLOSING])).toBe(true);
    expect(clean([PARAGRAPH, venue, CLOSING].join('\n\n')).text).toContain(venue);
    // Over it, a line so parted is the highlights `toText` writes under the headline.
    expect(isClean(['Budget approved', `${venue} ■ Second point here`, PARAGRAPH])).toBe(false);
  });

  it("reads a pipe table as a clean text's, alone or under its last sentence: its bars part no highlights", () => {
    const table = ['| Size | Cost |', '| --- | --- |', '| Studio | $465 |', '| Loft | $980 |'];
    const isCleanWithTables = (texts: readonly string[]) => {
      const lines = linesOf(texts.join('\n'));
      return cleanInput(lines, detect(lines, contextOf(lines), DEFAULT_DETECTORS, {}), pipeTables(lines));
    };
    expect(isCleanWithTables(table)).toBe(true);
    expect(isCleanWithTables([PARAGRAPH, ...table])).toBe(true);
  });
});

describe('cleanInputScores', () => {
  const rescored = (texts: readonly string[]) => {
    const lines = linesOf(texts.join('\n'));
    const scores: LineScore[] = lines.map((line) =>
      line.words > 12 ? { score: 18, klass: 'good' } : { score: -1, klass: 'short' },
    );
    return [...cleanInputScores(lines, scores).keys()];
  };

  it('rescores items, short sentences and a sign-off as prose, from the first sentence on', () => {
    expect(rescored(['Dear Tom,', PARAGRAPH, 'Best regards,', 'Anna'])).toEqual([2, 3]);
    expect(rescored([PARAGRAPH, '- teachers', '- books', 'Schools reopen on Monday.'])).toEqual([1, 2, 3]);
    expect(rescored([PARAGRAPH, 'The new money will go to:', 'teachers', 'books', CLOSING])).toEqual([1, 2, 3, 4]);
    expect(rescored(['apples', 'pears'])).toEqual([0, 1]);
  });

  it('leaves marked headings to the short-line pass: one right over another heads no section', () => {
    expect(rescored(['# Brewing guide', '## Ratio', PARAGRAPH, '## Grind', CLOSING])).toEqual([4]);
    expect(rescored([PARAGRAPH, 'Pros:', 'Retailer', 'Check', CLOSING])).toEqual([1, 2, 3, 4]);
  });
  it('rescores the headings of a text that is nothing but headings: nothing else could vouch for them', () => {
    expect(rescored(['# Heading'])).toEqual([0]);
    expect(rescored(['## Setup', '### Install'])).toEqual([0, 1]);
  });
});

/** The detectors' verdicts on `lines`. */
const verdictsOf = (lines: ReturnType<typeof linesOf>) => detect(lines, contextOf(lines), DEFAULT_DETECTORS, {});

/** A body whose sections have headings and which opens with the first, as the article's text of WCXB 0110 does. */
const SECTIONED = ['What Is Video Production?', PARAGRAPH, 'Why Is It Important?', CLOSING];

describe('readsHeadline', () => {
  const reads = (texts: readonly string[]) => {
    const lines = linesOf(texts.join('\n'));
    return readsHeadline(lines, verdictsOf(lines));
  };

  it('reads a headline that a mark or a byline under it names, or over a body without headings', () => {
    expect(reads(['# Brewing guide', PARAGRAPH, 'Grind', CLOSING])).toBe(true);
    expect(reads(['Brewing guide', '=============', PARAGRAPH, 'Grind', CLOSING])).toBe(true);
    expect(reads(['Brewing guide', 'By Jane Doe', PARAGRAPH, 'Grind', CLOSING])).toBe(true);
    expect(reads(['What is cloud computing?', PARAGRAPH, CLOSING])).toBe(true);
  });
  it('reads a headline over headings written otherwise: numbered, or ending in another mark', () => {
    expect(reads(['Planning a First Trip', PARAGRAPH, '2.1 Cherry Blossom Season', CLOSING])).toBe(true);
    expect(reads(['Video Production Basics', PARAGRAPH, 'Why Is It Important?', CLOSING])).toBe(true);
  });
  it("reads none over a body with headings between its paragraphs: it opens with the first (WCXB 0110's text)", () => {
    expect(reads(SECTIONED)).toBe(false);
    expect(reads(['## Ratio', PARAGRAPH, '## Grind', CLOSING])).toBe(false);
  });
  it('takes no photo credit between paragraphs for a heading', () => {
    expect(reads(['Bridge works start', PARAGRAPH, 'Photo: City of Riverton', CLOSING])).toBe(true);
  });
});

describe('cleanInputHeadline', () => {
  const headline = (texts: readonly string[]) => {
    const lines = linesOf(texts.join('\n'));
    return cleanInputHeadline(lines, readsHeadline(lines, verdictsOf(lines)));
  };

  it('lets the headline stand over the first sentence; the marked first line or the first of two short ones, if the search finds none', () => {
    expect(headline(['# Brewing guide', '## Ratio', PARAGRAPH])).toEqual({ within: 2, otherwise: 0 });
    expect(headline(['Brewing guide', '=============', 'Ratio', PARAGRAPH, 'Grind', CLOSING])).toEqual({
      within: 2,
      otherwise: 0,
    });
    expect(headline(['Brewing guide', 'Ratio', PARAGRAPH])).toEqual({ within: 2, otherwise: 0 });
    expect(headline(['Ratio', PARAGRAPH])).toEqual({ within: 1, otherwise: -1 });
    // A short question over the first paragraph may be the headline, as toText wrote one (WCXB 0005).
    expect(headline(['What is cloud computing?', PARAGRAPH])).toEqual({ within: 1, otherwise: -1 });
    // A long line without a full stop is a paragraph, no headline (WCXB 0371 cleaned again).
    const long = `${PARAGRAPH.slice(0, -1)} and more`;
    expect(headline([long, long, PARAGRAPH])).toEqual({ within: 2, otherwise: -1 });
  });

  it('gives none when the opening holds none, or the text opens with a sentence, an item or a salutation, or has no sentence', () => {
    const none = { within: 0, otherwise: -1 };
    // The article's own text, whose body opens with a heading (WCXB 0110, 0138 cleaned again).
    expect(headline(SECTIONED)).toEqual(none);
    expect(headline(['Boil the water.', 'Warm the pot.'])).toEqual(none);
    expect(headline(['1. Boil the water', '2. Warm the pot'])).toEqual(none);
    expect(headline(['Dear Tom,', PARAGRAPH])).toEqual(none);
    expect(headline(['apples', 'pears'])).toEqual(none);
  });
});

describe('cleanInputStart', () => {
  const start = (texts: readonly string[]) => {
    const lines = linesOf(texts.join('\n'));
    const verdicts = verdictsOf(lines);
    return cleanInputStart(lines, verdicts, readsHeadline(lines, verdicts));
  };

  it('opens the body at the first sentence, or at a heading or a salutation right over it', () => {
    expect(start(['# Brewing guide', '## Ratio', PARAGRAPH])).toBe(1);
    expect(start(['# Brewing guide', 'Ratio', PARAGRAPH])).toBe(1);
    expect(start(['Brewing guide', '=============', 'Ratio', PARAGRAPH])).toBe(1);
    expect(start(['Brewing guide', 'Ratio', PARAGRAPH])).toBe(1);
    expect(start(['Ratio', PARAGRAPH])).toBe(0);
    expect(start(['Dear Tom,', PARAGRAPH])).toBe(0);
    expect(start(['apples', 'pears'])).toBe(0);
  });

  it('opens it at the first line when the opening holds no headline (WCXB 0110 cleaned again)', () => {
    expect(start(['Video production', ...SECTIONED])).toBe(0);
  });

  it('leaves the headline and a byline under it to the header (WCXB 0033 as toMarkdown writes it)', () => {
    expect(start(['# Ten Tips for Better Coffee', '*By Philip Stefanov*', PARAGRAPH])).toBe(2);
    expect(start(['Ten Tips for Better Coffee', '==========================', 'By Philip Stefanov', PARAGRAPH])).toBe(
      2,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/render/markdown.js';
import type { Article, Block } from '../../src/types.js';
import { EMPTY, FULL } from './fixtures.js';

const withBlocks = (...blocks: Block[]): Article => ({ ...EMPTY, blocks });

describe('toMarkdown', () => {
  it('renders a whole article', () => {
    expect(toMarkdown(FULL)).toBe(
      `${[
        '# Minister Says Talks Were Useful',
        '- Talks end without a deal\n- Next round in Geneva',
        '---',
        '*By Jane Doe · April 12, 2017*',
        'The minister spoke on Wednesday.',
        '### What comes next',
        '## A plain heading',
        '- One\n- Two',
        '> We will meet again.',
        '*The minister in Moscow.* — JANE ROE/REUTERS',
        '*A map of the region.*',
        'DPA contributed to this report.',
      ].join('\n\n')}\n`,
    );
  });
  it('renders the title as a level-1 heading', () => expect(toMarkdown({ ...EMPTY, title: 'T' })).toBe('# T\n'));
  // WCXB 0038 innertext: a dek with no byline under it came back as the body's first paragraph.
  it('closes the highlights with a rule', () => {
    expect(toMarkdown({ ...EMPTY, title: 'T', highlights: ['A dek'] })).toBe('# T\n\n- A dek\n\n---\n');
  });
  it('renders the date alone when there is no byline', () => {
    expect(toMarkdown({ ...EMPTY, published: 'April 12, 2017' })).toBe('*April 12, 2017*\n');
  });
  it('keeps body headings between levels 2 and 6', () => {
    expect(toMarkdown(withBlocks({ type: 'heading', text: 'H', level: 1 }))).toBe('## H\n');
    expect(toMarkdown(withBlocks({ type: 'heading', text: 'H', level: 9 }))).toBe('###### H\n');
  });
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['* not a list', '\\* not a list'],
    ['+ not a list', '\\+ not a list'],
    ['2017. not a list', '2017\\. not a list'],
    ['2017) not a list', '2017\\) not a list'],
    ['#hashtag stays', '#hashtag stays'],
    ['3.5 per cent stays', '3.5 per cent stays'],
  ])('escapes a paragraph starting %j', (text, md) => {
    expect(toMarkdown(withBlocks({ type: 'paragraph', text }))).toBe(`${md}\n`);
  });
  // A paragraph that starts with an item's number is a numbered line of the page (segment reads "3." as a marker).
  it.each(['3. Results of the trial', '12) The last step'])(
    'leaves the number of a paragraph %j as written',
    (text) => {
      expect(toMarkdown(withBlocks({ type: 'paragraph', text }))).toBe(`${text}\n`);
    },
  );
  it('renders an ordered list as CommonMark numbers, from its start, with its delimiter', () => {
    expect(toMarkdown(withBlocks({ type: 'list', ordered: true, items: ['Mix', 'Knead'] }))).toBe('1. Mix\n2. Knead\n');
    expect(toMarkdown(withBlocks({ type: 'list', ordered: true, start: 4, items: ['Rise'] }))).toBe('4. Rise\n');
    expect(toMarkdown(withBlocks({ type: 'list', ordered: true, start: 9, style: '1)', items: ['Cool'] }))).toBe(
      '9) Cool\n',
    );
    expect(toMarkdown(withBlocks({ type: 'list', ordered: false, items: ['Flour'] }))).toBe('- Flour\n');
  });
  // WCXB 0038 innertext: two lists one under the other, which CommonMark reads as one when their bullets are alike.
  it('gives a list right under another unordered list the other bullet', () => {
    const list = (item: string): Block => ({ type: 'list', ordered: false, items: [item] });
    expect(toMarkdown(withBlocks(list('Flour'), list('Salt'), list('Yeast')))).toBe('- Flour\n\n* Salt\n\n- Yeast\n');
    expect(toMarkdown(withBlocks(list('Flour'), { type: 'paragraph', text: 'Then:' }, list('Salt')))).toBe(
      '- Flour\n\nThen:\n\n- Salt\n',
    );
  });
  it('renders a lettered list, which CommonMark cannot number, as paragraphs that keep their letters', () => {
    expect(
      toMarkdown(withBlocks({ type: 'list', ordered: true, start: 2, style: 'a)', items: ['Bake', 'Cool'] })),
    ).toBe('b) Bake\n\nc) Cool\n');
  });
  it('escapes end notes the same way', () => {
    expect(toMarkdown({ ...EMPTY, attributions: ['- AFP'] })).toBe('\\- AFP\n');
  });
  it('renders a listing as a fenced block, its lines and indentation as they are', () => {
    const code = 'if err != nil {\n    return\n}\n# not a heading';
    expect(toMarkdown(withBlocks({ type: 'code', text: code }))).toBe(`\`\`\`\n${code}\n\`\`\`\n`);
  });
  it('fences a listing that holds a fence with a longer one', () => {
    expect(toMarkdown(withBlocks({ type: 'code', text: 'echo "```"' }))).toBe('````\necho "```"\n````\n');
  });
  it('renders a credit with no caption after a dash, in emphasis', () => {
    expect(toMarkdown(withBlocks({ type: 'figure', caption: '', credit: 'Hisense' }))).toBe('*— Hisense*\n');
  });
  it('renders nothing for an empty article', () => expect(toMarkdown(EMPTY)).toBe(''));
  it('renders a table as a GFM pipe table headed by its first row, bars in cells escaped', () => {
    const rows = [
      ['Plan', 'Price'],
      ['Basic | Monthly', '$5'],
      ['Pro', ''],
    ];
    expect(toMarkdown(withBlocks({ type: 'table', rows }))).toBe(
      '| Plan | Price |\n| --- | --- |\n| Basic \\| Monthly | $5 |\n| Pro |  |\n',
    );
  });
});

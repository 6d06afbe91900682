import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { isDek, markdownHighlightLines, splitHighlights } from '../../src/structure/highlights.js';
import { lineOf, linesOf } from '../helpers.js';

const JA = compiledPackFor(ja);

describe('splitHighlights', () => {
  it('splits the seed’s ■-separated dek into its items', () => {
    const dek =
      "Russia vetoes UN condemnation of gas attack ■ U.S. State Sec: No evidence of Russian role in Syria gas attack ■ Russia: Assad's removal only benefits ISIS ■ Sides agree on chemical attack probe";
    expect(splitHighlights(lineOf(dek))).toEqual([
      'Russia vetoes UN condemnation of gas attack',
      'U.S. State Sec: No evidence of Russian role in Syria gas attack',
      "Russia: Assad's removal only benefits ISIS",
      'Sides agree on chemical attack probe',
    ]);
  });
  it.each(['●', '▪', '◆', '•', '|'])('splits on %s', (sep) => {
    expect(splitHighlights(lineOf(`Talks end early ${sep} Next round in Geneva`))).toEqual([
      'Talks end early',
      'Next round in Geneva',
    ]);
  });
  it.each(['A single line without separators', 'Headline | Site', 'Talks end early ■ Geneva', 'Talks■end■early'])(
    'keeps %j whole',
    (text) => expect(splitHighlights(lineOf(text))).toBeNull(),
  );
  it('splits a Japanese summary, each item a phrase of several words written without spaces', () => {
    const dek = '政府が新しい法案を閣議決定 ■ 野党は審議の延長を求める ■ 採決は来月の見通し';
    expect(splitHighlights(lineOf(dek, JA))).toEqual([
      '政府が新しい法案を閣議決定',
      '野党は審議の延長を求める',
      '採決は来月の見通し',
    ]);
  });
});

describe('isDek', () => {
  it('is true for a sentence or two of summary', () => {
    expect(isDek(lineOf("Redline Studio makes up for Speedway 4 with the series' best lap yet."))).toBe(true);
    expect(isDek(lineOf('I spent several hours on a prototype. Did it work?'))).toBe(true);
  });
  it('is false for a kicker, an unfinished line, a long paragraph or a crumb trail', () => {
    expect(isDek(lineOf('Breaking news from the capital.'))).toBe(false);
    expect(isDek(lineOf('How to improve your cyber security and get practical advice for businesses'))).toBe(false);
    expect(isDek(lineOf(`${'The council met again on Tuesday to discuss the bridge. '.repeat(7)}`))).toBe(false);
    expect(isDek(lineOf("Home » Are you attending 2026's top tech conferences? Let's connect!"))).toBe(false);
  });
});

// Multisite cnn 2005: toMarkdown's "- Manage Alerts" and "- What Is This?" under the "#" headline came back as body.
describe('markdownHighlightLines', () => {
  const highlightsOf = (text: string): number[] => {
    const lines = linesOf(text);
    return markdownHighlightLines(lines, 0, (i) => lines[i]?.text.startsWith('By ') === true);
  };
  it('takes the bulleted lines between a # headline and the byline', () => {
    expect(
      highlightsOf('# Talks end without a deal\n- No deal\n- Next round in Geneva\n\n*By Jane Doe*\n\nText.'),
    ).toEqual([1, 2]);
  });
  it('takes the bulleted lines between a # headline and a rule', () => {
    expect(highlightsOf('# Talks end\n- No deal\n- Next round\n\n---\n\nThe talks ended.')).toEqual([1, 2]);
    expect(highlightsOf('# Talks end\n- No deal\n\n* * *\n\nThe talks ended.')).toEqual([1]);
  });
  it('takes no list without a rule, byline or date under it, nor under a headline that is no # heading', () => {
    expect(highlightsOf('# Talks end\n- No deal\n- Next round\n\nThe talks ended.')).toEqual([]);
    expect(highlightsOf('# Talks end\n- No deal\n- Next round\n\n-- The talks ended.')).toEqual([]);
    expect(highlightsOf('Talks end\n- No deal\n- Next round\n\n*By Jane Doe*')).toEqual([]);
  });
  // WCXB 0038 innertext: a dek with no byline under it.
  it('reads back the highlights toMarkdown writes with no byline under them', () => {
    const article = clean(
      [
        '# Minister Says Talks With Russia Were Useful',
        '- The talks ended with no deal, but both sides agreed to meet again in Geneva next month.',
        '---',
        'The minister said on Wednesday that the talks with Russia had been useful for both sides.',
        'Tillerson added that relations between the two countries were at a low point.',
      ].join('\n\n'),
    );
    expect(article.highlights).toEqual([
      'The talks ended with no deal, but both sides agreed to meet again in Geneva next month.',
    ]);
    expect(article.text.startsWith('The minister said')).toBe(true);
    const again = clean(toMarkdown(article));
    expect([again.title, again.highlights, again.text]).toEqual([article.title, article.highlights, article.text]);
  });
  it('reads back the highlights toMarkdown writes', () => {
    const page = [
      '# Minister Says Talks With Russia Were Useful',
      '- Manage Alerts\n- What Is This?',
      '*By Jane Doe · April 12, 2017*',
      'The minister said on Wednesday that the talks with Russia had been useful for both sides.',
      'Tillerson added that relations between the two countries were at a low point.',
    ].join('\n\n');
    expect(clean(page).highlights).toEqual(['Manage Alerts', 'What Is This?']);
  });
});

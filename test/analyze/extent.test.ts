import { describe, expect, it } from 'vitest';
import {
  findExtent,
  isInToolbar,
  isMenuTab,
  type LineScore,
  labelledItems,
  lineScore,
  listsUnderColons,
  opensBlock,
  runInLabels,
  scoreLine,
} from '../../src/analyze/extent.js';
import { type Line, segment } from '../../src/segment/segment.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { EN, lineOf } from '../helpers.js';

const balanced = MODE_SETTINGS.balanced;
/** Line scores from plain numbers: positive ones read as good prose, -Infinity as a section wall. */
const scored = (scores: number[]): LineScore[] =>
  scores.map((score) => ({ score, klass: score > 0 ? 'good' : score === Number.NEGATIVE_INFINITY ? 'bad' : 'short' }));

const PROSE = 'The minister said on Wednesday that the talks with Russia had been very useful for both sides.';

describe('findExtent (maximum subarray)', () => {
  it.each<[number[], { start: number; end: number }]>([
    [[-2, 30, -1, 25, -20, 5], { start: 1, end: 3 }],
    [[5], { start: 0, end: 0 }],
    [[1, 1, 1], { start: 0, end: 2 }],
    [[-5, 4, -10, 3, 3], { start: 3, end: 4 }],
    [[10, -3, 2], { start: 0, end: 0 }],
    [[10, -3, 4], { start: 0, end: 2 }],
  ])('%j → %j', (scores, extent) => expect(findExtent(scored(scores))).toEqual(extent));

  it('prefers the earlier run on a tie', () => expect(findExtent(scored([3, -3, 3]))).toEqual({ start: 0, end: 0 }));
  it.each([[[]], [[-1, -2]], [[0, 0]]])('finds no body in %j (end < start)', (scores) => {
    const { start, end } = findExtent(scored(scores));
    expect(end).toBeLessThan(start);
  });
  it('matches a brute-force search on small inputs', () => {
    const cases = [
      [4, -1, -1, 4],
      [-3, 2, -1, 2, -8, 3],
      [1, -2, 3, -2, 1],
    ];
    for (const scores of cases) {
      let best = 0;
      for (let i = 0; i < scores.length; i++)
        for (let j = i; j < scores.length; j++)
          best = Math.max(
            best,
            scores.slice(i, j + 1).reduce((a, b) => a + b),
          );
      const { start, end } = findExtent(scored(scores));
      expect(scores.slice(start, end + 1).reduce((a, b) => a + b, 0)).toBe(best);
    }
  });
});

describe('findExtent with section walls', () => {
  const wall = Number.NEGATIVE_INFINITY;
  const longBody = Array.from({ length: 10 }, () => 100);
  it('does not run across a wall followed by short lines (a related list)', () => {
    expect(findExtent(scored([20, 20, wall, -1, -1, 5, -1]))).toEqual({ start: 0, end: 1 });
  });
  it('bridges a wall followed at once by substantial prose (a false header)', () => {
    expect(findExtent(scored([20, 20, wall, 30, 10]))).toEqual({ start: 0, end: 4 });
  });
  it('bridges an inline teaser box of a few short lines between paragraphs', () => {
    expect(findExtent(scored([40, wall, -3, -3, -3, -3, -3, 40, 40]))).toEqual({ start: 0, end: 8 });
  });
  it('bridges forward over an inline box of headlines when two paragraphs resume past it', () => {
    expect(findExtent(scored([100, 100, wall, 0, -3, 0, -3, 40, 40]))).toEqual({ start: 0, end: 8 });
  });
  it('does not bridge forward to a teaser blurb under each headline (a related list)', () => {
    expect(findExtent(scored([100, 100, wall, 0, -3, 0, 30, -3, 0, 30, -3]))).toEqual({ start: 0, end: 1 });
  });
  it('does not bridge forward over a single short line to prose (a references list)', () => {
    expect(findExtent(scored([100, 100, wall, -3, 40, 40]))).toEqual({ start: 0, end: 1 });
  });
  it('bridges forward over a box of one headline when two paragraphs resume past it ("Further Reading")', () => {
    expect(findExtent(scored([100, 100, wall, 0, 40, 40]))).toEqual({ start: 0, end: 5 });
  });
  it('does not bridge forward over one headline to a single paragraph (a teaser)', () => {
    expect(findExtent(scored([100, 100, wall, 0, 40, -3, 0, 40, -3]))).toEqual({ start: 0, end: 1 });
  });
  it('bridges forward over an inline box to a paragraph, a short sentence and a paragraph (a quote between them)', () => {
    const medium: LineScore = { score: 4, klass: 'medium' };
    const scores = [...scored([100, 100, wall, 0, -3, -3, 24]), medium, ...scored([62, 29])];
    expect(findExtent(scores)).toEqual({ start: 0, end: 9 });
  });
  it('does not bridge forward to a teaser, a sentence-shaped headline and a short line (a related list)', () => {
    const medium: LineScore = { score: 4, klass: 'medium' };
    expect(findExtent([...scored([100, 100, wall, 0, -3, -3, 24]), medium, ...scored([-3, 24])])).toEqual({
      start: 0,
      end: 1,
    });
  });
  it('bridges forward over a references box to one long paragraph right over the next header (WCXB 4612)', () => {
    expect(findExtent(scored([100, 100, wall, -3, -3, -3, -3, -3, 0, 67, wall, -3, -3]))).toEqual({ start: 0, end: 9 });
  });
  it('does not bridge forward to one short paragraph over the next header (a related list of one teaser)', () => {
    expect(findExtent(scored([100, 100, wall, -3, -3, -3, 0, 30, wall, -3]))).toEqual({ start: 0, end: 1 });
  });
  it('does not bridge backwards to one long paragraph under a header (no closing section above the body)', () => {
    expect(findExtent(scored([-3, wall, 67, 0, -3, -3, -3, wall, ...longBody])).start).toBe(8);
  });
  it('does not bridge a long list under a header', () => {
    expect(findExtent(scored([40, wall, -3, -3, -3, -3, -3, -3, -3, 40, 40]))).toEqual({ start: 9, end: 10 });
  });
  it('bridges backwards too', () => {
    expect(findExtent(scored([30, wall, 20, 20]))).toEqual({ start: 0, end: 3 });
  });
  it('bridges backwards over an inline box when a short sentence (medium) stands above it', () => {
    const medium: LineScore = { score: 4, klass: 'medium' };
    const scores = [...scored([30, 30]), medium, ...scored([wall, 0, 0, 0, 60, 60])];
    expect(findExtent(scores)).toEqual({ start: 0, end: 8 });
  });
  it('bridges backwards over an inline box under a chart, past its neutral caption lines', () => {
    expect(findExtent(scored([30, 30, 0, 0, wall, 60, 60]))).toEqual({ start: 0, end: 6 });
  });
  it('does not bridge backwards when short lines stand above the wall (a menu)', () => {
    expect(findExtent(scored([30, 30, -3, wall, 0, 0, 0, 60, 60]))).toEqual({ start: 7, end: 8 });
  });
  it('bridges back over a header between two paragraphs however little prose it adds (a list label)', () => {
    expect(findExtent(scored([-3, 20, wall, 20, wall, 100, 100, 100]))).toEqual({ start: 1, end: 7 });
  });
  it('does not bridge forward over a header between two paragraphs for a little prose (references)', () => {
    expect(findExtent(scored([100, 100, 100, wall, 20, -3]))).toEqual({ start: 0, end: 2 });
  });
  it('does not bridge back over a header with no prose right above it', () => {
    expect(findExtent(scored([20, -3, wall, 20, wall, 100, 100, 100]))).toEqual({ start: 3, end: 7 });
  });
  const medium: LineScore = { score: 5, klass: 'medium' };
  it('bridges forward over a header followed by a short sentence and then a paragraph (WCXB 0406)', () => {
    expect(findExtent([...scored([100, 100, wall]), medium, ...scored([40, 40])])).toEqual({ start: 0, end: 5 });
  });
  it('does not bridge forward over a header followed by a short sentence and then a headline', () => {
    expect(findExtent([...scored([100, 100, wall]), medium, ...scored([-3, 40, 40])])).toEqual({ start: 0, end: 1 });
  });
  it('bridges forward past a table of neutral rows to a header over three sentences in a row (WCXB 0057)', () => {
    const rows = Array.from({ length: 8 }, () => 0);
    expect(findExtent([...scored([100, 100, ...rows, wall]), medium, medium, medium, ...scored([40])])).toEqual({
      start: 0,
      end: 14,
    });
  });
  it('does not bridge forward to a headline and its teaser sentence under a header (a related list)', () => {
    expect(findExtent([...scored([100, 100, wall, -3]), medium, ...scored([-3]), medium])).toEqual({
      start: 0,
      end: 1,
    });
  });
  it('bridges back to an opening of two paragraphs over an inline box, below the usual share (WCXB 4661)', () => {
    expect(findExtent(scored([-3, 15, 15, wall, 0, ...longBody]))).toEqual({ start: 1, end: 14 });
  });
  it('does not bridge back to one line of prose over a header (a dek, an author bio)', () => {
    expect(findExtent(scored([-3, 30, wall, 0, ...longBody])).start).toBe(4);
  });
  it('does not bridge back to two lines of prose too small beside the body', () => {
    expect(findExtent(scored([-3, 8, 8, wall, 0, ...longBody])).start).toBe(5);
  });
  it('does not bridge to a little prose after the wall (an author bio under "About the author")', () => {
    expect(findExtent(scored([50, 50, 50, wall, 5]))).toEqual({ start: 0, end: 2 });
  });
});

describe('findExtent with a comment header', () => {
  const comments: LineScore = { score: Number.NEGATIVE_INFINITY, klass: 'bad', closes: true };
  const thread = (before: number[], after: number[]): LineScore[] => [...scored(before), comments, ...scored(after)];
  it('keeps the article above a longer comment thread', () => {
    expect(findExtent(thread([-3, 40, 40], [30, -3, 30, -3, 30, -3, 30]))).toEqual({ start: 1, end: 2 });
  });
  it('takes the thread side when little but menus stand above the header', () => {
    expect(findExtent(thread([-3, 5, -3], [60, 60]))).toEqual({ start: 4, end: 5 });
  });
  it('skips a comment count in the byline above the article', () => {
    const scores = [...scored([-3]), comments, ...thread([40, 40], [30, -3, 30, -3, 30, -3, 30])];
    expect(findExtent(scores)).toEqual({ start: 2, end: 3 });
  });
  it('never bridges across the comment header', () => {
    expect(findExtent(thread([40, 40], [90]))).toEqual({ start: 0, end: 1 });
  });
});

describe('scoreLine', () => {
  it('scores a long sentence dense in stopwords as good, by its words', () => {
    expect(scoreLine(lineOf(PROSE), undefined, EN.stopwords, balanced)).toEqual({ score: 17, klass: 'good' });
  });
  it('demotes a long sentence without stopwords to medium when the language is known', () => {
    const names = 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt.';
    expect(scoreLine(lineOf(names), undefined, EN.stopwords, balanced).klass).toBe('medium');
    expect(scoreLine(lineOf(names), undefined, null, balanced)).toEqual({ score: 13, klass: 'good' });
  });
  it('scores a sentence that opens a list or code with a colon like one that ends in a period', () => {
    expect(scoreLine(lineOf('B-tree indexes work well for range queries:'), undefined, null, balanced)).toEqual({
      score: 3.5,
      klass: 'medium',
    });
    expect(scoreLine(lineOf('Key metrics:'), undefined, null, balanced).klass).toBe('short');
  });
  it('scores a sentence that opens a block quotation with a comma like one that ends in a period', () => {
    const opening = 'As the philosopher Thomas Nagel says in The Last Word (Oxford University Press, 1997),';
    expect(scoreLine(lineOf(opening), undefined, EN.stopwords, balanced).klass).toBe('good');
    expect(scoreLine(lineOf('Apples, pears,'), undefined, null, balanced).klass).toBe('short');
  });
  it('scores a short sentence as medium, half its words', () => {
    expect(scoreLine(lineOf('Seven words that end in a sentence.'), undefined, null, balanced)).toEqual({
      score: 3.5,
      klass: 'medium',
    });
  });
  it.each(['$89 - $249+', '60%', '€1,595'])('scores the table value %j neutral, not as a menu entry', (text) =>
    expect(scoreLine(lineOf(text), undefined, null, balanced)).toEqual({ score: 0, klass: 'short' }),
  );
  it('costs a short line the short penalty', () => {
    expect(scoreLine(lineOf('Short'), undefined, null, balanced)).toEqual({
      score: -balanced.shortPenalty,
      klass: 'short',
    });
  });
  it('costs a line with a verdict the penalty plus its words', () => {
    expect(scoreLine(lineOf(PROSE), { kind: 'ad', reason: 'test' }, null, balanced)).toEqual({
      score: -(balanced.verdictPenalty + 17),
      klass: 'bad',
    });
  });
  it('gives every score one shape, its flags present though unset, whatever the line', () => {
    const comments = { kind: 'comments', reason: 'only comments labels', barrier: true } as const;
    const shapes = new Set(
      [
        scoreLine(lineOf(PROSE), undefined, EN.stopwords, balanced),
        scoreLine(lineOf('Short'), undefined, null, balanced),
        scoreLine(lineOf(PROSE), { kind: 'ad', reason: 'test' }, null, balanced),
        scoreLine(lineOf('comments'), comments, null, balanced),
        scoreLine(lineOf('Comments?'), comments, null, balanced),
        lineScore(0, 'short', undefined, true),
      ].map((score) => Object.keys(score).join()),
    );
    expect([...shapes]).toEqual(['score,klass,closes,item']);
  });
  it('is stricter in precision mode', () => {
    const line = lineOf('Seven words that end in a sentence.');
    expect(scoreLine(line, undefined, null, MODE_SETTINGS.balanced).klass).toBe('medium');
    expect(scoreLine(line, undefined, null, MODE_SETTINGS.precision).klass).toBe('short');
  });
});

describe('isInToolbar', () => {
  const share = { kind: 'share', reason: 'only share labels' } as const;
  const comments = { kind: 'comments', reason: 'only comments labels', barrier: true } as const;
  it('finds a comments link between sharing labels (email, reprint, comments, share)', () => {
    expect(isInToolbar([share, undefined, comments, share], 2)).toBe(true);
  });
  it('does not take a thread header with a sharing label on one side only for a toolbar link', () => {
    expect(isInToolbar([undefined, undefined, comments, undefined, share], 2)).toBe(false);
  });
  it('closes the article at a feedback widget, though its prompt ends like a sentence (WCXB 4444)', () => {
    const widget = { kind: 'ui-prompt', reason: 'only ui-prompt labels', barrier: true, closes: true } as const;
    expect(scoreLine(lineOf('How Was This Issue?'), widget, null, balanced).closes).toBe(true);
    const asked = lineOf('Comments?');
    expect(scoreLine(asked, comments, null, balanced).closes).toBeUndefined();
  });
  it('keeps a comments link in a toolbar from closing the article', () => {
    const line = lineOf('comments');
    expect(scoreLine(line, comments, null, balanced, true).closes).toBeUndefined();
    expect(scoreLine(line, comments, null, balanced).closes).toBe(true);
  });
});

describe('isMenuTab', () => {
  it("finds a guestbook tab among a blog's menu entries (readability pixnet: 相簿 部落格 留言 名片)", () => {
    const lines = segment('* 相簿\n* 部落格\n* 留言\n* 名片');
    expect(isMenuTab(lines, 2)).toBe(true);
    expect(isMenuTab(segment('* Album\n* Comments\n* About'), 1)).toBe(true);
  });
  it('does not take a thread header on its own, or an item among sentences, for a menu tab', () => {
    expect(isMenuTab(segment('The end of the story.\nComments\nGreat post!'), 1)).toBe(false);
    expect(isMenuTab(segment('* First point of the list.\n* Comments\n* Third point here.'), 1)).toBe(false);
    expect(isMenuTab(segment('* Album\n* Comments'), 1)).toBe(false);
  });
});

describe('listsUnderColons', () => {
  const rescore = (texts: string[]) => {
    const lines = texts.map((text) => lineOf(text));
    const scores = lines.map((line) => scoreLine(line, undefined, EN.stopwords, balanced));
    return [...listsUnderColons(lines, scores).keys()];
  };
  it('scores the short items under a sentence ending with a colon as neutral, up to the next longer line', () => {
    const texts = [
      'These bakeries did not make our top five, but they are still worth a visit when you are in town:',
      'Rye & Salt',
      'Crumb',
      'Little Oven',
      'Each of them bakes its bread on site every morning, and most sell out well before noon on weekends.',
      'Contact',
    ];
    expect(rescore(texts)).toEqual([1, 2, 3]);
  });
  it('leaves short lines under a short label with a colon alone (a menu, "Follow us:")', () => {
    expect(rescore(['Follow us:', 'Facebook', 'Instagram'])).toEqual([]);
  });
});

describe('runInLabels', () => {
  const ADVICE =
    'Bring your own water bottle and a snack container to the cinema, since most theatres will let you refill them.';
  const rescore = (texts: string[]) => {
    const lines = texts.map((text) => lineOf(text));
    const scores = lines.map((line) => scoreLine(line, undefined, EN.stopwords, balanced));
    return runInLabels(lines, scores);
  };
  it('scores a label with a colon between two paragraphs as a short sentence (WCXB 4613)', () => {
    expect([...rescore([PROSE, 'Entertainment:', ADVICE, 'Shopping:'])]).toEqual([
      [1, { score: 0.5, klass: 'medium', closes: undefined, item: undefined }],
    ]);
  });
  it('leaves a label without a colon, or with no paragraph on one side, alone', () => {
    expect(rescore([PROSE, 'Entertainment', ADVICE, 'Shopping:']).size).toBe(0);
    // A label whose text is gone (a line a repair emptied) ends with no colon.
    const lines = [PROSE, 'Entertainment:', ADVICE, 'Shopping:'].map((text) => lineOf(text));
    const scores = lines.map((line) => scoreLine(line, undefined, EN.stopwords, balanced));
    expect(runInLabels(lines, scores).size).toBe(1);
    expect(runInLabels(lines.with(1, { ...(lines[1] as Line), text: '' }), scores).size).toBe(0);
    expect(rescore(['Menu', 'Entertainment:', ADVICE, 'Shopping:']).size).toBe(0);
  });
  it("leaves a label over the page's last paragraph alone, boilerplate under it (WCXB 0195)", () => {
    const lines = [PROSE, 'About the Writer:', ADVICE, 'Home'].map((text) => lineOf(text));
    const scores = lines.map((line, i) =>
      scoreLine(line, i === 3 ? { kind: 'nav', reason: 'test' } : undefined, EN.stopwords, balanced),
    );
    expect(runInLabels(lines, scores).size).toBe(0);
  });
});

describe('labelledItems', () => {
  const rescore = (texts: string[], verdictAt = -1) => {
    const lines = texts.map((text) => lineOf(text));
    const scores = lines.map((line, i) =>
      scoreLine(line, i === verdictAt ? { kind: 'paywall', reason: 'test' } : undefined, EN.stopwords, balanced),
    );
    return [...labelledItems(lines, scores).entries()].map(([i, score]) => [i, score.score]);
  };
  const INTRO = 'Print this list and tick each task off as you go, because the months before a move fill up fast.';
  const OUTRO = 'Once the truck is booked, most of the remaining work can be done in a couple of quiet evenings.';
  it('scores parallel "label – words" items between two paragraphs as a little prose', () => {
    const texts = [
      INTRO,
      'Two Months Before',
      'Book movers – compare three quotes',
      'Sort belongings – donate what you will not pack',
      'Order boxes – ask local shops for spares',
      OUTRO,
    ];
    expect(rescore(texts)).toEqual([
      [4, 1],
      [3, 1],
      [2, 1],
    ]);
  });
  it('treats "Label: words" items alike, but not a lone labelled line', () => {
    const texts = [INTRO, 'Pros: quiet and light to carry', 'Cons: the battery is small', OUTRO];
    expect(rescore(texts).map(([i]) => i)).toEqual([2, 1]);
    expect(rescore([INTRO, 'Pros: quiet and light to carry', 'Battery', OUTRO])).toEqual([]);
  });
  it('leaves items alone when a verdict stands between them and the prose (a paywall box)', () => {
    const texts = [INTRO, 'Start your trial', 'Notes: sync your notes with AI', 'Mail: the fastest inbox', OUTRO];
    expect(rescore(texts, 1)).toEqual([]);
  });
  it('leaves items alone without prose on both sides (a footer of labelled links)', () => {
    expect(rescore([INTRO, 'Phone – call us any day', 'Email – write to our team'])).toEqual([]);
  });
});

describe('opensBlock', () => {
  it('reads a line that ends with a colon or a comma, and no empty one', () => {
    expect(opensBlock('Ingredients:')).toBe(true);
    expect(opensBlock('For example,')).toBe(true);
    expect(opensBlock('The end.')).toBe(false);
    expect(opensBlock('')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { firstPart, nextPart } from '../../src/analyze/first-part.js';
import { clean } from '../../src/clean.js';
import { linesOf } from '../helpers.js';

// WCXB 0397: a gardening post whose page drops a news site's whole article between two parts of the post.
const PART_ONE = [
  'Mastering Clematis Pruning',
  "Trust me, I’ve been there. I've made the classic mistake of either savagely pruning a clematis that should have been left alone, resulting in a year of no blooms, or cautiously leaving a vigorous grower to become an overgrown, flower-shy mess.",
  'The golden rule for Group 1 clematis is "prune only if necessary, and only after they\'ve finished flowering." These beauties produce their magnificent flowers on old wood – that is, the stems that grew the previous year. If you chop them back hard in late winter or early spring, as you might with other types, you’ll be cutting off all the buds for the upcoming season.',
];
const MENU = ['Home', 'Latest News', 'India News', 'World News', 'Cities', 'Entertainment', 'Sports', 'Cricket'];
const OTHER_ARTICLE = [
  "The British Royal Family's Royal Collection Trust (RCT) has announced a new exhibition at The Queen's Gallery, Buckingham Palace, this summer.",
  'Visitors will have the opportunity to see iconic photographs by renowned photographers such as Cecil Beaton, Annie Leibovitz, and Lord Snowdon.',
];
const PART_TWO = [
  'The key with Group 3 is hard pruning. Yes, I said it: hard pruning. This means cutting them back aggressively every year, and trust me, it’s exactly what they need to thrive and deliver those spectacular blooms year after year.',
  "In my 800 sq ft Midlands garden, I’ve got 'Polish Spirit' scrambling over an archway, and every late winter/early spring, usually in February or early March before new growth really kicks in, I get stuck in. I cut all the previous season's growth down to about 20-30cm (8-12 inches) from the ground, just above a strong pair of buds. It can feel like you're leaving nothing, just a few stubby stems, but this severe cut encourages vigorous new shoots from the base, and it's these fresh stems that will produce all those glorious flowers later in the season.",
  "I learned this the hard way when I first started, being far too timid. Once I followed the 'chop hard' advice, 'Polish Spirit' exploded into a much healthier, more floriferous specimen, covering my arch with deep purple blooms.",
  "Sharp Secateurs (Hand Pruners): These are your primary weapon for every clematis. I swear by my Felco secateurs – they're an investment, but they last forever and give a wonderfully clean cut on old wood and new growth alike.",
];
const page = (other: readonly string[]) => [...PART_ONE, ...MENU, ...other, ...MENU, ...MENU, ...PART_TWO].join('\n');

describe('firstPart', () => {
  it('keeps the part of the article above a block of other text, and drops the block', () => {
    const { text } = clean(page(OTHER_ARTICLE));
    expect(text).toContain('savagely pruning a clematis');
    expect(text).toContain('Felco secateurs');
    expect(text).not.toContain('Royal Collection Trust');
    expect(text).not.toContain('Cricket');
  });

  it('leaves prose above the body that shares too few of its words', () => {
    const { text } = clean([...OTHER_ARTICLE, ...MENU, ...MENU, ...PART_TWO].join('\n'));
    expect(text).not.toContain('Royal Collection Trust');
    expect(text).toContain('Felco secateurs');
  });
});

// A review of one product a section: its parts share fewer words than one article's parts usually do (WCXB 4252).
const REVIEW_ONE = [
  'QuickBooks keeps invoices tidy, tracks expenses and helps with taxes for busy freelancers everywhere.',
  'Wave gives unlimited invoicing, receipt scanning and multi currency support without any monthly fee.',
];
const REVIEW_TWO = [
  'Xero offers cloud access, bank reconciliation and receipt sorting for freelancers with goods.',
  'Moxie joins projects, invoices, expenses and taxes into one workspace for the modern freelancer.',
];
const WORDS = new Set(['for', 'and', 'with', 'the', 'one', 'any', 'without', 'into', 'helps']);
const good = (score: number): LineScore => ({ score, klass: 'good' });
const chrome: LineScore = { score: -5, klass: 'short' };

describe('firstPart: a large part above the body', () => {
  const lines = linesOf([...REVIEW_ONE, 'Featured articles', 'Related posts', ...REVIEW_TWO].join('\n'));
  const extent = { start: 4, end: 5 };
  it('joins a part that holds a quarter of the body’s score though it shares fewer of its words', () => {
    const parts = firstPart(lines, [good(30), good(30), chrome, chrome, good(40), good(40)], extent, WORDS);
    expect(parts?.extent).toEqual({ start: 0, end: 5 });
  });

  it('leaves a small run above the body that shares as few words', () => {
    const parts = firstPart(lines, [good(9), good(9), chrome, chrome, good(40), good(40)], extent, WORDS);
    expect(parts).toBeNull();
  });
});

// Readability test page folha: a photo gallery inside the story, its controls under a "Leia Mais" button.
const STORY_ONE = [
  'Após rechaçar um encontro da seleção brasileira com o presidente eleito Jair Bolsonaro, o técnico Tite declarou que errou ao levar a taça da Libertadores de 2012 ao ex-presidente Lula.',
  '"Em 2012 eu errei. Ele não era presidente, mas fui ao Instituto e mandei felicitações por um aniversário. Não me posicionei politicamente", disse Tite, técnico da seleção brasileira.',
];
const GALLERY = ['Leia Mais', 'Ícone fechar', 'Voltar Ver novamente', 'COMPARTILHE', 'Facebook', 'Whatsapp', 'Twitter'];
const STORY_TWO = [
  'O assunto foi levantado porque recentemente Tite foi questionado se aceitaria um encontro da seleção brasileira com Bolsonaro, presidente eleito, depois da Copa.',
  '"Em 2012 eu fiz e errei. O protocolo e a situação gerada no jogo do Palmeiras são fatos de opinião pessoal", afirmou Tite sobre a taça da Libertadores e Lula.',
];

describe('nextPart', () => {
  const lines = linesOf([...STORY_ONE, ...GALLERY, ...STORY_TWO].join('\n'));
  const header: LineScore = { score: Number.NEGATIVE_INFINITY, klass: 'bad' };
  const gallery = (): LineScore[] => [header, ...GALLERY.slice(1).map(() => chrome)];
  const scores = [good(40), good(40), ...gallery(), good(30), good(30)];
  it('joins the part of the article below a block of other lines, and marks the block', () => {
    const parts = nextPart(lines, scores, { start: 0, end: 1 }, WORDS);
    expect(parts?.extent).toEqual({ start: 0, end: 10 });
    expect(parts?.between.get(2)?.reason).toBe('between two parts of the article (lines 3–9)');
  });

  it('leaves prose below the body that shares too few of its words', () => {
    const other = linesOf([...STORY_ONE, ...GALLERY, ...REVIEW_ONE].join('\n'));
    expect(nextPart(other, scores, { start: 0, end: 1 }, WORDS)).toBeNull();
  });

  it('leaves a run below the body that holds less than half of its score, though it shares its words', () => {
    const small = [good(40), good(40), ...GALLERY.map(() => chrome), good(15), good(15)];
    expect(nextPart(lines, small, { start: 0, end: 1 }, WORDS)).toBeNull();
  });

  it('leaves the lines below the body to later passes when no section header cut them off', () => {
    const open = [good(40), good(40), ...GALLERY.map(() => chrome), good(30), good(30)];
    expect(nextPart(lines, open, { start: 0, end: 1 }, WORDS)).toBeNull();
  });

  it('does not join across a comment thread', () => {
    const walled = scores.map((s, i) =>
      i === 2 ? { score: Number.NEGATIVE_INFINITY, klass: 'bad' as const, closes: true } : s,
    );
    expect(nextPart(lines, walled, { start: 0, end: 1 }, WORDS)).toBeNull();
  });

  it('keeps a Portuguese story whole around its gallery', () => {
    const { text } = clean([...STORY_ONE, ...GALLERY, ...STORY_TWO].join('\n'));
    expect(text).toContain('Instituto');
    expect(text).toContain('Palmeiras');
    expect(text).not.toContain('Voltar Ver novamente');
  });
});

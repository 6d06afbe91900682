import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldedWords,
  shortSlugWords,
  slugKeys,
  slugMatch,
  slugWords,
  spellsSlug,
} from '../../src/structure/url-slug.js';
import { EN } from '../helpers.js';

describe('slugWords', () => {
  it.each([
    // Real URLs of the WCXB dev pages.
    ['https://www.itsalltriptome.com/how-to-book-a-flight-for-beginners/', 'how to book a flight for beginners'],
    [
      'https://www.flatworldsolutions.com/digital-photography/articles/recent-photography-trends.php',
      'recent photography trends',
    ],
    ['https://abc7ny.com/post/7-side-moving-company-investigation/18153161/', '7 side moving company investigation'],
    ['https://www.popsugar.com/fitness/amp-fitness-review-49401320', 'amp fitness review'],
    [
      'https://www.myleskatherine.com/blog/2025/6/9/top-10-most-desired-digital-cameras-of-2025',
      'top 10 most desired digital cameras of 2025',
    ],
    [
      'https://www.statnews.com/2025/12/18/weight-loss-drugs-wegovy-zepbound-health-plans/',
      'weight loss drugs wegovy zepbound health plans',
    ],
  ])('reads %s', (url, words) => {
    expect(slugWords(url)?.join(' ')).toBe(words);
  });
  it.each([
    // Real URLs of the WCXB dev pages (0094, 4572): the section's name has more words than the article's slug.
    ['https://mitsloan.mit.edu/ideas-made-to-matter/machine-learning-explained', 'machine learning explained'],
    [
      'https://www.smcm.edu/center-for-career-and-professional-development/how-to-negotiate-salary-benefits/',
      'how to negotiate salary benefits',
    ],
  ])('reads the last segment of three words or more in %s', (url, words) => {
    expect(slugWords(url)?.join(' ')).toBe(words);
  });
  it.each([
    // Real URLs of the WCXB dev pages (0303, 4025): the page's slug has two words, the section above it three.
    ['https://writingcenter.unc.edu/tips-and-tools/book-reviews/'],
    ['https://www.ers.usda.gov/topics/natural-resources-environment/climate-change'],
  ])('reads no section name above a slug of two words in %s', (url) => {
    expect(slugWords(url)).toBeNull();
  });
  it('reads the slug above a segment of one word', () => {
    expect(slugWords('https://example.com/blog/post/postgresql-query-optimization-tips/view')).toEqual([
      'postgresql',
      'query',
      'optimization',
      'tips',
    ]);
  });
  it('ignores the query string and the fragment', () => {
    expect(
      slugWords('https://www.accounting.com/resources/best-tax-software/?utm_source=a-b-c-d#see-the-top-picks'),
    ).toEqual(['best', 'tax', 'software']);
  });
  it('reads the segment before an index page', () => {
    expect(slugWords('https://example.org/blog/my-first-garden-plan/index.html')).toEqual([
      'my',
      'first',
      'garden',
      'plan',
    ]);
  });
  it('splits on underscores and plus signs and folds case and diacritics', () => {
    expect(slugWords('https://example.fr/Le_Café+de_Flore')).toEqual(['le', 'cafe', 'de', 'flore']);
  });
  it('decodes percent-encoded Cyrillic', () => {
    const url = `https://example.ru/${encodeURIComponent('новости-мира-сегодня')}`;
    expect(slugWords(url)).toEqual(['новости', 'мира', 'сегодня']);
  });
  it.each([
    ['ids only', 'https://journeytocollege.mo.gov/2609-2/'],
    ['under three words', 'https://www.prevention.com/weight-loss/diets/a63515464/diet-trends-2025/'],
    ['a hash glued on', 'https://www.today.com/health/diet-fitness/fitness-trends-2025-rcna184567'],
    ['CJK without separators', `https://example.cn/${encodeURIComponent('咖啡的历史')}`],
    ['no path', 'https://example.com/'],
    ['not a URL', 'how-to-rent-a-car'],
    ['empty', ''],
  ])('gives no hint for %s', (_, url) => {
    expect(slugWords(url)).toBeNull();
  });
  it('keeps a segment with a stray percent sign as written', () => {
    expect(slugWords('https://example.com/100%-pure-cotton-shirts')).toEqual(['100', 'pure', 'cotton', 'shirts']);
  });
});

describe('shortSlugWords', () => {
  it.each([
    // Real URLs of the WCXB dev pages (0495, 0339).
    ['https://www.jefftk.com/p/backup-strategy', ['backup', 'strategy']],
    ['https://conejoadulted.org/technology/graphicdesigncourses/', ['graphicdesigncourses']],
  ])('reads the last segment of one or two words in %s', (url, words) => {
    expect(shortSlugWords(url)).toEqual(words);
  });
  it.each([
    ['three words or more', 'https://example.com/blog/how-to-rent-a-car'],
    ['only an id', 'https://example.com/post/12345'],
    ['no path', 'https://example.com/'],
    ['not a URL', 'backup-strategy'],
  ])('gives none for %s', (_, url) => {
    expect(shortSlugWords(url)).toBeNull();
  });
});

describe('spellsSlug', () => {
  it('matches every word in order, hyphenated or run together', () => {
    expect(spellsSlug(foldedWords('Backup Strategy'), ['backup', 'strategy'])).toBe(true);
    expect(spellsSlug(foldedWords('Graphic Design Courses'), ['graphicdesigncourses'])).toBe(true);
  });
  it('matches no line with more words or fewer', () => {
    expect(spellsSlug(foldedWords('What is Academic Tutoring?'), ['academic', 'tutoring'])).toBe(false);
    expect(spellsSlug(foldedWords('Backup'), ['backup', 'strategy'])).toBe(false);
  });
});

describe('foldedWords', () => {
  // The folding as first written, without the ASCII shortcut.
  const reference = (text: string): string[] =>
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/['’ʼ]/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
  test.prop([fc.string({ unit: 'grapheme', maxLength: 40 })], { numRuns: 300, seed: 11 })(
    'folds ASCII and other text as the Unicode expressions do',
    (text) => {
      expect(foldedWords(text)).toEqual(reference(text));
    },
  );
  it('drops apostrophes and splits at hyphens', () => {
    expect(foldedWords('Pharma’s direct-to-consumer programs')).toEqual([
      'pharmas',
      'direct',
      'to',
      'consumer',
      'programs',
    ]);
  });
});

describe('foldedWords thousands', () => {
  it('joins a number split by a thousands separator, as a slug writes it', () => {
    expect(foldedWords('Laptops Under $1,000 of 2026')).toEqual(['laptops', 'under', '1000', 'of', '2026']);
  });
  it('keeps a decimal point and a list of numbers apart', () => {
    expect(foldedWords('Version 2.5, 10, 20')).toEqual(['version', '2', '5', '10', '20']);
  });
});

describe('slugMatch', () => {
  const keys = slugKeys(['how', 'to', 'rent', 'a', 'car'], EN.stopwords);
  it('is 1 for the line the slug spells, stopwords aside', () => {
    expect(slugMatch(foldedWords('How to Rent a Car'), keys, EN.stopwords)).toBe(1);
  });
  it('falls with words on either side that the other lacks', () => {
    const longer = slugMatch(foldedWords('Need a Change? 7 Vital Tips on How to Rent a Car'), keys, EN.stopwords);
    expect(longer).toBeGreaterThan(0);
    expect(longer).toBeLessThan(0.6);
    expect(slugMatch(foldedWords('Car Rental Deals'), keys, EN.stopwords)).toBeCloseTo(2 / 5);
  });
  it('is 0 without a shared word', () => {
    expect(slugMatch(foldedWords('Manage alerts for this article'), keys, EN.stopwords)).toBe(0);
  });
});

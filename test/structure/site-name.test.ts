import { describe, expect, it } from 'vitest';
import { copyrightNamesLine, copyrightNotices, namesSite, siteHost } from '../../src/structure/site-name.js';
import { foldedWords } from '../../src/structure/url-slug.js';
import { EN, linesOf } from '../helpers.js';

describe('siteHost', () => {
  it.each([
    // Real hosts of the WCXB dev pages (4877, 4588).
    ['https://tax.thomsonreuters.com/blog/the-best-tax-software/', 'taxthomsonreuters'],
    ['https://www.herecomestheguide.com/wedding-ideas/checklist', 'herecomestheguide'],
    ['https://news.bbc.co.uk/2/hi/europe/7938371.stm', 'newsbbc'],
  ])('spells %s as %s', (url, host) => {
    expect(siteHost(url)).toBe(host);
  });
  it('gives null for no URL', () => {
    expect(siteHost('not a url')).toBeNull();
  });
});

describe('namesSite', () => {
  it('is true for the site’s name over the headline (WCXB 4588, 4877)', () => {
    expect(namesSite(foldedWords('Here Comes the Guide'), 'herecomestheguide', EN.stopwords)).toBe(true);
    expect(namesSite(foldedWords('Thomson Reuters Tax & Accounting'), 'taxthomsonreuters', EN.stopwords)).toBe(true);
  });
  it('is false for a headline that names one word of the host', () => {
    expect(
      namesSite(
        foldedWords('The best tax software for tax preparers: A buyer’s guide'),
        'taxthomsonreuters',
        EN.stopwords,
      ),
    ).toBe(false);
  });
  it('is false for two words of which the host spells one (WCXB 4039)', () => {
    expect(namesSite(foldedWords('History of coffee'), 'aboutcoffee', EN.stopwords)).toBe(false);
    expect(namesSite(foldedWords('Coffee Research Institute'), 'coffeeresearch', EN.stopwords)).toBe(true);
  });
  it('is false for a single word, which is as often the topic', () => {
    expect(namesSite(foldedWords('Coffee'), 'aboutcoffee', EN.stopwords)).toBe(false);
  });
});

describe('copyrightNamesLine', () => {
  const guide = copyrightNotices(
    linesOf('Here Comes the Guide\nWedding Checklist\n© 2025 Here Comes the Guide. All rights reserved'),
  );
  it('finds the site’s name in its copyright notice (WCXB 4588)', () => {
    expect(guide).toEqual(['© 2025 here comes the guide. all rights reserved']);
    expect(copyrightNamesLine(guide, 'here comes the guide')).toBe(true);
  });
  it('is false for a line the notice does not hold, one too short to tell, or the notice itself', () => {
    expect(copyrightNamesLine(guide, 'wedding checklist')).toBe(false);
    expect(copyrightNamesLine(guide, 'all')).toBe(false);
    expect(copyrightNamesLine(guide, '© 2025 here comes the guide. all rights reserved')).toBe(false);
  });

  const quist = copyrightNotices(
    linesOf('Mara Quist - "Slow Signals"\nWhat stays sprung\nMara Quist\n© 2025 Mara Quist · Privacy ∙ Terms'),
  );
  it('finds the site’s name opening a line, its tagline after a separator (WCXB 0420 innertext)', () => {
    expect(copyrightNamesLine(quist, 'mara quist - "slow signals"')).toBe(true);
    expect(copyrightNamesLine(quist, 'mara quist')).toBe(true);
  });
  it('is false for a line without a separator the notice does not hold, one whose head it does not hold, or a year', () => {
    expect(copyrightNamesLine(quist, 'mara quist slow signals')).toBe(false);
    expect(copyrightNamesLine(quist, 'slow signals - mara quist')).toBe(false);
    expect(copyrightNamesLine(['© 2025 osso b.v.'], '2025 – finding the turbo button')).toBe(false);
  });
  it('is false without a notice', () => {
    expect(copyrightNamesLine([], 'mara quist')).toBe(false);
  });
});

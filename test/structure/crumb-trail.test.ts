import { describe, expect, it } from 'vitest';
import { isShortCrumbTrail } from '../../src/structure/crumb-trail.js';

describe('isShortCrumbTrail', () => {
  it('reads a trail of short crumbs, a date among them, as no headline (WCXB 0227 html-to-text)', () => {
    expect(isShortCrumbTrail('HOME / Home Renovations / Home Renovation Loan')).toBe(true);
    expect(isShortCrumbTrail('Hauptseite » 2012 » März » 14 » Notizen')).toBe(true);
  });
  it('leaves a trail that ends in the headline, and a page title with one bar', () => {
    expect(isShortCrumbTrail('Home » Podcast » Why the Bridge Matters to the Town')).toBe(false);
    expect(isShortCrumbTrail('Why the Bridge Matters | Opinion')).toBe(false);
    expect(isShortCrumbTrail('21+ Best Movers / Moving Companies in San Francisco (2024)')).toBe(false);
  });
  it('counts the words of a crumb written without spaces by its letters', () => {
    expect(isShortCrumbTrail('首页 » 新闻 » 国际')).toBe(true);
    expect(isShortCrumbTrail('首页 » 新闻 » 政府批准可再生能源新法案')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { nav } from '../../src/detectors/nav.js';
import { verdictOf } from '../helpers.js';

describe('nav', () => {
  it.each([
    'Home',
    'Skip to content',
    'Sign in',
    'Home » News » World',
    'News | Sports | Business | Opinion',
    'HomeNewsSportsWeather',
    'Home » 34 Top Photography Trends in 2025',
    'Cats | Dogs | Birds | Fish',
  ])('removes the navigation line %j', (text) => expect(verdictOf(nav, text)?.kind).toBe('nav'));

  it.each([
    'Home is where the heart is, she said.',
    'The price rose from 3 > 2 in value',
    'Home » Photography tips for beginners who want to learn more about light.',
    'Search and rescue teams reached the village on Monday.',
  ])('keeps the line %j', (text) => expect(verdictOf(nav, text)).toBeUndefined());

  it('gives the label hits of a menu of labels', () => {
    expect(verdictOf(nav, 'Home » News » World')?.reason).toBe('only nav labels (hits=3, words=3)');
  });
  it('counts the separators of a breadcrumb', () => {
    expect(verdictOf(nav, 'Home » 34 Top Photography Trends in 2025')?.reason).toBe(
      'breadcrumb (separators=1, words=7)',
    );
  });
  it('counts the items of a menu', () => {
    expect(verdictOf(nav, 'Cats | Dogs | Birds | Fish')?.reason).toBe('menu of 4 items (words=4)');
  });
  it("leaves a Markdown table's row, which opens and closes with a bar (WCXB 0057 as Markdown)", () => {
    expect(verdictOf(nav, '| Studio | $465 | $183 | 2 movers |')).toBeUndefined();
    // WCXB 4068 html-to-text as Markdown: a column head that is a menu's label opened the row.
    expect(verdictOf(nav, '| Watch | Price | Battery life |')).toBeUndefined();
  });
  it("leaves a product's spec row, its items fields (WCXB 4472, 4014)", () => {
    expect(
      verdictOf(nav, 'Works with: iPhone | Voice assistant: Apple Siri | Display: no | Connectivity: Wi-Fi, Bluetooth'),
    ).toBeUndefined();
    expect(verdictOf(nav, 'CPU: A19 Pro | RAM: 8GB | Storage: 256GB SSD | Weight: 2.7 pounds')).toBeUndefined();
  });
  it('still removes a menu whose first item alone is a field (WCXB 0307)', () => {
    expect(verdictOf(nav, 'Subscribe: Apple Podcasts | Android | Email | RSS')?.reason).toBe(
      'menu of 4 items (words=6)',
    );
  });
  // Counterexample: the docstring's glued menu; repair splits it into "Home News Reviews Deals", but the English
  // pack has no "reviews" or "deals", so the line is not only labels.
  it('removes the glued menu "HomeNewsReviewsDeals"', () => {
    expect(verdictOf(nav, 'HomeNewsReviewsDeals')?.kind).toBe('nav');
  });
});

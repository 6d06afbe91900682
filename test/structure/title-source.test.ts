import { describe, expect, it } from 'vitest';
import { trimTitleSource } from '../../src/structure/title-source.js';

describe('trimTitleSource', () => {
  it('cuts the linked site’s domain and the comment count after the headline (WCXB 0396)', () => {
    expect(trimTitleSource('Computer Science Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87')).toBe(
      'Computer Science Grads Find Their Degrees No Longer Guarantee Jobs',
    );
    expect(trimTitleSource('Show HN: A Tiny Text Cleaner (github.com)')).toBe('Show HN: A Tiny Text Cleaner');
  });
  it.each([
    ['Why We Moved Off Heroku (Part 2)', 'words in parentheses, no domain'],
    ['Rust Tips (blog.rs) Weekly', 'a domain inside the headline'],
    ['Tiny Cleaner (github.com)', 'fewer than three words left'],
  ])('keeps %j (%s)', (title) => expect(trimTitleSource(title)).toBe(title));
  it('cuts the source off a headline written without spaces', () => {
    expect(trimTitleSource('人工知能が囲碁の世界王者に勝利 (example.jp)')).toBe('人工知能が囲碁の世界王者に勝利');
  });
});

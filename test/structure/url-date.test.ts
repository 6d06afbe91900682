import { describe, expect, it } from 'vitest';
import { urlDate } from '../../src/structure/url-date.js';
import { EN } from '../helpers.js';

describe('urlDate', () => {
  it.each([
    ['https://www.cnx-software.com/2025/12/20/do-you-need-14-usb-ports', '2025-12-20'],
    ['https://x.com/blog/2025/6/9/top-10-cameras', '2025-06-09'],
    ['https://x.com/blog/2025-12-17-the-pilot-has-landed', '2025-12-17'],
    ['https://x.com/articles/2025-12-15+Rust+GCC+backend', '2025-12-15'],
    ['https://x.com/archives/2025/12/16/vibe_coding.html', '2025-12-16'],
  ])('%s → %s', (url, iso) => expect(urlDate(url)).toBe(iso));

  it("reads a month's name in its own segment with the pack's months", () => {
    expect(urlDate('https://x.com/blog/2023/october/03/wine-types/', EN.months)).toBe('2023-10-03');
    expect(urlDate('https://x.com/blog/2023/october/03/wine-types/')).toBeNull();
    expect(urlDate('https://x.com/blog/2023/wines/03/', EN.months)).toBeNull();
  });

  it.each([
    ['https://x.com/2025/12/small-adventures.html', 'a month without a day'],
    ['https://x.com/seo-optimization-strategies-for-2025/', 'a year in the slug'],
    ['https://x.com/2025/02/30/no-such-day', 'no such day'],
    ['https://x.com/2025/12/199/id', 'a number past a day'],
    ['https://x.com/2025-12-150-things', 'digits run on past the day'],
    ['not a url', 'no URL'],
  ])('%s → null (%s)', (url) => expect(urlDate(url)).toBeNull());
});

import { describe, expect, it } from 'vitest';
import { hasCreditUnder } from '../../src/structure/credit-under.js';
import { EN, linesOf } from '../helpers.js';

const captioned = (text: string): boolean => hasCreditUnder(linesOf(text), 0, EN.stopwords);

describe('hasCreditUnder', () => {
  it('reads names parted by slashes under a line as its photo credit (WCXB 0417)', () => {
    expect(captioned("Stills from 'Chainsaw Man - The Movie' and 'Dandadan'\nNetflix / Crunchyroll / Adult Swim")).toBe(
      true,
    );
  });
  it('is false for a sentence with a slash, a line without one, or nothing under it', () => {
    expect(captioned('Minister Hails Russia Talks\nTalks and / or a deal by the end of May')).toBe(false);
    expect(captioned('Minister Hails Russia Talks\nNetflix, Crunchyroll')).toBe(false);
    expect(captioned('Minister Hails Russia Talks')).toBe(false);
  });
});

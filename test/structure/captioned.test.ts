import { describe, expect, it } from 'vitest';
import { isCaptioned } from '../../src/structure/captioned.js';
import { EN, linesOf } from '../helpers.js';

const captioned = (text: string): boolean => isCaptioned(linesOf(text), 0, EN);

describe('isCaptioned', () => {
  it('reads names parted by slashes under a line as its photo credit (WCXB 0417)', () => {
    expect(captioned("Stills from 'Chainsaw Man - The Movie' and 'Dandadan'\nNetflix / Crunchyroll / Adult Swim")).toBe(
      true,
    );
  });
  it('reads a labelled credit at a line’s end as a caption’s (WCXB 0477)', () => {
    expect(captioned('This MacBook Pro is over $1,300 off just in time for the holidays Credit: Apple')).toBe(true);
  });
  it('takes a line in capitals over a credit as a heading, as html-to-text writes headings so (futurezone.at)', () => {
    expect(captioned("LYFT STARTS ROBOTAXI RIDES WITH WAYMO\n© Photo: REUTERS / CAITLIN O'HARA")).toBe(false);
    expect(captioned('STILLS FROM THE TWO FILMS\nNetflix / Crunchyroll / Adult Swim')).toBe(false);
  });
  it('is false for a sentence with a slash, a line without one, or a label that opens a headline or says more', () => {
    expect(captioned('Minister Hails Russia Talks\nTalks and / or a deal by the end of May')).toBe(false);
    expect(captioned('Minister Hails Russia Talks\nNetflix, Crunchyroll')).toBe(false);
    expect(captioned('Minister Hails Russia Talks')).toBe(false);
    expect(captioned('Photo: Minister Hails Russia Talks')).toBe(false);
    expect(captioned('How to Take a Good Photo: the Light Is What Matters')).toBe(false);
  });
});

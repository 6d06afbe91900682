import { describe, expect, it } from 'vitest';
import { isProse, lineScore } from '../../src/analyze/extent.js';
import { holdsClosingData, shortTail } from '../../src/structure/short-tail.js';
import { EN, linesOf } from '../helpers.js';

const PROSE = 'The council voted on Tuesday to widen the bridge over the river by two lanes next year.';

/** The short tail of a body of `body` prose lines and then `tail`, each tail line scored as short. */
const tailOf = (body: number, tail: string[]): string[] => {
  const lines = linesOf([...Array(body).fill(PROSE), ...tail].join('\n'));
  const scores = lines.map((line) => (line.words >= 10 ? lineScore(20, 'good') : lineScore(-5, 'short')));
  expect(isProse(scores[0])).toBe(true);
  return shortTail(lines, scores, EN.stopwords).map((line) => line.text);
};

describe('shortTail', () => {
  it('takes the short lines after the last prose line: a name and a job title whose bio left', () => {
    // WCXB 4245: "Jack Shepherd" over "Co-Founder" once the bio under them was cut.
    expect(tailOf(4, ['Jack Shepherd', 'Co-Founder'])).toEqual(['Jack Shepherd', 'Co-Founder']);
  });
  it('keeps a tail with a list item, a long line or a labelled value among it', () => {
    expect(tailOf(4, ['References', '• One source'])).toEqual([]);
    expect(tailOf(4, ['DOI: 10.1126/science.abc1234'])).toEqual([]);
    // WCXB 0096: a meal plan's last day closes with its price.
    expect(tailOf(4, ['Snacks:', 'Approximate cost per day: £6.81'])).toEqual([]);
    // WCXB 1396 innertext as Markdown: a closing table of short links, a row of two.
    expect(tailOf(4, ['| Hire a Writer | Hire an Editor |', '| Hire a Designer | Hire a Tutor |'])).toEqual([]);
  });
  it('takes a closing run of opening hours: a time of day is no labelled value (WCXB 0143 innertext)', () => {
    const hours = ['Clinic Hours', '8:00AM - 4:00PM', '9:00AM - 6:00PM', '12 Main St. Suite 4'];
    expect(tailOf(4, hours)).toEqual(hours);
    expect(tailOf(4, ['Clinic Hours', 'Weekdays: 8:00AM - 4:00PM'])).toEqual([]);
  });
  it("takes a writer's links to the site's channels: two labels over one value are no data (WCXB 4884)", () => {
    const links = ['Ways to reach Dana', 'Daily photos: PaceAndPath', 'Weekly videos: PaceAndPath', 'Category: gear'];
    expect(tailOf(4, links)).toEqual(links);
    expect(tailOf(4, ['Daily photos: PaceAndPath', 'Weekly videos: TrailNotes'])).toEqual([]);
  });
  it('keeps the short lines under a sentence that ends with a colon: the list it announces (WCXB 2645 innertext)', () => {
    const lines = linesOf(
      [
        PROSE,
        PROSE,
        PROSE,
        'You can read about every change since the last release on the project page:',
        'Merged changes 2.1...2.2',
        'Full diff 2.1...2.2',
      ].join('\n'),
    );
    const scores = lines.map((line) => (line.words >= 10 ? lineScore(20, 'good') : lineScore(-5, 'short')));
    expect(shortTail(lines, scores, EN.stopwords)).toEqual([]);
    expect(tailOf(4, ['Merged changes 2.1...2.2', 'Full diff 2.1...2.2'])).toEqual([
      'Merged changes 2.1...2.2',
      'Full diff 2.1...2.2',
    ]);
  });
  it("takes a list of the post's tags right under the last sentence (WCXB 2789 html-to-text)", () => {
    expect(tailOf(4, ['• Dotnet', '• Productivity', '• Agents'])).toEqual(['Dotnet', 'Productivity', 'Agents']);
  });
  it('takes a list of links under a heading of its own: titles in headline case, or no letters (WCXB 0056, 0143)', () => {
    const links = ['MOVING RESOURCES FOR OHIO', '• Cheapest Movers Near Columbus', '• Best Truck Rental Companies'];
    expect(tailOf(4, links)).toEqual([links[0], 'Cheapest Movers Near Columbus', 'Best Truck Rental Companies']);
    const office = ['Riverside Clinic', '• 12 North Elm Rd. Suite 4', '• 555-010-2299', '• Towns We Serve'];
    expect(tailOf(4, office)).toEqual([
      'Riverside Clinic',
      '12 North Elm Rd. Suite 4',
      '555-010-2299',
      'Towns We Serve',
    ]);
  });
  it("takes a list of links under a heading even when the article's last paragraph is a list item (WCXB 0056)", () => {
    const text = [
      PROSE,
      PROSE,
      PROSE,
      `• ${PROSE}`,
      'OHIO RESOURCES',
      '• Cheapest Movers Near Columbus',
      '• Car Rental Guide',
    ];
    const lines = linesOf(text.join('\n'));
    const scores = lines.map((line) => (line.words >= 10 ? lineScore(20, 'good') : lineScore(-5, 'short')));
    expect(shortTail(lines, scores, EN.stopwords).map((line) => line.text)).toEqual([
      'OHIO RESOURCES',
      'Cheapest Movers Near Columbus',
      'Car Rental Guide',
    ]);
  });
  it('keeps a closing list under a heading when an item says something in sentence case or it counts steps', () => {
    expect(tailOf(4, ['Next steps', '• Set up shipping with this guide', '• Add Tax Rates'])).toEqual([]);
    expect(tailOf(4, ['LESSONS', '• Parts', '• 1', 'MEET YOUR PHONE', '• 2', 'MAKE A CALL'])).toEqual([]);
    expect(tailOf(4, ['Pack these:', '• Rain Jacket', '• Trail Shoes'])).toEqual([]);
  });
  it('keeps a closing list under a sentence that opens it, or that goes on from a longer item', () => {
    const opening = 'The council will vote on these three plans for the bridge next week:';
    expect(tailOf(4, [opening, '• Widen it', '• Close it'])).toEqual([]);
    const item = '• Adds support for more digital camera formats in the photo library.';
    expect(tailOf(4, [item, '• Includes numerous fixes.'])).toEqual([]);
  });
  it('keeps the tail of a body too short to vouch for, unless all of it are marked headings', () => {
    expect(tailOf(2, ['Jack Shepherd', 'Co-Founder'])).toEqual([]);
    expect(tailOf(2, ['## Reaction in Berlin'])).toEqual(['Reaction in Berlin']);
  });
});

describe('holdsClosingData', () => {
  it('is true for a list item, a line that opens a list, or labelled values', () => {
    expect(holdsClosingData(linesOf('Further reading\n• One source'))).toBe(true);
    expect(holdsClosingData(linesOf('You will need:\nFlour'))).toBe(true);
    expect(holdsClosingData(linesOf('Language: Spanish\nFormat: Lesson plans'))).toBe(true);
  });
  it('is false for bare short lines and for labels over one value', () => {
    expect(holdsClosingData(linesOf('Jack Shepherd\nCo-Founder'))).toBe(false);
    expect(holdsClosingData(linesOf('Daily notes: PaceAndPath\nWeekly videos: PaceAndPath'))).toBe(false);
  });
});

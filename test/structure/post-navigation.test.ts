import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { postNavigationAtEnd } from '../../src/structure/post-navigation.js';
import { COUNCIL_ARTICLE, EN, linesOf } from '../helpers.js';

const at = (end: readonly string[]): number =>
  postNavigationAtEnd(linesOf([...COUNCIL_ARTICLE, ...end].join('\n')), EN);

describe('postNavigationAtEnd', () => {
  it('finds the links to the previous and next posts by their arrows or their labels', () => {
    expect(at(['←Tuesday Tip: Turn Off Automatic AirPlay', 'Tuesday Tip: Make Unlocking Easier→'])).toBe(5);
    expect(at(['Previous article Refurbished vs Cheap New Laptops', 'Next article Budget Gaming PC vs Laptop'])).toBe(
      5,
    );
    expect(at(['Newer PostFourteen Scholarship Essay Examples', 'Older Post20 UC Essay Examples', 'Share'])).toBe(5);
  });

  it('keeps a sentence that opens with a label, one link alone, and two links of one kind', () => {
    expect(at(['Next post the council will write about the builder it chose.', 'Next, the council meets.'])).toBe(-1);
    expect(at(['← Back to the council’s news'])).toBe(-1);
    expect(at(['Next post: the builder', 'Next post: the budget'])).toBe(-1);
  });

  it('says why the links and what follows them left the body', () => {
    const page = [
      'Council widens the bridge',
      ...COUNCIL_ARTICLE,
      '« Council closes the old ferry',
      'Budget vote due in May »',
      'The Riverside Gazette has covered the council, its budgets and its building works for the town since 1952.',
    ];
    const links = clean(page.join('\n')).removed.filter((r) => r.reason.startsWith('at or after the links'));
    expect(links.map((r) => r.text.slice(0, 12))).toEqual(['« Council cl', 'Budget vote ', 'The Riversid']);
    expect(links[0]?.kind).toBe('related');
  });
});

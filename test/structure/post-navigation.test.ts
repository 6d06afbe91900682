import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { postNavigationAtEnd } from '../../src/structure/post-navigation.js';
import { COUNCIL_ARTICLE, EN, linesOf } from '../helpers.js';

const found = (end: readonly string[]) => postNavigationAtEnd(linesOf([...COUNCIL_ARTICLE, ...end].join('\n')), EN);
const at = (end: readonly string[]): number => found(end)?.index ?? -1;

describe('postNavigationAtEnd', () => {
  it('finds the links to the previous and next posts by their arrows or their labels', () => {
    expect(at(['←Tuesday Tip: Turn Off Automatic AirPlay', 'Tuesday Tip: Make Unlocking Easier→'])).toBe(5);
    expect(at(['Previous article Refurbished vs Cheap New Laptops', 'Next article Budget Gaming PC vs Laptop'])).toBe(
      5,
    );
    expect(at(['Newer PostFourteen Scholarship Essay Examples', 'Older Post20 UC Essay Examples', 'Share'])).toBe(5);
    expect(found(['« Council closes the old ferry', 'Budget vote due in May »'])?.what).toBe('pair');
  });

  it('finds the pair by one-word labels glued to the headlines, as the scraper ran them together (WCXB 4581)', () => {
    expect(at(['PrevPreviousWhy the Ferry Closed Early', 'NextWhat the Bridge Will CostNext'])).toBe(5);
    // Near misses: a word in capitals or a longer word opens each line, not a label glued to a headline.
    expect(at(['NEXTGEN FERRIES', 'PREVIOUSLY ON THE COUNCIL'])).toBe(-1);
    expect(at(['Nextdoor posts about the ferry', 'Previously the council met'])).toBe(-1);
  });

  it('finds one link alone that an arrow opens or closes, the only one of the body', () => {
    expect(found(['← Previous: Council closes the old ferry'])).toEqual({ index: 5, what: 'lone' });
    expect(at(['« Prev', '[Council closes the old ferry...]'])).toBe(5);
    expect(at(['Next: the budget vote »', 'The Riverside Gazette, since 1952.'])).toBe(5);
  });

  it('keeps a sentence that opens with a label, two links of one kind, a list of arrowed lines and a quotation', () => {
    expect(at(['Next post the council will write about the builder it chose.', 'Next, the council meets.'])).toBe(-1);
    expect(at(['Next post: the builder', 'Next post: the budget'])).toBe(-1);
    expect(at(['Read the minutes →', 'Watch the meeting →', 'Write to the council →'])).toBe(-1);
    expect(at(['« Nous allons élargir le pont », a dit la maire.'])).toBe(-1);
  });

  it('keeps a link alone that stands high in the body', () => {
    const body = [
      ...COUNCIL_ARTICLE,
      '← Back to the council’s news',
      ...COUNCIL_ARTICLE,
      ...COUNCIL_ARTICLE,
      ...COUNCIL_ARTICLE,
    ];
    expect(postNavigationAtEnd(linesOf(body.join('\n')), EN)).toBeNull();
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

  it('takes a link alone and the footer under it out of the body', () => {
    const page = [
      'Council widens the bridge',
      ...COUNCIL_ARTICLE,
      '← Previous: Council closes the old ferry',
      'The Riverside Gazette has covered the council, its budgets and its building works for the town since 1952.',
    ];
    const article = clean(page.join('\n'));
    expect(article.text).not.toContain('Previous');
    expect(article.text).not.toContain('Riverside Gazette');
    const link = article.removed.find((r) => r.text.startsWith('← Previous'));
    expect(link?.kind).toBe('related');
    expect(link?.reason).toBe('at or after a link to another post (words=6)');
  });
});

import { describe, expect, it } from 'vitest';
import { isTagList, opensWithFacetLabel } from '../../src/structure/tag-list.js';
import { EN, lineOf } from '../helpers.js';

const tagList = (text: string, stopwords: ReadonlySet<string> = EN.stopwords): boolean =>
  isTagList(text, lineOf(text).tokens, stopwords);

describe('isTagList', () => {
  it('reads short labels parted by commas or a spaced hash as tags (WCXB 4615, 0308)', () => {
    expect(tagList('College Admissions, Student Resources')).toBe(true);
    expect(tagList('FAQ # Accounting, Bryan University, Certification, Degree')).toBe(true);
  });
  it('leaves a headline that lists with "and", a label longer than three words, and a line without commas', () => {
    expect(tagList('Defer, Panic, and Recover')).toBe(false);
    expect(tagList('Social Shopping Trends Explained Today, Reels')).toBe(false);
    expect(tagList('Minister Says Russia Talks Were Useful')).toBe(false);
  });
  it('says nothing without stopwords', () => {
    expect(tagList('College Admissions, Student Resources', new Set())).toBe(false);
  });
});

describe('opensWithFacetLabel', () => {
  it('reads a facet label and a colon as the post’s categories (WCXB 4091)', () => {
    expect(opensWithFacetLabel('Topic: Personal Finances Saving Money Budgeting', EN)).toBe(true);
    expect(opensWithFacetLabel('Categories : Travel, Food', EN)).toBe(true);
  });
  it('is false for a headline that opens with the word but no colon, or with another label', () => {
    expect(opensWithFacetLabel('Topic Modeling: A Beginner’s Guide', EN)).toBe(false);
    expect(opensWithFacetLabel('Review: The New Phone Is Fast', EN)).toBe(false);
  });
});

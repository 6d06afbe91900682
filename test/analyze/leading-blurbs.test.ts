import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { leadingBlurbs } from '../../src/analyze/leading-blurbs.js';
import { clean } from '../../src/clean.js';
import type { Verdict } from '../../src/types.js';

const label: LineScore = { score: -3, klass: 'short' };
const blurb: LineScore = { score: 20, klass: 'good' };
const paragraph: LineScore = { score: 30, klass: 'good' };
const nav: Verdict = { kind: 'nav', reason: 'test' };
const navLine: LineScore = { score: -11, klass: 'bad' };

describe('leadingBlurbs', () => {
  it("moves the body's start past a menu's blurbs, each under its label, to the first two paragraphs", () => {
    // label, blurb ×3, then the menu's lines (costing 29 of the blurbs' 60), then the article's four paragraphs.
    const menu = [label, blurb, label, blurb, label, blurb, navLine, label, label, label, label];
    const verdicts = [undefined, undefined, undefined, undefined, undefined, undefined, nav];
    const scores = [...menu, paragraph, paragraph, paragraph, paragraph];
    expect(leadingBlurbs(scores, verdicts, { start: 1, end: 14 })).toEqual({ start: 11, end: 14 });
    // A list of items, each a name over a sentence, that runs to the article's last two paragraphs stays.
    const list = [...menu, paragraph, paragraph];
    expect(leadingBlurbs(list, verdicts, { start: 1, end: 12 })).toEqual({ start: 1, end: 12 });
  });
  it('leaves an opening that pays for its headings, or has too few blurbs', () => {
    const cheap = [label, blurb, label, blurb, label, blurb, label, paragraph, paragraph];
    expect(leadingBlurbs(cheap, [], { start: 1, end: 8 })).toEqual({ start: 1, end: 8 });
    const two = [label, blurb, navLine, label, blurb, navLine, navLine, paragraph, paragraph];
    expect(leadingBlurbs(two, [nav, undefined, nav, undefined, undefined, nav, nav], { start: 1, end: 8 })).toEqual({
      start: 1,
      end: 8,
    });
  });
  it('leaves a line of prose under a line with a verdict: a dek, then a byline, then the first paragraph (WCXB 4628)', () => {
    const byline: Verdict = { kind: 'byline-meta', reason: 'test' };
    const scores = [label, blurb, navLine, blurb, label, blurb, navLine, label, label, paragraph, paragraph];
    const verdicts = [undefined, undefined, byline, undefined, undefined, undefined, nav];
    expect(leadingBlurbs(scores, verdicts, { start: 1, end: 10 })).toEqual({ start: 1, end: 10 });
  });
  it('finds the headline under the blurbs (WCXB 0237)', () => {
    const text = [
      'Products',
      'Legal AI Suite',
      'Join weekly sessions to see in-depth demonstrations of the leading legal AI products while you meet law firm leaders.',
      'Ghosts on the ledger',
      'Payroll fraud is a major compliance risk. Learn how payroll analytics can help exorcise phantom employees.',
      'Future of professionals report',
      'The Future of Professionals Report reveals how AI continues to shape professional work and what it takes to get ahead.',
      'Help',
      'Product help',
      'Communities',
      'Account management',
      'Sign in',
      'Article',
      'How to be sure moving legal work in-house is the right move',
      'In the past few years, there has been a trend to move more legal work in-house, as companies look for ways to cut the cost of outside counsel.',
      'Although saving legal costs is a major force behind this trend, there are many other benefits to moving legal work in-house, provided the law department has the resources.',
      'If the department has such resources, the next step before a final decision is to perform a thorough cost-benefit analysis of the work it would take on.',
      'The analysis should weigh the salaries and benefits of the lawyers and staff the department would hire against the fees it pays its outside counsel today.',
      'It should also count what is harder to price: how well the department knows the business, and how quickly it can answer when a question comes up.',
    ];
    const article = clean(text.join('\n'));
    expect(article.title).toBe('How to be sure moving legal work in-house is the right move');
    expect(article.text).toMatch(/^In the past few years/);
  });
});

import { describe, expect, it } from 'vitest';
import { isLabelRun } from '../../src/structure/label-run.js';
import { EN, lineOf } from '../helpers.js';

describe('isLabelRun', () => {
  it('reads a long line without a function word as labels run together (WCXB 0316)', () => {
    const menu = 'Privacy Accessibility HTML Images Responsive Design Forms PWA CSS Performance Testing JavaScript';
    expect(isLabelRun(lineOf(menu), EN.stopwords)).toBe(true);
  });
  it('leaves a headline without function words under twelve words, and a long one with one', () => {
    expect(isLabelRun(lineOf('Top 11 Gaming Console Companies Driving Innovation Globally'), EN.stopwords)).toBe(false);
    const long = 'Privacy Accessibility HTML Images Responsive Design Forms for PWA CSS Performance Testing JavaScript';
    expect(isLabelRun(lineOf(long), EN.stopwords)).toBe(false);
  });
  it('says nothing without stopwords', () => {
    const menu = 'Privacy Accessibility HTML Images Responsive Design Forms PWA CSS Performance Testing JavaScript';
    expect(isLabelRun(lineOf(menu), new Set())).toBe(false);
  });
});

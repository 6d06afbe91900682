import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en.js';
import { compilePack } from '../../src/lang/matcher.js';
import { isCreditLabelLine } from '../../src/structure/credit-label-line.js';

describe('isCreditLabelLine', () => {
  const { match, stopwords } = compilePack(en);
  const labels = match.creditLabels;
  // WCXB 0315, 1396 innertext.
  it('is true for a credit label alone or before a colon', () => {
    expect(isCreditLabelLine('Source', labels, stopwords)).toBe(true);
    expect(isCreditLabelLine('Source: Sociallyin', labels, stopwords)).toBe(true);
  });
  // Multisite dev, bbc 2017 (text made up in its shape).
  it('is true for a label and its kind in small letters before a name', () => {
    expect(isCreditLabelLine('Image copyright Reuters', labels, stopwords)).toBe(true);
    expect(isCreditLabelLine('Image copyright @harbour_views', labels, stopwords)).toBe(true);
    expect(isCreditLabelLine('Image caption Flood water covers the market square', labels, stopwords)).toBe(true);
  });
  it('is false for a heading that opens with a label word', () => {
    expect(isCreditLabelLine('Sources of Funding for Startups', labels, stopwords)).toBe(false);
    expect(isCreditLabelLine('Video Editing Basics', labels, stopwords)).toBe(false);
    // WCXB 4667: a function word after the label.
    expect(isCreditLabelLine('Video and Audio Quality Benchmarks', labels, stopwords)).toBe(false);
    expect(isCreditLabelLine('Video collection', labels, stopwords)).toBe(false);
  });
});

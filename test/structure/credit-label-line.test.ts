import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en.js';
import { compilePack } from '../../src/lang/matcher.js';
import { isCreditLabelLine } from '../../src/structure/credit-label-line.js';

describe('isCreditLabelLine', () => {
  const labels = compilePack(en).match.creditLabels;
  // WCXB 0315, 1396 innertext.
  it('is true for a credit label alone or before a colon', () => {
    expect(isCreditLabelLine('Source', labels)).toBe(true);
    expect(isCreditLabelLine('Source: Sociallyin', labels)).toBe(true);
  });
  it('is false for a heading that opens with a label word', () => {
    expect(isCreditLabelLine('Sources of Funding for Startups', labels)).toBe(false);
    expect(isCreditLabelLine('Video Editing Basics', labels)).toBe(false);
  });
});

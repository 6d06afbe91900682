import { describe, expect, it } from 'vitest';
import { linkTargetButton } from '../../src/analyze/link-target-buttons.js';
import { EN, lineOf } from '../helpers.js';

const test = linkTargetButton(EN.match.linkLabels, EN.match.linkTargetLabels);

describe('linkTargetButton', () => {
  // WCXB 4601: the button over and under each camera's spec table, its hidden label glued on.
  it('names a link button with its hidden label glued on, with both in the reason', () => {
    expect(test(lineOf('See Packages Links to SimpliSafe'))).toEqual({
      kind: 'promo',
      reason: 'link button: opens with "see", its hidden label "Links to" glued on (words=5)',
    });
    expect(test(lineOf('View on Walmart Links To Walmart.com'))?.kind).toBe('promo');
  });
  it('leaves a spec, a sentence and a line that opens with no link label', () => {
    expect(test(lineOf('Connectivity: Direct links to AWS and Google Cloud'))).toBeUndefined();
    expect(test(lineOf('Get links to my favorite products.'))).toBeUndefined();
    expect(test(lineOf('Useful Links to Further Reading'))).toBeUndefined();
    expect(test(lineOf('See the links to our partners'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { gluedLabels } from '../../src/detectors/glued-labels.js';
import { en } from '../../src/lang/en.js';

describe('gluedLabels', () => {
  it('reads a share bar glued without spaces label by label', () => {
    expect(gluedLabels('Share:FacebookXRedditPinterestEmailLinkedInWhatsApp', en.shareLabels)).toBe(8);
  });
  it('takes the longest label where the last one ended ("Pinterest", not "Pin")', () => {
    expect(gluedLabels('PinterestFacebookTwitter', en.shareLabels)).toBe(3);
  });
  it('lets what holds no letter stand between labels', () => {
    expect(gluedLabels('Facebook·TwitterLinkedIn12', en.shareLabels)).toBe(3);
  });
  it('reads nothing when a word is left that is no label', () => {
    expect(gluedLabels('FacebookTwitterLinkedInPlaylist', en.shareLabels)).toBe(0);
  });
  it('reads no line with a space, nor one with too few case changes', () => {
    expect(gluedLabels('Share on FacebookTwitterLinkedIn', en.shareLabels)).toBe(0);
    expect(gluedLabels('FacebookTwitter', en.shareLabels)).toBe(0);
    expect(gluedLabels('Facebook', en.shareLabels)).toBe(0);
  });
});

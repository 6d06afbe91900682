import type { LineScore } from '../analyze/extent.js';
import { mapPacked } from '../map-packed.js';
import type { ResolvedOptions } from '../options.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { lineKey, pagesWith } from './profile.js';

/** When a line counts as site chrome under a {@link SiteProfile}. */
export interface ProfileThresholds {
  /** Fewest of the site's pages a line must be on; fewer cannot tell chrome from chance. */
  readonly minPages: number;
  /** Share of the site's pages (0–1) a line must be on to be removed as `site-repeat`. */
  readonly minShare: number;
  /**
   * Share (0–1) needed instead when the page alone reads the line as body prose (long, sentence-shaped,
   * dense in stopwords): only a near-universal repeat, such as a legal footer, outweighs that. Above 1, never.
   */
  readonly proseMinShare: number;
}

/** The default {@link ProfileThresholds}. */
export const DEFAULT_PROFILE_THRESHOLDS: ProfileThresholds = { minPages: 5, minShare: 0.2, proseMinShare: 0.9 };

/**
 * Gives a `site-repeat` verdict, such as `"on 41 of 50 pages of this site"`, to each line without a verdict
 * that the site's profile shows on many of its pages; returns `verdicts` itself when there is no profile.
 * `stopwords` are the document's, or null when its language is unknown (as for the body search).
 * Depends only on the page and the profile, never on other pages cleaned before. Linear.
 */
export function markSiteRepeats(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  options: Pick<ResolvedOptions, 'profile' | 'profileThresholds' | 'keep'>,
): readonly (Verdict | undefined)[] {
  const { profile, profileThresholds: thresholds } = options;
  if (!profile || profile.pages === 0 || options.keep['site-repeat']) return verdicts;
  return mapPacked(lines, (line, i) => {
    const verdict = verdicts[i];
    if (verdict) return verdict;
    const count = pagesWith(profile, lineKey(line.rawText));
    const share = count / profile.pages;
    if (count < thresholds.minPages || share < thresholds.minShare) return undefined;
    // Why: a long sentence-shaped line is the page's own best evidence of body text; a site may repeat one
    // legitimately (a series' standing introduction), so only a near-universal repeat outweighs it.
    if (share < thresholds.proseMinShare && scores[i]?.klass === 'good') {
      return undefined;
    }
    return { kind: 'site-repeat', reason: `on ${count} of ${profile.pages} pages of this site` };
  });
}

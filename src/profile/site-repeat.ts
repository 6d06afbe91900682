import type { LineScore } from '../analyze/extent.js';
import { deepFrozen } from '../deep-frozen.js';
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
export const DEFAULT_PROFILE_THRESHOLDS: ProfileThresholds = deepFrozen({
  minPages: 5,
  minShare: 0.2,
  proseMinShare: 0.9,
});

/** No site repeats: what {@link siteRepeats} gives without a profile. */
const NONE: ReadonlyMap<number, Verdict> = new Map();

/**
 * A `site-repeat` verdict, such as `"on 41 of 50 pages of this site"`, by line index, for each line without a verdict
 * that the site's profile shows on many of its pages; empty when there is no profile. The verdicts are kept apart
 * from the page's own: the article is laid out from the page's verdicts, and these lines then leave its body.
 * Depends only on the page and the profile, never on other pages cleaned before. Linear.
 */
export function siteRepeats(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  scores: readonly LineScore[],
  options: Pick<ResolvedOptions, 'profile' | 'profileThresholds' | 'keep'>,
): ReadonlyMap<number, Verdict> {
  const { profile, profileThresholds: thresholds } = options;
  if (!profile || profile.pages === 0 || options.keep['site-repeat']) return NONE;
  const repeats = new Map<number, Verdict>();
  for (const line of lines) {
    if (verdicts[line.index]) continue;
    const count = pagesWith(profile, lineKey(line.rawText));
    const share = count / profile.pages;
    if (count < thresholds.minPages || share < thresholds.minShare) continue;
    // Why: a long sentence-shaped line is the page's own best evidence of body text; a site may repeat one
    // legitimately (a series' standing introduction), so only a near-universal repeat outweighs it.
    if (share < thresholds.proseMinShare && scores[line.index]?.klass === 'good') continue;
    repeats.set(line.index, { kind: 'site-repeat', reason: `on ${count} of ${profile.pages} pages of this site` });
  }
  return repeats;
}

import { profileOf } from './learn.js';
import type { SiteProfile } from './profile.js';

/**
 * Combines the profiles of two sets of pages of the same site into the profile of both: page and line
 * counts add. Associative and commutative, so shards learned anywhere, merged in any grouping, give the
 * profile of one pass over all pages.
 * @example
 * mergeProfiles(learnProfile(shardA), learnProfile(shardB)) // deep-equals learnProfile([...shardA, ...shardB])
 */
export function mergeProfiles(a: SiteProfile, b: SiteProfile): SiteProfile {
  const counts = new Map<string, number>(Object.entries(a.lines));
  for (const [key, count] of Object.entries(b.lines)) counts.set(key, (counts.get(key) ?? 0) + count);
  return profileOf(a.pages + b.pages, counts);
}

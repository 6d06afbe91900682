import { InvalidInputError } from '../errors.js';
import { profileOf } from './learn.js';
import { profileProblem, type SiteProfile } from './profile.js';

/**
 * Combines the profiles of two sets of pages of the same site into the profile of both: page and line
 * counts add. Associative and commutative, so shards learned anywhere, merged in any grouping, give the
 * profile of one pass over all pages.
 * @example
 * mergeProfiles(learnProfile(shardA), learnProfile(shardB)) // deep-equals learnProfile([...shardA, ...shardB])
 * @throws {InvalidInputError} when `a` or `b` is not a profile of this version (a line's count above its pages too).
 */
export function mergeProfiles(a: SiteProfile, b: SiteProfile): SiteProfile {
  for (const [which, profile] of [
    ['first', a],
    ['second', b],
  ] as const) {
    const problem = profileProblem(profile, true);
    if (problem)
      throw new InvalidInputError(`the ${which} one failing (${problem})`, 'mergeProfiles() expects two site profiles');
  }
  return addProfiles(a, b);
}

/**
 * {@link mergeProfiles} without its checks, for profiles known good: those `learnProfile` built or `profileProblem`
 * passed. Why: the command merges each worker's profiles into the run's as they come, and checking the growing total
 * again at every merge doubled the work of each merge.
 */
export function addProfiles(a: SiteProfile, b: SiteProfile): SiteProfile {
  const counts = new Map<string, number>(Object.entries(a.lines));
  for (const [key, count] of Object.entries(b.lines)) counts.set(key, (counts.get(key) ?? 0) + count);
  return profileOf(a.pages + b.pages, counts);
}

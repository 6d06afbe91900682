import { InputTooLargeError, InvalidInputError, typeName } from '../errors.js';
import { normalize } from '../normalize/normalize.js';
import { checkedMaxInputLength } from '../options.js';
import { readOptions } from '../read-options.js';
import { segment } from '../segment/segment.js';
import { lineKey, PROFILE_VERSION, type SiteProfile } from './profile.js';

/** Options of {@link learnProfile}. */
export interface LearnProfileOptions {
  /**
   * Longest page accepted, in UTF-16 code units; a longer page throws {@link InputTooLargeError}.
   * @default 50_000_000 (as `clean()`)
   */
  readonly maxInputLength?: number;
}

/** Every option {@link LearnProfileOptions} has, so that a misspelt one is refused. */
const LEARN_OPTION_NAMES: Readonly<Record<keyof LearnProfileOptions, true>> = { maxInputLength: true };

/**
 * Learns what repeats across the pages of one site: normalizes and splits each page into lines the way
 * `clean()` does, and counts on how many pages each line key occurs. Give the result to
 * `clean(text, { profile })`. The profile depends only on the multiset of pages, never on their order.
 *
 * The profile keeps a count for every distinct line, so it grows with the site's distinct lines; learn
 * shards separately and combine them with {@link mergeProfiles}.
 * @throws {InvalidInputError} when `pages` is a string or not iterable, or a page is not a string.
 * @throws {InputTooLargeError} when a page is longer than `options.maxInputLength`.
 * @throws {InvalidOptionError} when the options are no plain object, or hold an option it has not or a limit that is no
 * non-negative integer, as `clean()`'s.
 * @example
 * const profile = learnProfile(pagesOfOneSite);
 * clean(page, { profile }).removed.filter((r) => r.kind === 'site-repeat');
 * // [{ kind: 'site-repeat', reason: 'on 41 of 50 pages of this site', … }]
 */
export function learnProfile(pages: Iterable<string>, options: LearnProfileOptions = {}): SiteProfile {
  // Why: a string is iterable too, and would be learned as one page per character.
  if (
    typeof pages === 'string' ||
    typeof (pages as Partial<Iterable<string>> | null)?.[Symbol.iterator] !== 'function'
  ) {
    throw new InvalidInputError(typeName(pages), 'learnProfile() expects an iterable of pages (strings)');
  }
  const builder = createProfileBuilder(options);
  for (const page of pages) builder.add(page);
  return builder.profile();
}

/** Learns a profile one page at a time, for pages that arrive over time (a stream, a worker's batches). */
export interface ProfileBuilder {
  /** Counts one more page; throws as {@link learnProfile} does. */
  add(page: string): void;
  /** The profile of the pages added so far. */
  profile(): SiteProfile;
}

/** A {@link ProfileBuilder}: `learnProfile(pages)` is `pages.forEach(b.add)` then `b.profile()`. */
export function createProfileBuilder(options: LearnProfileOptions = {}): ProfileBuilder {
  const limit = checkedMaxInputLength(readOptions<LearnProfileOptions>(options, LEARN_OPTION_NAMES).maxInputLength);
  const counts = new Map<string, number>();
  let pages = 0;
  return {
    add(page) {
      if (typeof page !== 'string')
        throw new InvalidInputError(typeName(page), 'a page to learn from must be a string');
      if (page.length > limit) throw new InputTooLargeError(page.length, limit);
      pages++;
      for (const key of pageKeys(page)) counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    profile: () => profileOf(pages, counts),
  };
}

/** The distinct line keys of one page. */
function pageKeys(page: string): Set<string> {
  const keys = new Set<string>();
  for (const line of segment(normalize(page).text)) keys.add(lineKey(line.rawText));
  return keys;
}

/** A profile from counts, its keys sorted so equal profiles serialize to equal JSON. */
export function profileOf(pages: number, counts: ReadonlyMap<string, number>): SiteProfile {
  const keys = [...counts.keys()].sort();
  // Why: Object.fromEntries defines own properties, so a line such as "__proto__" stays a plain key.
  return { version: PROFILE_VERSION, pages, lines: Object.fromEntries(keys.map((k) => [k, counts.get(k) ?? 0])) };
}

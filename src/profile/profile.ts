import { typeName } from '../errors.js';
import { isPlainObject } from '../is-plain-object.js';
import { quoteValue } from '../quote-value.js';

/** The version of the {@link SiteProfile} format this build reads and writes. */
export const PROFILE_VERSION = 1;

/**
 * What repeats across the pages of one site: for each normalized line, on how many of the site's pages it
 * appears. Plain JSON, so it can be saved, shipped and merged anywhere.
 * @example
 * const profile: SiteProfile = { version: 1, pages: 50, lines: { 'share on facebook': 48, '0 comments': 41 } };
 */
export interface SiteProfile {
  /** The format version, {@link PROFILE_VERSION}. */
  readonly version: typeof PROFILE_VERSION;
  /** How many pages were learned. */
  readonly pages: number;
  /** Line key (see {@link lineKey}) → how many pages have that line, each page counted at most once. */
  readonly lines: Readonly<Record<string, number>>;
}

/** Longest line key, in UTF-16 code units; longer lines are keyed by their start, which keeps profiles small. */
const MAX_KEY_LENGTH = 160;

const DIGITS = /\p{Nd}+/gu;
const SPACES = /\s+/gu;

/**
 * The key a line is counted under: lowercased, whitespace folded, each run of digits masked as `0` (so
 * `12 Comments` and `3 Comments` count as one line), cut to 160 characters.
 * @example lineKey('  12  Comments ') // '0 comments'
 */
export function lineKey(line: string): string {
  const key = line.toLowerCase().replace(SPACES, ' ').trim().replace(DIGITS, '0');
  if (key.length <= MAX_KEY_LENGTH) return key;
  // Why: never cut a surrogate pair in two, or the key would not survive a round trip through UTF-8.
  const cut = key.charCodeAt(MAX_KEY_LENGTH - 1) >= 0xd800 && key.charCodeAt(MAX_KEY_LENGTH - 1) <= 0xdbff;
  return key.slice(0, cut ? MAX_KEY_LENGTH - 1 : MAX_KEY_LENGTH);
}

/** How many of the profile's pages have the line with this key (0 when none). */
export function pagesWith(profile: SiteProfile, key: string): number {
  // Why: `lines` may come from JSON.parse, where a line like "constructor" must not read Object.prototype.
  if (!Object.hasOwn(profile.lines, key)) return 0;
  const count = profile.lines[key];
  return typeof count === 'number' ? count : 0;
}

/**
 * Why a value is not a usable {@link SiteProfile}, or undefined when it is one. The line counts are checked
 * only with `checkLines` (linear in the profile's size; `clean()` skips it on every call).
 * @example profileProblem({ version: 2 }) // 'unsupported profile version 2 (this build reads version 1)'
 */
export function profileProblem(value: unknown, checkLines = false): string | undefined {
  if (!isPlainObject(value)) return `a profile must be a plain object, got ${typeName(value)}`;
  const { version, pages, lines } = value;
  if (version !== PROFILE_VERSION) {
    return `unsupported profile version ${quoteValue(version)} (this build reads version ${PROFILE_VERSION})`;
  }
  if (!isCount(pages)) return `profile.pages must be a non-negative integer, got ${quoteValue(pages)}`;
  if (!isPlainObject(lines)) return `profile.lines must be a plain object, got ${typeName(lines)}`;
  if (!checkLines) return undefined;
  for (const [key, count] of Object.entries(lines)) {
    if (!isCount(count) || count > pages) {
      return `profile.lines[${quoteValue(key)}] must be an integer from 0 to pages (${pages}), got ${quoteValue(count)}`;
    }
  }
  return undefined;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

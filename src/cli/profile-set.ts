import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { isRecord } from '../is-record.js';
import { addProfiles } from '../profile/merge.js';
import { PROFILE_VERSION, profileProblem, type SiteProfile } from '../profile/profile.js';
import { quoteValue } from '../quote-value.js';
import type { Grouping } from './args.js';
import { withoutByteOrderMark } from './byte-order-mark.js';
import { STDIN } from './input.js';
import { printable } from './printable.js';
import { unreadableMessage } from './unreadable.js';
import { UsageError } from './usage-error.js';

/** The file `dechaff learn` writes: one {@link SiteProfile} per site key (a host, or a field's value). */
export interface ProfileSet {
  readonly version: typeof PROFILE_VERSION;
  readonly sites: Readonly<Record<string, SiteProfile>>;
}

/** The key of the profile for pages that are not grouped into sites (`--by none`, plain files). */
export const ANY_SITE = '*';

/** A profile set from site keys and profiles, keys sorted so equal sets are equal JSON. */
export function profileSet(entries: Iterable<readonly [string, SiteProfile]>): ProfileSet {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { version: PROFILE_VERSION, sites: Object.fromEntries(sorted) };
}

/**
 * Merges two profile sets site by site (see `mergeProfiles`); their profiles were built by the workers or checked by
 * {@link loadProfiles}, so they are added unchecked.
 */
export function mergeProfileSets(a: ProfileSet, b: ProfileSet): ProfileSet {
  const sites = new Map(Object.entries(a.sites));
  for (const [key, profile] of Object.entries(b.sites)) {
    const mine = sites.get(key);
    sites.set(key, mine ? addProfiles(mine, profile) : profile);
  }
  return profileSet(sites);
}

/** The profile for a site key: its own, else the {@link ANY_SITE} one, else none. */
export function profileFor(set: ProfileSet, key: string | undefined): SiteProfile | undefined {
  if (key !== undefined && Object.hasOwn(set.sites, key)) return set.sites[key];
  return Object.hasOwn(set.sites, ANY_SITE) ? set.sites[ANY_SITE] : undefined;
}

/**
 * The site a JSONL record belongs to: its URL's host without `www.` (`--by host`), a field's value
 * (`--site-field`), or {@link ANY_SITE}; undefined when the record does not say.
 */
export function siteKey(record: Readonly<Record<string, unknown>>, grouping: Grouping): string | undefined {
  if (grouping.by === 'none') return ANY_SITE;
  const value = Object.hasOwn(record, grouping.field) ? record[grouping.field] : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  if (grouping.by === 'field') return value;
  try {
    return new URL(value).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a profile set written by `dechaff learn`, or a single profile saved from `learnProfile()` (which
 * then serves every page), from a file or, for `-`, standard input. Every count is checked; a bad file is a
 * usage error.
 */
export async function loadProfiles(path: string): Promise<ProfileSet> {
  const name = nameOf(path);
  const json = await readProfiles(path).catch((error: unknown) => {
    if (error instanceof UsageError) throw error;
    // Why not "not a profiles file": a link in a loop (ELOOP) or a folder (EISDIR) was never read, as an input is not.
    throw new UsageError(unreadableMessage(path, error));
  });
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // Why printable: the parse error quotes the file's start, whose line breaks would cut the message short.
    throw new UsageError(`${name}: not a profiles file (${printable((error as Error).message)})`);
  }
  const sites = isRecord(value) && isRecord(value.sites) ? value.sites : undefined;
  if (!sites) {
    const problem = profileProblem(value, true);
    if (problem) throw new UsageError(`${name}: not a profiles file (${problem})`);
    return profileSet([[ANY_SITE, value as SiteProfile]]);
  }
  const { version } = value as Record<string, unknown>;
  // Why quoted: a 1 MB version or site key made a 1 MB message (quoteValue cuts it, its line breaks escaped).
  if (version !== PROFILE_VERSION) {
    const reads = `this build reads version ${PROFILE_VERSION}`;
    throw new UsageError(`${name}: unsupported profiles version ${quoteValue(version)} (${reads})`);
  }
  for (const [key, profile] of Object.entries(sites)) {
    const problem = profileProblem(profile, true);
    if (problem) throw new UsageError(`${name}: site ${quoteValue(key)}: ${problem}`);
  }
  return value as unknown as ProfileSet;
}

/** How messages name a profiles file: its path, or `<stdin>` for `-`. */
const nameOf = (path: string): string => (path === '-' ? STDIN.name : path);

async function readProfiles(path: string): Promise<string> {
  if (path !== '-') return withoutByteOrderMark(await readFile(path, 'utf8'));
  // Why: `zcat profiles.json.gz | dechaff --profiles - pages/`; at a prompt it would wait for typed JSON.
  if (process.stdin.isTTY) throw new UsageError('--profiles -: standard input is a terminal; pipe the profiles in');
  return withoutByteOrderMark(await text(process.stdin));
}

/** The one profile plain files are cleaned with: `--site`'s, else the only or the catch-all one. */
export function profileForFiles(set: ProfileSet, site: string | undefined, path: string): ProfileSet {
  const keys = Object.keys(set.sites);
  const key = site ?? (Object.hasOwn(set.sites, ANY_SITE) ? ANY_SITE : keys.length === 1 ? keys[0] : undefined);
  if (key === undefined) {
    throw new UsageError(`${nameOf(path)} has ${keys.length} site profiles; choose one with --site`);
  }
  if (!Object.hasOwn(set.sites, key)) throw new UsageError(`${nameOf(path)} has no profile for site '${key}'`);
  return profileSet([[ANY_SITE, set.sites[key] as SiteProfile]]);
}

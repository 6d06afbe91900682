import { foldI } from '../lang/dotted-i.js';
import { isoOf } from './date.js';
import { parseUrl } from './parse-url.js';

// A year, month and day as path segments of their own ("/2025/12/19/", "/2025/6/9/").
const DATED_SEGMENTS = /\/((?:19|20)\d\d)\/(\d\d?)\/(\d\d?)(?=\/|$)/u;
// A year, a month's name and a day as segments of their own ("/2023/october/03/", WCXB 4690).
const NAMED_MONTH_SEGMENTS = /\/((?:19|20)\d\d)\/(\p{L}+)\/(\d\d?)(?=\/|$)/u;
// A segment that opens with an ISO date ("/2025-12-17-the-pilot-has-landed", "/2025-12-15+Rust+GCC").
const DATED_SEGMENT = /\/((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/u;

/**
 * The day a page's URL says it was published, as an ISO date: a year, month and day in its path, as segments of
 * their own or at the start of one; the month may be one of `months`' names (a pack's, lower-cased with its i's folded, to its number).
 * Null when the string is no absolute URL or its path dates nothing; never throws.
 * @example urlDate('https://www.cnx-software.com/2025/12/20/do-you-need-14-usb-ports') // '2025-12-20'
 */
export function urlDate(url: string, months: ReadonlyMap<string, number> = new Map()): string | null {
  const path = parseUrl(url)?.pathname;
  if (path === undefined) return null;
  const m = DATED_SEGMENTS.exec(path) ?? DATED_SEGMENT.exec(path);
  if (m?.[1] && m[2] && m[3]) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const named = NAMED_MONTH_SEGMENTS.exec(path);
  const month = named?.[2] ? months.get(foldI(named[2])) : undefined;
  return named?.[1] && named[3] && month !== undefined ? isoOf(Number(named[1]), month, Number(named[3])) : null;
}

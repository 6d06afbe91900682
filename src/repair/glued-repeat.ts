import { LOWER_CASE, letterCaseCodes, UPPER_CASE } from '../segment/char-tables.js';
import { type Line, withRepair } from '../segment/segment.js';

/** Longest line inspected: glued labels are short, and the period search must stay cheap. */
const MAX_LABEL_CHARS = 200;

/**
 * The smallest `unit` such that `text` is `unit` written `times` times in a row (`times >= 2`), or null.
 * @example gluedRepeat('Send in e-mailSend in e-mail') // { unit: 'Send in e-mail', times: 2 }
 */
export function gluedRepeat(text: string): { unit: string; times: number } | null {
  if (text.length < 4 || text.length > MAX_LABEL_CHARS) return null;
  const period = smallestPeriod(text);
  if (period < text.length) return { unit: text.slice(0, period).trim(), times: text.length / period };
  // "Share Share" — the same label repeated with a space between. The first word must come again as a word.
  if (!firstWordRecurs(text)) return null;
  const words = text.split(' ');
  for (let size = 1; size <= words.length / 2; size++) {
    if (words.length % size !== 0) continue;
    let same = true;
    for (let i = size; i < words.length && same; i++) same = words[i] === words[i % size];
    if (same) return { unit: words.slice(0, size).join(' '), times: words.length / size };
  }
  return null;
}

/** Whether the text's first space-separated word comes again as a later word (compared in place, no copies). */
function firstWordRecurs(text: string): boolean {
  const space = text.indexOf(' ');
  if (space === -1) return false;
  for (let at = space; at !== -1; at = text.indexOf(' ', at + 1)) {
    const end = at + 1 + space;
    if (end > text.length || (end < text.length && text.charCodeAt(end) !== 0x20)) continue;
    let k = 0;
    while (k < space && text.charCodeAt(at + 1 + k) === text.charCodeAt(k)) k++;
    if (k === space) return true;
  }
  return false;
}

/**
 * The smallest divisor `p` of the length such that the text repeats every `p` characters, or the length: what
 * `${text}${text}`.indexOf(text, 1) finds, without building the doubled string.
 */
function smallestPeriod(text: string): number {
  const n = text.length;
  const first = text.charAt(0);
  for (let p = text.indexOf(first, 1); p !== -1 && p <= n >> 1; p = text.indexOf(first, p + 1)) {
    if (n % p !== 0) continue;
    let i = p;
    while (i < n && text.charCodeAt(i) === text.charCodeAt(i - p)) i++;
    if (i === n) return p;
  }
  return n;
}

// Why: innerText glues adjacent inline labels ("HomeNewsReviews", the seed's "e-mailSend").
const CAMEL_JOIN = /(\p{Ll})(\p{Lu})/gu;

/**
 * Whether CAMEL_JOIN can match: a lower-case letter right before an upper-case one, looked for with tables of
 * the same classes (text with surrogates is left to the expression). Most lines have none, and the replace
 * cost more than this look.
 */
function mayBeCamelJoined(text: string): boolean {
  const cases = letterCaseCodes();
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    const kind = cases[code] as number;
    if (kind === UPPER_CASE && previous === LOWER_CASE) return true;
    previous = kind;
  }
  return false;
}

/**
 * Repairs a label line: collapses a label glued to itself and splits words glued at a case change.
 * The line keeps its offsets; `labelText` and `repeats` carry the repair.
 */
export function repairGluedLabels(line: Line): Line {
  if (line.text.length > MAX_LABEL_CHARS) return line;
  const repeat = gluedRepeat(line.text);
  const unit = repeat ? repeat.unit : line.text;
  const split = mayBeCamelJoined(unit) ? unit.replace(CAMEL_JOIN, '$1 $2') : unit;
  if (!repeat && split === line.text) return line;
  return withRepair(line, { text: line.text, repeats: repeat?.times, labelText: split, credit: line.credit });
}

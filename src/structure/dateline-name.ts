import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { readsAsName } from './bare-name.js';
import { asName, unspacedNameWithRole } from './byline.js';
import { BULLETS, DASHES } from './field-marks.js';
import { isUnspacedName } from './unspaced-name.js';

/**
 * The marks that part a field from the next, trimmed off the end of what stands before the date. Not a comma: a word
 * and a comma before the date is its weekday ("Fri, 19th Dec 2025" under the headline, WCXB 0480) or its place.
 */
const FIELD_MARKS = new Set([' ', '-', ':', ...BULLETS, ...DASHES]);

/**
 * `text` without the spaces and field marks at its end, in one pass back from it: a regular expression's `+$` would
 * try every start in a run of marks.
 */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && FIELD_MARKS.has(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * The writer's name that opens a dateline right under the headline, before its date, else null: one word that reads
 * as a name ("Susan December 9, 2024 0 Comments"), a capitalized word that is neither a date label nor a weekday and
 * that the page never writes in lower case ({@link readsAsName}), or a Chinese, Japanese or Korean name
 * ({@link unspacedNameOpening}). Elsewhere a lone word before a date is as often its label or a section's name; right
 * under the headline, a blog writes its writer's first name there.
 * @param dateText the date the line gives, as written there
 * @example soleNameOpeningDateline(lines[1], 'May 4, 2025', lines, compiledEn) // 'Susan' for "Susan May 4, 2025"
 */
export function soleNameOpeningDateline(
  line: Line,
  dateText: string,
  lines: readonly Line[],
  lang: CompiledPack,
): string | null {
  // why: wcxb 0023 — "Susan December 9, 2024 0 Comments" under a wedding blog's headline, her name nowhere else.
  const at = line.text.indexOf(dateText);
  if (at <= 0) return null;
  // Why: a dash may part the name from the date ("EcoFlow- 2025/4/29" under the headline, WCXB 0093).
  const before = withoutTrailingMarks(line.text.slice(0, at));
  const unspaced = unspacedNameOpening(before, line.index, lines, lang);
  if (unspaced !== null) return unspaced;
  const word = asName(before);
  if (word === null || word.includes(' ') || isDateWord(word, lang)) return null;
  return readsAsName(word, lines) && !writesPlural(word, lines) ? word : null;
}

/** True for a date label, a weekday or a byline's prefix: what a dateline may open with that names no one. */
const isDateWord = (word: string, lang: CompiledPack): boolean =>
  lang.match.weekdays.test(word) || lang.match.dateLabels.test(word) || lang.match.bylinePrefixes.test(word);

/**
 * The Chinese, Japanese or Korean name that is all of `before`, what opens the dateline at line `index` before its
 * date, else null: with the writer's title after it ("홍길동 기자 2024.04.12 10:30"), which vouches for it, or alone
 * ("张伟 2024年4月12日"), when it is no date label, weekday or byline prefix and the page gives it no line of its own
 * elsewhere, as a menu does a section's name ("政治"). Why: such a name has no capital to read it by, and Chinese,
 * Japanese and Korean news pages write their writer's name and the date on one line under the headline (meta11's test
 * pages in test/multilingual.test.ts, issue 3: the dev set has no such page).
 */
function unspacedNameOpening(before: string, index: number, lines: readonly Line[], lang: CompiledPack): string | null {
  const withRole = unspacedNameWithRole(before, lang);
  if (withRole !== null) return withRole;
  if (!isUnspacedName(before) || isDateWord(before, lang)) return null;
  for (const other of lines) if (other.index !== index && other.text === before) return null;
  return before;
}

/**
 * True when some line holds the word with a plural's "s" after it: the word is a common noun, a kind of piece or a
 * section ("Video - December 19, 2025" under the headline, "Videos" in the menu; WCXB 4454), not a name.
 */
function writesPlural(word: string, lines: readonly Line[]): boolean {
  const plural = `${word.toLowerCase()}s`;
  for (const line of lines) if (line.tokens.includes(plural)) return true;
  return false;
}

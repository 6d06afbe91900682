import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { readsAsName } from './bare-name.js';
import { asName } from './byline.js';
import { BULLETS, DASHES } from './field-marks.js';

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
 * The one word that opens a dateline right under the headline, before its date, when it reads as a writer's name
 * ("Susan December 9, 2024 0 Comments"), else null: a capitalized word that is neither a date label nor a weekday and
 * that the page never writes in lower case ({@link readsAsName}). Elsewhere a lone word before a date is as often its
 * label or a section's name; right under the headline, a blog writes its writer's first name there.
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
  const word = asName(withoutTrailingMarks(line.text.slice(0, at)));
  if (word === null || word.includes(' ')) return null;
  if (lang.match.weekdays.test(word) || lang.match.dateLabels.test(word) || lang.match.bylinePrefixes.test(word))
    return null;
  return readsAsName(word, lines) && !writesPlural(word, lines) ? word : null;
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

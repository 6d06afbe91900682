import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { openingBylinePrefix } from './byline.js';
import { findDate } from './date.js';
import { NAME_STOPS } from './field-marks.js';
import { nameWords } from './unspaced-name.js';

/** Most words of a name read this loosely. */
const MAX_SLOT_NAME_WORDS = 4;
/**
 * Where the name's field ends: a mark a name stops at, a bracket or a hyphen between spaces. Not a digit, unlike the
 * name ends of byline.ts: a brand may open with one ("By 3i Global"); nor a word in lower case, as a name's shape asks.
 */
const FIELD_END = new RegExp(String.raw`\s*(?:[${NAME_STOPS}(]|\s-\s)`, 'u');
/** A word that opens with a capital or holds a digit: a brand's or a team's ("3i Global", "The Currency editors"). */
const MARKED_WORD = /^\p{Lu}|\p{N}/u;

/**
 * The name a byline line gives when it stands beside the article's date line, read without a name's shape: a
 * brand that opens with a digit ("By 3i Global"), a team's name in lower case after a capital ("By The Currency
 * editors"). Up to {@link MAX_SLOT_NAME_WORDS} words with no function word after the first, one of them capitalized or
 * with a digit ("by clicking" names no one), and no role; null otherwise. Asked only where a name's shape already
 * failed and a date stands right beside the line.
 * @example slotBylineName(linesOf('By 3i Global'), 0, compiledEn) // '3i Global'
 */
export function slotBylineName(lines: readonly Line[], i: number, lang: CompiledPack): string | null {
  const text = (lines[i] as Line).text;
  const prefix = openingBylinePrefix(text, lang);
  if (prefix === undefined) return null;
  const rest = text.slice(prefix.length).replace(/^\s*[:：]?\s*/u, '');
  // A prefix with no name after it names no one ("By Feb 6, 2025").
  const date = findDate(rest, lang);
  if (date !== null && rest.startsWith(date.text)) return null;
  const cut = FIELD_END.exec(rest);
  const field = (cut === null ? rest : rest.slice(0, cut.index)).trim();
  if (field === '' || nameWords(field) > MAX_SLOT_NAME_WORDS || /[.!?…:]$/u.test(field)) return null;
  const words = field.split(' ');
  if (words.slice(1).some((word) => lang.stopwords.has(word.toLowerCase()))) return null;
  // Why: a role runs on after the name ("By <name> Education reporter", multisite bbc 2017-teacher-1): the name's end
  // is not clear.
  if (lang.match.roleWords.test(field)) return null;
  return words.some((word) => MARKED_WORD.test(word)) ? field : null;
}

import { literalAlternation } from '../lang/escape-reg-exp.js';
import type { CompiledPack } from '../lang/matcher.js';

// Compiled once per pack: a memo of immutable regular expressions, not state that changes a result.
const roleCache = new WeakMap<CompiledPack, RegExp>();

/**
 * Where a role written after a name starts: one of the pack's role words, capitalized or in capitals, after a space
 * or glued to the name's last letter ("Mateusz HabernyFounder at Oakywood").
 */
function roleStartFor(lang: CompiledPack): RegExp {
  let pattern = roleCache.get(lang);
  if (!pattern) {
    const forms = lang.pack.roleWords.flatMap((word) => [
      word.replace(/(^|-)\p{Ll}/gu, (start) => start.toUpperCase()),
      word.charAt(0).toUpperCase() + word.slice(1),
      word.toUpperCase(),
    ]);
    pattern = new RegExp(`(?:\\s+|(?<=\\p{Ll}))(?:${literalAlternation([...new Set(forms)])})(?![\\p{L}\\p{N}])`, 'u');
    roleCache.set(lang, pattern);
  }
  return pattern;
}

/** What may follow the word that closes a name's field: nothing, or a mark or digit that starts the next field. */
const FIELD_CLOSED = /^\s*(?:$|[^\p{L}\s])/u;

/**
 * `text` up to a role that follows a name of two words or more, or up to the comma before the role ("Rasmus Barslund
 * Founder & Lead Reviewer" gives "Rasmus Barslund"), or `text` unchanged. A role after one word is kept: the word is a
 * team's or a site's name ("Podium Staff"). When `signed` (the text follows a byline's "By"), a role word that is one
 * of the pack's staff words and closes the name's field, no comma before it, is kept too: the name is a team's that
 * signs the post ("By Paycom Blog Contributor · June 9, 2025").
 * @example nameBeforeRole('Will Judd Former Deputy Tech Editor', compiledEn) // 'Will Judd'
 */
export function nameBeforeRole(text: string, lang: CompiledPack, signed = false): string {
  if (lang.pack.roleWords.length === 0) return text;
  const role = roleStartFor(lang).exec(text);
  if (role === null) return text;
  const head = text.slice(0, role.index);
  // Why: a team's name that a staff word closes is read whole on a line of its own under the headline (teamByline;
  // "Paycom Blog Contributor", WCXB 0293), and the Markdown gives it back after "By": read the same there, or cleaning
  // the Markdown again cuts "Contributor". Only after "By": a bare line "Jane Doe Contributor" under a name gives the
  // role (multisite forbes).
  if (signed && !head.includes(',') && closesWithStaffWord(text, role, lang)) return text;
  // Why: a comma before the role parts the name from all of it ("Audrey Huang, Print Managing Editor" over the date,
  // WCXB 0186; "By Charles Patterson, WCI Columnist", 4656). Counted over the dev set's bylines of a name, a comma and
  // a role: the gold cuts the role on 12 pages (0186, 0268, 0327, 0343, 0358, 0480, 2218, 2381, 4014, 4603, 4656,
  // 4864) and keeps it on 7 (0056, 0072, 0096, 0370, 0372, 4601; 4700, whose role opens with no role word, keeps
  // it here too), one site both ways (4864 and 4601).
  const comma = head.indexOf(',');
  const name = (comma < 0 ? head : head.slice(0, comma)).trim();
  return /\S\s+\S/u.test(name) ? name : text;
}

/** True when the role `role` found in `text` is one word of the pack's staff words and closes the name's field. */
function closesWithStaffWord(text: string, role: RegExpExecArray, lang: CompiledPack): boolean {
  const word = role[0].trim().toLowerCase();
  return lang.pack.staffWords?.includes(word) === true && FIELD_CLOSED.test(text.slice(role.index + role[0].length));
}

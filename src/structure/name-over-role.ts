import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { type BareName, readsAsName } from './bare-name.js';
import { bareName } from './byline.js';

/** Most words of a role on its own line under a name ("Former McKinsey Consultant"); more is a bio's sentence. */
const MAX_ROLE_WORDS = 5;

/**
 * The author's bare name on a line of `[from, to)` right over a short line that holds one of the language pack's role
 * words ("Rachel MacDonald" over "Writer", "Liz Kenny" over "Former McKinsey Consultant"), or null. Asked only around
 * the headline, where such a pair is the byline's; in the body it is a quote's speaker or a team list's entry.
 * @example nameOverRole(linesOf('Headline here\nLiz Kenny\nFormer McKinsey Consultant'), [], 1, 3, compiledEn) // { name: 'Liz Kenny', index: 1 }
 */
export function nameOverRole(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  from: number,
  to: number,
  lang: CompiledPack,
): BareName | null {
  for (let i = Math.max(0, from); i < to - 1 && i < lines.length - 1; i++) {
    const line = lines[i] as Line;
    const role = lines[i + 1] as Line;
    if (verdicts[i] !== undefined || role.words > MAX_ROLE_WORDS || role.endsSentence) continue;
    // Why: the role word need not open the line ("Liza Burke" over "Marketing Director" over the date, WCXB 1974
    // html-to-text; "Matt McGrath" over "BBC environment reporter", multisite bbc 2009).
    if (!lang.match.roleWords.test(role.text)) continue;
    // Why: a role line opens with a capital ("Writer"); in lower case the line is a phrase of the page's text.
    if (!/^\p{Lu}/u.test(role.text)) continue;
    // Why: a form's list of job titles runs "Vice President" over "Manager/Director" (WCXB 0362): a name holds no role.
    if (lang.match.roleWords.test(line.text)) continue;
    const name = bareName(line, lang);
    if (name !== null && !name.includes(',') && readsAsName(name, lines)) return { name, index: i };
  }
  return null;
}

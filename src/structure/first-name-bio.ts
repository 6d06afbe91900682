import type { Line } from '../segment/segment.js';

/** How many lines at the body's end a bio that gives its writer's first name alone may start in. */
const LINES_AT_END = 4;
/** Fewest lines the body keeps before such a bio. */
const MIN_BODY_LINES = 4;
/** Fewest words of the bio: prose, not a caption. */
const MIN_WORDS = 13;
/** Most words of the name line over the bio ("Rasmus Barslund Founder & Lead Reviewer"). */
const MAX_NAME_LINE_WORDS = 6;
// A capitalized word opening the line, then a space: the bio's subject as written ("Rasmus is …").
const OPENING_WORD = /^\p{Lu}[\p{Ll}'’-]+ /u;

/**
 * Index in `kept` where a closing bio that calls its writer by the first name alone starts ("Sam is the
 * revenue-focused VP of Marketing …"), or -1. The first name is the byline's, or that of a short name line right
 * over the bio; the bio and what follows it close the post.
 */
export function firstNameBioAtEnd(
  kept: readonly Line[],
  byline: string | null,
  stopwords: ReadonlySet<string>,
): number {
  const from = Math.max(MIN_BODY_LINES, kept.length - LINES_AT_END);
  const first = byline?.match(/\p{L}[\p{L}'’-]*/u)?.[0].toLowerCase();
  const opensWithFirstName = (line: Line): string | undefined =>
    line.words >= MIN_WORDS && OPENING_WORD.test(line.text) && stopwords.has(line.tokens[1] ?? '')
      ? line.tokens[0]
      : undefined;
  // Why: in a list of places or people each item is a name over a paragraph about it ("Paris" over "Paris is
  // …"); a bio is the only such pair, so the body's first pair must stand at its end.
  for (let j = 1; j < kept.length; j++) {
    const name = opensWithFirstName(kept[j] as Line);
    if (name === undefined) continue;
    const over = kept[j - 1] as Line;
    // A numbered item is an entry of the article's list ("25. Matillion" over "Matillion is a leading …", WCXB 0300).
    const underNameLine =
      over.words <= MAX_NAME_LINE_WORDS && !over.endsSentence && over.listMarker === null && over.tokens[0] === name;
    if (underNameLine) return j >= from ? j - 1 : -1;
    // Why: "Sam is the revenue-focused VP of Marketing at Dealfront …" after the byline "Sam O'Brien", with a
    // promotion of the writer's company under it (WCXB 0171).
    if (name === first && j >= from) return j;
  }
  return -1;
}

import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { ArticleMeta } from './article-meta.js';
import { type BareName, nameAsWrittenAlone, nameOverBarePrefix, nameUnderHeadline } from './bare-name.js';
import { bioAuthor } from './bio-author.js';
import { bylineNameAt, nameInByline, nameUnderBarePrefix } from './byline.js';
import { findDate, looksLikeDateLine } from './date.js';
import { nameOverFirstNameBio } from './first-name-bio.js';
import { nameOverFullNameBio } from './full-name-bio.js';
import { firstGluedByline } from './glued-byline.js';
import type { BareCandidate } from './header-meta.js';
import { nameNotLabel } from './label-not-name.js';
import { META_INTO_BODY } from './meta-into-body.js';
import { firstInMetaLines } from './meta-line.js';
import { nameOverRole } from './name-over-role.js';
import { nameOverSelfIntroduction } from './self-introduced-name.js';
import { teamByline } from './team-byline.js';
import type { MetaContext } from './title.js';

/** The lines {@link findBylineElsewhere} reads by: the headline, the header scan's first line, and the body. */
export interface BylineSpan {
  /** The headline's line, or -1. */
  readonly titleIndex: number;
  /** The header scan's first line. */
  readonly from: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Looks for the byline `meta` still lacks past the header and the body's first lines, each place only when the ones
 * before it named no one: the bare name beside a date the header scan kept for last, a name under the headline, a
 * name over its role, a byline glued to a line's end (with its date when `meta` has none), then the page's byline
 * lines and author boxes anywhere. Marks the lines it takes in `used`; sets the byline as the page writes it alone.
 */
export function findBylineElsewhere(
  ctx: MetaContext,
  span: BylineSpan,
  bareCandidate: BareCandidate | null,
  meta: ArticleMeta,
  used: Uint8Array,
): void {
  const { lines, verdicts, lang } = ctx;
  const { titleIndex, start, end } = span;
  /** The name a reader found, unless it is a label ({@link nameNotLabel}); its line is marked in `used` when taken. */
  const taken = (found: BareName | null): string | null => {
    if (found === null) return null;
    const name = nameNotLabel(found.name, lines, lang);
    if (name !== null) used[found.index] = 1;
    return name;
  };
  let byline = meta.byline ?? taken(bareCandidate);
  if (byline === null) {
    const under = nameUnderHeadline(lines, titleIndex, lang, (line) => looksLikeDateLine(line, lang));
    // Why: an interface control's label has a name's shape ("Show Sidebar" under the reading time, WCXB 0482; "Print
    // Article" under the authors' line, 4597).
    const control = verdicts[under?.index ?? -1]?.kind;
    if (control !== 'ui-prompt' && control !== 'share') byline = taken(under);
  }
  // Why: "Rachel MacDonald" over "Writer" over "12/11/25" by the headline (WCXB 4363); "Liz Kenny" over "Former
  // McKinsey Consultant" under it, the date a month's alone (0353).
  byline ??= taken(nameOverRole(lines, verdicts, span.from, Math.min(end, start + META_INTO_BODY), lang));
  byline ??= taken(teamByline(lines, titleIndex, start, lang));
  if (byline === null) {
    const glued = firstGluedByline(lines, verdicts, start, lang);
    if (glued !== null) {
      byline = nameNotLabel(nameInByline(glued.byline, lang), lines, lang);
      const date = meta.published === null ? findDate(glued.byline, lang) : null;
      if (date) {
        meta.published = date.text;
        meta.publishedIso = date.iso;
      }
    }
  }
  // Why: when the headline was missed the meta lines are looked for in the wrong place, and some pages give
  // the byline only in an author box after the body ("By Emily Way" under a photo credit taken for the
  // headline, WCXB 0199; "Written by John Crenshaw" closing the post, 0222): the page's first byline line names
  // the author. Only the name is taken; the line keeps its verdict.
  // Why: a byline's label and its name on lines of their own, anywhere on the page: an author box after the body
  // ("Author", then "Lisa D. Ellis", WCXB 4079; "Written by", then "Nathan Myhrvold", 4043), or a byline block the
  // meta scan did not reach (0019, 0094). Before the page's first "By" line: that one is as often a related post's.
  byline ??= nameNotLabel(nameUnderBarePrefix(lines, verdicts, lang), lines, lang);
  byline ??= nameNotLabel(nameOverBarePrefix(lines, verdicts, lang), lines, lang);
  byline ??= firstInMetaLines(verdicts, lines.length - 1, (i) =>
    nameNotLabel(bylineNameAt(lines, i, lang), lines, lang),
  );
  // Why: an author box after the body may give the writer only as a name over a bio by the first name ("Joaquin
  // Fernandez" over "Joaquin is a market analyst …", WCXB 0347); inside the body such pairs are a list's entries
  // ("ServiceTitan Electrical Software" over "ServiceTitan is …", 0069), so only lines after it are read.
  byline ??= nameNotLabel(nameOverFirstNameBio(lines, end + 1, lang), lines, lang);
  // Why: a name line over a bio by the full name is a list's entry too, unless it is the page's only one (WCXB 4665).
  byline ??= nameNotLabel(nameOverFullNameBio(lines, start, lang), lines, lang);
  byline ??= nameNotLabel(nameOverSelfIntroduction(lines, lang), lines, lang);
  meta.byline = byline !== null ? nameAsWrittenAlone(byline, lines) : null;
}

/**
 * The writer an author box in the body's `removed` lines (from `start` on) names, or null. Why: many posts give their
 * writer only in the author box under the article (WCXB 0166, 0306, 4688).
 */
export function bylineInAuthorBox(
  ctx: MetaContext,
  removed: ReadonlyArray<{ readonly index: number; readonly verdict: Verdict }>,
  start: number,
): string | null {
  const { lines, lang } = ctx;
  const bio = removed.filter(({ index, verdict }) => index >= start && verdict.kind === 'author-bio');
  return nameNotLabel(
    bioAuthor(
      bio.map(({ index }) => lines[index] as Line),
      lines,
      lang,
    ),
    lines,
    lang,
  );
}

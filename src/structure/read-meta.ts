import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import {
  asName,
  bareName,
  bylineNameAt,
  cutAtGluedEnd,
  isBareBylinePrefix,
  nameBesideDate,
  nameInByline,
  nameInBylineField,
  soleName,
  soleUserName,
  unspacedNameWithRole,
  unspacedSoleName,
} from './byline.js';
import { earliestDate, type FoundDate, findDate } from './date.js';
import { soleNameOpeningDateline } from './dateline-name.js';
import { gapsAsBars } from './field-gap.js';
import { shoutedSoleName, writesAsProperNoun } from './shouted-sole-name.js';
import { slotBylineName } from './slot-byline.js';

/** Where a line read by {@link readMeta} stands, as its neighbours tell. */
export interface MetaPlace {
  /** The line is a byline or date line (`metaLineTest`). */
  readonly isMetaLine: boolean;
  /** A byline or date line stands right over or under it. */
  readonly besideMeta: boolean;
  /** A bare "By" stands over it. */
  readonly afterBy: boolean;
  /** The line stands in the byline's slot under the headline. */
  readonly inSlot?: boolean;
  /** The line stands right under the headline. */
  readonly underHeadline?: boolean;
}

/** What {@link readMeta} finds in a line. */
export interface LineMeta {
  name: string | null;
  date: FoundDate | null;
  bare: string | null;
}

/**
 * The author and date a line near the headline gives: a byline, a date line, a bare name under "By"; `bare` is a
 * name on its own line beside a date, the byline only when no line says so. `text` is the normalized text the lines
 * were cut from.
 */
export function readMeta(
  lines: readonly Line[],
  i: number,
  text: string,
  lang: CompiledPack,
  where: MetaPlace,
): LineMeta {
  const { isMetaLine, besideMeta } = where;
  const line = lines[i] as Line;
  // A caption or a sentence mentions dates too; only a byline or date line gives the article's.
  const date = isMetaLine ? findDate(line.text, lang) : null;
  let name = bylineNameAt(lines, i, lang);
  // Why: a wide gap parts a byline's name from what follows it, which segment folded to one space ("By A. J. Neal
  // \u00a0\u00a0 View In Digital Edition", WCXB 0484): the name ends at the gap.
  if (name !== null) {
    const fielded = gapsAsBars(line, text);
    if (fielded !== line.text) name = nameInByline(fielded, lang) ?? name;
  }
  // Why: "By" and the name on lines of their own (WCXB 0043), or "Mike Kappel May 18, 2016" (a name and a date).
  if (!name && where.afterBy) name = asName(line.text);
  // Why: beside the date a byline's name may lack a name's shape ("By The Currency editors" over "12.12.2025", WCXB
  // 0146; "By 3i Global" under "Feb 6, 2025", 4810).
  if (!name && besideMeta) name = slotBylineName(lines, i, lang);
  // Why: the name stands in a field of its own beside the date, with tags or labels around it ("Camille Cunningham 25
  // March 2025 Google algorithm, SEO basics", WCXB 0325; "109 Comments | Jill Winger | Last Updated: March 11, 2019", 4660).
  if (!name && date) name = nameBesideDate(line.text, date.text, lang);
  if (!name && date) name = nameInBylineField(line.text, lang);
  if (!name && date) {
    const left = lang.match.dateLabels
      .strip(cutAtGluedEnd(line.text, lang).replace(date.text, ' '))
      .replace(/[|•·⋅–—]/g, ' ')
      .replace(/\s+/g, ' ')
      // Why: a comma inside what is left joins tags ("Sides, Sourdough · December 9, 2021", WCXB 4164), not a name's
      // words; one at its edge belonged to the date ("Dec 4, 2025, by Jane Doe").
      .replace(/^[\s,]+|[\s,]+$/gu, '');
    // Why: the byline may follow the date ("October 11, 2023 by Autumn Huerter", WCXB 0092; "September 1st, 2023
    // By Emily Norwood", 0245, where "By" would pass for a name's first word).
    // Why: a lone word left of a date line is its label or weekday ("Published", "Tuesday"; WCXB 0003, 0030), but
    // one that "by" names is the author ("January 20th, 2025 by JWU", 0361).
    const named = nameInByline(left, lang, true);
    // A byline's prefix with no name after it names no one ("Written By Feb 11, 2019 · 3 min read", WCXB 0104).
    // Why: nor is a weekday after a verb, as in nameBesideDate ("Released Wednesday, March 2, 2022", WCXB 4027).
    const rest = named ?? (isBareBylinePrefix(left, lang) || lang.match.weekdays.test(left) ? null : asName(left));
    // Why: a one-word name after the date, a wide gap between, is the writer's when the page writes it as a name
    // ("October 8, 2024 ⟨gap⟩ Swoogo" over the headline, "Connect Swoogo to …" in the menu; WCXB 0049).
    if (named !== null || rest?.includes(' ') || (rest != null && writesAsProperNoun(rest, line, lines))) name = rest;
  }
  if (!name && date && where.underHeadline) name = soleNameOpeningDateline(line, date.text, lines, lang);
  // Why: a bare name on its own line beside the date or reading time is the byline ("Kelia Losa Reinoso" under the
  // headline, "August 25, 2025" under it; WCXB 0002, 0016, 0037).
  const bare =
    !name && !date && besideMeta
      ? (bareName(line, lang) ??
        unspacedNameWithRole(line.text, lang) ??
        (where.inSlot
          ? (soleName(line) ?? unspacedSoleName(line) ?? soleUserName(line, lang) ?? shoutedSoleName(line, lines))
          : null))
      : null;
  // Why: a dateline may give the day the post was updated before the day it was published ("May 21, 2025April 24,
  // 2025 by The Ritualist", WCXB 4819); the article's date is the earlier.
  return { name, date: date && earliestDate(line.text, lang), bare };
}

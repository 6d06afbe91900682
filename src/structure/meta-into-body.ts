import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { ArticleMeta } from './article-meta.js';
import { asName, isBareBylinePrefix } from './byline.js';
import { findDate, opensDateFields } from './date.js';
import { gapsAsBars } from './field-gap.js';
import { nameNotLabel } from './label-not-name.js';
import { nameBesideLabel } from './name-beside-label.js';
import { readMeta } from './read-meta.js';
import type { MetaContext } from './title.js';

/** How many of the body's first lines may still hold the byline or date (under a dek or a lede). */
export const META_INTO_BODY = 8;

/**
 * Reads the byline and date that `meta` still lacks off the body's first {@link META_INTO_BODY} lines, from `start`
 * and before `end`: a byline or date line by `isMetaLine`, a dateline whose date opens fields, a name under a bare "By".
 * Marks the lines it takes in `used`, and gives the ones it leaves in the body their verdicts in `bodyVerdicts`.
 * Why: a dek or a lede can stand between the headline and its byline ("The 16 Best Clothing Subscription Boxes", a
 * one-line dek, then "ByKathryn Giuffrida…", WCXB 0098; "Written By" and the name under the date, 0158).
 */
export function readMetaIntoBody(
  ctx: MetaContext,
  text: string,
  start: number,
  end: number,
  isMetaLine: (i: number) => boolean,
  meta: ArticleMeta,
  used: Uint8Array,
  bodyVerdicts: Map<number, Verdict>,
): void {
  const { lines, verdicts, lang } = ctx;
  for (
    let i = start;
    i < Math.min(end, start + META_INTO_BODY) && (meta.byline === null || meta.published === null);
    i++
  ) {
    const verdict = verdicts[i];
    if (isMetaLine(i)) {
      const found = readMeta(lines, i, text, lang, { isMetaLine: true, besideMeta: false, afterBy: false });
      let tookName = false;
      // Why: a news site's byline under the dek names the writer beside the outlet or the role, no "By" before the
      // name (WCXB 0106, 0120).
      const name =
        found.name ?? (meta.byline === null ? nameBesideLabel(gapsAsBars(lines[i] as Line, text), lines, lang) : null);
      if (meta.byline === null && name) {
        meta.byline = nameNotLabel(name, lines, lang);
        tookName = meta.byline !== null;
      }
      if (meta.published === null && found.date) {
        meta.published = found.date.text;
        meta.publishedIso = found.date.iso;
        if (!tookName) meta.dateLine = i;
        used[i] = 1;
      }
      if (tookName) used[i] = 1;
      // Why: a second byline after the one taken ("Written by TurboTaxLisa" under the share bar, WCXB 0304) leaves
      // the body as the first did, and says so: nothing leaves the input unexplained.
      else if (used[i] === 0 && (found.name || found.date) && verdict === undefined)
        bodyVerdicts.set(i, { kind: 'byline-meta', reason: 'a byline or date line past the ones taken' });
    } else if (
      meta.published === null &&
      verdict === undefined &&
      !(lines[i] as Line).endsSentence &&
      opensDateFields((lines[i] as Line).text, lang)
    ) {
      // Why: a dateline, ending no sentence, whose date opens fields that bullets part stands under the dek, tags and a translation's
      // link, past the headline's reach ("12/19/2025 • Friday Philosophy • David Gordon", WCXB 0458 html-to-text).
      const date = findDate((lines[i] as Line).text, lang);
      meta.published = date?.text ?? null;
      meta.publishedIso = date?.iso ?? null;
      meta.dateLine = i;
      used[i] = 1;
    } else if (meta.byline === null && verdict === undefined && isBareBylinePrefix(lines[i - 1]?.text ?? '', lang)) {
      const name = asName((lines[i] as Line).text);
      if (name === null) continue;
      meta.byline = nameNotLabel(name, lines, lang);
      used[i] = 1;
      if (i - 1 >= start && verdicts[i - 1] === undefined)
        bodyVerdicts.set(i - 1, { kind: 'byline-meta', reason: "a bare byline prefix over the author's name" });
    }
  }
}

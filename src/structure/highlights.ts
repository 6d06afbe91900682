import { mapPacked } from '../map-packed.js';
import type { Line } from '../segment/segment.js';
import { wordCount } from '../segment/word-count.js';
import { ordinalOf } from './ordinal.js';

// Why: the seed's dek "Russia vetoes UN condemnation of gas attack ■ U.S. State Sec: … ■ …".
const SEPARATOR = /\s+[■●▪◆•|]\s+/u;
/** Fewest words of each highlight item. */
const MIN_ITEM_WORDS = 2;

/**
 * Splits a bullet-separated summary line into its items, or returns null when the line is not one.
 * @example splitHighlights(line('One thing here ■ Another thing')) // ['One thing here', 'Another thing']
 */
export function splitHighlights(line: Line): string[] | null {
  // Why mapPacked, not map: inlined into structure(), the built-in's array took another elements kind, and the stage
  // was deoptimized on a wrong map and compiled again ({@link mapPacked}).
  const items = mapPacked(line.text.split(SEPARATOR), (s) => s.trim());
  if (items.length < 2) return null;
  return items.every((item) => wordCount(item) >= MIN_ITEM_WORDS) ? items : null;
}

/** Fewest words of a dek: a sentence, not a kicker or a label. */
const MIN_DEK_WORDS = 8;
/** Most words of a dek: longer is the article's first paragraph. */
const MAX_DEK_WORDS = 60;

/**
 * True for a line right under the headline, above the body, that reads as its dek (standfirst): a sentence or two of
 * summary ("Polyphony makes up for …", multisite-dev arstechnica 2013-gran-1;
 * "These shoes outkicked the rest for training, racing, trail running and more.", WCXB 1821). Such a line was
 * removed as text before the article.
 */
export function isDek(line: Line): boolean {
  return (
    line.endsSentence &&
    line.words >= MIN_DEK_WORDS &&
    line.words <= MAX_DEK_WORDS &&
    line.credit === undefined &&
    // Why: a crumb trail that ends in the headline's words is no summary ("Home » Are you attending 2026's top tech
    // conferences? Let's connect!", WCXB 4366).
    !CRUMB.test(line.text)
  );
}
const CRUMB = /[»›]/u;

/**
 * A thematic break alone on its line (`---`, `***`, `___`, three or more of one mark, spaces between them allowed):
 * toMarkdown's close of the highlights.
 */
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,}$/;

/**
 * The indexes of the bulleted lines right under a headline written as Markdown's `#`, closed by a thematic break or
 * over a byline or date line (`isMetaAt`): the highlights as toMarkdown writes them ("# Headline", "- First
 * highlight", "- Second", "---"); empty when there are none. Why the close: a list right under the headline with
 * neither under it is as often the body's first (the key takeaways over WCXB 0163's prose); toMarkdown's highlights of
 * the seed's kind ("Manage Alerts ■ What Is This?", multisite cnn 2005) came back as body or as a menu, and so did a
 * dek with no byline under it (WCXB 0038 innertext: "Learn about the various Social Media Marketing certifications…").
 * @example markdownHighlightLines(linesOf('# Talks end\n- No deal\n- Next round\n\n---\n\nText.'), 0, isMeta) // [1, 2]
 */
export function markdownHighlightLines(
  lines: readonly Line[],
  titleIndex: number,
  isMetaAt: (i: number) => boolean,
): number[] {
  if (lines[titleIndex]?.headingLevel !== 1) return [];
  const run: number[] = [];
  for (let i = titleIndex + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    const bulleted = line.listMarker !== null && ordinalOf(line.listMarker) === null && line.depth === 0;
    if (!bulleted || (run.length > 0 && line.blankBefore)) break;
    run.push(i);
  }
  const after = titleIndex + 1 + run.length;
  const closed = after < lines.length && (THEMATIC_BREAK.test((lines[after] as Line).rawText) || isMetaAt(after));
  return run.length > 0 && closed ? run : [];
}

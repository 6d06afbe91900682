import type { Line } from '../segment/segment.js';
import type { ListBlock } from '../types.js';
import { MAX_HEADING_WORDS } from './heading-shape.js';
import { type Ordinal, ordinalOf } from './ordinal.js';

/**
 * True when the marked line `kept[i]` opens a list: the line under it goes on with it ({@link continuesList}), and it
 * is no numbered heading over a paragraph.
 */
export function isListRun(kept: readonly Line[], i: number): boolean {
  const next = kept[i + 1];
  const line = kept[i] as Line;
  // A numbered line followed by prose is a numbered heading; a run of two or more marked lines is a list.
  return (
    next !== undefined &&
    continuesList(new Map([[line.depth, line]]), next) &&
    !(ordinalOf(line.listMarker) !== null && next.words > 2 * MAX_HEADING_WORDS)
  );
}

/**
 * True when `line` is the next item of a list whose last item at each depth `lastAt` holds: marked, and marked like
 * that item, if any — both by a bullet, or both by a number (or both by a letter) that does not count back. Why: a
 * numbered heading under a bulleted list opens the next section, once the rule line between them has left the body
 * ("3. ENDGAME GEAR OP1 8K V2" under the "Variants:" list, WCXB 4823; "9. ST REGIS" under a nested list, 0189); so
 * does "1. PLANNING THEATRE" under a numbered list's "7. Weaponised Context" (0419), and the lettered heading "b) Easy
 * Repairs & Extended Lifespan" under the bulleted list of section "a)" (4801 html-to-text).
 */
export function continuesList(lastAt: ReadonlyMap<number, Line>, line: Line): boolean {
  if (line.listMarker === null || line.credit !== undefined) return false;
  const last = lastAt.get(line.depth);
  if (last === undefined) return true;
  const was = ordinalOf(last.listMarker);
  const is = ordinalOf(line.listMarker);
  if (was === null || is === null) return was === is;
  return was.style.charAt(0) === is.style.charAt(0) && is.value >= was.value;
}

/**
 * The list blocks of a run of list items: one while the items are bulleted, or numbered on from the one before in its
 * style; the next where that changes, so that an ordered list's `start` and `style` give every item the number the
 * input gave it. Why: a numbered list's items under a bulleted one's (WCXB 0397 html-to-text), bullets nested under
 * numbered steps (4085), and numbers that skip where the page's lines between them left the body (0054).
 */
export function listBlocks(run: readonly Line[]): ListBlock[] {
  const blocks: ListBlock[] = [];
  let items: string[] = [];
  let first: Ordinal | null = null;
  let last: Ordinal | null = null;
  let above: Line | undefined;
  for (const line of run) {
    const place = ordinalOf(line.listMarker);
    const goesOn =
      items.length > 0 &&
      (place === null || last === null
        ? place === last && !changesBullet(above as Line, line)
        : place.style === last.style && place.value === last.value + 1);
    if (!goesOn) {
      if (items.length > 0) blocks.push(listBlock(items, first));
      items = [];
      first = place;
    }
    items.push(line.text);
    last = place;
    above = line;
  }
  if (items.length > 0) blocks.push(listBlock(items, first));
  return blocks;
}

/** The bullets with which CommonMark starts a new list where the one before had another of them. */
const MARKDOWN_BULLETS = new Set(['-', '*', '+']);

/**
 * True when `line`, an item at the depth of the item `above` it, is bulleted with another of Markdown's bullets: it
 * starts a new list, as in CommonMark. Why: `toMarkdown` writes a list right under another with the other bullet
 * (WCXB 0038 innertext, a course box's list under the article's "Key Insights"); read as one, the two lists came
 * back as one when the Markdown was cleaned again.
 */
function changesBullet(above: Line, line: Line): boolean {
  return (
    line.depth === above.depth &&
    line.listMarker !== above.listMarker &&
    MARKDOWN_BULLETS.has(line.listMarker as string) &&
    MARKDOWN_BULLETS.has(above.listMarker as string)
  );
}

/** A list block of `items`, ordered from `first` on when it has a number or a letter. */
function listBlock(items: string[], first: Ordinal | null): ListBlock {
  if (first === null) return { type: 'list', ordered: false, items };
  const start = first.value === 1 ? {} : { start: first.value };
  const style = first.style === '1.' ? {} : { style: first.style };
  return { type: 'list', ordered: true, ...start, ...style, items };
}

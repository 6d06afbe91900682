import type { Line } from '../segment/segment.js';

/** Most words of a menu's entry that a card's category may repeat ("Digital Life"). */
const MAX_MENU_ENTRY_WORDS = 4;

/** A menu's entry: a few words, no sentence, no colon; digits allowed ("B2B", "Web3"). */
const isMenuEntryShape = (line: Line): boolean =>
  line.words > 0 && line.words <= MAX_MENU_ENTRY_WORDS && !line.endsSentence && !line.text.includes(':');

/**
 * The texts, lower-cased, of the menu entries above the body: short labels written in a run of two or more with no
 * blank line between them ("Netzpolitik", "B2B", "Digital Life"), which the site's cards under the article repeat
 * over their headlines. A heading or the headline stands alone.
 */
export function menuLabelsAbove(lines: readonly Line[], start: number): Set<string> {
  const labels = new Set<string>();
  for (let i = 0; i < start; i++) if (isMenuEntryAt(lines, i, start)) labels.add((lines[i] as Line).text.toLowerCase());
  return labels;
}

/** True when line `i`, above the body's `start`, is a menu's entry: a short label in a run of two or more. */
function isMenuEntryAt(lines: readonly Line[], i: number, start: number): boolean {
  const line = lines[i] as Line;
  if (!isMenuEntryShape(line)) return false;
  const above = lines[i - 1];
  const below = lines[i + 1];
  return (
    (above !== undefined && !line.blankBefore && isMenuEntryShape(above)) ||
    (below !== undefined && i + 1 < start && !below.blankBefore && isMenuEntryShape(below))
  );
}

/**
 * True when a line above the body other than line `at` writes `label` as a menu's entry: the section label over a
 * story's date is one of the site's menu entries (a kicker), not its author.
 */
export function isMenuEntryElsewhere(lines: readonly Line[], label: string, at: number, start: number): boolean {
  for (let i = 0; i < start; i++)
    if (i !== at && (lines[i] as Line).text === label && isMenuEntryAt(lines, i, start)) return true;
  return false;
}

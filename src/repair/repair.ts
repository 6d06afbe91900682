import { MEMO_MAX_CHARS } from '../line-memo.js';
import { mapPacked } from '../map-packed.js';
import { type Line, withRepair } from '../segment/segment.js';
import { type CreditPattern, splitCaptionCredit } from './caption-credit.js';
import { repairGluedLabels } from './glued-repeat.js';
import { readMarkdownFigure } from './markdown-figure.js';

/**
 * Stage 3: undoes what scraping glued together — labels glued to themselves or to each other, and photo
 * credits glued to captions; reads a figure's caption and credit off the line Markdown writes for it. Offsets are
 * untouched; the repair is carried in new fields of each line.
 */
export function repair(lines: readonly Line[], creditPatterns: readonly CreditPattern[]): Line[] {
  // Why a memo: menus, share bars and footers repeat their lines through a page (a fifth of the lines of the dev
  // pages), and the repair reads only what a line's rawText determines: a repeated line takes the fields its
  // first occurrence got, without looking for glued labels and credits again. Only short lines are looked up
  // (MEMO_MAX_CHARS).
  const repaired = new Map<string, Line>();
  // Why Markdown's figures first: their caption and credit are written apart already (toMarkdown's output, cleaned
  // again: WCXB 0009 innertext's "*Browsing through WayAway is one of the best ways to search for flights.* —
  // Screenshot from the WayAway website" came back as a paragraph).
  const repairLine = (line: Line): Line =>
    splitCaptionCredit(readMarkdownFigure(repairGluedLabels(line)), creditPatterns);
  return mapPacked(lines, (line) => {
    if (line.rawText.length > MEMO_MAX_CHARS) return repairLine(line);
    const first = repaired.get(line.rawText);
    if (first === undefined) {
      const fixed = repairLine(line);
      repaired.set(line.rawText, fixed);
      return fixed;
    }
    if (first.labelText === undefined && first.credit === undefined) return line;
    return withRepair(line, first);
  });
}

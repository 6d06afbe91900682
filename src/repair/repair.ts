import type { Line } from '../segment/segment.js';
import { type CreditPattern, splitCaptionCredit } from './caption-credit.js';
import { repairGluedLabels } from './glued-repeat.js';

/**
 * Stage 3: undoes what scraping glued together — labels glued to themselves or to each other, and photo
 * credits glued to captions. Offsets are untouched; the repair is carried in new fields of each line.
 */
export function repair(lines: readonly Line[], creditPatterns: readonly CreditPattern[]): Line[] {
  return lines.map((line) => splitCaptionCredit(repairGluedLabels(line), creditPatterns));
}

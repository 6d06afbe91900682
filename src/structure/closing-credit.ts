import type { Line } from '../segment/segment.js';
import type { FigureBlock, Verdict } from '../types.js';

/**
 * The figure that a photo credit on a line of its own right under the body's last line makes, or null: the credit of
 * the article's last image, whose caption the page gave elsewhere or not at all. Why: "Foto: Michael Kappeler/dpa",
 * "Фото: Сергей Карпухин/Reuters", "写真：共同通信" under the last paragraph (the credit lines of German, Russian and
 * Japanese news pages, synthetic probes in test/multilingual.test.ts) were removed as a menu's short line after the
 * article. The paragraph above stays a paragraph: it is the article's, not the image's caption.
 * @example closingCredit(lines, verdicts, used, end) // { type: 'figure', caption: '', credit: 'Michael Kappeler/dpa' }
 */
export function closingCredit(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  used: Uint8Array,
  end: number,
): FigureBlock | null {
  const line = lines[end + 1];
  if (line === undefined || line.credit === undefined || line.text !== '' || verdicts[end + 1] !== undefined)
    return null;
  if (used[end + 1] === 1) return null;
  return { type: 'figure', caption: '', credit: line.credit };
}

import { type Line, withRepair } from '../segment/segment.js';
import { isCreditShaped } from './caption-credit.js';

/** A figure as `toMarkdown` writes one: the caption in emphasis, a dash and the credit (`*caption* — credit`). */
const CAPTIONED = /^\*(\S(?:.*?\S)?)\* — (\S.*)$/;
/** A figure's credit alone, as `toMarkdown` writes it: after a dash, in emphasis (`*— credit*`). */
const CREDIT_ALONE = /^\*— (\S(?:.*\S)?)\*$/;

/**
 * Reads a figure's line as Markdown writes it: the caption is the line's text, the credit its credit, as for a photo
 * credit glued to its caption; an empty caption for a credit alone. Returns the line unchanged when it is none, or
 * when what follows the dash is no credit but a sentence ("*Update* — The company replied on Monday.").
 * @example readMarkdownFigure(line('*Lavrov in Moscow.* — JANE ROE/REUTERS')).credit // 'JANE ROE/REUTERS'
 */
export function readMarkdownFigure(line: Line): Line {
  // Most lines open with no asterisk, and are not matched at all. The line as written: segment takes the emphasis off
  // a line wholly in it, the credit alone's too.
  const written = line.rawText;
  if (written.charCodeAt(0) !== 0x2a || line.credit !== undefined || line.listMarker !== null) return line;
  const captioned = CAPTIONED.exec(written);
  const caption = captioned?.[1] ?? '';
  const credit = captioned?.[2] ?? CREDIT_ALONE.exec(written)?.[1];
  if (credit === undefined || !isCreditShaped(credit)) return line;
  return withRepair(line, { text: caption, repeats: line.repeats, labelText: line.labelText, credit });
}

import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { readsAsName } from './bare-name.js';
import { asName } from './byline.js';
import { hasFunctionWord } from './function-word.js';

/** Most words of the label beside the name: a role or the outlet ("Guest Columnists", "USA TODAY"). */
const MAX_LABEL_WORDS = 3;
/** A bar between two fields, with the spaces around it. */
const BAR = /\s*\|\s*/u;
/** A word of a label: a capital first, no digit. */
const LABEL_WORD = /^\p{Lu}[\p{L}'’.&-]*$/u;

/**
 * The writer's name in a line of two fields parted by a bar, the name and a short label in capitals or title case
 * after it (the writer's role or outlet), or null. `fielded` is the line with its wide gaps written as bars
 * (`gapsAsBars`). Why: a news site's byline under the dek names the writer and the outlet or role, no "By" before them
 * ("BRIAN TRUITT   USA TODAY", WCXB 0106; "Manoj Jain and Jagpreet Chhatwal  |  Guest Columnists", 0120).
 * @example nameBesideLabel('Jane Roe | Staff Writer', lines, compiledEn) // 'Jane Roe'
 */
export function nameBesideLabel(fielded: string, lines: readonly Line[], lang: CompiledPack): string | null {
  const fields = fielded.split(BAR);
  if (fields.length !== 2) return null;
  const [first, label] = fields as [string, string];
  const labelWords = label.split(' ');
  if (labelWords.length > MAX_LABEL_WORDS || !labelWords.every((w) => LABEL_WORD.test(w))) return null;
  if (hasFunctionWord(label.toLowerCase().split(' '), lang.stopwords)) return null;
  const name = asName(first);
  if (name === null || !name.includes(' ')) return null;
  return readsAsName(name, lines) ? name : null;
}

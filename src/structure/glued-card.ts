import { letterDigitCodes } from '../segment/char-tables.js';
import type { Line } from '../segment/segment.js';

/**
 * Where a card's title runs into its description with no space between: two lower-case letters or a digit, then a
 * capital and a lower-case letter ("Business PartneringExcel at HR strategy", "HR Business Partner 2.0Become a truly
 * strategic partner"), or an abbreviation, then a word ("Digital HRStrategically use data"; WCXB 0253 innertext).
 * "iPhone" and "WiFi" have one lower-case letter before the capital, "GPUs" one after the capitals.
 */
const GLUED_CARD = /(?:\p{Ll}{2}|\p{N})\p{Lu}\p{Ll}|\p{Lu}{2}\p{Ll}{2}/u;
/** Lines on each side of a card within which the menu's other cards stand. */
const CARD_MENU_REACH = 2;
/** Fewest other glued cards within reach that make a menu; one alone could be a name spelled so ("YouTube"). */
const MIN_OTHER_CARDS = 2;

/**
 * True when line `i` and at least {@link MIN_OTHER_CARDS} of the lines within {@link CARD_MENU_REACH} of it read as a
 * card's title glued to its description: a browser's text of a menu of cards (a course catalogue above the article),
 * whose titles share the article's words but head no article.
 * @example inGluedCardMenu(linesOf('HR ConsultingStep into the role\nPeople AnalyticsDevelop a skill set\nHR LeadershipGain a deep understanding'), 1) // true
 */
export function inGluedCardMenu(lines: readonly Line[], i: number): boolean {
  const glued = (j: number): boolean => {
    const line = lines[j];
    return line !== undefined && hasInnerCapital(line.text) && GLUED_CARD.test(line.text);
  };
  if (!glued(i)) return false;
  let others = 0;
  for (let j = i - CARD_MENU_REACH; j <= i + CARD_MENU_REACH; j++) if (j !== i && glued(j)) others++;
  return others >= MIN_OTHER_CARDS;
}

/**
 * True when a capital letter may follow a letter or a digit somewhere in `text`: what every glued card has, and most
 * headlines, capitalized at their words' starts, lack (false only where the card expression cannot match). Why: asked
 * of every line the title search keeps, the card expression's Unicode classes cost more than this scan (0.7% of a
 * CPU profile).
 */
function hasInnerCapital(text: string): boolean {
  const letterOrDigit = letterDigitCodes();
  for (let k = 1; k < text.length; k++) {
    const code = text.charCodeAt(k);
    // Beyond ASCII a character may be a capital: the expression decides.
    const mayBeCapital = code >= 128 || (code >= 65 && code <= 90);
    const before = text.charCodeAt(k - 1);
    // A surrogate half may end an astral letter ("𝑎"), which the table of BMP code units does not hold.
    if (mayBeCapital && (letterOrDigit[before] === 1 || (before >= 0xd800 && before <= 0xdfff))) return true;
  }
  return false;
}

import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { hasFunctionWord } from './function-word.js';

/** Most words of a credit line of names under a caption, or of a credit glued to a caption's end. */
const MAX_CREDIT_WORDS = 8;
/** Fewest words of a line in capitals that reads as a heading, not an acronym or a label. */
const MIN_CAPS_HEADING_WORDS = 3;
// Names parted by a slash spaced on both sides.
const SLASHED = /\S\s\/\s\S/u;
// A colon after a credit label, and the credit after it.
const AFTER_LABEL = /^\s?:\s*(\S.*)$/u;

/**
 * True when `lines[i]` is a photo's caption: a credit of names parted by slashes stands right under it ("Netflix /
 * Crunchyroll / Adult Swim" under "Stills from 'Mononoke The Movie: Chapter II,' …", WCXB 0417), or a labelled credit
 * ends it ("… just in time for the holidays Credit: Apple", WCXB 0477). A credit names; it has no function word.
 * @example isCaptioned(linesOf('Stills from the film\nNetflix / Crunchyroll'), 0, en) // true
 */
export function isCaptioned(lines: readonly Line[], i: number, lang: CompiledPack): boolean {
  const { stopwords } = lang;
  if (stopwords.size === 0) return false;
  const line = lines[i];
  // why: trafilatura test page futurezone.at.lyft (html-to-text) — the headline in capitals over the lead image's
  // "© Bild: REUTERS / CAITLIN O'HARA": html-to-text writes headings in capitals, never a caption.
  if (line !== undefined && line.upperRatio === 1 && line.words >= MIN_CAPS_HEADING_WORDS) return false;
  const next = lines[i + 1];
  if (
    next !== undefined &&
    next.words <= MAX_CREDIT_WORDS &&
    SLASHED.test(next.text) &&
    !hasFunctionWord(next.tokens, stopwords)
  )
    return true;
  return line !== undefined && endsWithCredit(line.text, lang);
}

/** True when a credit label (not the line's first word), a colon and a few names without a function word end `text`. */
function endsWithCredit(text: string, lang: CompiledPack): boolean {
  // The colon first: most lines have none, and finding the labels costs a scan of the line.
  if (!text.includes(':')) return false;
  const label = lang.match.imageCreditLabels.find(text).at(-1);
  if (label === undefined) return false;
  const at = text.lastIndexOf(label);
  if (at <= 0) return false;
  const credit = AFTER_LABEL.exec(text.slice(at + label.length))?.[1];
  if (credit === undefined) return false;
  const words = credit.toLowerCase().split(/\s+/u);
  return words.length <= MAX_CREDIT_WORDS && !hasFunctionWord(words, lang.stopwords);
}

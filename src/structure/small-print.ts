import { phrasesIn } from '../detectors/phrase-hits.js';
import type { CompiledPack, PhraseCategory } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { isLicenceNotice } from './licence-notice.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/**
 * The phrase categories of a sign-off: calls to subscribe, follow, click or comment. Not `related`: a story's
 * last line often names the next part or a related story (held-out multisite-dev, cnn 2013, -0.04).
 */
const SIGN_OFF_CATEGORIES = ['subscribe', 'social', 'uiPrompt', 'comments'] as const;
/** How many lines at the body's end small print may stand in (12 cut sign-up sentences of 2235 and 0477). */
const SMALL_PRINT_LINES_AT_END = 6;

/**
 * Where in `kept` the closing small print starts: the first line near the body's end that holds a legal or
 * sign-up phrase or is the page's licence notice, or its last line when that asks to subscribe or follow; null when there is none.
 */
export function closingSmallPrint(
  kept: readonly Line[],
  lang: CompiledPack,
): { index: number; what: 'small print' | 'a sign-off' } | null {
  // Why the licence notice: a page's licence closes its article in a sentence no legal phrase names (WCXB 0174
  // html-to-text: "This work is licensed under a Creative Commons …" under the republishing box; readability test page
  // v8-blog html-to-text, where the row of links above it takes it first).
  const holds = (line: Line, category: PhraseCategory): boolean => phrasesIn(line, lang.match[category]).length > 0;
  const isLegal = (line: Line): boolean => holds(line, 'legal') || isLicenceNotice(line, lang);
  const isSignOff = (line: Line): boolean => SIGN_OFF_CATEGORIES.some((c) => holds(line, c));
  for (let j = Math.max(MIN_BODY_LINES, kept.length - SMALL_PRINT_LINES_AT_END); j < kept.length; j++) {
    const line = kept[j] as Line;
    if (isLegal(line) || holds(line, 'newsletter')) {
      // Why: a fund's disclosures run to more paragraphs than the window holds, each with its own legal phrase
      // (WCXB 4506: eight); the block goes back as far as its paragraphs keep giving one.
      let from = j;
      while (from > MIN_BODY_LINES && isLegal(kept[from - 1] as Line)) from--;
      // Why: a legal phrase the article used above the block, apart from it, with the article's sentences going on
      // after it, is what the article is about, not small print ("agreeing to the terms and conditions" in a post on
      // skiplagging, then twice in a paragraph near its end; WCXB 2235 cleaned again, where the body's end was near).
      if (
        kept.slice(from + 1).some((line) => line.endsSentence && !isLegal(line)) &&
        saidAbove(kept, from, phrasesIn(kept[from] as Line, lang.match.legal))
      )
        continue;
      return { index: from, what: 'small print' };
    }
    // Why: a sign-off asking to subscribe, follow, click or comment ends many posts ("Be sure to sign up below so
    // we can stay in touch!", WCXB 0011; "… and follow us on Instagram", 0153; "Comments are closed for this
    // post, but …", 1579); inside the body such phrases are often the article's own (a course to sign up for,
    // 4668), so only the body's last line is taken, with the lines right above it that ask the same (WCXB 0463: "Enjoyed
    // this piece? We need your help to keep publishing." over the donation pitch that closes the post).
    if (j === kept.length - 1 && isSignOff(line)) {
      let from = j;
      while (from > MIN_BODY_LINES && isSignOff(kept[from - 1] as Line)) from--;
      return { index: from, what: 'a sign-off' };
    }
  }
  return null;
}

/** True when one of `phrases` stands, in any case, in a line of `kept` before index `before`. */
function saidAbove(kept: readonly Line[], before: number, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false;
  const lowered = phrases.map((phrase) => phrase.toLowerCase());
  for (let i = 0; i < before; i++) {
    const text = (kept[i] as Line).text.toLowerCase();
    if (lowered.some((phrase) => text.includes(phrase))) return true;
  }
  return false;
}

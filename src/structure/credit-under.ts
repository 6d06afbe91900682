import type { Line } from '../segment/segment.js';
import { hasFunctionWord } from './function-word.js';

/** Most words of a credit line of names under a caption. */
const MAX_CREDIT_WORDS = 8;
// Names parted by a slash spaced on both sides.
const SLASHED = /\S\s\/\s\S/u;

/**
 * True when the line under `lines[i]` is a photo credit of names parted by slashes, with no function word ("Netflix /
 * Crunchyroll / Adult Swim" under "Stills from 'Mononoke The Movie: Chapter II,' …", WCXB 0417): line `i` is the
 * image's caption. A sentence with a slash in it has function words.
 * @example hasCreditUnder(linesOf('Stills from the film\nNetflix / Crunchyroll'), 0, en.stopwords) // true
 */
export function hasCreditUnder(lines: readonly Line[], i: number, stopwords: ReadonlySet<string>): boolean {
  const next = lines[i + 1];
  return (
    next !== undefined &&
    stopwords.size > 0 &&
    next.words <= MAX_CREDIT_WORDS &&
    SLASHED.test(next.text) &&
    !hasFunctionWord(next.tokens, stopwords)
  );
}

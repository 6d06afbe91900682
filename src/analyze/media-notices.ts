import type { PhraseMatcher } from '../lang/matcher.js';
import type { BodyLineTest } from './inside-body.js';

/** Most words of a notice's line: "Please turn on JavaScript. Media requires JavaScript to play." has 9. */
const MAX_NOTICE_WORDS = 12;

/**
 * Names a notice where a player or a slideshow stands when scripts are off ("Please turn on JavaScript. Media requires
 * JavaScript to play."): a short line that holds one of `notices` (a pack's `mediaNotices`). Asked after the body
 * search (`insideBody`): the notice stands between two of the article's paragraphs, beside the media's caption, and a
 * verdict before the search cut the body there. Gives a `ui-prompt` verdict.
 * @example mediaNotice(EN.match.mediaNotices)(line) // { kind: 'ui-prompt', reason: 'a player's notice: "…" (words=9)' }
 */
export function mediaNotice(notices: PhraseMatcher): BodyLineTest {
  return (line) => {
    if (line.words > MAX_NOTICE_WORDS) return undefined;
    const phrase = notices.find(line.text)[0];
    if (phrase === undefined) return undefined;
    return { kind: 'ui-prompt', reason: `a player's notice: "${phrase.toLowerCase()}" (words=${line.words})` };
  };
}

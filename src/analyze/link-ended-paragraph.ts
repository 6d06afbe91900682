import type { Line } from '../segment/segment.js';
import type { Settings } from '../settings.js';
import type { Verdict } from '../types.js';
import { type Extent, lineScore, reachesStopwordShare, type Widening } from './extent.js';

/**
 * The last word of a line is a link's address: a path, a domain or an e-mail address (`pic.twitter.com/x`, `a@b.org`).
 */
const ADDRESS_END = /[/@]|\p{L}\.\p{L}/u;

/**
 * The paragraph right under the body's last line whose closing words are a link's text, so it ends with no mark: prose
 * by its length and stopwords, with a sentence ended inside it ("… for the latest. To install fresh without git, use
 * the Nightly Installers or Metasploit Pro", WCXB 2645; "… to create compost. Check out this resource to get started:
 * How to Compost in a Chicago Apartment", 4611). Scored as no prose, it was left under the body. Not a caption (its
 * credit split off: "… for decades! Photo: …", 4457), not an aside in brackets ("(Paul Fenaroli is an Associate
 * Attorney …)", 0297), not a post embedded with its address last ("… substring search… pic.twitter.com/…", 0415).
 * Returns null when no such paragraph stands there. Constant time.
 * @param stopwords The page language's stopwords, or null when no line is prose by them.
 * @example linkEndedParagraph(lines, verdicts, { start: 12, end: 39 }, stopwords, settings) // { extent: { start: 12, end: 40 }, rescored }
 */
export function linkEndedParagraph(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  stopwords: ReadonlySet<string> | null,
  settings: Settings,
): Widening | null {
  const k = extent.end + 1;
  const line = lines[k];
  if (extent.end < extent.start || line === undefined || verdicts[k] || stopwords === null) return null;
  if (line.endsSentence || line.sentenceMarks === 0 || line.words < settings.goodMinWords) return null;
  if (line.credit !== undefined || line.text.startsWith('(')) return null;
  const lastWord = line.text.slice(line.text.lastIndexOf(' ') + 1);
  if (ADDRESS_END.test(lastWord) || !reachesStopwordShare(line, stopwords, settings.goodMinStopwordShare)) return null;
  return { extent: { start: extent.start, end: k }, rescored: new Map([[k, lineScore(line.words, 'good')]]) };
}

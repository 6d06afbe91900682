import type { Line } from '../segment/segment.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** Most words of a closing box's title: a heading's length. */
const MAX_TITLE_WORDS = 12;
/** Fewest words of the pitch under it: a sentence, not a button. */
const MIN_PITCH_WORDS = 4;
/**
 * Most words of the pitch: a sentence or two. Why: a closing section of a company's post under its own heading says
 * more ("At Kneib Dentistry, our patients receive …" under "Complete Oral Hygiene with Kneib Dentistry!", WCXB 0142).
 */
const MAX_PITCH_WORDS = 30;
/** Fewest letters of a name the host spells: a shorter word ("Home", "Best") is part of many hosts by chance. */
const MIN_NAME_LETTERS = 5;
/** Most words of such a name, run together as a host writes them ("Nerd Fitness" in nerdfitness). */
const MAX_NAME_WORDS = 3;
/** A title ends with no full stop, colon, comma or question mark: a question over its answer is an FAQ's. */
const NO_TITLE_END = /[.:;,?]$/u;
/** A link written out: the article's own (a repository's address over a sign-up question, WCXB 0442). */
const LINK = /:\/\/|^www\./u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The site's pitch box that closes the body: a title over a one-sentence pitch, the body's last two lines, either of
 * which names the site as its URL's host spells it ({@link namesHost}). Why: a company's blog closes its posts with a
 * box selling its product under the article ("See Spice in action" over "Get a guided walkthrough of how development
 * teams use Spice …", WCXB 0433; "Give Stitch a try, on us", 0314; "Take the next step" over "Start building on Google
 * Cloud …", 0005; "Find Your Freewrite", 4010). None without a host, or when the body keeps fewer than
 * {@link MIN_BODY_LINES} lines above the box. Constant time: two lines, each scanned once.
 * @example closingPitch(linesOf('…\nSee Spice in action\nGet a walkthrough of Spice.'), 'spiceai') // the last two lines
 */
export function closingPitch(kept: readonly Line[], host: string | null): Line[] {
  if (host === null || kept.length < MIN_BODY_LINES + 2) return [];
  const title = kept[kept.length - 2] as Line;
  const pitch = kept[kept.length - 1] as Line;
  if (!isBoxTitle(title) || !isPitch(pitch)) return [];
  return namesHost(title.text, host) || namesHost(pitch.text, host) ? [title, pitch] : [];
}

/** A title: a heading's length, no list's item, no ending of a sentence, label or question. */
const isBoxTitle = (line: Line): boolean =>
  line.words > 0 &&
  line.words <= MAX_TITLE_WORDS &&
  line.listMarker === null &&
  !NO_TITLE_END.test(line.text) &&
  !LINK.test(line.text);

/** A pitch: one or two sentences, no list's item. */
const isPitch = (line: Line): boolean =>
  line.words >= MIN_PITCH_WORDS && line.words <= MAX_PITCH_WORDS && line.listMarker === null && line.endsSentence;

/**
 * True when a name in `text` (a capitalized word and up to {@link MAX_NAME_WORDS} − 1 after it, run together, of
 * {@link MIN_NAME_LETTERS} letters or more) opens or closes `host` ("Stitch" in stitchdata, "Nerd Fitness" in
 * nerdfitness, "Google" in cloudgoogle). Why not inside it: a common word in a host of several ("Student" in
 * partnershipstudentsuccess, a partner's resources the article closes with, WCXB 0138).
 */
function namesHost(text: string, host: string): boolean {
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as string;
    if (first[0] === first[0]?.toLowerCase()) continue;
    let name = '';
    for (let j = i; j < words.length && j < i + MAX_NAME_WORDS; j++) {
      name += (words[j] as string).toLowerCase();
      if (name.length >= MIN_NAME_LETTERS && (host.startsWith(name) || host.endsWith(name))) return true;
    }
  }
  return false;
}

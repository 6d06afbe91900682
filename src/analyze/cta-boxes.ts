import { labelHits } from '../detectors/phrase-hits.js';
import type { CompiledPack, PhraseMatcher } from '../lang/matcher.js';
import { letterDigitBefore } from '../segment/letter-digit.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';

/** Most words of a line that ends in a button label and is a call to action, its pitch and button glued together. */
const MAX_CTA_WORDS = 25;
/** Most words of the pitch line over a button on a line of its own. */
const MAX_PITCH_WORDS = 15;
// What may follow a button's label: an arrow or a mark, no word.
const NO_LETTERS = /^[^\p{L}\p{N}]*$/u;
// The pitch glued before a button's label ends like a sentence ("…traditional training.LEARN MORE").
const ENDS_PITCH = /[.!?…]["'”’)]*$/u;

// Compiled once per pack: a memo of immutable sets, not state that changes a result.
const endingsByPack = new WeakMap<readonly string[], ReadonlySet<string> | null>();

/**
 * The last two letters of every button label, lower-cased; null when a label ends otherwise (a digit, a one-letter
 * word), and every line must then be scanned.
 */
function labelEndings(labels: readonly string[]): ReadonlySet<string> | null {
  let endings = endingsByPack.get(labels);
  if (endings === undefined) {
    const tails = labels.map((label) => label.slice(-2).toLowerCase());
    endings = tails.every((tail) => /^\p{L}{2}$/u.test(tail)) ? new Set(tails) : null;
    endingsByPack.set(labels, endings);
  }
  return endings;
}

/** The last two of the letters and digits of `text`, lower-cased ('' when it has fewer). */
function lastTwoWordChars(text: string): string {
  let end = text.length;
  while (end > 0 && !letterDigitBefore(text, end)) end--;
  return end >= 2 ? text.slice(end - 2, end).toLowerCase() : '';
}

/**
 * Finds call-to-action boxes inside the body: a short line that ends in a button label ("Learn more", "Book now"),
 * alone or glued after its pitch, and the short pitch line right over a lone button — or the line over that one when
 * the line between was already removed (a form's field). Returns a `promo` verdict for each line, by index.
 * @example callToActionBoxes(lines, verdicts, extent, compiledEn) // Map { 40 => { kind: 'promo', … } }
 */
export function callToActionBoxes(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  lang: CompiledPack,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  const buttons = lang.match.ctaButtons;
  // Why: a button's label ends the line, so its last letters are a label's; most lines of the body skip the scan.
  const endings = labelEndings(lang.pack.ctaButtons);
  // Why the line right after the body: the last card's button may stand there, under its pitch (WCXB 4010 innertext).
  const last = Math.min(extent.end + 1, lines.length - 1);
  const pitches = new Set<number>();
  for (let i = extent.start; i <= last; i++) {
    const line = lines[i] as Line;
    if (verdicts[i] || line.words > MAX_CTA_WORDS) continue;
    if (endings !== null && !endings.has(lastTwoWordChars(line.text))) continue;
    const pitch = pitchBefore(line.text, buttons);
    if (pitch === undefined || (i > extent.end && pitch !== '')) continue;
    // Why: "Book now" under each course of a list (WCXB 0030), "…training.LEARN MORE" between two paragraphs (0253).
    if (i <= extent.end)
      found.set(i, { kind: 'promo', reason: `call to action ending in a button label (words=${line.words})` });
    // Why: a lone button's pitch stands over it ("New customers get $300 in free credits…" over "Get started",
    // WCXB 0005), sometimes over a form's field that was removed already ("Email Address", 0042).
    const pitchAt = pitch === '' ? markPitchOver(i, lines, verdicts, extent, found) : -1;
    if (pitchAt >= 0) pitches.add(pitchAt);
  }
  markCardTitles(lines, verdicts, found, pitches);
  // Why: a sign-up button the detectors removed has its pitch over it too ("Thanks for reading! Subscribe for free to
  // receive new posts and support my work." over "Subscribe", WCXB 0383; "Nearly 100,000 people subscribe. Your
  // support is greatly appreciated!", 0416; "Stay informed with our latest updates." over "Subscribe now!", 1789). The
  // button may stand right after the body; a header that only names the newsletter ("ECO-ACTION IN YOUR INBOX!",
  // WCXB 4610) is no button, and the line over it may be the article's.
  for (let i = extent.start + 1; i <= extent.end + 1 && i < lines.length; i++) {
    const kind = verdicts[i]?.kind;
    if (kind !== 'subscribe' && kind !== 'newsletter') continue;
    const line = lines[i] as Line;
    const labels = kind === 'subscribe' ? lang.match.subscribe : lang.match.newsletter;
    if (line.words <= MAX_SIGN_UP_BUTTON_WORDS && labelHits(line, labels) > 0)
      markPitchOver(i, lines, verdicts, extent, found);
  }
  // Why: WCXB 0173 innertext: a sign-up box's pitch, however long, stands between its header and its form ("Sign up
  // for Newsletters" / "Make sure you stay in the loop … with our collection of newsletters …" / "* indicates
  // required" / "Email Address *"; 4610: "ECO-ACTION IN YOUR INBOX!" / "Every week you'll get …" / "Email Address").
  for (let i = extent.start + 1; i <= extent.end; i++) {
    const line = lines[i] as Line;
    if (verdicts[i] || found.has(i) || !line.endsSentence || !isSignUp(verdicts[i - 1])) continue;
    // A form's note may stand over its field ("* indicates required"), with or without a verdict yet.
    const note = lines[i + 1];
    const form = note && !isSignUp(verdicts[i + 1]) && note.words <= MAX_SIGN_UP_BUTTON_WORDS ? i + 2 : i + 1;
    if (isSignUp(verdicts[form]))
      found.set(i, { kind: 'promo', reason: `pitch between a sign-up header and its form (words=${line.words})` });
  }
  return found;
}

/** Most words of a card's title over its pitch ("\"Hemingwrite\" Signature Edition"). */
const MAX_CARD_TITLE_WORDS = 5;

/**
 * Marks the title over a pitch over a lone button when the previous card's button stands right over it: a run of
 * cards, each a product's name, its pitch and its button. Why: WCXB 4010 innertext, six cards of the site's own
 * products ("Traveler" / "Perfectly portable. Light, compact …" / "Learn more") under the article; a title over a lone
 * button with no pitch may name what the article lists ("WHOLE GRAINS" over "Learn More", 0073), and the first card's
 * title stands under the box's own pitch, not under a button.
 */
function markCardTitles(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  found: Map<number, Verdict>,
  pitches: ReadonlySet<number>,
): void {
  for (const i of pitches) {
    const title = lines[i - 1];
    // The line over the title is the card before's button: found, and no pitch.
    if (title === undefined || verdicts[i - 1] || found.has(i - 1) || !found.has(i - 2) || pitches.has(i - 2)) continue;
    if (title.words > MAX_CARD_TITLE_WORDS || title.endsSentence || title.listMarker !== null) continue;
    found.set(i - 1, { kind: 'promo', reason: `title of a card between two buttons (words=${title.words})` });
  }
}

/** True for a line removed as a sign-up header, button or field. */
const isSignUp = (verdict: Verdict | undefined): boolean =>
  verdict?.kind === 'subscribe' || verdict?.kind === 'newsletter';

/** Most words of a sign-up button or field ("Subscribe", "Sign up now", "Email Address"). */
const MAX_SIGN_UP_BUTTON_WORDS = 4;

/**
 * Marks the short pitch over the lone button at `button` (or over the line removed between them, a form's field),
 * when it is a sentence of the body. Returns the pitch's index, or -1 when none was marked.
 */
function markPitchOver(
  button: number,
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  found: Map<number, Verdict>,
): number {
  const above = verdicts[button - 1] && button - 2 >= extent.start ? button - 2 : button - 1;
  const over = lines[above];
  // Why: the body's first line is its lede, not a pitch (a news sentence right under the headline, over "Subscribe
  // now" and a list: test/properties.test.ts, fast-check seed 99).
  if (above <= extent.start || above > extent.end || verdicts[above] || found.has(above) || over === undefined)
    return -1;
  // A title over a lone button names what it leads to, a card the article may list ("WHOLE GRAINS" over "Learn
  // More", WCXB 0073); a pitch is a sentence.
  if (over.words > MAX_PITCH_WORDS || !over.endsSentence || over.headingLevel > 0 || over.listMarker !== null)
    return -1;
  found.set(above, { kind: 'promo', reason: `pitch over a call-to-action button (words=${over.words})` });
  return above;
}

/**
 * The text before the button label that ends `text`: '' for a button alone, the pitch when it ends like a sentence,
 * undefined when the line does not end in a button or reads on before it.
 */
function pitchBefore(text: string, buttons: PhraseMatcher): string | undefined {
  const label = buttons.find(text).at(-1);
  if (label === undefined) return undefined;
  const at = text.lastIndexOf(label);
  if (!NO_LETTERS.test(text.slice(at + label.length))) return undefined;
  const before = text.slice(0, at).trim();
  return before === '' || ENDS_PITCH.test(before) ? before : undefined;
}

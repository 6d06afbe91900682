import { type CompiledPack, openingPhrase, type PhraseMatcher } from '../lang/matcher.js';
import { addPlace } from '../places.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { alphanumericRuns } from './alphanumeric-runs.js';
import { looksLikeCode } from './code-line.js';
import type { Extent } from './extent.js';

/** Fewest cards whose button opens with one label: a round-up's items, not a sentence that happens to. */
const MIN_CARDS = 3;
/** Most words of a button that names its card ("Shop Ace & Jig Pre-Owned @ Vestiaire Collective."). */
const MAX_BUTTON_WORDS = 8;
/** Most words of the card's name line ("1. Stitch Fix", "ALTER X Company"). */
const MAX_NAME_WORDS = 8;
/** Lines above a button searched for its card's name: a card's heading, facts, prose and pros and cons. */
const CARD_LINES = 40;
/** Marks before a button's label ("» Get Started: …"). */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
/** A colon right after the label: a field's term ("Website: AuraGlow"), not a button. */
const FIELD_TERM = /^\s*:/;
/** A card's number before its name ("1. Stitch Fix"). */
const LEADING_NUMBER = /^\s*\p{N}+[.)]?\s+/u;
/** Where a card's name ends in its heading: a colon or a spaced dash before a tagline ("3. Puma: Bold and Affordable"). */
const NAME_END = /:|\s[–—|-]\s/u;
/** Per pack, the first words of its link labels, so a line is asked for a label only when its first word is one. */
const firstWordsOf = new WeakMap<CompiledPack, ReadonlySet<string>>();

/**
 * Finds the buttons of a round-up's cards: under each of at least {@link MIN_CARDS} cards, a short line that opens
 * with a link's label and goes on with the card's own name, which stands in a short line above ("Shop Puma Today"
 * under "3. Puma: Bold and Affordable", "Shop TORRAIN." under "TORRAIN"). Each card names another thing, so the lines never repeat
 * word for word (`repeatedButtons` finds those). A heading that opens with such a word ("Install Basic Outlets")
 * names no line above it. Lines that hold a verdict keep it. Returns a `promo` verdict for each line, by index.
 * Linear: each button looks {@link CARD_LINES} lines up at most.
 * @example cardButtons(lines, verdicts, extent, compiledEn) // Map { 23 => { kind: 'promo', … } }
 */
export function cardButtons(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  lang: CompiledPack,
): Map<number, Verdict> {
  const linkLabels = lang.match.linkLabels;
  const firstWords = labelFirstWords(lang);
  const places = new Map<string, number[]>();
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    if (verdicts[i] || line.words < 2 || line.words > MAX_BUTTON_WORDS) continue;
    if (!firstWords.has(line.tokens[0] as string) || looksLikeCode(line)) continue;
    const text = line.text.replace(LEADING_MARKS, '');
    const label = openingPhrase(linkLabels, text);
    if (label === undefined || FIELD_TERM.test(text.slice(label.length))) continue;
    const name = wordsOf(text.slice(label.length));
    if (name.length === 0 || !namedAbove(lines, i, extent.start, name, linkLabels)) continue;
    addPlace(places, label.toLowerCase(), i);
  }
  const found = new Map<number, Verdict>();
  for (const [label, at] of places) {
    if (at.length < MIN_CARDS) continue;
    const verdict: Verdict = { kind: 'promo', reason: `card button: "${label}" and its card's name, ×${at.length}` };
    for (const i of at) found.set(i, verdict);
  }
  return found;
}

/** The first words of the pack's link labels, lower-cased ("more" of "more info"). */
function labelFirstWords(lang: CompiledPack): ReadonlySet<string> {
  let words = firstWordsOf.get(lang);
  if (words === undefined) {
    words = new Set((lang.pack.linkLabels ?? []).map((label) => wordsOf(label)[0] ?? ''));
    firstWordsOf.set(lang, words);
  }
  return words;
}

/**
 * Whether a short line above `at` in the body, no sentence and no button, names the card as the button does: its
 * words, after a number, and the button's words after its label begin alike, the shorter being the whole of one
 * ("Stitch Fix" and "Stitch Fix"; "Wantable Style Edit" and "Wantable"; "Svala" and "Svala @ Immaculate Vegan").
 */
function namedAbove(
  lines: readonly Line[],
  at: number,
  start: number,
  name: readonly string[],
  linkLabels: PhraseMatcher,
): boolean {
  for (let j = at - 1; j >= start && j >= at - CARD_LINES; j--) {
    const line = lines[j] as Line;
    if (line.words === 0 || line.words > MAX_NAME_WORDS || line.endsSentence) continue;
    if (!sameOpening(cardName(line.text), name)) continue;
    // Why not a button: a card's two buttons ("Shop TORRAIN." over "Shop TORRAIN @ …") name each other, not a card.
    if (openingPhrase(linkLabels, line.text.replace(LEADING_MARKS, '')) !== undefined) continue;
    return true;
  }
  return false;
}

/** The words of a card's name in its heading: after its number, before a tagline. */
function cardName(text: string): string[] {
  const name = text.replace(LEADING_NUMBER, '');
  const end = NAME_END.exec(name);
  return wordsOf(end === null ? name : name.slice(0, end.index));
}

const wordsOf = (text: string): string[] => alphanumericRuns(text.toLowerCase());

/** Whether two names begin alike, the shorter of them whole. */
function sameOpening(heading: readonly string[], name: readonly string[]): boolean {
  const shorter = Math.min(heading.length, name.length);
  if (shorter === 0) return false;
  for (let k = 0; k < shorter; k++) if (heading[k] !== name[k]) return false;
  return true;
}

import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import type { Extent } from './extent.js';

/** Most characters before the colon of a caption's place label ("Clockwise from top left:" has 23). */
const MAX_LABEL_CHARS = 32;
/** Fewest words of the caption after its label: a label and one word is a field ("Left: 5"), not a picture's story. */
const MIN_CAPTION_WORDS = 2;
const SPACES = /\s+/g;
const LETTER = /\p{L}/u;

/**
 * The place label that opens `text` before a colon ("Above", "top left"), lowercase and single-spaced, when it is one
 * of `places`; else undefined. Reads only the characters up to the colon, which stands within {@link MAX_LABEL_CHARS}.
 * @example placeLabel('Above: The seed heads of coneflowers.', new Set(['above'])) // 'above'
 */
export function placeLabel(text: string, places: ReadonlySet<string>): string | undefined {
  const end = Math.min(text.length, MAX_LABEL_CHARS + 1);
  for (let k = 0; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code !== 0x3a && code !== 0xff1a) continue;
    const label = text.slice(0, k).trim().replace(SPACES, ' ').toLowerCase();
    return places.has(label) && LETTER.test(text.slice(k + 1)) ? label : undefined;
  }
  return undefined;
}

/**
 * Finds the captions inside the body that open with where their picture stands ("Above: The fluffy seed heads of the
 * grass …", "left: hiking in Tettegouche State Park"): the page's pictures are gone from the text, and their captions
 * are no part of the article's. Found after the body search, a caption only leaves the body, it never cuts it: a long
 * one reads as prose between the article's paragraphs. Lines that hold a verdict keep it. Returns an `other` verdict
 * for each line, by index. Linear; each line reads at most {@link MAX_LABEL_CHARS} characters for its colon.
 * @example placeCaptions(lines, verdicts, extent, EN.captionPlaces) // Map { 16 => { kind: 'other', … } }
 */
export function placeCaptions(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  extent: Extent,
  places: ReadonlySet<string>,
): Map<number, Verdict> {
  const found = new Map<number, Verdict>();
  if (places.size === 0) return found;
  for (let i = extent.start; i <= extent.end; i++) {
    const line = lines[i] as Line;
    if (verdicts[i] || line.words <= MIN_CAPTION_WORDS) continue;
    const label = placeLabel(line.text, places);
    if (label === undefined) continue;
    found.set(i, { kind: 'other', reason: `a picture's caption: opens with "${label}:" (words=${line.words})` });
  }
  return found;
}

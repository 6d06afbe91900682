import type { BodyLineTest } from './inside-body.js';

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
 * Names a caption that opens with where its picture stands ("Above: The fluffy seed heads of the grass …", "left:
 * hiking in Tettegouche State Park"): the page's pictures are gone from the text, and their captions are no part of
 * the article's. Asked after the body search (`insideBody`): a long caption reads as prose between the article's
 * paragraphs, so it only leaves the body. Gives an `other` verdict. Each line reads at most {@link MAX_LABEL_CHARS}
 * characters for its colon.
 * @example placeCaption(EN.captionPlaces)(line) // { kind: 'other', reason: 'a picture's caption: opens with "above:" …' }
 */
export function placeCaption(places: ReadonlySet<string>): BodyLineTest {
  return (line) => {
    if (places.size === 0 || line.words <= MIN_CAPTION_WORDS) return undefined;
    const label = placeLabel(line.text, places);
    if (label === undefined) return undefined;
    return { kind: 'other', reason: `a picture's caption: opens with "${label}:" (words=${line.words})` };
  };
}

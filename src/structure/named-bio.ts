import type { Line } from '../segment/segment.js';
import { asName } from './byline.js';
import { MIN_BODY_LINES } from './min-body-lines.js';

/** How many lines at the body's end a name line may stand for the bio under it to be cut. */
const NAMED_BIO_LINES_AT_END = 6;
/** How many lines below the name line its bio may start (a job title may stand between). */
const NAMED_BIO_REACH = 3;
/** Fewest words of the bio paragraph: prose, not a caption or a teaser. */
const NAMED_BIO_MIN_WORDS = 13;

/**
 * Index in `kept` of a name line near the body's end whose first or last name the paragraph under it repeats:
 * the start of a bio that runs to the end. -1 when there is none.
 */
export function namedBioAtEnd(kept: readonly Line[]): number {
  const from = Math.max(MIN_BODY_LINES, kept.length - NAMED_BIO_LINES_AT_END);
  // Why: in a list of places, products or people each item is a name over a paragraph that names it (WCXB 0035,
  // 0491); the last item is not a bio. A bio is the only such pair, so the first pair must stand in the window.
  for (let j = 0; j < kept.length - 1; j++) {
    const bio = paragraphNamedBelow(kept, j);
    if (bio === null) continue;
    return j >= from && namesItsSubject(bio, (kept[j] as Line).text) ? j : -1;
  }
  return -1;
}

/** The paragraph just below line `j` that repeats its whole text, as cased, when line `j` is a short name; else null. */
function paragraphNamedBelow(kept: readonly Line[], j: number): Line | null {
  const line = kept[j] as Line;
  if (line.words < 2 || line.words > 4 || line.endsSentence || line.credit !== undefined) return null;
  // The whole name, as cased: a heading's words come back lower-cased in its paragraph ("In-House Catering"
  // over "In-house catering is …", WCXB 0024); a person's name keeps its capitals. Looked for before the name's
  // shape: few short lines have a paragraph that repeats them, and the name's expression costs more.
  for (let k = j + 1; k <= j + NAMED_BIO_REACH && k < kept.length; k++) {
    const bio = kept[k] as Line;
    if (bio.words >= NAMED_BIO_MIN_WORDS && bio.text.includes(line.text))
      return asName(line.text) === null ? null : bio;
  }
  return null;
}

/**
 * True when `name` is the subject of the paragraph's first clause: it opens the paragraph, or the clause after an
 * opening phrase ("With over seven years at FreightWaves, … Mike has played", WCXB 0056).
 */
function namesItsSubject(paragraph: Line, name: string): boolean {
  // Why: a place or a firm under its own heading is named in passing ("operates a webcam at the Badger Pass Ski
  // Area", WCXB 0341) or in a later sentence ("… Ferah Catering believes", 0173); a bio opens with its subject.
  const at = paragraph.text.indexOf(name);
  return at === 0 || (paragraph.text.charCodeAt(at - 2) === 0x2c && !paragraph.text.slice(0, at).includes('. '));
}

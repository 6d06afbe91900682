import { type CompiledPack, openingPhrase } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';
import { MAX_BYLINE_LINE_WORDS, nameInByline } from './byline.js';
import { findDate, looksLikeDateLine } from './date.js';
import { BULLETS } from './field-marks.js';
import { isShouted } from './shouted.js';

/** Fewest words left to the headline when a byline is cut off its end. */
const MIN_HEADLINE_WORDS = 3;
const WORD_START = /\s+/gu;

/** A headline line split from the byline run on at its end. */
export interface GluedByline {
  /** The headline, without the byline. */
  readonly headline: string;
  /** The byline as written, from its prefix on ("by", "by BBK Web on February 11, 2025"). */
  readonly byline: string;
}

/**
 * The headline and the byline run on at its end, or null. innerText puts the byline a line under the headline, and a
 * byline that starts in lower case reads as the wrapped end of the headline ("… for Any Budget" + "by ALLIN ONE on
 * Jan 22, 2025", WCXB 4647; "… Trends in 2025" + "by", 0007). A headline may say "by" itself ("Tested by
 * Bibliophiles", 0199; "… Validated by SRLabs", 0451): the byline must be a bare prefix, carry a date, or give a name
 * of two words or more that a field separator follows, that the page writes elsewhere or that a date line follows.
 * @example splitGluedByline(lines[3], lines, compiledEn) // { headline: 'The Best Home Gym Setups', byline: 'by ALLIN ONE on Jan 22, 2025' }
 */
export function splitGluedByline(line: Line, lines: readonly Line[], lang: CompiledPack): GluedByline | null {
  const { text } = line;
  const gaps = [...text.matchAll(WORD_START)];
  // A byline has at most MAX_BYLINE_LINE_WORDS words, so only the line's last gaps can open one; trying every gap
  // made a long line cost its length squared (a run of glued dates 'May 21, 2025May 21, 2025…' took minutes).
  for (let g = Math.max(MIN_HEADLINE_WORDS - 1, gaps.length - MAX_BYLINE_LINE_WORDS); g < gaps.length; g++) {
    const gap = gaps[g] as RegExpExecArray;
    const rest = text.slice(gap.index + gap[0].length);
    const prefix = openingPhrase(lang.match.bylinePrefixes, rest);
    if (prefix === undefined) continue;
    const after = rest.slice(prefix.length);
    if (/^\p{L}/u.test(after)) continue;
    const bare = /^\s*:?\s*$/u.test(after);
    const name = bare ? null : nameInByline(rest, lang);
    const dated = name !== null && findDate(rest, lang) !== null;
    const before = `${text.slice(0, gap.index).split(/\s+/u).pop() ?? ''} ${prefix}`;
    // Why: "… for 2026. | Photo by Lisa Jennings" is a caption's credit, not the headline's byline (WCXB 0153).
    if (lang.match.creditBylines.find(before)[0]?.length === before.length) continue;
    if (
      bare ||
      dated ||
      (name?.includes(' ') &&
        (fielded(rest, name) || namedElsewhere(name, before, lines, line) || datedBelow(line, lines, lang)))
    ) {
      return { headline: text.slice(0, gap.index).trimEnd(), byline: rest };
    }
  }
  return null;
}

/** A field separator after a byline's name: the reading time or the section follows ("by Jason Rostar | SEO"). */
const FIELD_AFTER = new RegExp(String.raw`^\s*[${BULLETS}]`, 'u');

/**
 * True when a field of its own follows the name in the byline: a headline that says "by" goes on in words (WCXB 0040,
 * "… Stay Ahead" + "by Jason Rostar | SEO | 8 min Read").
 */
function fielded(byline: string, name: string): boolean {
  return FIELD_AFTER.test(byline.slice(byline.indexOf(name) + name.length));
}

/**
 * True when the line under `line` holds a date and little else: the byline's date, which innerText put on a line of its
 * own ("… Sustainable Living" + "by Marketing Team", then "31 May, 2023"; WCXB 4612).
 */
function datedBelow(line: Line, lines: readonly Line[], lang: CompiledPack): boolean {
  const next = lines[line.index + 1];
  // Why: an upper-cased line is one heading, its "by" the headline's own ("… REVIEWED BY A STUDENT" over "Updated:
  // December 31, 2024", WCXB 0322 html-to-text).
  return !isShouted(line) && next !== undefined && looksLikeDateLine(next, lang);
}

/**
 * True when a line other than `line` holds the name (an author box, a bio, a byline further down) but not the word
 * before the byline with it: "Step by Step Guide" again in a contents list is the headline's own wording (WCXB 4192).
 */
function namedElsewhere(name: string, before: string, lines: readonly Line[], line: Line): boolean {
  const wording = before.toLowerCase();
  return lines.some(
    (other) => other !== line && other.text.includes(name) && !other.text.toLowerCase().includes(wording),
  );
}

/**
 * The first byline run on at the end of a line before the body that no detector claimed, as {@link splitGluedByline}
 * reads it, or null. A lower-case "by" line is joined to the line above it when the page is read, so a byline under a
 * missed headline or at the end of a dek is found nowhere else ("… Stay Ahead by Jason Rostar | SEO | 8 min Read",
 * WCXB 0040; "… Canada. By Lisa Jennings on Dec. 19, 2025", 0153).
 * @example firstGluedByline(lines, verdicts, 5, compiledEn) // { headline: '…', byline: 'By Lisa Jennings on Dec. 19, 2025' }
 */
export function firstGluedByline(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  end: number,
  lang: CompiledPack,
): GluedByline | null {
  for (let i = 0; i < end; i++) {
    const line = lines[i] as Line;
    // Why: a sentence may end with "by" and a name ("… curated for you by Class Central.", WCXB 0215); a byline line
    // does not end like one. Most lines hold no prefix; the split tries every word of the line.
    if (verdicts[i] !== undefined || line.endsSentence || !lang.match.bylinePrefixes.test(line.text)) continue;
    const glued = splitGluedByline(line, lines, lang);
    if (glued !== null) return glued;
  }
  return null;
}

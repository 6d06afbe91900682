import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** Most words of a navigation label that may head a section of the article ("FAQ", "Technology"). */
const MAX_SECTION_LABEL_WORDS = 2;
/** Fewest words of a sentence that reads as a paragraph on either side of the label. */
const MIN_PROSE_WORDS = 10;
/** Fewest letters of a label's word that the paragraph under it must repeat. */
const MIN_NAMED_LETTERS = 4;
/** Letters a label's word may lose to an ending when the paragraph repeats it ("technologies" under "Technology"). */
const ENDING_LETTERS = 2;

/** A paragraph: a sentence of several words that no detector removed. */
const isParagraph = (line: Line | undefined, verdict: Verdict | undefined): boolean =>
  line !== undefined && verdict === undefined && line.endsSentence && line.words >= MIN_PROSE_WORDS;

/** True when the line repeats a content word of the label: "Proprietary technology is …" under "Technology". */
function namesLabel(line: Line, label: Line, stopwords: ReadonlySet<string>): boolean {
  const stems = label.tokens
    .filter((token) => token.length >= MIN_NAMED_LETTERS && !stopwords.has(token))
    .map((token) => token.slice(0, Math.max(MIN_NAMED_LETTERS, token.length - ENDING_LETTERS)));
  return stems.some((stem) => line.tokens.some((token) => token.startsWith(stem)));
}

/**
 * The lines removed as navigation that stand alone between two paragraphs of the article and head the second: a
 * question with its answer under it, or a paragraph that repeats the label's word. They are a section's heading, not
 * a menu, whose labels stand in runs with no prose beside them. Their verdict is to be dropped; the short-line pass
 * then keeps them as headings over prose. Linear.
 * @param stopwords The page language's stopwords: a label's word the paragraph repeats must be a content word.
 * @example sectionLabels(lines, verdicts, stopwords) // [7] when line 7 is "FAQ" between a paragraph and "What is …?"
 */
export function sectionLabels(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  stopwords: ReadonlySet<string>,
): number[] {
  const found: number[] = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    if (verdicts[i]?.kind !== 'nav' || line.words > MAX_SECTION_LABEL_WORDS || line.listMarker !== null) continue;
    if (!isParagraph(lines[i - 1], verdicts[i - 1]) || verdicts[i + 1] !== undefined) continue;
    const next = lines[i + 1] as Line;
    // why: WCXB 0286, 4235 — "FAQ" between the last paragraph and the first question, its answer under it; a
    // teaser's headline has a date under it instead ("Blog" over "What Are the Best Video Editing Apps in 2025?", 0110).
    const opensFaq = next.listMarker === null && next.text.endsWith('?') && isParagraph(lines[i + 2], verdicts[i + 2]);
    // why: WCXB 0245 — "Technology" between two paragraphs, over "Proprietary technology is a competitive advantage…";
    // a button between paragraphs is followed by text about something else ("Contact Us" over a disclosure, 0164).
    if (opensFaq || (isParagraph(next, undefined) && namesLabel(next, line, stopwords))) found.push(i);
  }
  return found;
}

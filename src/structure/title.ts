import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** How many lines before the body a headline may stand (menus, bylines and share bars come between). */
const TITLE_WINDOW = 40;
/** Most words a headline has. */
const MAX_TITLE_WORDS = 30;
/** Fewest characters a title-word needs to count toward overlap with the body (skips "a", "of"). */
const MIN_OVERLAP_TOKEN = 3;
// Why: a dek of bullet-separated items ("Talks end without a deal ■ Next round in Geneva") shares the body's words and
// stands nearer to it than the headline; a headline has no bullets ("|" is left out: "Headline | Site" is common).
const BULLETED = /\s[■●▪◆•]\s/u;

/**
 * Picks the headline among the lines before the body: a title-shaped line whose words recur in the body,
 * nearer the body the better, with a bonus for a Markdown `#` or a line the page repeats (breadcrumb + h1).
 * Returns the line's index, or -1.
 */
export function pickTitle(
  lines: readonly Line[],
  verdicts: readonly (Verdict | undefined)[],
  bodyStart: number,
  bodyTokens: ReadonlySet<string>,
): number {
  const counts = new Map<string, number>();
  const from = Math.max(0, bodyStart - TITLE_WINDOW);
  for (let i = from; i < bodyStart; i++) {
    const key = lines[i]?.text.toLowerCase() ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = -1;
  let bestScore = 0;
  for (let i = from; i < bodyStart; i++) {
    const line = lines[i];
    const verdict = verdicts[i];
    if (!line || !isTitleShaped(line) || (verdict && verdict.kind !== 'duplicate')) continue;
    if (BULLETED.test(line.text)) continue;
    const overlap = overlapWithBody(line, bodyTokens);
    if (overlap === 0) continue;
    const nearness = 1 - (bodyStart - i) / (TITLE_WINDOW + 1);
    const repeated = (counts.get(line.text.toLowerCase()) ?? 0) > 1 ? 0.3 : 0;
    const marked = line.headingLevel === 1 ? 1 : 0;
    const sentencePenalty = line.endsSentence ? 0.4 : 0;
    const score = overlap * 2 + nearness + repeated + marked - sentencePenalty;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Headline shape: a few words, no list marker, no credit, not several sentences. */
export function isTitleShaped(line: Line): boolean {
  return (
    line.words >= 2 &&
    line.words <= MAX_TITLE_WORDS &&
    line.listMarker === null &&
    line.credit === undefined &&
    line.sentenceMarks <= 1 &&
    !line.quoted
  );
}

function overlapWithBody(line: Line, bodyTokens: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const token of line.tokens) {
    if (token.length < MIN_OVERLAP_TOKEN) continue;
    total++;
    if (bodyTokens.has(token)) found++;
  }
  return total === 0 ? 0 : found / total;
}

import type { LineScore } from '../analyze/extent.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** How many lines before the body's first paragraph a headline may stand (menus, bylines, share bars). */
const TITLE_WINDOW = 60;
/** How many lines after the body's first paragraph a headline may still stand (a paragraph of chrome above it). */
const TITLE_REACH_INTO_BODY = 12;
/** Most words of prose a notice above the headline may have. */
const MAX_NOTICE_WORDS = 40;
/** Overlap with the body a headline standing after the first paragraph needs. */
const MIN_OVERLAP_INSIDE_BODY = 0.75;
const FULL_STOP_END = /[.…]["'”’)]*$/u;
// A photo credit standing alone ("Credit: Reviewed / Electrolux", WCXB 0010).
const CREDIT_LINE = /^(?:photo\s+)?(?:credit|credits|photo|image|source)s?\s*:/iu;
/** Most words of a headline that ends in a full stop; longer one-sentence lines are deks. */
const MAX_SENTENCE_TITLE_WORDS = 8;
/** Lines from the first paragraph at which a candidate's nearness bonus has halved. */
const NEARNESS_SCALE = 15;
/** Most words of a headline. */
const MAX_TITLE_WORDS = 30;
/** Fewest characters of a content word that counts toward overlap with the body (skips "a", "of"). */
const MIN_CONTENT_TOKEN = 3;
/** Occurrences in the body that make a word fully a topic word. */
const TOPIC_WORD_COUNT = 2;
/** Content words a headline needs before its overlap counts in full; "Get Started" shares words by chance. */
const FULL_OVERLAP_WORDS = 4;

/** What the title search looks at. */
export interface TitleInput {
  readonly lines: readonly Line[];
  readonly verdicts: readonly (Verdict | undefined)[];
  readonly scores: readonly LineScore[];
  /** Index of the body's first prose line. */
  readonly firstProse: number;
  /** Index of the body's last line. */
  readonly bodyEnd: number;
  /** Content words of the body's prose lines, with their counts. */
  readonly bodyWords: ReadonlyMap<string, number>;
  readonly stopwords: ReadonlySet<string>;
}
// Why: a dek of bullet-separated items ("Talks end without a deal ■ Next round in Geneva") shares the body's words and
// stands nearer to it than the headline; a headline has no bullets ("|" is left out: "Headline | Site" is common).
const BULLETED = /\s[■●▪◆•]\s/u;

/**
 * Picks the headline: a title-shaped line near the body's first paragraph whose content words recur in the
 * body, with bonuses for a Markdown `#` and for a line the page repeats (breadcrumb and h1). Lines after the
 * first paragraph compete only when clearly better (a newsletter notice or cookie text can precede the h1).
 * Returns the line's index, or -1.
 */
export function pickTitle(input: TitleInput): number {
  const { lines, verdicts, firstProse } = input;
  const from = Math.max(0, firstProse - TITLE_WINDOW);
  // A headline heads something: the body's last line is never one.
  const to = Math.min(input.bodyEnd - 1, firstProse + TITLE_REACH_INTO_BODY);
  const counts = new Map<string, number>();
  for (let i = from; i <= to; i++) {
    const key = lines[i]?.text.toLowerCase() ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = -1;
  let bestScore = 0;
  let proseWordsPassed = 0;
  for (let i = from; i <= to; i++) {
    const line = lines[i] as Line;
    // Past the first paragraph, only a short notice (a consent line, a newsletter box) may stand above the
    // headline; after more prose than that, the article has begun (WCXB 0013: a caption must not cut it).
    if (i > firstProse) {
      const before = input.scores[i - 1]?.klass;
      if (before === 'good' || before === 'medium') proseWordsPassed += (lines[i - 1] as Line).words;
      if (proseWordsPassed > MAX_NOTICE_WORDS) break;
    }
    const verdict = verdicts[i];
    if (!isTitleShaped(line) || (verdict && verdict.kind !== 'duplicate' && verdict.kind !== 'nav')) continue;
    if (input.scores[i]?.klass === 'good' || BULLETED.test(line.text)) continue;
    const overlap = overlapWithBody(line, input);
    if (overlap === 0) continue;
    // Past the first paragraph only a line that clearly names the topic can be the headline, never a subheading.
    if (i > firstProse && (line.headingLevel > 1 || overlap < MIN_OVERLAP_INSIDE_BODY)) continue;
    const distance = Math.abs(firstProse - i);
    const nearness = 1 / (1 + distance / NEARNESS_SCALE);
    const repeated = (counts.get(line.text.toLowerCase()) ?? 0) > 1 ? 0.4 : 0;
    const marked = line.headingLevel === 1 ? 1 : 0;
    // Headlines end without a full stop; a line that ends with one is more likely a dek or a caption.
    const sentencePenalty = FULL_STOP_END.test(line.text) ? 1 : 0;
    const insideBody = i > firstProse ? 1 : 0;
    // Why: a byline or date line right under or over a line marks it as the headline (WCXB 0051, 0043).
    const besideMeta = nextToMeta(verdicts, i) ? 0.8 : 0;
    const score = overlap * 2 + nearness + repeated + marked + besideMeta - sentencePenalty - insideBody;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

function nextToMeta(verdicts: readonly (Verdict | undefined)[], i: number): boolean {
  return verdicts[i - 1]?.kind === 'byline-meta' || verdicts[i + 1]?.kind === 'byline-meta';
}

/** Headline shape: a few words, no list marker, no credit, not a long sentence (that is a dek). */
export function isTitleShaped(line: Line): boolean {
  return (
    line.words >= 2 &&
    !(line.words > MAX_SENTENCE_TITLE_WORDS && FULL_STOP_END.test(line.text)) &&
    line.words <= MAX_TITLE_WORDS &&
    line.listMarker === null &&
    line.credit === undefined &&
    line.sentenceMarks <= 2 &&
    !CREDIT_LINE.test(line.text) &&
    !line.quoted
  );
}

/** Share of the line's content words found in the body, scaled down for lines of very few content words. */
function overlapWithBody(line: Line, input: TitleInput): number {
  let total = 0;
  let found = 0;
  for (const token of line.tokens) {
    if (token.length < MIN_CONTENT_TOKEN || input.stopwords.has(token)) continue;
    total++;
    // A topic word recurs in the body; a word that a menu entry shares with it by chance occurs once.
    found += Math.min(1, (input.bodyWords.get(token) ?? 0) / TOPIC_WORD_COUNT);
  }
  if (total === 0) return 0;
  return (found / total) * Math.min(1, total / FULL_OVERLAP_WORDS);
}

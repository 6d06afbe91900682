import type { Extent } from '../analyze/extent.js';
import type { CompiledPack } from '../lang/matcher.js';
import type { Script } from '../segment/script.js';
import type { Line } from '../segment/segment.js';
import type { Block, Verdict } from '../types.js';
import { isAttribution } from './attributions.js';
import { bodyText, buildBlocks } from './blocks.js';
import { bylineName } from './byline.js';
import { type FoundDate, findDate } from './date.js';
import { splitHighlights } from './highlights.js';
import { kindsOutsideBody } from './outside.js';
import { pickTitle } from './title.js';

/** Fewest words a repeated body line needs to be removed as a duplicate; short lines repeat legitimately. */
const MIN_REPEAT_WORDS = 6;
/** How many lines after the body an end note may stand, past removed lines. */
const ATTRIBUTION_WINDOW = 4;

/** What structure needs to know about a document. */
export interface StructureInput {
  readonly lines: readonly Line[];
  readonly verdicts: readonly (Verdict | undefined)[];
  readonly extent: Extent;
  readonly lang: CompiledPack;
  readonly script: Script;
}

/** The article's parts, each naming the lines it came from; `removed` pairs a line index with its verdict. */
export interface Structure {
  readonly title: string | null;
  readonly highlights: string[];
  readonly byline: string | null;
  readonly published: string | null;
  readonly publishedIso: string | null;
  readonly blocks: Block[];
  readonly attributions: string[];
  readonly text: string;
  readonly removed: ReadonlyArray<{ readonly index: number; readonly verdict: Verdict }>;
}

/**
 * Stage 5: lays the classified lines out as an article — headline, highlights, byline and date from
 * before the body; figures next to it; the body's blocks; end notes after it — and names a kind for every
 * other line, so each line of the input ends up either in the article or in `removed`.
 */
export function structure(input: StructureInput): Structure {
  const { lines, verdicts, lang, script } = input;
  const { start, end } = input.extent;
  const bodyTokens = new Set<string>();
  for (let i = start; i <= end; i++) if (!verdicts[i]) for (const t of lines[i]?.tokens ?? []) bodyTokens.add(t);

  const titleIndex = pickTitle(lines, verdicts, start, bodyTokens);
  const used = new Set<number>();
  let title: string | null = null;
  if (titleIndex >= 0) {
    title = (lines[titleIndex] as Line).text;
    used.add(titleIndex);
  }

  const highlights: string[] = [];
  const leadFigures: Line[] = [];
  let byline: string | null = null;
  let published: string | null = null;
  let publishedIso: string | null = null;
  // Lines between the headline and the body: highlights, byline, date and the lead image's caption.
  const metaFrom = titleIndex >= 0 ? titleIndex + 1 : Math.max(0, start - 8);
  for (let i = metaFrom; i < start; i++) {
    const line = lines[i] as Line;
    const verdict = verdicts[i];
    if (verdict?.kind === 'byline-meta') {
      const name: string | null = byline === null ? bylineName(line, lang) : null;
      const date: FoundDate | null = published === null ? findDate(line.text, lang) : null;
      if (name) byline = name;
      else if (date) {
        published = date.text;
        publishedIso = date.iso;
      }
      if (name || date) used.add(i);
      continue;
    }
    if (verdict) continue;
    const items = titleIndex >= 0 && highlights.length === 0 ? splitHighlights(line) : null;
    if (items) {
      highlights.push(...items);
      used.add(i);
    } else if (line.credit !== undefined) {
      leadFigures.push(line);
      used.add(i);
    }
  }

  const kept: Line[] = [...leadFigures];
  const bodyVerdicts = new Map<number, Verdict>();
  const seen = new Map<string, number>();
  for (let i = start; i <= end; i++) {
    if (verdicts[i]) continue;
    const line = lines[i] as Line;
    const key = line.text.toLowerCase();
    const earlier = seen.get(key);
    // Why: pull quotes and sticky headers repeat a body line further down; keep the first.
    if (earlier !== undefined && line.words >= MIN_REPEAT_WORDS && line.endsSentence) {
      bodyVerdicts.set(i, {
        kind: 'duplicate',
        reason: `repeats line ${earlier + 1} of the body (words=${line.words})`,
      });
      continue;
    }
    seen.set(key, i);
    kept.push(line);
    used.add(i);
  }
  const attributions: string[] = [];
  // End notes close the body; look a few lines past it, over removed lines, and at its last line.
  for (let i = Math.max(start, end); i <= Math.min(lines.length - 1, end + ATTRIBUTION_WINDOW); i++) {
    const line = lines[i] as Line;
    if (((i > end && verdicts[i] === undefined) || i === end) && isAttribution(line, lang)) {
      attributions.push(line.text);
      used.add(i);
      if (i === end) kept.pop();
    }
  }

  const blocks = buildBlocks(kept);
  const outside: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!used.has(i) && (i < start || i > end)) outside.push(i);
  const outsideKinds = kindsOutsideBody(lines, verdicts, outside, end + 1, script);
  const removed: { index: number; verdict: Verdict }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    const verdict = verdicts[i] ?? bodyVerdicts.get(i) ?? outsideKinds.get(i);
    if (verdict) removed.push({ index: i, verdict });
  }
  return { title, highlights, byline, published, publishedIso, blocks, attributions, text: bodyText(blocks), removed };
}

import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import type { Verdict } from '../types.js';

/** Most words of a crumb written on its own line: a section's name ("Smart Home Security Best Picks"). */
const MAX_CRUMB_LINE_WORDS = 5;
/** Most crumbs under the root that a trail holds; a longer run of short lines is a menu. */
const MAX_TRAIL_CRUMBS = 4;
/** Most words of a root's line ("Home", "Home page"). */
const MAX_ROOT_WORDS = 2;
/** A line that is only a crumb's separator, as innerText writes it between crumbs ("Home", "/", "Home solar"). */
const LONE_SEPARATOR = /^[/›»>|·•-]$/u;

/** A trail of crumbs written a crumb a line under its root ("Home", "Best Picks", "Laptops Best Picks"). */
export interface CrumbLines {
  /** The root's line. */
  readonly root: number;
  /** The crumbs' lines under it, in order, without the separators' lines. */
  readonly crumbs: readonly number[];
  /** The first line past the trail, past a date label that stands right under it ("Updated"). */
  readonly next: number;
}

/** The lines, their verdicts and the language a trail is read with. */
export type CrumbLinesInput = {
  readonly lines: readonly Line[];
  readonly verdicts: readonly (Verdict | undefined)[];
  readonly lang: CompiledPack;
};

/**
 * The trail whose root is line `root`, or null when that line is no root label alone ({@link CompiledPack}
 * `crumbRoots`) or no crumb stands under it. Its crumbs are the lines right under it of {@link MAX_CRUMB_LINE_WORDS}
 * words at most that no detector removed but as a menu entry, up to {@link MAX_TRAIL_CRUMBS}; a line that the next line
 * repeats ends it, for that one is the headline given as the last crumb and again as the h1 (WCXB 0177, 4025
 * innertext).
 * @example crumbLinesAt(input, 4) // { root: 4, crumbs: [5, 6], next: 8 } for "Home", "Best Picks", "Laptops Best Picks", "Updated"
 */
export function crumbLinesAt(input: CrumbLinesInput, root: number): CrumbLines | null {
  const { lines, verdicts, lang } = input;
  const rootLine = lines[root];
  if (rootLine === undefined || rootLine.words > MAX_ROOT_WORDS || !isRootLabel(rootLine.text, lang)) return null;
  const crumbs: number[] = [];
  let j = root + 1;
  for (; j < lines.length && crumbs.length < MAX_TRAIL_CRUMBS; j++) {
    const line = lines[j] as Line;
    if (LONE_SEPARATOR.test(line.text)) continue;
    const verdict = verdicts[j];
    if (line.words > MAX_CRUMB_LINE_WORDS || (verdict !== undefined && verdict.kind !== 'nav')) break;
    if (line.text.toLowerCase() === lines[j + 1]?.text.toLowerCase()) break;
    crumbs.push(j);
  }
  if (crumbs.length === 0) return null;
  return { root, crumbs, next: verdicts[j]?.kind === 'byline-meta' ? j + 1 : j };
}

/** True for a text that is a root label of `lang` and nothing else ("Home", "HOME"). */
function isRootLabel(text: string, lang: CompiledPack): boolean {
  const roots = lang.match.crumbRoots;
  return roots.test(text) && roots.strip(text).trim() === '';
}

/**
 * Where a page writes a headline again: as a part of a breadcrumb or page-title line, or as a line of its own inside
 * the body. The title search gathers these echoes once per page and looks its candidates up in them.
 */
import type { Line } from '../segment/segment.js';
import { MAX_TITLE_WORDS } from './title-shape.js';

/** The lines the echoes are gathered from, and where the body stands among them. */
export interface EchoScope {
  readonly lines: readonly Line[];
  /** Index of the body's first prose line. */
  readonly firstProse: number;
  /** Index of the body's last line. */
  readonly bodyEnd: number;
}

/**
 * What the page writes besides the wanted lines, gathered once so that looking a candidate up costs no scan of the
 * page. Holds every wanted text the page writes so, and maybe others.
 */
export interface PageEchoes {
  /** Lower-cased text of the body's lines → how many lines of the body read so. */
  readonly inBody: ReadonlyMap<string, number>;
  /** Lower-cased text of the title window's lines → the lines of the window that read so, in page order (a breadcrumb's last crumb, the h1). */
  readonly inWindow: ReadonlyMap<string, readonly number[]>;
  /** Heads and tails of lines cut at a separator: "home / blog / <headline>" gives "<headline>" and "home / blog". */
  readonly parts: ReadonlySet<string>;
}

/** Most words of a line whose separated parts are gathered (breadcrumbs and page-title lines are short). */
const MAX_ECHO_LINE_WORDS = 40;
const HAS_SEPARATOR = /[|/>»›▸\-–—:]/u;
const SEPARATOR = /\s+[|/>»›▸\-–—:]+\s+|[|/>»›▸]\s*/gu;
/**
 * Where a browser's text glues two links without a space: "HomeCybersecurity Best Practices", "MenuParis Baguette …"
 * (innerText of a breadcrumb or a menu button beside the headline, WCXB 0153, 0275 innertext).
 */
const GLUED = /\p{Ll}(?=\p{Lu})/gu;
const GLUED_ASCII = /[a-z][A-Z]/;
const NON_ASCII = /[\u0080-\uffff]/;
const HAS_GLUED = /\p{Ll}\p{Lu}/u;

/**
 * True when a lower-case letter runs into a capital somewhere in the text. Why not {@link HAS_GLUED} alone: a
 * Unicode property pair tested on every short line cost 8× the ASCII class, and most lines are ASCII.
 */
function hasGlued(text: string): boolean {
  return GLUED_ASCII.test(text) || (NON_ASCII.test(text) && HAS_GLUED.test(text));
}

/**
 * The echoes ({@link PageEchoes}) of the lower-cased texts in `echoed` as parts and of those in `twins` in the body and
 * in the title window, the lines `window.from` to `window.to`.
 */
export function gatherEchoes(
  input: EchoScope,
  window: { readonly from: number; readonly to: number },
  echoed: ReadonlySet<string>,
  twins: ReadonlySet<string>,
): PageEchoes {
  const inBody = new Map<string, number>();
  const inWindow = new Map<string, number[]>();
  const parts = new Set<string>();
  if (echoed.size === 0 && twins.size === 0) return { inBody, inWindow, parts };
  const edges = wantedEdges(echoed);
  // A twin starts or ends as one of the twins does: the edges spare lower-casing the body's lines of a twin's length.
  const twinEdges = wantedEdges(twins);
  const lengths = lengthsOf(twins);
  // Why: a menu or share bar repeated down the page echoes the same parts each time; look at each text once.
  const split = new Set<string>();
  for (const line of input.lines) {
    // Only a line as short as a headline can be a headline's twin in the body; only a short line with a separator
    // echoes one.
    const bodyTwin = line.words <= MAX_TITLE_WORDS && line.index >= input.firstProse && line.index <= input.bodyEnd;
    const windowTwin = line.index >= window.from && line.index <= window.to;
    const twin = (bodyTwin || windowTwin) && mayLowerToLength(line.text, lengths) && mayEcho(line.text, twinEdges);
    // Why the separators before lower-casing: a fifth of the short lines that may echo one has a separator.
    const short =
      line.words <= MAX_ECHO_LINE_WORDS &&
      mayEcho(line.text, edges) &&
      (HAS_SEPARATOR.test(line.text) || hasGlued(line.text)) &&
      !split.has(line.text);
    if (short) split.add(line.text);
    if (!twin && !short) continue;
    const text = line.text.toLowerCase();
    if (twin && twins.has(text)) {
      if (bodyTwin) inBody.set(text, (inBody.get(text) ?? 0) + 1);
      if (windowTwin) {
        const at = inWindow.get(text);
        if (at === undefined) inWindow.set(text, [line.index]);
        else at.push(line.index);
      }
    }
    // Every part is a head or a tail of the line: a line that neither starts nor ends with a wanted text has none.
    if (!short || !startsOrEndsWithOne(text.trim(), echoed)) continue;
    const glued = hasGlued(line.text);
    // Why exec, not matchAll: matchAll clones the expression on every call, the largest allocation of a page
    // of short separator lines (scaling test, "short label lines").
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
      const head = text.slice(0, m.index).trim();
      const tail = text.slice(m.index + m[0].length).trim();
      if (head) parts.add(head);
      if (tail) parts.add(tail);
    }
    // Only the tail: the head of a glued crumb trail is the trail's first crumbs, never a headline. Offsets into the
    // lower-cased text hold only when lower-casing kept the length.
    if (!glued || text.length !== line.text.length) continue;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(line.text); m !== null; m = GLUED.exec(line.text)) {
      const tail = text.slice(m.index + 1).trim();
      if (tail) parts.add(tail);
    }
  }
  return { inBody, inWindow, parts };
}

/** True when `text` starts or ends with one of `texts`. */
function startsOrEndsWithOne(text: string, texts: ReadonlySet<string>): boolean {
  for (const wanted of texts) if (text.startsWith(wanted) || text.endsWith(wanted)) return true;
  return false;
}

/** The only character whose lower case is longer than itself (İ gives "i̇"); elsewhere lower-casing keeps lengths. */
const DOTTED_CAPITAL_I = '\u0130';

/** The lengths of `texts`, for {@link mayLowerToLength}. */
function lengthsOf(texts: ReadonlySet<string>): Set<number> {
  const lengths = new Set<number>();
  for (const text of texts) lengths.add(text.length);
  return lengths;
}

/**
 * False when `text` cannot lower-case to a text of one of `lengths`: lower-casing keeps a text's length but for İ, so
 * only a line as long as a wanted text, or one holding İ, may read as it once lower-cased.
 */
function mayLowerToLength(text: string, lengths: ReadonlySet<number>): boolean {
  return lengths.has(text.length) || text.includes(DOTTED_CAPITAL_I);
}

/** How many characters at each end of a text {@link edgeKey} packs. */
const EDGE = 3;

/**
 * The {@link EDGE} characters of `text` from `at` on, lower-cased and packed in a number; -1 when one of them is not
 * ASCII (or is a control character, or missing). An ASCII character's lower case is itself whatever stands around
 * it, and a longer lower case elsewhere in the text (İ) moves neither end, so the key is that of the lower-cased text.
 */
function edgeKey(text: string, at: number): number {
  // Why the bounds first: a read past the text's end threw the compiled code of the echo pass away once.
  if (at < 0 || at + EDGE > text.length) return -1;
  let key = 0;
  for (let k = at; k < at + EDGE; k++) {
    const code = text.charCodeAt(k);
    if (!(code >= 0x20 && code < 0x7f)) return -1;
    key = key * 128 + (code >= 0x41 && code <= 0x5a ? code + 32 : code);
  }
  return key;
}

/** The edges of the texts a part must equal: a line whose edges match none has no such part. */
interface WantedEdges {
  readonly heads: ReadonlySet<number>;
  readonly tails: ReadonlySet<number>;
  /** A text too short for its edges to be packed: every line may hold it. */
  readonly any: boolean;
}

function wantedEdges(texts: Iterable<string>): WantedEdges {
  const heads = new Set<number>();
  const tails = new Set<number>();
  let any = false;
  for (const text of texts) {
    if (text.length < EDGE) any = true;
    heads.add(edgeKey(text, 0));
    tails.add(edgeKey(text, text.length - EDGE));
  }
  return { heads, tails, any };
}

/**
 * False when no part of the line can be one of the wanted texts: a part is a head of the lower-cased line (from its
 * first character, a space excepted) or a tail (to its last), so the line starts or ends as one of them does.
 */
function mayEcho(text: string, edges: WantedEdges): boolean {
  if (edges.any || text.length < EDGE) return true;
  const head = text.charCodeAt(0) === 0x20 ? -1 : edgeKey(text, 0);
  const tail = text.charCodeAt(text.length - 1) === 0x20 ? -1 : edgeKey(text, text.length - EDGE);
  return head < 0 || tail < 0 || edges.heads.has(head) || edges.tails.has(tail);
}

/**
 * Where else the page writes the line: as the head or tail of another line after a separator (a breadcrumb,
 * a sharing line), or as a line of its own inside the body.
 */
export function twinsOf(
  wanted: string,
  i: number,
  input: EchoScope,
  echoes: PageEchoes,
): { echoed: boolean; inBody: boolean } {
  const own = i >= input.firstProse && i <= input.bodyEnd ? 1 : 0;
  return { echoed: echoes.parts.has(wanted), inBody: (echoes.inBody.get(wanted) ?? 0) > own };
}

/**
 * True when the line above or below also stands again in the body: a contents list is a run of such lines, while a
 * headline the body repeats once stands alone (WCXB 4102, 4642: the h1 again as the body's first heading).
 */
export function neighbourInBody(
  i: number,
  input: EchoScope,
  echoes: PageEchoes,
  lower: (j: number) => string,
): boolean {
  for (const j of [i - 1, i + 1]) {
    if (input.lines[j] !== undefined && twinsOf(lower(j), j, input, echoes).inBody) return true;
  }
  return false;
}

/**
 * True when one of `copies` (the lines of the title window that read as line `i`, {@link PageEchoes.inWindow}) has the
 * same line of words right above or right below it as line `i` has: the two stand in a menu the page gives twice (a
 * desktop and a mobile menu), where a breadcrumb's last crumb and the h1 stand among different lines. A copy right
 * beside it is the line given twice in a row, which this does not ask about.
 * @example copiedWithNeighbour(24, [24, 67], lines, lower) // true when lines 23 and 66 both read "Best Laser TVs"
 */
export function copiedWithNeighbour(
  i: number,
  copies: readonly number[],
  lines: readonly Line[],
  lower: (j: number) => string,
): boolean {
  for (const j of copies)
    if (Math.abs(j - i) > 1 && (sameNeighbour(i, j, -1, lines, lower) || sameNeighbour(i, j, 1, lines, lower)))
      return true;
  return false;
}

/** True when the lines `step` lines from lines `i` and `j` both hold words and read the same, whatever their case. */
function sameNeighbour(
  i: number,
  j: number,
  step: number,
  lines: readonly Line[],
  lower: (k: number) => string,
): boolean {
  return (lines[i + step]?.words ?? 0) > 0 && (lines[j + step]?.words ?? 0) > 0 && lower(i + step) === lower(j + step);
}

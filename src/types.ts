/**
 * Public types of dechaff: what `clean()` returns and what detectors exchange.
 * Everything here is plain data, so an {@link Article} survives `JSON.stringify` unchanged.
 */

import { deepFrozen } from './deep-frozen.js';
import type { CompiledPack } from './lang/matcher.js';
import type { Line } from './segment/segment.js';
import type { Settings } from './settings.js';

export type { CompiledPack, Line, Settings };

/** The closed set of reasons a span of the input can be removed for. */
export const REMOVAL_KINDS = deepFrozen([
  'share',
  'duplicate',
  'duplicate-caption',
  'paywall',
  'subscribe',
  'newsletter',
  'cookie',
  'nav',
  'ad',
  'comments',
  'related',
  'promo',
  'ui-prompt',
  'social',
  'legal',
  'byline-meta',
  'author-bio',
  'site-repeat',
  'affix',
  'other',
] as const);

/** One of {@link REMOVAL_KINDS}. */
export type RemovalKind = (typeof REMOVAL_KINDS)[number];

/**
 * The kinds a whole line is removed as: every kind but `affix`, which is a piece of a line the article shows in part
 * (a headline's site name, a date's hour). A detector's verdict gives one of these, and `keep` names them.
 */
export const LINE_REMOVAL_KINDS: readonly RemovalKind[] = REMOVAL_KINDS.filter((kind) => kind !== 'affix');

/**
 * True when `kind` is one of {@link LINE_REMOVAL_KINDS}: what a detector's verdict may give and `keep` may name.
 * @example isLineRemovalKind('nav') // true; isLineRemovalKind('affix') gives false
 */
export const isLineRemovalKind = (kind: unknown): boolean => (LINE_REMOVAL_KINDS as readonly unknown[]).includes(kind);

/** A span of the input that is not part of the article, with why. */
export interface Removal {
  /** What kind of boilerplate the span is. */
  readonly kind: RemovalKind;
  /** The rule that fired and the numbers it measured, e.g. `"only share labels (hits=2, words=6)"`. */
  readonly reason: string;
  /** Exactly `input.slice(start, end)`. */
  readonly text: string;
  /** UTF-16 offset of the span's first character in the original input. */
  readonly start: number;
  /** UTF-16 offset just past the span's last character in the original input. */
  readonly end: number;
}

/** A paragraph of body text. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly text: string;
}

/**
 * A section heading inside the body. `level` is set when the input shows it: Markdown's `##`, or a subsection's outline
 * number ("2.1 …" is 3, under "2. …").
 */
export interface HeadingBlock {
  readonly type: 'heading';
  readonly text: string;
  readonly level?: number;
}

/**
 * How an ordered list writes its numbers: in digits (`1.`, `1)`) or lower-case letters (`a.`, `a)`), then a period
 * or a closing parenthesis.
 */
export type ListStyle = '1.' | '1)' | 'a.' | 'a)';

/**
 * A bulleted or numbered list; `items` are the entries without their markers. An ordered list numbers its items
 * `start`, `start + 1`, … in its `style`, as the input did: where the input's numbers skip or repeat, or its bullets
 * and numbers take turns (a nested list), the next list block starts.
 */
export interface ListBlock {
  readonly type: 'list';
  /** True when the input numbered the items (`1.`, `2)`, `c.`); false for bullets. */
  readonly ordered: boolean;
  /** An ordered list's first number when it is not 1 (`4.` gives 4, `c)` gives 3). */
  readonly start?: number;
  /** How an ordered list writes its numbers when not as `1.`. */
  readonly style?: Exclude<ListStyle, '1.'>;
  readonly items: string[];
}

/** A block quotation or pull quote written as such in the input (`> …`). */
export interface QuoteBlock {
  readonly type: 'quote';
  readonly text: string;
}

/** An image's caption, with its photo credit split off when one was written. */
export interface FigureBlock {
  readonly type: 'figure';
  readonly caption: string;
  readonly credit: string | null;
}

/**
 * A code listing: its lines in order, parted by `\n`, each with the indentation the input gives it beyond the
 * listing's own; blank lines inside the listing are left out.
 */
export interface CodeBlock {
  readonly type: 'code';
  readonly text: string;
}

/**
 * A table the page wrote with tabs between its cells: its rows in order, each as many cells as the others, a cell's
 * text with its spaces folded (`''` for an empty cell). The first row is often the column heads, but the input does
 * not say so.
 * @example { type: 'table', rows: [['Home size', 'Avg. total cost'], ['Studio', '$465']] }
 */
export interface TableBlock {
  readonly type: 'table';
  readonly rows: string[][];
}

/** One block of the article body, in reading order. */
export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | FigureBlock | CodeBlock | TableBlock;

/** The clean article that {@link clean} returns. */
export interface Article {
  /** The headline, or null when none was found. */
  title: string | null;
  /** Dek or bullet summary items shown under the headline. */
  highlights: string[];
  /** The author line as written, without a leading "By". */
  byline: string | null;
  /** The publication date as written in the input; null when none is found or the URL's date outranks it. */
  published: string | null;
  /**
   * `published` as an ISO 8601 date (`YYYY-MM-DD`) when it parses unambiguously; with a `url` whose path holds a day
   * ("/2025/12/19/"), that day.
   */
  publishedIso: string | null;
  /** The body in reading order. */
  blocks: Block[];
  /** End notes such as `DPA contributed to this report.` */
  attributions: string[];
  /** Every span of the input that was taken out, in input order. */
  removed: Removal[];
  /**
   * Body text for NLP: paragraphs, headings, list items, quotes, code listings and tables separated by blank lines; an
   * ordered list's items after the numbers the input gave them (`1. Mix the flour…`); a table's rows one a line, their
   * cells parted by a tab.
   */
  text: string;
  /** Detected language as a BCP 47 primary tag, or null when unsure. */
  lang: string | null;
}

/** What a detector says about a line it recognizes. */
export interface Verdict {
  /** What kind of boilerplate the line is. */
  readonly kind: RemovalKind;
  /** The rule and its measured numbers. */
  readonly reason: string;
  /**
   * The line heads a section that is not the article (a comment thread, a related list, an author box):
   * the body never runs across it.
   */
  readonly barrier?: boolean;
  /**
   * The line closes the article (a reader-feedback widget): the body lies before it whenever enough prose stands
   * there, as before a comment thread. Only on a barrier.
   */
  readonly closes?: boolean;
}

/**
 * What a detector may look at besides the line: the whole document, its language, the thresholds. A detector of the
 * caller's own is shown them frozen (`lang` and `settings` as read-only views): they serve later calls too.
 */
export interface DetectContext {
  /** Every line of the document, in order; `lines[line.index] === line`. */
  readonly lines: readonly Line[];
  /** The document's phrase pack (its language joined with English). */
  readonly lang: CompiledPack;
  /** Thresholds for the chosen mode. */
  readonly settings: Settings;
}

/**
 * Recognizes one kind of boilerplate. Pure and deterministic: it keeps no state and never mutates its input.
 * @example
 * const printButton: Detector = {
 *   id: 'print-button',
 *   detect: (line) => (line.text === 'Print' ? { kind: 'share', reason: 'print button' } : undefined),
 * };
 */
export interface Detector {
  /** Stable identifier, the detector's file name. */
  readonly id: string;
  /** A verdict when the line is this detector's kind of boilerplate, otherwise undefined. */
  detect(line: Line, ctx: DetectContext): Verdict | undefined;
}

import { deepFrozen } from './deep-frozen.js';

/**
 * Thresholds of the heuristics, apart from the logic (trafilatura's `settings.py` idea).
 * Each has a unit and a one-line meaning; `mode` picks one of the three columns.
 */
export interface Settings {
  /** Words a line needs to count as body prose on its own (jusText's "long" block). */
  readonly goodMinWords: number;
  /** Stopword share (0–1) a long line needs when the language is known; lower reads as a list of names. */
  readonly goodMinStopwordShare: number;
  /** Words a sentence-shaped line needs to count as weaker prose evidence. */
  readonly mediumMinWords: number;
  /** Score (words) a line with a boilerplate verdict costs the body region, on top of its length. */
  readonly verdictPenalty: number;
  /** Score a short line without sentence shape costs the body region. */
  readonly shortPenalty: number;
  /** Most words a line of phrase-pack labels can have and still be a label line. */
  readonly labelMaxWords: number;
  /** Most words a line containing a boilerplate phrase can have and still be boilerplate. */
  readonly phraseMaxWords: number;
  /** Dice similarity (0–1) above which an alt-text line duplicates the caption next to it. */
  readonly captionSimilarity: number;
  /**
   * Numbered lines too sparse to be a directory's fields that may open one before its dense fields (lines). Recall
   * lets a directory whose first record stands apart from the next carry the body; the other modes read those lines as
   * the page's own numbered steps.
   */
  readonly sparseRecordOpenings: number;
}

/** How to trade precision against recall: `precision` keeps less, `recall` keeps more. */
export type Mode = 'balanced' | 'precision' | 'recall';

/** The settings of each mode. */
export const MODE_SETTINGS: Readonly<Record<Mode, Settings>> = deepFrozen({
  balanced: {
    goodMinWords: 13,
    goodMinStopwordShare: 0.2,
    mediumMinWords: 7,
    verdictPenalty: 10,
    shortPenalty: 3,
    labelMaxWords: 12,
    phraseMaxWords: 30,
    captionSimilarity: 0.9,
    sparseRecordOpenings: 0,
  },
  precision: {
    goodMinWords: 15,
    goodMinStopwordShare: 0.22,
    mediumMinWords: 8,
    verdictPenalty: 12,
    shortPenalty: 3,
    labelMaxWords: 14,
    phraseMaxWords: 40,
    captionSimilarity: 0.85,
    sparseRecordOpenings: 0,
  },
  recall: {
    goodMinWords: 9,
    goodMinStopwordShare: 0.14,
    mediumMinWords: 5,
    verdictPenalty: 5,
    shortPenalty: 1,
    labelMaxWords: 10,
    phraseMaxWords: 24,
    captionSimilarity: 0.95,
    sparseRecordOpenings: 1,
  },
});

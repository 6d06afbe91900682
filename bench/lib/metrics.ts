/**
 * WCXB's scoring: bag-of-words F1 over `\w+` tokens of the lowercased text (Unicode-aware here), per page.
 */

const WORD = /[\p{L}\p{N}_]+/gu;
const ANY_WORD = /[\p{L}\p{N}_]/u;

/**
 * Whether a gold body has a word to score against. A dataset of snippets alone (a held-out set whose `body` is '')
 * has none, and F1 against it would score every page 0.
 * @example hasWords('') // false
 */
export const hasWords = (text: string): boolean => ANY_WORD.test(text);

/** Token multiset of a text. */
function bagOfWords(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().match(WORD) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

/** Precision, recall and F1 of one page. */
export interface PageScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Bag-of-words precision/recall/F1 of a predicted body against the gold body. An empty prediction scores 0
 * unless the gold is empty too.
 * @example scoreBody('a b c', 'a b d').f1 // 0.666…
 */
export function scoreBody(predicted: string, gold: string): PageScore {
  const p = bagOfWords(predicted);
  const g = bagOfWords(gold);
  let pTotal = 0;
  let gTotal = 0;
  let overlap = 0;
  for (const n of p.values()) pTotal += n;
  for (const [token, n] of g) {
    gTotal += n;
    overlap += Math.min(n, p.get(token) ?? 0);
  }
  if (pTotal === 0 && gTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  if (pTotal === 0 || gTotal === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / pTotal;
  const recall = overlap / gTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Folds case, whitespace and typographic quotes, for comparing titles and authors. */
export const normalizeField = (s: string | null | undefined): string =>
  (s ?? '').toLowerCase().replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** Mean precision, recall and F1 over a set of pages. */
export interface MeanScore extends PageScore {
  readonly pages: number;
}

/**
 * The per-page mean of each score (WCXB averages F1 per page, not over the pooled tokens). No pages score 0.
 * @example meanScore([scoreBody('a b', 'a b'), scoreBody('x', 'y')]).f1 // 0.5
 */
export function meanScore(scores: readonly PageScore[]): MeanScore {
  const pages = scores.length;
  const mean = (pick: (s: PageScore) => number): number =>
    pages === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / pages;
  return { pages, precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}

import type { FoundDate } from './date.js';

/**
 * The article's byline and date as the steps of `structure` find them: each step fills only what the steps before it
 * left null, so the first place that gives a byline or date wins.
 */
export interface ArticleMeta {
  byline: string | null;
  published: string | null;
  publishedIso: string | null;
  /** The line `published` was read off when the article shows nothing else of it, or -1. */
  dateLine: number;
}

/** A draft with no byline and no date yet. */
export function emptyMeta(): ArticleMeta {
  return { byline: null, published: null, publishedIso: null, dateLine: -1 };
}

/** Sets `meta`'s date to `date` (both fields null when `date` is). */
export function setDate(meta: ArticleMeta, date: FoundDate | null): void {
  meta.published = date?.text ?? null;
  meta.publishedIso = date?.iso ?? null;
}

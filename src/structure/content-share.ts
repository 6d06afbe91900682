import { isContentWord } from '../lang/content-word.js';

/**
 * Share of the content words of `tokens` that `weightOf` finds (each weighs 0 to 1), scaled down for lines of fewer
 * than `fullWords` content words, where a share is reached by chance ("Get Started"); 0 without content words.
 * @example contentShare(['daily', 'meditation', 'anxiety'], en.stopwords, (t) => (lede.has(t) ? 1 : 0), 3) // 1 when the lede names all three
 */
export function contentShare(
  tokens: readonly string[],
  stopwords: ReadonlySet<string>,
  weightOf: (token: string) => number,
  fullWords: number,
): number {
  let total = 0;
  let found = 0;
  for (const token of tokens) {
    if (!isContentWord(token, stopwords)) continue;
    total++;
    found += weightOf(token);
  }
  if (total === 0) return 0;
  return (found / total) * Math.min(1, total / fullWords);
}

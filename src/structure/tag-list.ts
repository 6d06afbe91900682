import { type CompiledPack, openingPhrase } from '../lang/matcher.js';
import { hasFunctionWord } from './function-word.js';

/** Most words of one tag or category label. */
const MAX_TAG_WORDS = 3;
/** Fewest labels of a list of tags. */
const MIN_TAGS = 2;
// Where tags part: a comma, or a hash spaced on both sides ("FAQ # Accounting, Degree").
const TAG_SEPARATOR = /\s*,\s*|\s+#\s+/u;

/**
 * True for a list of short labels parted by commas, without a single function word: a post's categories or tags
 * ("College Admissions, Student Resources", WCXB 4615; "FAQ # Accounting, Bryan University, Certification, Degree",
 * 0308). A headline that lists things joins its last item with "and" or says more than labels do.
 * @example isTagList('College Admissions, Student Resources', en.stopwords) // true
 */
export function isTagList(text: string, tokens: readonly string[], stopwords: ReadonlySet<string>): boolean {
  if (stopwords.size === 0 || hasFunctionWord(tokens, stopwords)) return false;
  const tags = text.split(TAG_SEPARATOR).filter((tag) => tag.trim() !== '');
  if (tags.length < MIN_TAGS) return false;
  for (const tag of tags) if (tag.trim().split(/\s+/u).length > MAX_TAG_WORDS) return false;
  return true;
}

/**
 * True for a line that opens with a facet label and a colon: the post's categories under their label ("Topic: Personal
 * Finances Saving Money Budgeting", WCXB 4091), not a headline.
 * @example opensWithFacetLabel('Topic: Personal Finances', en) // true
 */
export function opensWithFacetLabel(text: string, lang: CompiledPack): boolean {
  // The colon first: most lines have none, and finding the labels costs a scan of the line.
  if (!text.includes(':')) return false;
  const label = openingPhrase(lang.match.facetLabels, text);
  return label !== undefined && /^\s*:/u.test(text.slice(label.length));
}

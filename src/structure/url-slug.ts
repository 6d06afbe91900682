import { parseUrl } from './parse-url.js';

/** Fewest words a slug needs to say anything of the headline; "/news/world" or "/p/12345" says nothing. */
const MIN_SLUG_WORDS = 3;
/** Digits from which a number in a slug is an id ("-12345"), not part of the headline ("top-10", "fall-2025"). */
const MIN_ID_DIGITS = 5;
/** Length from which a token of letters and digits is an id or a hash ("a1b2c3d4"), not a word. */
const MIN_HASH_CHARS = 8;
// A file extension at the end of a segment: "-guide.html", "story.php", "index.aspx".
const EXTENSION = /\.[a-z][a-z0-9]{0,4}$/iu;
const APOSTROPHES = /['’ʼ]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
/** {@link NON_WORD} on lower-cased ASCII text, where it matches the same and is much cheaper. */
const NON_ASCII_WORD = /[^a-z0-9]+/;
const DIGITS = /\d/u;
const ONLY_DIGITS = /^\d+$/u;
// A thousands separator: a slug writes "$1,000" as "1000" (WCXB 4430 "under-1000").
const DIGIT_GROUP = /(?<=\d)[,.](?=\d{3}(?!\d))/gu;

/**
 * Folds a word as a slug writes it: lower case, no diacritics, no apostrophes ("Café's" → "cafes").
 * @example foldWord('Café') // 'cafe'
 */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Why the test: ASCII text has no diacritics to strip, and decomposing each line the title search compares with
  // the slug cost 0.5% of clean() in instructions.
  return (NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower).replace(APOSTROPHES, '');
}

/**
 * The words of text, folded with {@link foldWord} and split at anything that is not a letter or a digit.
 * @example foldedWords("What’s New in Café-Culture") // ['whats', 'new', 'in', 'cafe', 'culture']
 */
export function foldedWords(text: string): string[] {
  const folded = foldWord(text).replace(DIGIT_GROUP, '');
  return folded.split(NON_ASCII.test(folded) ? NON_WORD : NON_ASCII_WORD).filter((w) => w !== '');
}

/** True for a token that is an id or a hash rather than a word of the headline. */
function isId(token: string): boolean {
  if (!DIGITS.test(token)) return false;
  return ONLY_DIGITS.test(token) ? token.length >= MIN_ID_DIGITS : token.length >= MIN_HASH_CHARS;
}

/** The words of one path segment: percent-escapes decoded, extension and ids dropped. */
function segmentWords(segment: string): string[] {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A stray "%" leaves the segment as it is.
  }
  return foldedWords(decoded.replace(EXTENSION, '')).filter((w) => !isId(w));
}

/**
 * The headline's words as the page's URL spells them in its slug: the last path segment of {@link MIN_SLUG_WORDS}
 * words or more that are not numbers, folded with {@link foldWord}, ids and numbers of {@link MIN_ID_DIGITS} digits
 * dropped. Returns null when the string is no absolute URL, when no segment has that many words, or when a segment of
 * two such words stands below it (the page's own short slug under a section's name); never throws.
 * @example slugWords('https://x.com/2025/09/04/top-nutrition-trends-for-fall-2025/') // ['top', 'nutrition', 'trends', 'for', 'fall', '2025']
 */
export function slugWords(url: string): string[] | null {
  const path = parseUrl(url)?.pathname;
  if (path === undefined) return null;
  // Why the last, not the longest: a section's name can have more words than the article's slug under it
  // ("/ideas-made-to-matter/machine-learning-explained", WCXB 0094; "/center-for-career-and-professional-development/
  // how-to-negotiate-salary-benefits", 4572).
  const segments = path.split('/');
  for (let k = segments.length - 1; k >= 0; k--) {
    const segment = segments[k] as string;
    if (segment === '') continue;
    const words = segmentWords(segment);
    const named = words.filter((w) => !ONLY_DIGITS.test(w)).length;
    if (named >= MIN_SLUG_WORDS) return words;
    // Why: a segment of two words is the page's own short slug, and the one above it a section's name
    // ("/tips-and-tools/book-reviews", "/topics/natural-resources-environment/climate-change"; WCXB 0303, 4025); one word
    // or none is a view or an id under the slug ("/articleshow/…", "/view").
    if (named >= 2) return null;
  }
  return null;
}

/** Most words, not numbers, of the page's own short slug ({@link shortSlugWords}). */
const MAX_SHORT_SLUG_WORDS = MIN_SLUG_WORDS - 1;

/**
 * The page's own short slug: the words of the URL's last path segment when one or two of them are not numbers
 * ("/p/backup-strategy", "/technology/graphicdesigncourses/"), null otherwise. Too short to say how a line of other
 * words relates to the headline, it only confirms a line that spells it ({@link spellsSlug}); {@link slugWords} reads
 * longer slugs.
 * @example shortSlugWords('https://www.jefftk.com/p/backup-strategy') // ['backup', 'strategy']
 */
export function shortSlugWords(url: string): string[] | null {
  const path = parseUrl(url)?.pathname;
  if (path === undefined) return null;
  const segment = path.split('/').findLast((s) => s !== '');
  if (segment === undefined) return null;
  const words = segmentWords(segment);
  const named = words.filter((w) => !ONLY_DIGITS.test(w)).length;
  return named >= 1 && named <= MAX_SHORT_SLUG_WORDS ? words : null;
}

/**
 * True when a line's words (folded, {@link foldedWords}) run together are the slug's: every word, stopwords too, in
 * the slug's order, whether the slug parts them with hyphens or not ("Graphic Design Courses" for
 * "graphicdesigncourses").
 * @example spellsSlug(foldedWords('Backup Strategy'), ['backup', 'strategy']) // true
 */
export function spellsSlug(words: readonly string[], slug: readonly string[]): boolean {
  return words.join('') === slug.join('');
}

/** True for a folded word that carries the topic: slugs keep or drop stopwords at will, so only these are compared. */
const isKey = (word: string, stopwords: ReadonlySet<string>): boolean => word.length >= 2 && !stopwords.has(word);

/**
 * The slug's words that carry the topic, as a set {@link slugMatch} compares lines with.
 * @example slugKeys(['how', 'to', 'rent', 'a', 'car'], en.stopwords) // Set { 'rent', 'car' }
 */
export function slugKeys(slug: readonly string[], stopwords: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(slug.filter((w) => isKey(w, stopwords)));
}

/**
 * How well a line's words (folded, {@link foldedWords}) and the slug's cover each other, 0–1: the harmonic mean of the
 * share of the slug's words the line holds and the share of the line's words the slug holds (stopwords left out on
 * both sides).
 * @example slugMatch(foldedWords('How To Rent a Car'), slugKeys(['how', 'to', 'rent', 'a', 'car'], en.stopwords), en.stopwords) // 1
 */
export function slugMatch(words: readonly string[], keys: ReadonlySet<string>, stopwords: ReadonlySet<string>): number {
  if (keys.size === 0) return 0;
  const own = new Set(words.filter((w) => isKey(w, stopwords)));
  let shared = 0;
  for (const w of own) if (keys.has(w)) shared++;
  if (shared === 0) return 0;
  return (2 * shared) / (keys.size + own.size);
}

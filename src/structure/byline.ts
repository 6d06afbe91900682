import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';

/** Most words of a byline after its "By": a few names joined by "and" or commas, maybe an outlet. */
const MAX_BYLINE_WORDS = 10;

/**
 * The author named by a byline line ("By Jane Doe and John Roe" gives "Jane Doe and John Roe"), or null.
 * @example bylineName(line('By Jane Doe'), compiledEn) // 'Jane Doe'
 */
export function bylineName(line: Line, lang: CompiledPack): string | null {
  if (line.words > MAX_BYLINE_WORDS + 2 || line.sentenceMarks > 1) return null;
  const found = lang.match.bylinePrefixes.find(line.text)[0];
  if (!found || !line.text.toLowerCase().startsWith(found.toLowerCase())) return null;
  const name = line.text
    .slice(found.length)
    .replace(/^\s*[:\-–—]?\s*/, '')
    .trim();
  if (name === '' || name.split(' ').length > MAX_BYLINE_WORDS) return null;
  // A name starts with a capital letter; "by the way" does not.
  return /^\p{Lu}/u.test(name) ? name : null;
}

/** True for a byline line. */
export function looksLikeByline(line: Line, lang: CompiledPack): boolean {
  return bylineName(line, lang) !== null;
}

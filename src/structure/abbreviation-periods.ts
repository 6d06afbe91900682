/** Most letters of a capitalized word whose period, inside a line, closes an abbreviation ("Wed.", "Dr.", "Inc."). */
const MAX_ABBREVIATION_LETTERS = 4;
/** A word and the period after it, then a space: a period inside the line. */
const WORD_PERIOD = /(?<![\p{L}\p{N}])(\p{L}+)\.\s/gu;
/** A word in capitals and small letters, first letter upper-case ("Wed", "Dr"), not in capitals alone. */
const CAPITALIZED = /^\p{Lu}\p{Ll}*$/u;
/** One letter. */
const LETTER = /\p{L}/u;
/** A digit, a letter's or a digit's neighbour that makes a word no word of its own. */
const DIGIT = /\p{N}/u;
/** Closing quotes and brackets that may follow a line's last period. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', '」', '』']);

/**
 * How many periods inside `text` (followed by a space), or at its very end, close an abbreviation or an initial, not a
 * sentence: inside the line, after one letter ("U.S. Ties", "J. Smith"), a known abbreviation of the page's language
 * (`abbreviations`: "vs.", "WED.", "Jan.") or a capitalized word of up to {@link MAX_ABBREVIATION_LETTERS} letters
 * ("Gov. Newsom", "Pt. 1"); at the end, as {@link endsWithAbbreviation} says. Why: an upper-cased headline with
 * abbreviations ("STORM WARNING FOR WED. AFTER HEAVY RAIN TUES.") counted its periods as sentence ends, read as a dek
 * of sentences, and the page got no headline at all (a news page held out of the dev set).
 * @example abbreviationPeriods('STORM WARNING FOR WED. AFTER HEAVY RAIN TUES.', en.abbreviations) // 2
 */
export function abbreviationPeriods(text: string, abbreviations: ReadonlySet<string>): number {
  if (!text.includes('.')) return 0;
  let count = 0;
  for (const match of text.matchAll(WORD_PERIOD)) {
    const word = match[1] as string;
    const closes =
      word.length === 1 ||
      abbreviations.has(word.toLowerCase()) ||
      (word.length <= MAX_ABBREVIATION_LETTERS && CAPITALIZED.test(word));
    if (closes) count++;
  }
  if (text.endsWith('.') && endsWithAbbreviation(text, abbreviations)) count++;
  return count;
}

/**
 * True when the period that ends `text` (before closing quotes or brackets) closes a known abbreviation not in small
 * letters ("… RAIN TUES.", "… on Jan."); "in the sun." ends a sentence. Why known ones only: "… FOR U.S." ends a related
 * story's headline or a crumb trail ("FOXNEWS.COM HOME > U.S.", research set foxnews), and its full stop keeps them
 * from the headline. Reads the line's last word only.
 * @example endsWithAbbreviation('STORM WARNING FOR WED. AFTER HEAVY RAIN TUES.', en.abbreviations) // true
 */
export function endsWithAbbreviation(text: string, abbreviations: ReadonlySet<string>): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1] as string)) end--;
  if (text[end - 1] !== '.') return false;
  let start = end - 1;
  while (start > 0 && LETTER.test(text[start - 1] as string)) start--;
  const before = text.charCodeAt(start - 1);
  // A digit or half of a surrogate pair (a letter outside the basic plane) before it: the word goes on.
  if (start > 0 && (DIGIT.test(text[start - 1] as string) || (before >= 0xd800 && before <= 0xdfff))) return false;
  const word = text.slice(start, end - 1);
  return word !== '' && word !== word.toLowerCase() && abbreviations.has(word.toLowerCase());
}

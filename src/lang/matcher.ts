import { hasUnspacedCode, isUnspacedCode, UNSPACED_CLASS } from '../segment/script.js';
import { foldDottedI, foldI } from './dotted-i.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { buildScanners, orderedPhrases, type PhraseScanner } from './phrase-index.js';
import type { PhrasePack } from './types.js';

/** A compiled phrase list: finds its phrases in a line on word boundaries, case-insensitively. */
export interface PhraseMatcher {
  /** True when any phrase occurs in `text`. */
  test(text: string): boolean;
  /** How many phrase occurrences `text` has (non-overlapping, longest first). */
  count(text: string): number;
  /** `text` with every phrase occurrence cut out. */
  strip(text: string): string;
  /** Every phrase occurrence in `text`, as written there. */
  find(text: string): string[];
  /**
   * The common words of its pack ({@link PhrasePack.commonWords}), each as {@link commonWordKey} writes it: phrases
   * found as any other, which `phrasesIn` never reads as a phrase inside a sentence. Compiled in, so no caller can
   * leave them out.
   */
  readonly commonWords: ReadonlySet<string>;
}

const WHITESPACE_RUN = /\s+/g;
const HYPHEN = /[-‐]/g;

/**
 * A phrase as a matcher's `commonWords` holds it: lowercase with its i's folded ({@link foldI}), one space between
 * words and no hyphen, so that any way a match may be written ("Accept  All", "e-mail" for "email") finds its entry.
 * @example commonWordKey('Accept  ALL') // 'accept all'
 */
export const commonWordKey = (phrase: string): string => foldI(phrase).replace(WHITESPACE_RUN, ' ').replace(HYPHEN, '');

/** A phrase occurrence: where it starts in the text asked of, and its text as written there. */
interface Occurrence {
  readonly start: number;
  readonly text: string;
}

/**
 * A matcher of this module: it also tells where each match starts, so that a matcher joined of two
 * ({@link eitherMatcher}) gives its matches in the order of the text.
 */
interface LocatingMatcher extends PhraseMatcher {
  /** What `find` gives, each match with where it starts in `text`, in the order of the text. */
  occurrences(text: string): Occurrence[];
}

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_PHRASES: readonly string[] = [];
const NEVER: LocatingMatcher = {
  test: () => false,
  count: () => 0,
  strip: (t) => t,
  find: () => [],
  occurrences: () => [],
  commonWords: NO_WORDS,
};

/**
 * The phrase of `matcher` that `text` opens with, as written there, or undefined.
 * @example openingPhrase(compiledEn.match.dateLabels, 'Posted on June 4, 2024') // 'Posted on'
 */
export function openingPhrase(matcher: PhraseMatcher, text: string): string | undefined {
  const found = matcher.find(text)[0];
  return found !== undefined && text.toLowerCase().startsWith(found.toLowerCase()) ? found : undefined;
}

/**
 * A phrase's alternative in an expression: a space matches any run of whitespace, a hyphen is optional, an i of either
 * dot matches both ({@link foldDottedI}).
 */
const alternativeOf = (phrase: string): string =>
  foldDottedI(escapeRegExp(phrase)).replace(/ /g, '\\s+').replace(/[-‐]/g, '[-‐]?');
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
// A letter or digit of a spaced script: a word in Latin letters glued to kana or kanji ends there ("ではCookieを").
const SPACED_WORD = `(?:(?!${UNSPACED_CLASS})[\\p{L}\\p{N}])`;
const NOT_AFTER_SPACED_WORD = `(?<!${SPACED_WORD})`;
const NOT_BEFORE_SPACED_WORD = `(?!${SPACED_WORD})`;

/** The expression that defines a phrase list's matches (the scanner of `phrase-index.ts` finds the same ones). */
function phraseExpression(phrases: readonly string[]): string {
  return `${NOT_AFTER_WORD}(?:${orderedPhrases(phrases).map(alternativeOf).join('|')})${NOT_BEFORE_WORD}`;
}

/** A phrase's start in {@link gluedExpression}: after no letter or digit, or right after a digit. */
const NOT_AFTER_WORD_BUT_DIGIT = '(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Nd}))';

/**
 * The expression of phrases a counter glued to a number opens ({@link PhrasePack.gluedToNumber}): a digit may stand
 * right before them. Why: Korean glues its counter to the number ("3분 읽기", "12개의 댓글"), so such a phrase never
 * started where a word does, and a reading time or a comment count under the headline stayed in the body.
 */
function gluedExpression(phrases: readonly string[]): string {
  return `${NOT_AFTER_WORD_BUT_DIGIT}(?:${orderedPhrases(phrases).map(alternativeOf).join('|')})${NOT_BEFORE_WORD}`;
}

/**
 * The expression of phrases in a script written without spaces ({@link hasUnspacedCode}): only an end in a spaced
 * script needs a boundary. Why: Chinese and Japanese put no space between words, so their phrases stand inside a
 * run of letters ("この記事は会員限定です" holds "会員限定").
 */
function unspacedExpression(phrases: readonly string[]): string {
  const bounded = orderedPhrases(phrases).map((p) => {
    const before = isUnspacedCode(p.charCodeAt(0)) ? '' : NOT_AFTER_SPACED_WORD;
    const after = isUnspacedCode(p.charCodeAt(p.length - 1)) ? '' : NOT_BEFORE_SPACED_WORD;
    return `${before}${alternativeOf(p)}${after}`;
  });
  return bounded.join('|');
}

/**
 * A matcher over the one regular expression that defines a phrase list's matches: slower than
 * {@link compilePhrases}, which finds the same matches; kept as the fallback and as the reference in tests.
 * @example compilePhraseExpression(['read more']).find('Read  more') // ['Read  more']
 */
export function compilePhraseExpression(phrases: readonly string[]): PhraseMatcher {
  return phrases.length === 0 ? NEVER : regexMatcher(phraseExpression(phrases), NO_WORDS);
}

function regexMatcher(body: string, commonWords: ReadonlySet<string>): LocatingMatcher {
  const once = new RegExp(body, 'iu');
  const all = new RegExp(body, 'giu');
  return {
    test: (text) => once.test(text),
    count: (text) => text.match(all)?.length ?? 0,
    strip: (text) => text.replace(all, ' '),
    find: (text) => text.match(all) ?? [],
    occurrences: (text) => Array.from(text.matchAll(all), (m) => ({ start: m.index, text: m[0] })),
    commonWords,
  };
}

/** A matcher that finds its matches with a scanner: the same results as `regexMatcher`, without the scan. */
function scannerMatcher(scanner: PhraseScanner, commonWords: ReadonlySet<string>): LocatingMatcher {
  /** Calls `visit` with the start and end of each match in `text`, leftmost first. */
  const eachMatch = (text: string, visit: (start: number, end: number) => void): void => {
    for (let start = scanner.first(text); start >= 0; start = scanner.next(text, scanner.end)) {
      visit(start, scanner.end);
    }
  };
  return {
    commonWords,
    test: (text) => scanner.first(text) >= 0,
    count(text) {
      let n = 0;
      eachMatch(text, () => n++);
      return n;
    },
    strip(text) {
      let out = '';
      let last = 0;
      eachMatch(text, (start, end) => {
        out += `${text.slice(last, start)} `;
        last = end;
      });
      return out + text.slice(last);
    },
    find(text) {
      const found: string[] = [];
      eachMatch(text, (start, end) => found.push(text.slice(start, end)));
      return found;
    },
    occurrences(text) {
      const found: Occurrence[] = [];
      eachMatch(text, (start, end) => found.push({ start, text: text.slice(start, end) }));
      return found;
    },
  };
}

/**
 * Matchers for several phrase lists that share one index, so a line is scanned once for all of them. Phrases in a
 * script written without spaces, and phrases that may follow a digit (`gluedToNumber`, lowercase), are matched apart,
 * each kind by its own small expression ({@link unspacedExpression}, {@link gluedExpression}): the index looks for
 * phrases only where a word starts. Each matcher carries `commonWords`.
 */
function compileLists(
  lists: readonly (readonly string[])[],
  commonWords: ReadonlySet<string>,
  gluedToNumber: ReadonlySet<string> = NO_WORDS,
): LocatingMatcher[] {
  const isGlued = (phrase: string): boolean => gluedToNumber.has(phrase.toLowerCase()) && !hasUnspacedCode(phrase);
  const spaced = lists.map((phrases) => phrases.filter((p) => !hasUnspacedCode(p) && !isGlued(p)));
  const scanners = buildScanners(spaced);
  return lists.map((phrases, i) => {
    const own = spaced[i] as readonly string[];
    const scanner = scanners[i];
    // Why only without a scanner: the expression of a list the scanner serves was never run, and compiling the
    // pack's ~30 of them was a sixth of a first clean(). It cannot fail: every phrase character is escaped.
    let matcher: LocatingMatcher =
      own.length === 0
        ? NEVER
        : scanner
          ? scannerMatcher(scanner, commonWords)
          : regexMatcher(phraseExpression(own), commonWords);
    const glued = gluedToNumber.size === 0 ? NO_PHRASES : phrases.filter(isGlued);
    if (glued.length > 0) matcher = firstThen(regexMatcher(gluedExpression(glued), commonWords), matcher);
    if (own.length + glued.length === phrases.length) return matcher;
    return firstThen(regexMatcher(unspacedExpression(phrases.filter(hasUnspacedCode)), commonWords), matcher);
  });
}

/**
 * `first`'s matches, then `second`'s in what `first` leaves ({@link eitherMatcher}); `first` alone when `second`
 * never matches.
 */
function firstThen(first: LocatingMatcher, second: LocatingMatcher): LocatingMatcher {
  return second === NEVER ? first : eitherMatcher(first, second);
}

/**
 * The matches of two matchers whose phrases are apart: `first`'s, then `second`'s in what `first` leaves. A phrase
 * that holds another is in `first` ("Cookie設定" over "cookie"), so it is cut out whole. `first` is a matcher of one
 * expression, whose matches are the text as written. `find` gives the matches of both in the order of the text.
 */
function eitherMatcher(first: LocatingMatcher, second: LocatingMatcher): LocatingMatcher {
  const occurrences = (text: string): Occurrence[] => {
    const firsts = first.occurrences(text);
    if (firsts.length === 0) return second.occurrences(text);
    const seconds = second.occurrences(first.strip(text));
    return seconds.length === 0 ? firsts : inTextOrder(firsts, seconds);
  };
  return {
    test: (text) => first.test(text) || second.test(text),
    count: (text) => first.count(text) + second.count(first.strip(text)),
    strip: (text) => second.strip(first.strip(text)),
    find: (text) => occurrences(text).map((found) => found.text),
    occurrences,
    commonWords: first.commonWords,
  };
}

/**
 * The occurrences of `firsts`, found in a text, and of `seconds`, found in that text with each of `firsts` cut out
 * to a space, in the order of the text, each second's start moved back to where it stands in the text. Why: a caller
 * takes the first match as the one the text opens with ({@link openingPhrase}); Korean "12개의 댓글" or Japanese
 * "会員限定" matched first wherever they stood.
 */
function inTextOrder(firsts: readonly Occurrence[], seconds: readonly Occurrence[]): Occurrence[] {
  const ordered: Occurrence[] = [];
  let k = 0;
  // What the cut-out text lacks before the next of `firsts`: each cut took its match's length less one space.
  let lost = 0;
  for (const second of seconds) {
    for (let next = firsts[k]; next !== undefined && next.start - lost < second.start; next = firsts[++k]) {
      ordered.push(next);
      lost += next.text.length - 1;
    }
    ordered.push({ start: second.start + lost, text: second.text });
  }
  for (; k < firsts.length; k++) ordered.push(firsts[k] as Occurrence);
  return ordered;
}

/**
 * Compiles phrases into a matcher whose matches are those of one regular expression of literal alternatives
 * (longest first, a space matching any run of whitespace, a hyphen optional, on letter/digit boundaries,
 * case-insensitively), found by looking the text's words up rather than scanning it with the expression.
 * @example compilePhrases(['read more']).test('READ MORE: …') // true
 */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  return compileLists([phrases], NO_WORDS)[0] ?? NEVER;
}

/** The phrase categories of a {@link PhrasePack} that detectors match against. */
export type PhraseCategory = Exclude<
  keyof PhrasePack,
  | 'code'
  | 'name'
  | 'stopwords'
  | 'months'
  | 'dayFirstSeparators'
  | 'eraOffset'
  | 'nameJoiners'
  | 'abbreviations'
  | 'captionPlaces'
  | 'commonWords'
  | 'gluedToNumber'
  | 'counterWords'
>;

/** A phrase pack ready to use: stopwords as a set, each category compiled once. */
export interface CompiledPack {
  readonly code: string;
  readonly pack: PhrasePack;
  readonly stopwords: ReadonlySet<string>;
  readonly match: Readonly<Record<PhraseCategory, PhraseMatcher>>;
  /** Month name, its i's folded ({@link foldI}) → month number (1–12). */
  readonly months: ReadonlyMap<string, number>;
  /** The pack's abbreviations and its months' short names, lowercase: words whose period closes no sentence. */
  readonly abbreviations: ReadonlySet<string>;
  /**
   * The pack's caption places ("above", "top left"), lowercase. A set, not a phrase list: it is asked only of the few
   * characters before a line's first colon, and common words such as "left" would crowd the phrase index's scans.
   */
  readonly captionPlaces: ReadonlySet<string>;
}

const CATEGORIES: readonly PhraseCategory[] = [
  'shareLabels',
  'social',
  'paywall',
  'subscribe',
  'newsletter',
  'cookie',
  'comments',
  'commentCounts',
  'replyButtons',
  'related',
  'ad',
  'nav',
  'legal',
  'legalLinks',
  'selfReferences',
  'licenceGrants',
  'uiPrompt',
  'mediaNotices',
  'feedback',
  'readerPronouns',
  'authorBio',
  'greetings',
  'selfIntroductions',
  'bylinePrefixes',
  'roleWords',
  'staffWords',
  'facetLabels',
  'dateLabels',
  'weekdays',
  'creditLabels',
  'imageCreditLabels',
  'creditBylines',
  'photoAgencies',
  'attributions',
  'shopButtons',
  'pricePeriods',
  'offerWords',
  'ctaButtons',
  'linkLabels',
  'linkTargetLabels',
  'teaserOpeners',
  'listLabels',
  'contentsLabels',
  'crumbRoots',
];

/**
 * Compiles a pack. Called once per pack by `resolveOptions`, never per line.
 * @example compilePack(en).match.paywall.test('Already signed up? LOG IN') // true
 */
export function compilePack(pack: PhrasePack): CompiledPack {
  const match = {} as Record<PhraseCategory, PhraseMatcher>;
  const commonWords = new Set((pack.commonWords ?? []).map(commonWordKey));
  const matchers = compileLists(
    CATEGORIES.map((category) => pack[category] ?? []),
    commonWords,
    new Set((pack.gluedToNumber ?? []).map((phrase) => phrase.toLowerCase())),
  );
  CATEGORIES.forEach((category, i) => {
    match[category] = matchers[i] ?? NEVER;
  });
  const months = new Map<string, number>();
  pack.months.forEach((names, i) => {
    for (const name of names) months.set(foldI(name), i + 1);
  });
  const abbreviations = new Set([...(pack.abbreviations ?? []), ...pack.months.flatMap((names) => names.slice(1))]);
  const captionPlaces = new Set(pack.captionPlaces ?? []);
  const stopwords = new Set(pack.stopwords);
  // Why a copy: the built-in packs are frozen (deepFrozen), and Node 20's V8 walks a frozen array with `for…of` on a
  // slow path that allocates as it goes, which also slows the same loop over plain arrays after. The hot paths read
  // `pack`'s lists per line (`bylinePrefixes`): 10× a page of short label lines took 27 → 50 ms, 40 % of it in the
  // garbage collector (test/scaling.test.ts's short label lines went from 11× to 23–29× the time).
  const own = structuredClone(pack);
  return { code: pack.code, pack: own, stopwords, match, months, abbreviations, captionPlaces };
}

/**
 * Merges several packs into one whose categories hold all their phrases: boilerplate of a site's chrome is
 * often in English on a page in another language, so the article's pack is always joined with English.
 */
export function mergePacks(code: string, packs: readonly PhrasePack[]): PhrasePack {
  const first = packs[0];
  if (!first) throw new TypeError('mergePacks needs at least one pack');
  const merged: Record<string, unknown> = { code, name: packs.map((p) => p.name).join('+') };
  // Every pack's keys, not the first's: an optional category English fills ("linkLabels") stays on a page whose
  // pack leaves it out.
  const keys = new Set(packs.flatMap((p) => Object.keys(p) as (keyof PhrasePack)[]));
  for (const key of keys) {
    if (key === 'code' || key === 'name') continue;
    if (key === 'stopwords') {
      // Stopword density measures the article's own language; another pack's function words would inflate it.
      merged[key] = first.stopwords;
      continue;
    }
    if (key === 'dayFirstSeparators') {
      // The order of a numeric date is the article's language's; English chrome around it does not change it.
      if (first.dayFirstSeparators !== undefined) merged[key] = first.dayFirstSeparators;
      continue;
    }
    if (key === 'eraOffset') {
      // Likewise the era its years count in.
      merged[key] = first.eraOffset;
      continue;
    }
    if (key === 'months') {
      merged[key] = first.months.map((_, i) => packs.flatMap((p) => p.months[i] ?? []));
      continue;
    }
    merged[key] = [...new Set(packs.flatMap((p) => (p[key] ?? []) as readonly string[]))];
  }
  return merged as unknown as PhrasePack;
}

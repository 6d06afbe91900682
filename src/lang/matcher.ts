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
}

const NEVER: PhraseMatcher = { test: () => false, count: () => 0, strip: (t) => t, find: () => [] };

/** The expression that defines a phrase list's matches (the scanner of `phrase-index.ts` finds the same ones). */
function phraseExpression(phrases: readonly string[]): string {
  const alternatives = orderedPhrases(phrases).map((p) =>
    escapeRegExp(p).replace(/ /g, '\\s+').replace(/[-‐]/g, '[-‐]?'),
  );
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
}

/**
 * A matcher over the one regular expression that defines a phrase list's matches: slower than
 * {@link compilePhrases}, which finds the same matches; kept as the fallback and as the reference in tests.
 * @example compilePhraseExpression(['read more']).find('Read  more') // ['Read  more']
 */
export function compilePhraseExpression(phrases: readonly string[]): PhraseMatcher {
  return phrases.length === 0 ? NEVER : regexMatcher(phraseExpression(phrases));
}

function regexMatcher(body: string): PhraseMatcher {
  const once = new RegExp(body, 'iu');
  const all = new RegExp(body, 'giu');
  return {
    test: (text) => once.test(text),
    count: (text) => text.match(all)?.length ?? 0,
    strip: (text) => text.replace(all, ' '),
    find: (text) => text.match(all) ?? [],
  };
}

/** A matcher that finds its matches with a scanner: the same results as `regexMatcher`, without the scan. */
function scannerMatcher(scanner: PhraseScanner): PhraseMatcher {
  return {
    test: (text) => scanner.first(text) >= 0,
    count(text) {
      let n = 0;
      for (let start = scanner.first(text); start >= 0; start = scanner.next(text, scanner.end)) n++;
      return n;
    },
    strip(text) {
      let start = scanner.first(text);
      if (start < 0) return text;
      let out = '';
      let last = 0;
      for (; start >= 0; start = scanner.next(text, last)) {
        out += `${text.slice(last, start)} `;
        last = scanner.end;
      }
      return out + text.slice(last);
    },
    find(text) {
      const found: string[] = [];
      for (let start = scanner.first(text); start >= 0; start = scanner.next(text, scanner.end)) {
        found.push(text.slice(start, scanner.end));
      }
      return found;
    },
  };
}

/** Matchers for several phrase lists that share one index, so a line is scanned once for all of them. */
function compileLists(lists: readonly (readonly string[])[]): PhraseMatcher[] {
  const scanners = buildScanners(lists);
  return lists.map((phrases, i) => {
    if (phrases.length === 0) return NEVER;
    // Compiled even when the scanner serves, so an invalid phrase fails here as it always did.
    const fallback = regexMatcher(phraseExpression(phrases));
    const scanner = scanners[i];
    return scanner ? scannerMatcher(scanner) : fallback;
  });
}

/**
 * Compiles phrases into a matcher whose matches are those of one regular expression of literal alternatives
 * (longest first, a space matching any run of whitespace, a hyphen optional, on letter/digit boundaries,
 * case-insensitively), found by looking the text's words up rather than scanning it with the expression.
 * @example compilePhrases(['read more']).test('READ MORE: …') // true
 */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  return compileLists([phrases])[0] ?? NEVER;
}

/** The phrase categories of a {@link PhrasePack} that detectors match against. */
export type PhraseCategory = Exclude<keyof PhrasePack, 'code' | 'name' | 'stopwords' | 'months'>;

/** A phrase pack ready to use: stopwords as a set, each category compiled once. */
export interface CompiledPack {
  readonly code: string;
  readonly pack: PhrasePack;
  readonly stopwords: ReadonlySet<string>;
  readonly match: Readonly<Record<PhraseCategory, PhraseMatcher>>;
  /** Month-name token → month number (1–12). */
  readonly months: ReadonlyMap<string, number>;
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
  'related',
  'ad',
  'nav',
  'legal',
  'uiPrompt',
  'feedback',
  'readerPronouns',
  'authorBio',
  'greetings',
  'bylinePrefixes',
  'facetLabels',
  'dateLabels',
  'weekdays',
  'creditLabels',
  'imageCreditLabels',
  'creditBylines',
  'photoAgencies',
  'attributions',
  'shopButtons',
  'offerWords',
  'ctaButtons',
  'teaserOpeners',
  'listLabels',
];

/**
 * Compiles a pack. Called once per pack by `resolveOptions`, never per line.
 * @example compilePack(en).match.paywall.test('Already signed up? LOG IN') // true
 */
export function compilePack(pack: PhrasePack): CompiledPack {
  const match = {} as Record<PhraseCategory, PhraseMatcher>;
  const matchers = compileLists(CATEGORIES.map((category) => pack[category]));
  CATEGORIES.forEach((category, i) => {
    match[category] = matchers[i] ?? NEVER;
  });
  const months = new Map<string, number>();
  pack.months.forEach((names, i) => {
    for (const name of names) months.set(name, i + 1);
  });
  return { code: pack.code, pack, stopwords: new Set(pack.stopwords), match, months };
}

/**
 * Merges several packs into one whose categories hold all their phrases: boilerplate of a site's chrome is
 * often in English on a page in another language, so the article's pack is always joined with English.
 */
export function mergePacks(code: string, packs: readonly PhrasePack[]): PhrasePack {
  const first = packs[0];
  if (!first) throw new TypeError('mergePacks needs at least one pack');
  const merged: Record<string, unknown> = { code, name: packs.map((p) => p.name).join('+') };
  for (const key of Object.keys(first) as (keyof PhrasePack)[]) {
    if (key === 'code' || key === 'name') continue;
    if (key === 'stopwords') {
      // Stopword density measures the article's own language; another pack's function words would inflate it.
      merged[key] = first.stopwords;
      continue;
    }
    if (key === 'months') {
      merged[key] = first.months.map((_, i) => packs.flatMap((p) => p.months[i] ?? []));
      continue;
    }
    merged[key] = [...new Set(packs.flatMap((p) => p[key] as readonly string[]))];
  }
  return merged as unknown as PhrasePack;
}

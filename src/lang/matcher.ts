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

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles phrases into one regular expression of literal alternatives (longest first), so a line is
 * scanned once whatever the list's length. Literals cannot backtrack catastrophically.
 * @example compilePhrases(['read more']).test('READ MORE: …') // true
 */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  if (phrases.length === 0) return { test: () => false, count: () => 0, strip: (t) => t, find: () => [] };
  const alternatives = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+').replace(/[-‐]/g, '[-‐]?'));
  const body = `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
  const once = new RegExp(body, 'iu');
  const all = new RegExp(body, 'giu');
  return {
    test: (text) => once.test(text),
    count: (text) => text.match(all)?.length ?? 0,
    strip: (text) => text.replace(all, ' '),
    find: (text) => text.match(all) ?? [],
  };
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
  'related',
  'ad',
  'nav',
  'legal',
  'uiPrompt',
  'authorBio',
  'bylinePrefixes',
  'dateLabels',
  'creditLabels',
  'attributions',
];

/**
 * Compiles a pack. Called once per pack by `resolveOptions`, never per line.
 * @example compilePack(en).match.paywall.test('Already signed up? LOG IN') // true
 */
export function compilePack(pack: PhrasePack): CompiledPack {
  const match = {} as Record<PhraseCategory, PhraseMatcher>;
  for (const category of CATEGORIES) match[category] = compilePhrases(pack[category]);
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

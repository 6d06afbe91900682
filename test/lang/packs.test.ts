import { describe, expect, it } from 'vitest';
import { ar } from '../../src/lang/ar.js';
import { cs } from '../../src/lang/cs.js';
import { de } from '../../src/lang/de.js';
import { en } from '../../src/lang/en.js';
import { es } from '../../src/lang/es.js';
import { fr } from '../../src/lang/fr.js';
import { BUILTIN_PACKS } from '../../src/lang/index.js';
import { it as italian } from '../../src/lang/it.js';
import { ja } from '../../src/lang/ja.js';
import { ko } from '../../src/lang/ko.js';
import { nl } from '../../src/lang/nl.js';
import { pl } from '../../src/lang/pl.js';
import { pt } from '../../src/lang/pt.js';
import { ru } from '../../src/lang/ru.js';
import { sk } from '../../src/lang/sk.js';
import { th } from '../../src/lang/th.js';
import { tr } from '../../src/lang/tr.js';
import type { PhrasePack } from '../../src/lang/types.js';
import { uk } from '../../src/lang/uk.js';
import { zh } from '../../src/lang/zh.js';
import { hasUnspacedCode } from '../../src/segment/script.js';

const PACKS: readonly PhrasePack[] = [en, de, fr, es, ru, pt, italian, nl, ar, ja, zh, ko, th, pl, tr, uk, cs, sk];
/**
 * Packs of languages whose tokens are no function words on their own, chosen by script: Chinese, Japanese and Thai write
 * no spaces between words, Korean glues its particles to them ("정부는"). CJK months are numbers ("12月", "12월").
 */
const NO_FUNCTION_WORDS: readonly PhrasePack[] = [ja, zh, ko, th];
/**
 * What such a pack may leave empty: stopwords, and the lists whose phrases are built on a word standing alone at a
 * line's start or before a name ("at Adidas", "Learn more about", "contributed to this report"), which these languages
 * glue to a word or put last; the roles written after a name, where capitals, which these scripts lack, tell where
 * the name ends; and the word between two names, which these scripts write without a space or leave out.
 */
const EMPTY_WITHOUT_FUNCTION_WORDS: readonly (keyof PhrasePack)[] = [
  'stopwords',
  'offerWords',
  'attributions',
  'teaserOpeners',
  'roleWords',
  'nameJoiners',
];
/**
 * Lists a pack of a spaced script leaves empty, each for the reason its comment gives: the phrase would stand where the
 * language's word order puts none (Turkish writes the verb, the postposition and the shop's suffix last), or no phrase
 * for it is known to occur on the language's sites.
 */
const LEFT_EMPTY: Readonly<Record<string, readonly (keyof PhrasePack)[]>> = {
  pl: ['commentCounts'],
  tr: ['commentCounts', 'creditBylines', 'attributions', 'offerWords', 'teaserOpeners'],
  uk: ['commentCounts'],
  cs: ['commentCounts', 'creditBylines'],
  sk: ['commentCounts', 'creditBylines'],
};
/**
 * Lists a pack may leave out: one the English pack does not need (`legalLinks`), the pair that finds a page's
 * licence notice, the labels of a card's link buttons and their hidden labels, which only the English pack gives so
 * far, the reply button, which Arabic and Thai lack so far, a caption's place label, which the Japanese, Korean,
 * Thai and Arabic packs lack so far, a player's notice, which seven packs give so far, the common words, which
 * Korean lacks so far, the phrases that follow a number glued to it, which only a language that glues its
 * counters to the number gives, the counter words, which only a language that counts with them gives, and the words
 * that end a team's name in the byline's place, which only the English pack gives so far.
 */
const OPTIONAL_LISTS: readonly (keyof PhrasePack)[] = [
  'legalLinks',
  'selfReferences',
  'licenceGrants',
  'replyButtons',
  'linkLabels',
  'linkTargetLabels',
  'abbreviations',
  'captionPlaces',
  'mediaNotices',
  'commonWords',
  'selfIntroductions',
  'gluedToNumber',
  'counterWords',
  'staffWords',
];
/** Every field a pack may leave out. */
const OPTIONAL_KEYS: readonly (keyof PhrasePack)[] = [...OPTIONAL_LISTS, 'eraOffset'];
const LIST_KEYS = [
  ...Object.keys(en).filter(
    (k) =>
      k !== 'code' &&
      k !== 'name' &&
      k !== 'months' &&
      k !== 'dayFirstSeparators' &&
      !OPTIONAL_LISTS.includes(k as keyof PhrasePack),
  ),
  ...OPTIONAL_LISTS,
] as (keyof PhrasePack)[];

describe.each(PACKS.map((p) => [p.code, p] as const))('phrase pack %s', (code, pack) => {
  it('has a two-letter code and an English name', () => {
    expect(code).toMatch(/^[a-z]{2}$/);
    expect(pack.name).toMatch(/^[A-Z][a-z]+$/);
  });
  it('has every category of the English pack and no other', () => {
    const own = Object.keys(pack).filter((k) => !OPTIONAL_KEYS.includes(k as keyof PhrasePack));
    expect(own.sort()).toEqual(
      Object.keys(en)
        .filter((k) => !OPTIONAL_KEYS.includes(k as keyof PhrasePack))
        .sort(),
    );
  });
  describe.each(LIST_KEYS)('%s', (key) => {
    const phrases = (pack[key] ?? []) as readonly string[];
    const mayBeEmpty =
      OPTIONAL_LISTS.includes(key) ||
      (NO_FUNCTION_WORDS.includes(pack) && EMPTY_WITHOUT_FUNCTION_WORDS.includes(key)) ||
      (LEFT_EMPTY[code]?.includes(key) ?? false);
    if (!mayBeEmpty) it('is non-empty', () => expect(phrases.length).toBeGreaterThan(0));
    it('is lowercase, trimmed, single-spaced and NFC', () => {
      for (const p of phrases) {
        expect(p).toBe(p.toLowerCase());
        expect(p).toBe(p.trim());
        expect(p).not.toMatch(/\s{2}|[\t\n]/);
        expect(p).toBe(p.normalize('NFC'));
        expect(p).not.toBe('');
      }
    });
    it('has no duplicates', () => expect(new Set(phrases).size).toBe(phrases.length));
  });
  it('lists as common words only entries of its other lists: a word of a script written without spaces, or several', () => {
    const others = new Set(LIST_KEYS.filter((k) => k !== 'commonWords').flatMap((k) => (pack[k] ?? []) as string[]));
    for (const word of pack.commonWords ?? []) {
      expect(others.has(word), word).toBe(true);
      // A single spaced word marks no sentence anyway: listing it would say nothing.
      expect(hasUnspacedCode(word) || word.includes(' '), word).toBe(true);
    }
  });
  it('lists as glued to a number only entries of its other lists, each in a spaced script', () => {
    const others = new Set(LIST_KEYS.filter((k) => k !== 'gluedToNumber').flatMap((k) => (pack[k] ?? []) as string[]));
    for (const phrase of pack.gluedToNumber ?? []) {
      expect(others.has(phrase), phrase).toBe(true);
      expect(hasUnspacedCode(phrase), phrase).toBe(false);
    }
  });
  it('names twelve months, January first, lowercase and without duplicates', () => {
    expect(pack.months).toHaveLength(12);
    const all = pack.months.flat();
    if (!NO_FUNCTION_WORDS.includes(pack)) for (const names of pack.months) expect(names.length).toBeGreaterThan(0);
    for (const m of all) expect(m).toBe(m.toLowerCase().trim());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('BUILTIN_PACKS', () => {
  it('starts with English', () => expect(BUILTIN_PACKS[0]).toBe(en));
  it('ships every pack', () => expect([...BUILTIN_PACKS]).toEqual(PACKS));
  it('has unique codes', () => {
    const codes = BUILTIN_PACKS.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

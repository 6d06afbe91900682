import { escapeRegExp } from '../lang/escape-reg-exp.js';
import type { Line } from '../segment/segment.js';
import { readsAsName } from './bare-name.js';
import { asName } from './byline.js';

/** Fewest and most words of a site owner's name: a given name and one or two family names. */
const MIN_OWNER_WORDS = 2;
const MAX_OWNER_WORDS = 3;
/** Most letters of a word of the owner's name; a longer one is the name glued to the menu ("Sam Bossleythoughts…"). */
const MAX_OWNER_WORD_CHARS = 20;
/** Fewest letters of a name's word that the host must spell alone: a shorter one is in many hosts by chance. */
const MIN_SPELLED_WORD = 3;

/**
 * A header line from its first letter to its last, without the marks at its edges that are no part of the name
 * ("Pierce Freeman//"). Why not a replace of `[^\p{L}]+$`: that tries every start in a run of marks inside the line,
 * each to the run's end (quadratic), where this scans back from the line's end once.
 */
const LETTERS_SPAN = /\p{L}(?:.*\p{L})?/su;
/**
 * A word as a person's name writes it: a capital, then small letters (an initial's period, an apostrophe, a hyphen).
 */
const NAME_CASED_WORD = /^\p{Lu}[\p{Ll}\p{M}'’.-]*(?:-\p{Lu}[\p{Ll}\p{M}'’.-]*)?$/u;
/** A word in capitals, two letters at least: a name as html-to-text writes a heading's. */
const SHOUTED_WORD = /^\p{Lu}[\p{Lu}\p{M}'’.-]*\p{Lu}$/u;

/**
 * The person a personal site belongs to, or null: the page's first line (the site's header) is a person's name that
 * the URL's host spells in part, which names the writer of a blog that gives no byline. The name has two or three
 * words, each a capital and small letters, or each in capitals, as html-to-text writes the header's heading ("CORY
 * DRANSFELDT"); an acronym among name-cased words is a company's ("Easy LMS"); the host spells its given name or its
 * family name ({@link spellsName}); and no word of it is written in lower case elsewhere on the page
 * ({@link readsAsName}), as a company's words are. A name in capitals that the page also writes in a brand's mixed
 * case is a company's ({@link writesInBrandCase}). When the header names no one, the footer's copyright notice may
 * ({@link noticeOwner}).
 * @param host the site's host as `siteHost` spells it
 * @example siteOwner(linesOf('Anil Madhavapeddy\nNotes\n…'), 'anilrecoil') // 'Anil Madhavapeddy'
 */
export function siteOwner(lines: readonly Line[], host: string): string | null {
  // why: wcxb 0438 innertext — "Anil Madhavapeddy" heads anil.recoil.org, and the post names no writer.
  const headerAt = lines.findIndex((line) => line.words > 0);
  const header = lines[headerAt];
  if (header === undefined) return null;
  const spelled = host.replace(/-/gu, '');
  const name = ownerShaped(header.text.match(LETTERS_SPAN)?.[0] ?? '');
  if (name !== null && spellsName(spelled, name) && readsAsName(name, lines))
    return isShoutedName(name) && writesInBrandCase(name, lines) ? null : name;
  // Why past the header: a site's logo may write its owner's name in lower case ("toby/hede" heading tobyhede.com, WCXB
  // 0419 innertext, over "© 2025 Toby Hede."), which is no sign of a common word.
  return noticeOwner(lines, spelled, headerAt);
}

/**
 * The holder named by a copyright notice that opens its line, up to its first stop or digit ("© 2025 Jane Roe. All
 * rights reserved."; "Copyright Jane Roe 2012-2025"): the sign or the word, then years and the sign again, optional.
 * Why the line's start: a notice after an address names the institution the address is of ("… Ohio 44195 | © 2025
 * Cleveland Clinic.", WCXB 0027).
 */
const NOTICE_HOLDER =
  /^\s*(?:©|\(c\)|copyright\b)\s*(?:copyright\b\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?(?:©\s*)?([^.,;:|·•©\d]*)/iu;

/**
 * The person a personal site belongs to as its footer's copyright notice names them, or null: the holder is a name of
 * {@link ownerShaped} form that the host spells whole ("© 2025 Jane Roe" on janeroe.com), and that {@link readsAsName}
 * in the lines after the header, the line at `headerAt`. Why whole: a company's notice names it with its legal form or
 * a word the host leaves out ("Flatworld Solutions Inc." on flatworldsolutions.com, "Chicago Botanic Garden" on
 * chicagobotanic.org), which the host does not spell.
 */
function noticeOwner(lines: readonly Line[], host: string, headerAt: number): string | null {
  // why: wcxb 0494, 0414 — "© Copyright 2012-2025 Guillaume Gomez" closes blog.guillaume-gomez.fr, and the post gives
  // no byline.
  for (let i = lines.length - 1; i >= 0; i--) {
    const holder = NOTICE_HOLDER.exec((lines[i] as Line).text)?.[1];
    if (holder === undefined) continue;
    const name = ownerShaped(holder.trim());
    return name !== null && host.includes(folded(name).join('')) && readsAsName(name, lines.slice(headerAt + 1))
      ? name
      : null;
  }
  return null;
}

/** True when every word of `name` is in capitals. */
const isShoutedName = (name: string): boolean => name.split(' ').every((w) => SHOUTED_WORD.test(w));

/**
 * True when some line writes a word of `name` with a capital inside it, as a brand writes its name ("MongoDB" under
 * "MONGODB EVENT", WCXB 0444 innertext): a header in capitals then names a company, where a person's name is written
 * in capitals or with its first letter alone capitalized.
 */
function writesInBrandCase(name: string, lines: readonly Line[]): boolean {
  const word = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${name.split(' ').map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  for (const line of lines)
    for (const m of line.text.matchAll(word)) {
      const written = m[0];
      if (written !== written.toUpperCase() && written !== written.toLowerCase() && !NAME_CASED_WORD.test(written))
        return true;
    }
  return false;
}

/**
 * `text` as a person's name of {@link MIN_OWNER_WORDS} to {@link MAX_OWNER_WORDS} words, all name-cased or all in
 * capitals, else null.
 */
function ownerShaped(text: string): string | null {
  const name = asName(text.replace(/\s+/gu, ' '));
  if (name === null) return null;
  const words = name.split(' ');
  if (words.length < MIN_OWNER_WORDS || words.length > MAX_OWNER_WORDS) return null;
  if (words.some((w) => w.length > MAX_OWNER_WORD_CHARS)) return null;
  // Why capitals: html-to-text writes a heading in capitals, the header's name too ("CORY DRANSFELDT" heading
  // coryd.dev, WCXB 0437 html-to-text; "OWAIN BRENNAN", 0493), where innerText gives "Cory Dransfeldt".
  return words.every((w) => NAME_CASED_WORD.test(w)) || words.every((w) => SHOUTED_WORD.test(w)) ? name : null;
}

/** The name's words in lower case, letters only. */
const folded = (name: string): string[] =>
  name
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/[^\p{L}]/gu, ''));

/**
 * True when the host spells a part of the name but not the whole of it: its given name first, its family name last,
 * or the given name and the family name's initial ("coryd" for Cory Dransfeldt). Why not the whole name run together:
 * that is how a brand's host spells the brand ("Fox News" heading foxnews.com, multisite dev), where a person's site
 * is as often named for one part of the name (WCXB 0436 pierce.dev, 2498 artmann.co).
 */
function spellsName(host: string, name: string): boolean {
  const words = folded(name);
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (host.includes(words.join(''))) return false;
  if (first.length >= MIN_SPELLED_WORD && host.startsWith(first)) return true;
  return last.length >= MIN_SPELLED_WORD && host.endsWith(last);
}

import type { CompiledPack } from '../lang/matcher.js';
import type { Line } from '../segment/segment.js';
import { readsAsName, writesAgain } from './bare-name.js';
import { asName } from './byline.js';
import { boxName } from './first-name-bio.js';

/** Fewest words of a self-introduction: a bio, not a quoted remark. */
const MIN_BIO_WORDS = 10;
/** Characters of a line's head read for a name and the self-introduction after it. */
const HEAD_CHARS = 64;
/** Fewest and most words of a name glued before its self-introduction. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * The writer's name on the line over a bio in the first person ("Josh Fechter" over "I'm the founder of …", WCXB 0229),
 * or opening it ("Emmanuel John I'm a full-stack software developer …", 0390, where the page also writes the name
 * alone), anywhere on the page; null when there is none, or the pack gives no `selfIntroductions`. The name must
 * {@link readsAsName}: a heading over a paragraph in the first person uses common words.
 * @example nameOverSelfIntroduction(linesOf('Jane Roe\nI am a gardener who writes about soil and seeds.'), compiledEn) // 'Jane Roe'
 */
export function nameOverSelfIntroduction(lines: readonly Line[], lang: CompiledPack): string | null {
  const introductions = lang.match.selfIntroductions;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.words < MIN_BIO_WORDS) continue;
    const head = line.text.slice(0, HEAD_CHARS);
    const found = introductions.find(head)[0];
    if (found === undefined) continue;
    const at = head.indexOf(found);
    const name = at === 0 ? nameLineOver(lines, i, lang) : gluedName(head.slice(0, at), i, lines);
    if (name !== null && readsAsName(name, lines)) return name;
  }
  return null;
}

/**
 * The line over the `i`th as an author box's name, else null. Why not a menu's label: a button's states have a name's
 * shape too, over a contributor's bio (a follow button's three labels, multisite-dev forbes).
 */
function nameLineOver(lines: readonly Line[], i: number, lang: CompiledPack): string | null {
  const over = lines[i - 1];
  return over === undefined || lang.match.nav.test(over.text) ? null : boxName(over, lang);
}

/** `text`, the words before a self-introduction on the `i`th line, as a name the page also writes alone, else null. */
function gluedName(text: string, i: number, lines: readonly Line[]): string | null {
  const name = asName(text);
  if (name === null) return null;
  const words = name.split(' ').length;
  return words >= MIN_NAME_WORDS && words <= MAX_NAME_WORDS && writesAgain(name, i, lines) ? name : null;
}

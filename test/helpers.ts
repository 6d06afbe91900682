import { en } from '../src/lang/en.js';
import { compiledPackFor } from '../src/lang/index.js';
import type { CompiledPack } from '../src/lang/matcher.js';
import { creditPatternsFor } from '../src/repair/caption-credit.js';
import { repair } from '../src/repair/repair.js';
import { type Line, segment } from '../src/segment/segment.js';
import { MODE_SETTINGS } from '../src/settings.js';
import type { DetectContext } from '../src/types.js';

/** The English pack, compiled. */
export const EN: CompiledPack = compiledPackFor(en);

/** Segments and repairs text the way `clean()` does, with the English pack. */
export function linesOf(text: string): Line[] {
  return repair(segment(text), creditPatternsFor(EN));
}

/** The single line `text` makes. */
export function lineOf(text: string): Line {
  const [line] = linesOf(text);
  if (!line) throw new Error(`no line in ${JSON.stringify(text)}`);
  return line;
}

/** A detector context over `lines` in balanced mode. */
export function contextOf(lines: readonly Line[]): DetectContext {
  return { lines, lang: EN, settings: MODE_SETTINGS.balanced };
}

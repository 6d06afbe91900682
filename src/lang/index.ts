import { deepFrozen } from '../deep-frozen.js';
import { ar } from './ar.js';
import { cs } from './cs.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { type CompiledPack, compilePack, mergePacks } from './matcher.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sk } from './sk.js';
import { th } from './th.js';
import { tr } from './tr.js';
import type { PhrasePack } from './types.js';
import { uk } from './uk.js';
import { zh } from './zh.js';

/**
 * The packs dechaff ships, English first. Why the newest (Polish, Turkish, then Ukrainian, Czech and Slovak) last:
 * language detection gives a tie to the earlier pack, so a new pack takes no page from a pack that had it.
 */
export const BUILTIN_PACKS: readonly PhrasePack[] = deepFrozen([
  en,
  de,
  fr,
  es,
  ru,
  pt,
  it,
  nl,
  ar,
  ja,
  zh,
  ko,
  th,
  pl,
  tr,
  uk,
  cs,
  sk,
]);

const BUILTIN: ReadonlySet<PhrasePack> = new Set(BUILTIN_PACKS);

/** Whether `pack` is one of {@link BUILTIN_PACKS}, which are frozen and checked by their tests. */
export const isBuiltinPack = (pack: PhrasePack): boolean => BUILTIN.has(pack);

// Compiled packs are immutable and depend only on the packs given: memos, not state that changes results. The
// built-in packs' are kept (18 at most); a caller's pack is kept only while the caller keeps it, with the JSON it was
// compiled from. Why: kept by an id for ever, a fresh pack object each call (300 calls) held 389 MB of compiled packs,
// and a pack the caller changed after a call kept its old words.
const compiledBuiltin = new Map<PhrasePack, CompiledPack>();
const compiledOwn = new WeakMap<PhrasePack, { readonly source: string; readonly compiled: CompiledPack }>();

/**
 * The compiled pack for a document in `pack`'s language, joined with English (site chrome is often English
 * whatever the article's language). A built-in pack is compiled once; a caller's own again when it has changed.
 */
export function compiledPackFor(pack: PhrasePack | null): CompiledPack {
  if (pack === null || isBuiltinPack(pack)) {
    const key = pack ?? en;
    let result = compiledBuiltin.get(key);
    if (!result) {
      result = compilePack(key === en ? en : mergePacks(key.code, [key, en]));
      compiledBuiltin.set(key, result);
    }
    return result;
  }
  const source = JSON.stringify(pack);
  const known = compiledOwn.get(pack);
  if (known?.source === source) return known.compiled;
  const compiled = compilePack(mergePacks(pack.code, [pack, en]));
  compiledOwn.set(pack, { source, compiled });
  return compiled;
}

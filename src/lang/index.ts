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

// Compiled packs are immutable and depend only on the packs given: a memo, not state that changes results.
const compiled = new Map<string, CompiledPack>();
const packIds = new WeakMap<PhrasePack, number>();
let nextPackId = 0;

function idOf(pack: PhrasePack): number {
  let id = packIds.get(pack);
  if (id === undefined) {
    id = nextPackId++;
    packIds.set(pack, id);
  }
  return id;
}

/**
 * The compiled pack for a document in `pack`'s language, joined with English (site chrome is often English
 * whatever the article's language). Compiled once per pack and reused.
 */
export function compiledPackFor(pack: PhrasePack | null): CompiledPack {
  const parts = pack === null || pack === en ? [en] : [pack, en];
  const key = parts.map(idOf).join('+');
  let result = compiled.get(key);
  if (!result) {
    result = compilePack(parts.length === 1 ? en : mergePacks(pack?.code ?? 'en', parts));
    compiled.set(key, result);
  }
  return result;
}

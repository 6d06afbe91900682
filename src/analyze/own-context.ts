import { isRecord } from '../is-record.js';
import type { CompiledPack, PhraseMatcher } from '../lang/matcher.js';
import type { PhrasePack } from '../lang/types.js';
import type { Settings } from '../settings.js';
import type { DetectContext } from '../types.js';
import { readOnlyMap, readOnlySet } from './read-only-collections.js';

/**
 * The context a detector of the caller's own is shown: the same (frozen) lines, with read-only views of the pack and
 * the thresholds, made once per pack and reused. Why: the compiled pack and the mode's thresholds serve every call, and
 * a detector that changed them (`ctx.lang.stopwords.clear()`, `ctx.settings.goodMinWords = 0`) changed the articles
 * of later calls, with its detectors or without, unsaid; now the write throws (a `DetectorError`; a frozen field's
 * write does nothing in sloppy code). The built-in detectors are shown the context itself: they never write to it.
 * @example ownContext(ctx).lang.stopwords.has('the') // true, as ctx.lang.stopwords.has('the')
 */
export function ownContext(ctx: DetectContext): DetectContext {
  return Object.freeze({ lines: ctx.lines, lang: packView(ctx.lang), settings: settingsView(ctx.settings) });
}

const packViews = new WeakMap<CompiledPack, CompiledPack>();
const settingsViews = new WeakMap<Settings, Settings>();

/** A read-only view of a compiled pack: a frozen copy of its phrase pack, its sets and maps behind read-only views. */
function packView(lang: CompiledPack): CompiledPack {
  let view = packViews.get(lang);
  if (view === undefined) {
    const match = Object.fromEntries(Object.entries(lang.match).map(([category, m]) => [category, matcherView(m)]));
    view = Object.freeze({
      code: lang.code,
      pack: frozenCopy(lang.pack) as PhrasePack,
      stopwords: readOnlySet(lang.stopwords),
      match: Object.freeze(match) as CompiledPack['match'],
      months: readOnlyMap(lang.months),
      abbreviations: readOnlySet(lang.abbreviations),
      captionPlaces: readOnlySet(lang.captionPlaces),
    });
    packViews.set(lang, view);
  }
  return view;
}

function settingsView(settings: Settings): Settings {
  let view = settingsViews.get(settings);
  if (view === undefined) {
    view = Object.freeze({ ...settings });
    settingsViews.set(settings, view);
  }
  return view;
}

/** A matcher of the same functions in a frozen object, so that none can be swapped for another. */
const matcherView = (matcher: PhraseMatcher): PhraseMatcher =>
  Object.freeze({
    test: matcher.test,
    count: matcher.count,
    strip: matcher.strip,
    find: matcher.find,
    commonWords: readOnlySet(matcher.commonWords),
  });

/** A deep copy of plain data (a phrase pack: strings, numbers and lists of them), frozen at every level. */
function frozenCopy(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy));
  if (!isRecord(value)) return value;
  return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, field]) => [key, frozenCopy(field)])));
}

import { DEFAULT_DETECTORS } from './detectors/index.js';
import { InvalidOptionError, typeName } from './errors.js';
import { isPlainObject } from './is-plain-object.js';
import { isRecord } from './is-record.js';
import { BUILTIN_PACKS, isBuiltinPack } from './lang/index.js';
import { packProblem } from './lang/pack-problem.js';
import type { PhrasePack } from './lang/types.js';
import { profileProblem, type SiteProfile } from './profile/profile.js';
import { DEFAULT_PROFILE_THRESHOLDS, type ProfileThresholds } from './profile/site-repeat.js';
import { quoteValue } from './quote-value.js';
import { readOptions, whileReading } from './read-options.js';
import { MODE_SETTINGS, type Mode, type Settings } from './settings.js';
import { type Detector, isLineRemovalKind, LINE_REMOVAL_KINDS, type RemovalKind } from './types.js';

/** Options of {@link clean}. Every field is optional. */
export interface CleanOptions {
  /**
   * The precision/recall trade-off: `'precision'` keeps less (stricter prose tests, costlier boilerplate),
   * `'recall'` keeps more.
   * @default 'balanced'
   */
  readonly mode?: Mode;
  /**
   * The language as a BCP 47 tag (`'de'`; `'de-AT'` and `'DE'` pick the pack of `'de'` too), when known; otherwise it
   * is detected from stopwords.
   * @default undefined (detect)
   */
  readonly lang?: string;
  /**
   * Phrase packs to choose from, replacing the built-in ones (English is always joined in). A pack of your own is
   * compiled when first used and again once it has changed, and is let go with it.
   * @default BUILTIN_PACKS
   */
  readonly packs?: readonly PhrasePack[];
  /**
   * Detectors asked about each line, in order; the first verdict wins. A verdict of your own detector that is no
   * object, has a kind that is none of a line (`affix` is a piece of one), a reason that is no string, or a
   * `barrier` or `closes` that is no boolean throws {@link InvalidOptionError}; so does a promise. A detector of your
   * own that throws throws {@link DetectorError}, with what it threw as `cause`. The lines it is shown are frozen, its
   * context's pack and thresholds read-only views, and a verdict's other fields are ignored: a removal's offsets are
   * its line's.
   * @default DEFAULT_DETECTORS
   */
  readonly detectors?: readonly Detector[];
  /**
   * Kinds of boilerplate to keep in the body instead of removing, e.g. `{ 'author-bio': true }`.
   * Lines of a kept kind inside the body stay there as ordinary blocks. It overrides the detectors' verdicts on lines
   * and a site profile's repeats, not what the body's bounds and the structure take out after them (a repeated
   * sentence, a bio cut at the body's end); so `promo`, which only those passes give, is kept only from a detector
   * of your own. Every kind but `affix` (a piece of a line the article shows in part, not a line) may be named.
   * @default {}
   */
  readonly keep?: Readonly<Partial<Record<KeptKind, boolean>>>;
  /**
   * Put figure captions into `article.text` too (they are always in `article.blocks`).
   * @default false
   */
  readonly captionsInText?: boolean;
  /**
   * Longest input accepted, in UTF-16 code units; longer input throws {@link InputTooLargeError}.
   * @default 50_000_000 (cleaning needs about 18 bytes of heap per character at its peak: ~0.9 GB at this limit)
   */
  readonly maxInputLength?: number;
  /**
   * What repeats across the site's pages, from `learnProfile()`: lines on many of them are removed as
   * `site-repeat`, per {@link CleanOptions.profileThresholds}.
   * @default undefined (each page on its own)
   */
  readonly profile?: SiteProfile;
  /**
   * When a line of the profile counts as site chrome: the fewest pages the profile needs, the share of them
   * the line must be on, and the higher share for lines the page alone reads as body prose.
   * @default { minPages: 5, minShare: 0.2, proseMinShare: 0.9 }
   */
  readonly profileThresholds?: Readonly<Partial<ProfileThresholds>>;
  /**
   * The page's URL, when known (a crawler always knows it). Its slug usually spells the headline
   * (`/2025/09/04/top-nutrition-trends-for-fall-2025/`), so lines whose words match it are preferred as the title;
   * the body does not depend on it. A string that is no absolute URL, one longer than 8,192 characters
   * (`MAX_URL_LENGTH`), or a path without a slug of three words or more, is no hint.
   * @default undefined (the title from the text alone)
   */
  readonly url?: string;
}

/** A kind {@link CleanOptions.keep} may name: every removal kind but `affix`. */
export type KeptKind = Exclude<RemovalKind, 'affix'>;

/** {@link CleanOptions} with every default filled in and the mode's thresholds looked up. */
export interface ResolvedOptions {
  readonly mode: Mode;
  readonly lang: string | undefined;
  readonly packs: readonly PhrasePack[];
  readonly detectors: readonly Detector[];
  readonly keep: Readonly<Partial<Record<RemovalKind, boolean>>>;
  readonly captionsInText: boolean;
  readonly maxInputLength: number;
  readonly profile: SiteProfile | undefined;
  readonly profileThresholds: ProfileThresholds;
  readonly url: string | undefined;
  readonly settings: Settings;
}

/** Every option {@link CleanOptions} has, so that a misspelt one is refused (the type keeps the two in step). */
const OPTION_NAMES: Readonly<Record<keyof CleanOptions, true>> = {
  mode: true,
  lang: true,
  packs: true,
  detectors: true,
  keep: true,
  captionsInText: true,
  maxInputLength: true,
  profile: true,
  profileThresholds: true,
  url: true,
};

/**
 * The longest {@link CleanOptions.url} read as a hint, in UTF-16 code units; a longer one is no hint, as a string that
 * is no URL is. Why 8,192: HTTP asks servers to take at least 8,000 octets of a request line (RFC 9110, 4.1), and
 * common servers refuse longer ones; a 10 MB URL took 3.1 s of the title search's time.
 */
export const MAX_URL_LENGTH = 8192;

/** The default of {@link CleanOptions.maxInputLength}. */
export const DEFAULT_MAX_INPUT_LENGTH = 50_000_000;

/**
 * {@link CleanOptions.maxInputLength} as given, or its default, once it is a non-negative integer; `learnProfile`
 * takes the same.
 * @example checkedMaxInputLength(undefined) // 50_000_000
 */
export function checkedMaxInputLength(given: unknown): number {
  const limit = given ?? DEFAULT_MAX_INPUT_LENGTH;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
    throw new InvalidOptionError(
      `maxInputLength must be a non-negative integer, got ${quoteValue(limit)}`,
      'maxInputLength',
      limit,
    );
  }
  return limit;
}

/**
 * Fills in defaults and checks ranges; throws {@link InvalidOptionError} on a bad value, an option it has not, or one
 * whose reading throws (a getter, a Proxy's trap; what it threw is the error's `cause`). Each option is read once.
 * @example resolveOptions({ mode: 'precision' }).settings.goodMinWords // 15
 */
export function resolveOptions(options: CleanOptions = {}): ResolvedOptions {
  const given = readOptions<CleanOptions>(options, OPTION_NAMES);
  const mode = given.mode ?? 'balanced';
  // Why own: `mode: 'toString'` found Object.prototype's, and an object without a prototype threw as a key.
  const settings = typeof mode === 'string' && Object.hasOwn(MODE_SETTINGS, mode) ? MODE_SETTINGS[mode] : undefined;
  if (!settings) {
    throw new InvalidOptionError(
      `mode must be 'balanced', 'precision' or 'recall', got ${quoteValue(mode)}`,
      'mode',
      mode,
    );
  }
  const maxInputLength = checkedMaxInputLength(given.maxInputLength);
  const packs = whileReading('packs', () => checkedPacks(given.packs));
  const lang = given.lang === undefined ? undefined : packCode(given.lang, packs);
  const { url, profile } = given;
  if (url !== undefined && typeof url !== 'string') {
    throw new InvalidOptionError(`url must be a string, got ${typeName(url)}`, 'url', url);
  }
  const problem = profile === undefined ? undefined : whileReading('profile', () => profileProblem(profile));
  if (problem) throw new InvalidOptionError(`profile: ${problem}`, 'profile', profile);
  return {
    mode,
    lang,
    packs,
    // Why a copy: DEFAULT_DETECTORS is frozen, and Node 20's V8 walks a frozen array with `for…of` on an allocating
    // slow path; detect() walks the list for every line.
    detectors: [
      ...whileReading('detectors', () =>
        checkedList(given.detectors ?? DEFAULT_DETECTORS, 'detectors', 'detectors', isDetector),
      ),
    ],
    keep: whileReading('keep', () => checkedKeep(given.keep)),
    captionsInText: checkedBoolean(given.captionsInText ?? false, 'captionsInText'),
    maxInputLength,
    profile,
    profileThresholds: whileReading('profileThresholds', () => checkedThresholds(given.profileThresholds)),
    url: url !== undefined && url.length <= MAX_URL_LENGTH ? url : undefined,
    settings,
  };
}

/** The thresholds given, over the defaults, once each is one of them and in range. */
function checkedThresholds(given: CleanOptions['profileThresholds']): ProfileThresholds {
  if (given !== undefined && !isPlainObject(given as unknown)) {
    throw new InvalidOptionError(
      `profileThresholds must be a plain object, got ${typeName(given)}`,
      'profileThresholds',
      given,
    );
  }
  const profileThresholds = { ...DEFAULT_PROFILE_THRESHOLDS, ...given };
  for (const [name, value] of Object.entries(profileThresholds)) {
    // Why: a misspelt threshold (`minShar`) would leave the default in force, unsaid.
    if (!Object.hasOwn(DEFAULT_PROFILE_THRESHOLDS, name)) {
      const have = Object.keys(DEFAULT_PROFILE_THRESHOLDS).join(', ');
      const message = `profileThresholds: ${quoteValue(name)} is no threshold (have: ${have})`;
      throw new InvalidOptionError(message, 'profileThresholds', given);
    }
    // A share above 1 is allowed and never reached: `proseMinShare: 2` never removes a prose line.
    const ok = typeof value === 'number' && value >= 0 && (name !== 'minPages' || Number.isInteger(value));
    if (!ok) {
      const message = `profileThresholds.${name} is out of range, got ${quoteValue(value)}`;
      throw new InvalidOptionError(message, `profileThresholds.${name}`, value);
    }
  }
  return profileThresholds;
}

/**
 * `list` as given, once it is an array of what `isItem` accepts. Why: a string or a stray object there failed deep in
 * the pipeline with a TypeError (`detectors.every is not a function`), or was taken as a pack and matched nothing.
 */
function checkedList<T>(
  list: readonly T[],
  name: string,
  what: string,
  isItem: (item: unknown) => boolean,
): readonly T[] {
  if (!Array.isArray(list)) {
    throw new InvalidOptionError(`${name} must be an array of ${what}, got ${typeName(list)}`, name, list);
  }
  const bad = list.findIndex((item) => !isItem(item));
  if (bad !== -1) {
    throw new InvalidOptionError(`${name}[${bad}] is not one of the ${what}, got ${typeName(list[bad])}`, name, list);
  }
  return list;
}

/** Whether a value has a detector's shape: a string `id` and a `detect` function. */
const isDetector = (value: unknown): boolean =>
  isRecord(value) && typeof value.id === 'string' && typeof value.detect === 'function';

/**
 * `packs` as given, once it is an array of phrase packs each of a pack's shape ({@link packProblem}). The built-in
 * packs are checked by their tests, so only a caller's own are checked here, on every call (linear in their size).
 */
function checkedPacks(packs: CleanOptions['packs']): readonly PhrasePack[] {
  if (packs === undefined) return BUILTIN_PACKS;
  const list = checkedList(packs, 'packs', 'phrase packs', isRecord);
  list.forEach((pack, i) => {
    const problem = isBuiltinPack(pack) ? undefined : packProblem(pack);
    if (problem !== undefined) throw new InvalidOptionError(`packs[${i}]: ${problem}`, 'packs', packs);
  });
  return list;
}

/** `value` when it is a boolean; a string such as `'false'` would read as true. */
function checkedBoolean(value: boolean, name: string): boolean {
  if (typeof value !== 'boolean') {
    throw new InvalidOptionError(`${name} must be true or false, got ${quoteValue(value)}`, name, value);
  }
  return value;
}

/**
 * `keep` as given, once every key is a kind it may name and every value a boolean; a misspelt kind would keep
 * nothing, and so would `affix`.
 */
function checkedKeep(keep: CleanOptions['keep']): ResolvedOptions['keep'] {
  if (keep === undefined) return {};
  if (!isPlainObject(keep as unknown)) {
    throw new InvalidOptionError(`keep must be a plain object of removal kinds, got ${typeName(keep)}`, 'keep', keep);
  }
  for (const [kind, value] of Object.entries(keep)) {
    // Why not `affix`: keeping a piece of a line shown in part would take the line back whole, which no option does.
    if (!isLineRemovalKind(kind)) {
      const what = kind === 'affix' ? 'cannot be kept: it is a piece of a line shown in part' : 'is no removal kind';
      throw new InvalidOptionError(
        `keep: ${quoteValue(kind)} ${what} (have: ${LINE_REMOVAL_KINDS.join(', ')})`,
        'keep',
        keep,
      );
    }
    if (typeof value !== 'boolean') {
      throw new InvalidOptionError(`keep.${kind} must be true or false, got ${quoteValue(value)}`, 'keep', keep);
    }
  }
  return keep;
}

/**
 * The code of the pack `lang` names: its own, or its primary tag's in small letters (`'de-AT'`, `'DE'`: `'de'`). Why:
 * `lang` is documented as a BCP 47 tag, and a crawler's tag often carries a region or capitals (WCXB's `en-us`).
 */
function packCode(lang: string, packs: readonly PhrasePack[]): string {
  if (typeof lang !== 'string')
    throw new InvalidOptionError(`lang must be a string, got ${typeName(lang)}`, 'lang', lang);
  if (packs.some((p) => p.code === lang)) return lang;
  const primary = lang.toLowerCase().split(/[-_]/)[0] as string;
  if (packs.some((p) => p.code === primary)) return primary;
  const have = packs.map((p) => quoteValue(p.code)).join(', ');
  throw new InvalidOptionError(`no phrase pack for lang ${quoteValue(lang)} (have: ${have})`, 'lang', lang);
}

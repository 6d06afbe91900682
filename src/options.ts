import { DEFAULT_DETECTORS } from './detectors/index.js';
import { InvalidOptionError } from './errors.js';
import { BUILTIN_PACKS } from './lang/index.js';
import type { PhrasePack } from './lang/types.js';
import { MODE_SETTINGS, type Mode, type Settings } from './settings.js';
import type { Detector, RemovalKind } from './types.js';

/** Options of {@link clean}. Every field is optional. */
export interface CleanOptions {
  /**
   * The precision/recall trade-off: `'precision'` keeps less (stricter prose tests, costlier boilerplate),
   * `'recall'` keeps more.
   * @default 'balanced'
   */
  readonly mode?: Mode;
  /**
   * The language's BCP 47 primary tag (`'de'`), when known; otherwise it is detected from stopwords.
   * @default undefined (detect)
   */
  readonly lang?: string;
  /**
   * Phrase packs to choose from, replacing the built-in ones (English is always joined in).
   * @default BUILTIN_PACKS
   */
  readonly packs?: readonly PhrasePack[];
  /**
   * Detectors asked about each line, in order; the first verdict wins.
   * @default DEFAULT_DETECTORS
   */
  readonly detectors?: readonly Detector[];
  /**
   * Kinds of boilerplate to keep in the body instead of removing, e.g. `{ 'author-bio': true }`.
   * Lines of a kept kind inside the body stay there as ordinary blocks.
   * @default {}
   */
  readonly keep?: Readonly<Partial<Record<RemovalKind, boolean>>>;
  /**
   * Put figure captions into `article.text` too (they are always in `article.blocks`).
   * @default false
   */
  readonly captionsInText?: boolean;
  /**
   * Longest input accepted, in UTF-16 code units; longer input throws {@link InputTooLargeError}.
   * @default 50_000_000 (cleaning needs about 22 bytes of heap per character at its peak: ~1.1 GB at this limit)
   */
  readonly maxInputLength?: number;
}

/** {@link CleanOptions} with every default filled in and the mode's thresholds looked up. */
export interface ResolvedOptions {
  readonly mode: Mode;
  readonly lang: string | undefined;
  readonly packs: readonly PhrasePack[];
  readonly detectors: readonly Detector[];
  readonly keep: Readonly<Partial<Record<RemovalKind, boolean>>>;
  readonly captionsInText: boolean;
  readonly maxInputLength: number;
  readonly settings: Settings;
}

/** The default of {@link CleanOptions.maxInputLength}. */
export const DEFAULT_MAX_INPUT_LENGTH = 50_000_000;

/**
 * Fills in defaults and checks ranges; throws {@link InvalidOptionError} on a bad value.
 * @example resolveOptions({ mode: 'precision' }).settings.goodMinWords // 15
 */
export function resolveOptions(options: CleanOptions = {}): ResolvedOptions {
  const mode = options.mode ?? 'balanced';
  const settings = MODE_SETTINGS[mode];
  if (!settings) throw new InvalidOptionError(`mode must be 'balanced', 'precision' or 'recall', got ${String(mode)}`);
  const maxInputLength = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (!Number.isInteger(maxInputLength) || maxInputLength < 0) {
    throw new InvalidOptionError(`maxInputLength must be a non-negative integer, got ${String(maxInputLength)}`);
  }
  const packs = options.packs ?? BUILTIN_PACKS;
  if (options.lang !== undefined && !packs.some((p) => p.code === options.lang)) {
    throw new InvalidOptionError(
      `no phrase pack for lang '${options.lang}' (have: ${packs.map((p) => p.code).join(', ')})`,
    );
  }
  return {
    mode,
    lang: options.lang,
    packs,
    detectors: options.detectors ?? DEFAULT_DETECTORS,
    keep: options.keep ?? {},
    captionsInText: options.captionsInText ?? false,
    maxInputLength,
    settings,
  };
}

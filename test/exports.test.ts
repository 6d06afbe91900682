import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

/** The runtime exports of src/index.ts, pinned: adding or removing one is a decision, not an accident. */
const EXPORTS = [
  'BUILTIN_PACKS',
  'DEFAULT_DETECTORS',
  'DEFAULT_MAX_INPUT_LENGTH',
  'DEFAULT_PROFILE_THRESHOLDS',
  'DechaffError',
  'DetectorError',
  'InputTooLargeError',
  'InvalidInputError',
  'InvalidOptionError',
  'MODE_SETTINGS',
  'PROFILE_VERSION',
  'REMOVAL_KINDS',
  'ad',
  'authorBio',
  'bylineMeta',
  'clean',
  'comments',
  'cookie',
  'feedback',
  'learnProfile',
  'legal',
  'mergeProfiles',
  'nav',
  'newsletter',
  'normalize',
  'paywall',
  'placeholder',
  'related',
  'resolveOptions',
  'segment',
  'shareButtons',
  'social',
  'subscribe',
  'toJson',
  'toMarkdown',
  'toText',
  'uiPrompt',
];

const namesOf = (module: object): string[] =>
  Object.keys(module)
    .filter((name) => name !== 'default' && name !== 'module.exports')
    .sort();

/** The paths of the objects reachable from `value` (through objects and arrays, not into functions) that are not frozen. */
function unfrozen(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const inner = Object.entries(value).flatMap(([key, field]) => unfrozen(field, `${path}.${key}`, seen));
  return Object.isFrozen(value) ? inner : [path, ...inner];
}

describe('public API', () => {
  it('src/index.ts exports exactly the pinned names', () => expect(namesOf(api)).toEqual(EXPORTS));

  it('exports no object a caller can change, which would change what every later call gives', () => {
    const exported = api as unknown as Record<string, unknown>;
    expect(EXPORTS.flatMap((name) => unfrozen(exported[name], name))).toEqual([]);
    const before = api.clean('Share this\nA sentence of the article that is long enough to read as prose here.');
    // Why: `MODE_SETTINGS.balanced.goodMinWords = 99` or `DEFAULT_DETECTORS.push(mine)` changed every later call.
    expect(() => {
      (api.MODE_SETTINGS.balanced as { goodMinWords: number }).goodMinWords = 99;
    }).toThrow(TypeError);
    expect(() => (api.DEFAULT_DETECTORS as unknown[]).push(api.nav)).toThrow(TypeError);
    expect(() => (api.BUILTIN_PACKS[0] as unknown as { shareLabels: string[] }).shareLabels.push('A sentence')).toThrow(
      TypeError,
    );
    expect(() => {
      (api.shareButtons as { detect: unknown }).detect = () => undefined;
    }).toThrow(TypeError);
    expect(api.resolveOptions().settings).toBe(api.MODE_SETTINGS.balanced);
    expect(api.clean('Share this\nA sentence of the article that is long enough to read as prose here.')).toEqual(
      before,
    );
  });

  const esm = new URL('../dist/index.js', import.meta.url);
  const cjs = new URL('../dist/index.cjs', import.meta.url);
  // `npm test` builds before vitest; a bare `vitest run` without a build skips these two.
  describe.runIf(existsSync(esm) && existsSync(cjs))('the built package (dist/)', () => {
    it('dist/index.js (ESM) exports the same names', async () => {
      expect(namesOf(await import(/* @vite-ignore */ esm.href))).toEqual(EXPORTS);
    });
    it('dist/index.cjs (CommonJS) exports the same names', () => {
      expect(namesOf(createRequire(import.meta.url)(fileURLToPath(cjs)))).toEqual(EXPORTS);
    });
    it('the built clean() works', async () => {
      const built = await import(/* @vite-ignore */ esm.href);
      expect(built.clean('Share').removed[0].kind).toBe('share');
    });
  });
});

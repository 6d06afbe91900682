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

describe('public API', () => {
  it('src/index.ts exports exactly the pinned names', () => expect(namesOf(api)).toEqual(EXPORTS));

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

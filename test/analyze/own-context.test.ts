import { describe, expect, it } from 'vitest';
import { ownContext } from '../../src/analyze/own-context.js';
import { clean } from '../../src/clean.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { DetectorError } from '../../src/errors.js';
import { BUILTIN_PACKS } from '../../src/lang/index.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import type { DetectContext, Detector } from '../../src/types.js';
import { docOf, thrownBy } from '../helpers.js';

const PAGE = [
  'Council Approves the New Bridge',
  'Share this article',
  'The city council voted on Tuesday to fund the new bridge over the river, ending a decade of debate.',
  'Work is to start in the spring and take two years, the mayor said after the vote.',
  'Related: Five bridges that changed the city',
].join('\n\n');

/** A detector of the caller's own that changes what it is shown of the context, and says nothing. */
const writer = (write: (ctx: DetectContext) => void): Detector => ({
  id: 'writer',
  detect(_line, ctx) {
    write(ctx);
    return undefined;
  },
});

describe('the context a detector of the caller’s own is shown', () => {
  it.each([
    ['a stopword set', (ctx: DetectContext) => (ctx.lang.stopwords as Set<string>).clear()],
    ['a month map', (ctx: DetectContext) => (ctx.lang.months as Map<string, number>).set('bridge', 1)],
    ['an abbreviation set', (ctx: DetectContext) => (ctx.lang.abbreviations as Set<string>).add('vote')],
    ['a caption place set', (ctx: DetectContext) => (ctx.lang.captionPlaces as Set<string>).add('work')],
    ['a matcher', (ctx: DetectContext) => Object.assign(ctx.lang.match, { related: ctx.lang.match.nav })],
    ['a matcher’s method', (ctx: DetectContext) => Object.assign(ctx.lang.match.related, { test: () => false })],
    ['a pack’s phrase list', (ctx: DetectContext) => (ctx.lang.pack.related as string[]).push('city council')],
    ['a pack’s months', (ctx: DetectContext) => (ctx.lang.pack.months[0] as string[]).push('bridge')],
    ['the pack', (ctx: DetectContext) => Object.assign(ctx.lang, { code: 'de' })],
    ['a threshold', (ctx: DetectContext) => Object.assign(ctx.settings, { goodMinWords: 1000 })],
  ])('cannot be changed for later calls through %s: the write throws', (_what, write) => {
    const before = clean(PAGE);
    const error = thrownBy<DetectorError>(() => clean(PAGE, { detectors: [...DEFAULT_DETECTORS, writer(write)] }));
    expect(error).toBeInstanceOf(DetectorError);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(clean(PAGE)).toEqual(before);
    expect(clean(PAGE, { lang: 'de' })).toEqual(clean(PAGE, { lang: 'de' }));
  });
  it('reads as the context does, so the built-in detectors asked through it give the same article', () => {
    const wrapped = DEFAULT_DETECTORS.map((d): Detector => ({ id: `${d.id}-own`, detect: (l, c) => d.detect(l, c) }));
    expect(clean(PAGE, { detectors: wrapped })).toEqual(clean(PAGE));
    for (const pack of BUILTIN_PACKS.slice(0, 3)) {
      expect(clean(PAGE, { detectors: wrapped, lang: pack.code })).toEqual(clean(PAGE, { lang: pack.code }));
    }
  });
  it('is one frozen view per pack, whose sets, maps and lists hold what the pack does', () => {
    const { ctx } = docOf('Share this article');
    const own = ownContext(ctx);
    expect(ownContext(ctx).lang).toBe(own.lang);
    expect(Object.isFrozen(own) && Object.isFrozen(own.lang) && Object.isFrozen(own.lang.match)).toBe(true);
    expect(Object.isFrozen(own.lang.pack.nav) && Object.isFrozen(own.settings)).toBe(true);
    expect([...own.lang.stopwords]).toEqual([...ctx.lang.stopwords]);
    expect(own.lang.stopwords.size).toBe(ctx.lang.stopwords.size);
    expect([...own.lang.months.entries()]).toEqual([...ctx.lang.months.entries()]);
    expect(own.lang.months.get('june')).toBe(6);
    expect(own.lang.pack).toEqual(ctx.lang.pack);
    expect(own.lang.match.shareLabels.test('Share this article')).toBe(true);
    expect(own.lines).toBe(ctx.lines);
    expect(own.settings).toEqual(MODE_SETTINGS.balanced);
  });
});

import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { DEFAULT_DETECTORS } from '../src/detectors/index.js';
import { InputTooLargeError, InvalidInputError, InvalidOptionError } from '../src/errors.js';
import { en } from '../src/lang/en.js';
import { BUILTIN_PACKS } from '../src/lang/index.js';
import { DEFAULT_MAX_INPUT_LENGTH, MAX_URL_LENGTH, resolveOptions } from '../src/options.js';
import { DEFAULT_PROFILE_THRESHOLDS } from '../src/profile/site-repeat.js';
import { MODE_SETTINGS } from '../src/settings.js';
import { REMOVAL_KINDS } from '../src/types.js';
import { thrownBy } from './helpers.js';

describe('resolveOptions', () => {
  it('fills in every default', () => {
    expect(resolveOptions()).toEqual({
      mode: 'balanced',
      lang: undefined,
      packs: BUILTIN_PACKS,
      detectors: DEFAULT_DETECTORS,
      keep: {},
      captionsInText: false,
      maxInputLength: DEFAULT_MAX_INPUT_LENGTH,
      profile: undefined,
      profileThresholds: DEFAULT_PROFILE_THRESHOLDS,
      url: undefined,
      settings: MODE_SETTINGS.balanced,
    });
  });
  it('takes a URL that is no URL as no hint', () => {
    expect(resolveOptions({ url: 'not a url' }).url).toBe('not a url');
    expect(() => clean('Title Here\nSome text of the page.', { url: '%%%' })).not.toThrow();
  });
  it('takes a URL longer than MAX_URL_LENGTH as no hint: a 10 MB one took 3.1 s', () => {
    const at = `https://example.com/${'a'.repeat(MAX_URL_LENGTH - 20)}`;
    expect(resolveOptions({ url: at }).url).toBe(at);
    expect(resolveOptions({ url: `${at}b` }).url).toBeUndefined();
    const page = 'Title Here\n\nSome text of the page, which says what it says at some length.';
    const long = `https://example.com/${'word-'.repeat(2_000_000)}`;
    const started = process.cpuUsage();
    expect(clean(page, { url: long })).toEqual(clean(page));
    expect(process.cpuUsage(started).user).toBeLessThan(500_000);
  });
  it('takes a language tag with a region or in capitals for its primary tag, and a pack of its own by its code', () => {
    expect(resolveOptions({ lang: 'de' }).lang).toBe('de');
    expect(resolveOptions({ lang: 'de-AT' }).lang).toBe('de');
    expect(resolveOptions({ lang: 'EN-us' }).lang).toBe('en');
    expect(resolveOptions({ lang: 'pt_BR' }).lang).toBe('pt');
    const brazilian = { ...en, code: 'pt-BR' };
    expect(resolveOptions({ lang: 'pt-BR', packs: [brazilian] }).lang).toBe('pt-BR');
  });

  it('looks up the mode’s thresholds', () => {
    expect(resolveOptions({ mode: 'precision' }).settings.goodMinWords).toBe(15);
    expect(resolveOptions({ mode: 'recall' }).settings).toBe(MODE_SETTINGS.recall);
  });
  it.each([
    [{ mode: 'fast' as never }, /mode must be 'balanced', 'precision' or 'recall', got 'fast'/],
    [{ maxInputLength: -1 }, /maxInputLength must be a non-negative integer, got -1/],
    [{ maxInputLength: 1.5 }, /got 1\.5/],
    [{ lang: 'xx' }, /no phrase pack for lang 'xx' \(have: 'en', 'de'/],
    [{ lang: 'de', packs: [en] }, /no phrase pack for lang 'de' \(have: 'en'\)/],
    [{ lang: 'xx-DE' }, /no phrase pack for lang 'xx-DE' \(have: 'en', 'de'/],
    [{ lang: 5 as never }, /^lang must be a string, got number$/],
    [{ url: 42 as never }, /url must be a string, got number/],
    [{ keep: { 'author-bios': true } as never }, /keep: 'author-bios' is no removal kind \(have: /],
    [{ keep: { nav: 'yes' } as never }, /keep\.nav must be true or false, got 'yes'/],
    [
      { keep: { affix: true } as never },
      /keep: 'affix' cannot be kept: it is a piece of a line shown in part \(have: /,
    ],
    [{ keep: { affix: false } as never }, /keep: 'affix' cannot be kept/],
    [{ keep: ['nav'] as never }, /keep must be a plain object of removal kinds, got an array/],
    [{ detectors: 'nav' as never }, /detectors must be an array of detectors, got string/],
    [{ detectors: [DEFAULT_DETECTORS[0], {}] as never }, /detectors\[1\] is not one of the detectors, got object/],
    [{ packs: 'en' as never }, /packs must be an array of phrase packs, got string/],
    [{ packs: [en, null] as never }, /packs\[1\] is not one of the phrase packs, got null/],
    [{ captionsInText: 'false' as never }, /captionsInText must be true or false, got 'false'/],
    [
      { profileThresholds: { minShar: 0.5 } as never },
      /profileThresholds: 'minShar' is no threshold \(have: minPages, minShare, proseMinShare\)/,
    ],
    [
      { captionInText: true } as never,
      /^'captionInText' is no option; did you mean captionsInText\? \(have: mode, lang,/,
    ],
    [{ Mode: 'recall' } as never, /^'Mode' is no option; did you mean mode\?/],
    [{ thresholds: {} } as never, /^'thresholds' is no option \(have: /],
    [{ mode: 'recall', colour: undefined } as never, /^'colour' is no option/],
  ])('rejects %j', (options, message) => {
    expect(() => resolveOptions(options)).toThrow(InvalidOptionError);
    expect(() => resolveOptions(options)).toThrow(message);
  });
});

describe('resolveOptions: null', () => {
  // Why each: mode, maxInputLength, captionsInText and detectors took null as their default, unsaid, where lang, url,
  // keep, packs, profile and profileThresholds refused it.
  it.each([
    'mode',
    'lang',
    'packs',
    'detectors',
    'keep',
    'captionsInText',
    'maxInputLength',
    'profile',
    'profileThresholds',
    'url',
  ])('refuses null for %s, saying to leave it out', (name) => {
    const error = thrownBy<InvalidOptionError>(() => resolveOptions({ [name]: null } as never));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({
      message: `${name} is null; leave it out for the default`,
      option: name,
      value: null,
    });
  });
});

describe('resolveOptions: what an error quotes of a value', () => {
  const huge = 'x'.repeat(1_000_000);
  const bare = Object.create(null) as never;
  it.each([
    ['lang', { lang: huge }, huge],
    ['mode', { mode: huge as never }, huge],
    ['maxInputLength', { maxInputLength: huge as never }, huge],
    ['captionsInText', { captionsInText: huge as never }, huge],
    ['keep', { keep: { [huge]: true } as never }, { [huge]: true }],
    ['keep', { keep: { nav: huge } as never }, { nav: huge }],
    ['profileThresholds', { profileThresholds: { [huge]: 1 } as never }, { [huge]: 1 }],
    ['profileThresholds.minShare', { profileThresholds: { minShare: huge } as never }, huge],
    ['profile', { profile: { version: huge } as never }, { version: huge }],
    ['(a 1 MB name)', { [huge]: 1 } as never, 1],
  ])('quotes a 1 MB value given for %s in part and keeps it whole on the error', (option, options, value) => {
    const error = thrownBy<InvalidOptionError>(() => resolveOptions(options));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error.message.length).toBeLessThan(600);
    expect(error.message).toContain('(1000000 characters, the first 60 shown)');
    expect(error.option === option || error.option === huge).toBe(true);
    expect(error.value === value || JSON.stringify(error.value) === JSON.stringify(value)).toBe(true);
  });
  it.each([
    [{ mode: bare }, /^mode must be .*, got an object$/],
    [{ maxInputLength: bare }, /got an object$/],
    [{ captionsInText: bare }, /got an object$/],
    [{ keep: { nav: bare } as never }, /got an object$/],
    [{ profileThresholds: { minShare: bare } as never }, /got an object$/],
  ])(
    'names an object without a prototype %#, which has no toString, instead of throwing a TypeError',
    (options, message) => {
      expect(() => resolveOptions(options)).toThrow(InvalidOptionError);
      expect(() => resolveOptions(options)).toThrow(message);
    },
  );
  it('takes only a mode of its own, not a name every object has', () => {
    expect(() => resolveOptions({ mode: 'toString' as never })).toThrow(/got 'toString'$/);
  });
  it('takes only numbers as thresholds: a string would compare as one, a symbol threw a TypeError', () => {
    expect(() => resolveOptions({ profileThresholds: { minShare: '0.1' as never } })).toThrow(/got '0\.1'$/);
    expect(() => resolveOptions({ profileThresholds: { minShare: Symbol('x') as never } })).toThrow(/got Symbol\(x\)$/);
  });
  it('escapes control characters in a value, so that a message stays one line', () => {
    expect(() => resolveOptions({ lang: 'de\n\u001b[2J' })).toThrow(
      /^no phrase pack for lang 'de\\n\\u001b\[2J' \(have/,
    );
  });
});

describe('resolveOptions: options that are no object', () => {
  it.each([
    [null, 'null'],
    ['precision', 'string'],
    [[], 'an array'],
  ])('rejects %j with a typed error', (options, received) => {
    expect(() => clean('text', options as never)).toThrow(InvalidOptionError);
    expect(() => clean('text', options as never)).toThrow(`options must be a plain object, got ${received}`);
  });
  // Why: a Map's entries and a class instance's prototype getters are no keys Object.keys lists, so a
  // `new Map([['mode', 'precision']])` was cleaned in the balanced mode, unsaid.
  it.each([
    ['a Map', new Map([['mode', 'precision']]), 'an object of class Map'],
    ['a class instance', new (class CrawlOptions {})(), 'an object of class CrawlOptions'],
    ['an object inheriting its options', Object.create({ mode: 'precision' }), 'an object with a prototype of its own'],
  ])('rejects %s, naming what it got', (_, options, received) => {
    const error = thrownBy<InvalidOptionError>(() => clean('text', options as never));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({
      message: `options must be a plain object, got ${received}`,
      option: undefined,
      value: options,
    });
  });
  it.each([
    [
      'keep',
      { keep: new Map([['nav', true]]) },
      'keep must be a plain object of removal kinds, got an object of class Map',
    ],
    [
      'profileThresholds',
      { profileThresholds: new Map([['minPages', 2]]) },
      'profileThresholds must be a plain object, got an object of class Map',
    ],
    [
      'profile',
      { profile: { version: 1, pages: 5, lines: new Map([['Share', 5]]) } },
      'profile: profile.lines must be a plain object, got an object of class Map',
    ],
  ])('rejects a Map given for %s, whose entries were ignored', (option, options, message) => {
    const error = thrownBy<InvalidOptionError>(() => resolveOptions(options as never));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ message, option });
  });
  it('takes options without a prototype, and from another realm', () => {
    const bare = Object.assign(Object.create(null), { mode: 'precision', keep: Object.create(null) });
    expect(resolveOptions(bare).mode).toBe('precision');
    expect(resolveOptions(runInNewContext('({ mode: "recall", keep: { nav: true } })')).keep).toEqual({ nav: true });
  });
  it('names the kinds it can keep, every removal kind but affix, when refusing one', () => {
    expect(() => resolveOptions({ keep: { affix: true } as never })).toThrow(
      `(have: ${REMOVAL_KINDS.filter((kind) => kind !== 'affix').join(', ')})`,
    );
  });
  it('takes a kept kind spelt right', () => {
    expect(resolveOptions({ keep: { 'author-bio': true } }).keep).toEqual({ 'author-bio': true });
  });
});

describe('clean: bad input', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [42, 'number'],
    [{}, 'object'],
  ])('rejects %j', (input, received) => {
    expect(() => clean(input as never)).toThrow(InvalidInputError);
    expect(() => clean(input as never)).toThrow(`clean() expects a string, received ${received}`);
  });
  it('says what to do with bytes or a String object, which hold the text', () => {
    expect(() => clean(Buffer.from('Some text.') as never)).toThrow(
      'clean() expects a string, received bytes (Buffer); decode them to a string first',
    );
    expect(() => clean(new TextEncoder().encode('Some text.') as never)).toThrow(/received bytes \(Uint8Array\)/);
    expect(() => clean(new ArrayBuffer(4) as never)).toThrow(/received bytes \(ArrayBuffer\)/);
    expect(() => clean(new String('Some text.') as never)).toThrow(
      'clean() expects a string, received a String object; give its string (String(value))',
    );
    expect(() => clean(new String('Some text.') as never)).toThrow(InvalidInputError);
  });
  it('rejects input over maxInputLength and accepts input at it', () => {
    expect(() => clean('abcd', { maxInputLength: 3 })).toThrow(InputTooLargeError);
    expect(() => clean('abc', { maxInputLength: 3 })).not.toThrow();
  });
  it('checks options before input length', () => {
    expect(() => clean('abc', { mode: 'fast' as never })).toThrow(InvalidOptionError);
  });
});

describe('resolveOptions: options whose reading throws', () => {
  const throwing = (error: unknown) => () => {
    throw error;
  };
  it('wraps a getter that throws in an InvalidOptionError naming the option, what it threw as cause', () => {
    const cause = new RangeError('mode is not ready');
    const options = Object.defineProperty({}, 'mode', { get: throwing(cause), enumerable: true });
    const error = thrownBy<InvalidOptionError>(() => clean('Some text of a page.', options));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error.option).toBe('mode');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe("mode: reading it threw (RangeError: 'mode is not ready')");
  });
  it.each([
    [
      'profileThresholds',
      { profileThresholds: Object.defineProperty({}, 'minShare', { get: throwing(1), enumerable: true }) },
    ],
    ['keep', { keep: Object.defineProperty({}, 'nav', { get: throwing(1), enumerable: true }) }],
    ['packs', { packs: [Object.defineProperty({ ...en }, 'nav', { get: throwing(1), enumerable: true })] }],
    ['detectors', { detectors: [Object.defineProperty({ detect: () => undefined }, 'id', { get: throwing(1) })] }],
    ['profile', { profile: Object.defineProperty({ version: 1 }, 'pages', { get: throwing(1) }) }],
  ])('names %s when a getter inside it throws', (option, options) => {
    const error = thrownBy<InvalidOptionError>(() => resolveOptions(options as never));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error.option).toBe(option);
    expect(error.cause).toBe(1);
    expect(error.message).toBe(`${option}: reading it threw (1)`);
  });
  it('wraps a proxy whose keys cannot be listed, and a revoked one, naming no option', () => {
    const unlisted = new Proxy({}, { ownKeys: throwing(new TypeError('no keys')) });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const options of [unlisted, proxy]) {
      const error = thrownBy<InvalidOptionError>(() => resolveOptions(options));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error.option).toBeUndefined();
      expect(error.cause).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^options: reading them threw \(TypeError: /);
    }
  });
  it('reads each option once, so a getter cannot give what was never checked', () => {
    let reads = 0;
    const options = {
      get url() {
        reads++;
        return reads === 1 ? 'https://example.com/2025/09/04/fall-nutrition-trends/' : 42;
      },
    };
    expect(resolveOptions(options as never).url).toBe('https://example.com/2025/09/04/fall-nutrition-trends/');
    expect(reads).toBe(1);
  });
});

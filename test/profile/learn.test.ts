import { describe, expect, it } from 'vitest';
import {
  InputTooLargeError,
  InvalidInputError,
  InvalidOptionError,
  learnProfile,
  PROFILE_VERSION,
} from '../../src/index.js';
import { lineKey, profileProblem } from '../../src/profile/profile.js';
import { thrownBy } from '../helpers.js';

describe('lineKey', () => {
  it('lowercases, folds whitespace and masks each run of digits', () => {
    expect(lineKey('  12  Comments ')).toBe('0 comments');
    expect(lineKey('3 Comments')).toBe(lineKey('12 comments'));
    expect(lineKey('Updated 2024-05-01\t09:30')).toBe('updated 0-0-0 0:0');
  });
  it('keys a long line by its first 160 characters without splitting a surrogate pair', () => {
    expect(lineKey('x'.repeat(500))).toHaveLength(160);
    const key = lineKey(`${'x'.repeat(159)}😀tail`);
    expect(key).toBe('x'.repeat(159));
  });
});

describe('learnProfile', () => {
  it('counts each line once per page, on how many pages it occurs', () => {
    const profile = learnProfile(['Home\nHome\nStory one.', 'HOME\n\nStory two.', '2 Comments\nStory one.']);
    expect(profile).toEqual({
      version: PROFILE_VERSION,
      pages: 3,
      lines: { '0 comments': 1, home: 2, 'story one.': 2, 'story two.': 1 },
    });
  });
  it('keys lines the way clean() sees them: entities decoded, tags dropped, blank lines skipped', () => {
    expect(learnProfile(['Fish &amp; Chips<br>\n\n  \nNext']).lines).toEqual({ 'fish & chips': 1, next: 1 });
  });
  it('does not depend on the order of the pages', () => {
    const pages = ['a\nb', 'b\nc', 'c\nd\n1 x'];
    expect(JSON.stringify(learnProfile([...pages].reverse()))).toBe(JSON.stringify(learnProfile(pages)));
  });
  it('keeps a line named like an Object.prototype property as a plain key', () => {
    const profile = learnProfile(['__proto__\nconstructor', '__proto__']);
    expect(Object.getPrototypeOf(profile.lines)).toBe(Object.prototype);
    expect(Object.entries(JSON.parse(JSON.stringify(profile)).lines)).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
    ]);
  });
  it('learns nothing from no pages', () => {
    expect(learnProfile([])).toEqual({ version: 1, pages: 0, lines: {} });
  });
  it('rejects a page that is not a string, and one over maxInputLength', () => {
    expect(() => learnProfile([42 as unknown as string])).toThrow(InvalidInputError);
    expect(() => learnProfile([null as unknown as string])).toThrow(
      'a page to learn from must be a string, received null',
    );
    // A string is iterable too: learned as is, it would be one page per character.
    expect(() => learnProfile('abc' as unknown as string[])).toThrow(
      'learnProfile() expects an iterable of pages (strings), received string',
    );
    expect(() => learnProfile(null as unknown as string[])).toThrow(InvalidInputError);
    expect(() => learnProfile(['long page'], { maxInputLength: 4 })).toThrow(InputTooLargeError);
  });
});

// Why: learnProfile read options.maxInputLength unchecked, so null threw a TypeError, a misspelt or Map option and a
// limit that is no number ('4', NaN) left no limit, unsaid, and a negative one refused every page as too large.
describe('learnProfile: options', () => {
  it.each([
    ['null', null, 'options must be a plain object, got null', undefined],
    [
      'a Map',
      new Map([['maxInputLength', 4]]),
      'options must be a plain object, got an object of class Map',
      undefined,
    ],
    [
      'a misspelt option',
      { maxInputLenght: 4 },
      "'maxInputLenght' is no option; did you mean maxInputLength? (have: maxInputLength)",
      'maxInputLenght',
    ],
    [
      'a limit given as null',
      { maxInputLength: null },
      'maxInputLength is null; leave it out for the default',
      'maxInputLength',
    ],
    [
      'a limit that is a string',
      { maxInputLength: '4' },
      "maxInputLength must be a non-negative integer, got '4'",
      'maxInputLength',
    ],
    [
      'a negative limit',
      { maxInputLength: -1 },
      'maxInputLength must be a non-negative integer, got -1',
      'maxInputLength',
    ],
  ])('refuses %s as clean() does, with an InvalidOptionError', (_, options, message, option) => {
    const error = thrownBy<InvalidOptionError>(() => learnProfile(['page'], options as never));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ message, option });
  });
  it('takes its one option, in an object without a prototype too', () => {
    const bare = Object.assign(Object.create(null), { maxInputLength: 4 });
    expect(() => learnProfile(['long page'], bare)).toThrow(InputTooLargeError);
    expect(learnProfile(['page'], {}).pages).toBe(1);
  });
});

describe('profileProblem', () => {
  it('accepts a learned profile, also after a JSON round trip', () => {
    const profile = learnProfile(['a\nb', 'b']);
    expect(profileProblem(JSON.parse(JSON.stringify(profile)), true)).toBeUndefined();
  });
  it('names what is wrong', () => {
    expect(profileProblem(null)).toBe('a profile must be a plain object, got null');
    expect(profileProblem({ version: 2, pages: 1, lines: {} })).toMatch(/unsupported profile version 2/);
    expect(profileProblem({ version: 1, pages: -1, lines: {} })).toMatch(/pages must be a non-negative integer/);
    expect(profileProblem({ version: 1, pages: 1, lines: [] })).toBe(
      'profile.lines must be a plain object, got an array',
    );
    expect(profileProblem({ version: 1, pages: 1, lines: new Map() })).toBe(
      'profile.lines must be a plain object, got an object of class Map',
    );
    expect(profileProblem({ version: 1, pages: 1, lines: { a: 2 } }, true)).toMatch(/'a'\] must be an integer/);
    expect(profileProblem({ version: 1, pages: 1, lines: { a: 2 } })).toBeUndefined();
  });
});

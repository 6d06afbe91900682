import { describe, expect, it } from 'vitest';
import { ja } from '../../src/lang/ja.js';
import { compilePack } from '../../src/lang/matcher.js';
import { nameBeforeRole } from '../../src/structure/role-after-name.js';
import { EN } from '../helpers.js';

describe('nameBeforeRole', () => {
  it.each([
    ['Rasmus Barslund Founder & Lead Reviewer', 'Rasmus Barslund'],
    ['Will Judd Former Deputy Tech Editor', 'Will Judd'],
    ['Mateusz HabernyFounder at Oakywood', 'Mateusz Haberny'],
    ['JANE DOE SENIOR EDITOR', 'JANE DOE'],
    // A comma before the role parts the name from all of it.
    ['Audrey Huang, Print Managing Editor', 'Audrey Huang'],
    ['Charles Patterson, WCI Columnist', 'Charles Patterson'],
  ])('cuts %j to %j', (text, name) => expect(nameBeforeRole(text, EN)).toBe(name));
  it.each([
    // One word before the role: a team's or a site's name.
    'Podium Editor',
    // Credentials are no role.
    'Dylan Bailey, MS, RD, FAND',
    // A role in lower case is a phrase's word, and a word that only starts like a role is none.
    'Jane Doe the editor',
    'Jane Doe Associated Press',
    'Jane Doe',
  ])('keeps %j', (text) => expect(nameBeforeRole(text, EN)).toBe(text));
  it('keeps a staff word that closes the field after "By" (signed), and only then', () => {
    expect(nameBeforeRole('Acme Garden Contributor', EN, true)).toBe('Acme Garden Contributor');
    expect(nameBeforeRole('Acme Garden Contributor · May 2, 2025', EN, true)).toBe(
      'Acme Garden Contributor · May 2, 2025',
    );
    expect(nameBeforeRole('Acme Garden Contributor', EN)).toBe('Acme Garden');
    // A role word that is no staff word, a comma before it, or words after it: the role is cut as ever.
    expect(nameBeforeRole('Jane Doe Editor', EN, true)).toBe('Jane Doe');
    expect(nameBeforeRole('Jane Doe, Contributor', EN, true)).toBe('Jane Doe');
    expect(nameBeforeRole('Jane Doe Contributor at Acme', EN, true)).toBe('Jane Doe');
  });
  it('keeps the text where the pack lists no roles (Japanese alone, unmerged with English)', () => {
    expect(nameBeforeRole('Jane Doe Editor', compilePack(ja))).toBe('Jane Doe Editor');
  });
});

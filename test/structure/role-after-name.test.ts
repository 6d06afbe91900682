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
  it('keeps the text where the pack lists no roles (Japanese alone, unmerged with English)', () => {
    expect(nameBeforeRole('Jane Doe Editor', compilePack(ja))).toBe('Jane Doe Editor');
  });
});

import { describe, expect, it } from 'vitest';
import { nameOverFullNameBio } from '../../src/structure/full-name-bio.js';
import { EN, linesOf } from '../helpers.js';

const P = 'Testing gear can be fun, but the real joy is when it fades into the background and lets you create.';
const ALBAN =
  'Alban Brooke is the Head of Marketing at Buzzsprout and the co-host of Buzzcast. He has recorded 500 episodes.';
const nameOver = (lines: string[], from = 0) => nameOverFullNameBio(linesOf(lines.join('\n')), from, EN);

describe('nameOverFullNameBio', () => {
  it('reads the name over a bio that opens with it and gives a role', () => {
    expect(nameOver([P, 'Alban Brooke', ALBAN, 'FAQs', P])).toBe('Alban Brooke');
  });
  it('reads a name in capitals as its bio writes it (WCXB 4665 html-to-text)', () => {
    expect(nameOver([P, 'ALBAN BROOKE', ALBAN, 'FAQs', P])).toBe('Alban Brooke');
    expect(nameOver([P, 'Alban brooke', ALBAN, 'FAQs', P])).toBeNull();
  });
  it('passes over a line longer than the line under it', () => {
    expect(nameOver([P, `${ALBAN} He lives in Ohio.`, ALBAN])).toBeNull();
  });
  it('passes over a product described the same way, without a role', () => {
    expect(
      nameOver([
        P,
        'Google Analytics',
        'Google Analytics is a powerful tool that tracks and analyzes website traffic.',
      ]),
    ).toBeNull();
  });
  it('passes over a numbered entry', () => {
    expect(
      nameOver([
        P,
        '13. Jupyter Notebook',
        "Jupyter Notebook is a free web application installed with Python's package manager.",
      ]),
    ).toBeNull();
  });
  it('gives no one when the page has two such people, and reads only from `from`', () => {
    const jane = 'Jane Roe is the senior editor of the magazine and has covered the city for ten years now.';
    expect(nameOver([P, 'Alban Brooke', ALBAN, 'Jane Roe', jane])).toBeNull();
    expect(nameOver(['Alban Brooke', ALBAN, P], 2)).toBeNull();
  });
});

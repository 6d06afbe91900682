import { describe, expect, it } from 'vitest';
import { bioSubject, strangerBioAtEnd } from '../../src/structure/stranger-bio.js';
import { EN, linesOf } from '../helpers.js';

const ARTICLE = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
  'Work on the bridge will start in the spring and close one lane at a time for about a year.',
  'Mayor Ana Ruiz said the council would look for ways to keep buses moving while the lanes are closed.',
  'Shops near the bridge asked the council for help with parking during the work.',
];

const cut = (closing: string): string[] =>
  strangerBioAtEnd(linesOf([...ARTICLE, closing].join('\n')), EN.stopwords).map((line) => line.text);

describe('strangerBioAtEnd', () => {
  it('cuts a closing bio of someone the article never names', () => {
    const bio = 'Lisa Jennings is a veteran reporter and editor who has covered housing and schools since 2004.';
    expect(cut(bio)).toEqual([bio]);
  });

  it('keeps a closing paragraph about someone the article named', () => {
    expect(
      cut('Ana Ruiz is a former engineer who has lived in Lisbon and Porto, and writes poems about old ships.'),
    ).toEqual([]);
  });

  it('keeps a closing paragraph that opens with a possessive name', () => {
    expect(cut('Rian Johnson’s is the film most people will go to see next week, with tickets on sale now.')).toEqual(
      [],
    );
  });

  it('keeps a closing paragraph whose capitalized opening names a place or a body', () => {
    expect(
      cut('State House aides told reporters the governor would sign a farm bill before the end of the year.'),
    ).toEqual([]);
  });

  it('keeps a closing paragraph on the article’s topic', () => {
    expect(
      cut('Paul Kim is sure the bridge work will keep the council busy, with lanes closed and traffic slow.'),
    ).toEqual([]);
  });
});

describe('bioSubject', () => {
  it('gives the full name a bio opens with as its subject', () => {
    expect(bioSubject('Lisa Jennings is a veteran reporter who has covered housing since 2004.', EN.stopwords)).toBe(
      'Lisa Jennings',
    );
  });
  it('gives none for a name that no function word follows, or a possessive', () => {
    expect(bioSubject('White House officials said the talks would resume.', EN.stopwords)).toBeNull();
    expect(bioSubject('Rian Johnson’s third mystery is his best.', EN.stopwords)).toBeNull();
  });
});

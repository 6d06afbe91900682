import { describe, expect, it } from 'vitest';
import { firstNameBioAtEnd } from '../../src/structure/first-name-bio.js';
import { EN, linesOf } from '../helpers.js';

const P = (n: number): string =>
  `The delegations met for the ${n}th time on Wednesday and agreed that the talks had been useful for both sides.`;
const BIO = 'Sam is the marketing lead at Dealfront where he balances instant results and long term value every day.';
const bioAt = (lines: string[], byline: string | null) =>
  firstNameBioAtEnd(linesOf(lines.join('\n')), byline, EN.stopwords);

describe('firstNameBioAtEnd', () => {
  it("finds a bio by the byline's first name near the end, with what follows it", () => {
    expect(bioAt([P(1), P(2), P(3), P(4), BIO, 'Now that you are here', P(5)], "Sam O'Brien")).toBe(4);
  });
  it('finds a bio under a name line of its own, without a byline', () => {
    expect(bioAt([P(1), P(2), P(3), P(4), 'Sam Barslund Founder & Lead Reviewer', BIO], null)).toBe(4);
  });
  it('keeps a first name the byline does not give', () => {
    expect(bioAt([P(1), P(2), P(3), P(4), BIO], 'Jane Doe')).toBe(-1);
  });
  it('keeps the last entry of a list of names over paragraphs, and a numbered entry', () => {
    const item = (name: string) => `${name} is a city in the north where the talks were held every spring for years.`;
    expect(bioAt([P(1), 'Paris', item('Paris'), P(2), P(3), 'Lyon', item('Lyon')], null)).toBe(-1);
    expect(bioAt([P(1), P(2), P(3), P(4), '25. Lyon', item('Lyon')], null)).toBe(-1);
  });
});

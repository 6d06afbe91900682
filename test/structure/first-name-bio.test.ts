import { describe, expect, it } from 'vitest';
import { firstNameBioAtEnd, nameOverFirstNameBio } from '../../src/structure/first-name-bio.js';
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
  it("keeps a section's one-word heading that the body writes in lower case (forbes/2017-brand-1 cleaned again)", () => {
    const section = 'Storytelling is perhaps the most useful tool a small shop has when it sells its goods on the web.';
    const lower = 'Hartwell does a lot of storytelling around its history and its skill in the making of boots.';
    expect(bioAt([P(1), P(2), P(3), lower, 'Storytelling', section, P(5)], null)).toBe(-1);
    // A first name alone over the bio stays the writer's: a name is capitalized wherever it stands.
    expect(bioAt([P(1), P(2), P(3), P(4), 'Sam', BIO, P(5)], null)).toBe(4);
  });
  it('keeps a Markdown heading over a paragraph that opens with its word (a clean text: "## Grind")', () => {
    const grind = 'Grind the beans medium fine, a little coarser than table salt, just before you brew them.';
    expect(bioAt([P(1), P(2), P(3), P(4), '## Grind', grind], null)).toBe(-1);
    expect(bioAt([P(1), P(2), P(3), P(4), 'Sam', BIO], null)).toBe(4);
  });
  it('keeps a first name the byline does not give', () => {
    expect(bioAt([P(1), P(2), P(3), P(4), BIO], 'Jane Doe')).toBe(-1);
  });
  it('keeps the last entry of a list of names over paragraphs, and a numbered entry', () => {
    const item = (name: string) => `${name} is a city in the north where the talks were held every spring for years.`;
    expect(bioAt([P(1), 'Paris', item('Paris'), P(2), P(3), 'Lyon', item('Lyon')], null)).toBe(-1);
    expect(bioAt([P(1), P(2), P(3), P(4), '25. Lyon', item('Lyon')], null)).toBe(-1);
  });

  it('finds a box bio that opens with the role under a full name (WCXB 0393)', () => {
    const albert =
      '(Editor / Journalist) – Albert comes from an automotive background, having worked at the family dealership for years.';
    expect(bioAt([P(1), P(2), P(3), P(4), 'Albert Swann', albert], null)).toBe(4);
    // A heading over its paragraph (it has a function word: WCXB 4576), a list's item: no name line.
    const allow = 'Allow yourself the space to adapt to your new habits gradually; perfection is not needed at once.';
    expect(bioAt([P(1), P(2), P(3), P(4), 'Allow Time to Adjust', allow], null)).toBe(-1);
    const round = 'Round wines tend to have less tannin and balanced acidity on the finish, people often say.';
    expect(bioAt([P(1), P(2), P(3), P(4), 'Round', round], null)).toBe(-1);
    expect(bioAt([P(1), P(2), P(3), P(4), ' * Round Wines', round], null)).toBe(-1);
  });
  it('reads a hyphenated first name (WCXB 0421), not the first half of a name line', () => {
    const jeanLuc =
      'Jean-Luc started CNX Software in 2010 as a part-time endeavor, before quitting his job as a manager.';
    expect(bioAt([P(1), P(2), P(3), P(4), 'Jean-Luc Aufranc (CNXSoft)', jeanLuc], null)).toBe(4);
    expect(bioAt([P(1), P(2), P(3), P(4), 'Jean Aufranc', jeanLuc], null)).toBe(-1);
  });
});

describe('nameOverFirstNameBio', () => {
  const MARIA =
    'Maria is a growth analyst specializing in search ads and data analytics for the agency and its clients.';
  const nameOver = (lines: string[], from = 0) => nameOverFirstNameBio(linesOf(lines.join('\n')), from, EN);
  it('reads the name over a bio that calls its writer by the first name', () => {
    expect(nameOver([P(1), 'Services', 'Maria Mathioudaki', MARIA])).toBe('Maria Mathioudaki');
  });
  it('lets a role line stand between the name and the bio', () => {
    expect(nameOver(['Maria Mathioudaki', 'Growth Analyst', MARIA])).toBe('Maria Mathioudaki');
  });
  it('reads a name over a bio that opens with any verb (WCXB 2722), not a heading over its paragraph', () => {
    const tim = 'Tim explores the intersections of artificial intelligence, cognition and ethics in his essays.';
    expect(nameOver([P(1), 'Tim Green', tim])).toBe('Tim Green');
    expect(nameOver([P(1), 'Tim Green', tim.replace('explores', 'explored')])).toBe('Tim Green');
    const allow = 'Allow yourself the space to adapt to your new habits gradually; perfection is not needed at once.';
    expect(nameOver([P(1), 'Allow Time to Adjust', allow])).toBeNull();
  });
  it('passes over a heading, a bio by the last name, and lines before `from`', () => {
    expect(
      nameOver([
        'USE AN AUTHENTICATOR APP',
        'Use an app that gives you a fresh code every time you sign in to the site.',
      ]),
    ).toBeNull();
    expect(nameOver(['Maria Mathioudaki', MARIA.replace('Maria', 'Mathioudaki')])).toBeNull();
    expect(nameOver(['Maria Mathioudaki', MARIA, P(1)], 1)).toBeNull();
  });
});

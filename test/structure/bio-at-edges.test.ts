import { describe, expect, it } from 'vitest';
import { bioAtEdges } from '../../src/structure/bio-at-edges.js';
import { EN, linesOf } from '../helpers.js';

const ARTICLE = [
  'The city council voted on Tuesday to widen the bridge over the river by two lanes.',
  'Council members said the bridge carries twice the traffic it was built for and jams every morning.',
  'Work on the bridge will start in the spring and close one lane at a time for about a year.',
  'Shops near the bridge asked the council for help with parking during the work.',
  'The council will meet again next month to settle the budget for the bridge.',
];

const cut = (closing: string[], byline: string | null = 'Sara Coughlin'): string[] =>
  bioAtEdges(linesOf([...ARTICLE, ...closing].join('\n')), byline, EN.stopwords).map((line) => line.text);

describe('bioAtEdges', () => {
  it('cuts a closing line that opens with the byline’s name', () => {
    // WCXB 0144: "Sara Coughlin is a writer and editor …" closing the post.
    const bio = 'Sara Coughlin is a writer and editor who covers cities, housing and transport.';
    expect(cut([bio])).toEqual([bio]);
  });
  it('cuts a closing line that opens with the first name alone and a function word', () => {
    // WCXB 0500: "Irene is an experienced writer …".
    expect(cut(['Sara is a writer who covers cities.'], 'Sara Coughlin')).toEqual([
      'Sara is a writer who covers cities.',
    ]);
  });
  it('cuts the bio paragraph a few lines from the end and what follows it', () => {
    const bio = 'Sara Coughlin is a writer and editor who covers cities, housing and transport for the paper.';
    expect(cut([bio, 'Tags: bridges, council', 'Sign up for our weekly letter'])).toEqual([
      bio,
      'Tags: bridges, council',
      'Sign up for our weekly letter',
    ]);
  });
  it('keeps a closing question naming the byline, and cuts nothing without a two-word byline', () => {
    // WCXB 0236: an FAQ's last question names the company that signs the post.
    expect(cut(['Why choose Sara Coughlin over other writers?'])).toEqual([]);
    expect(cut(['Sara is a writer who covers cities.'], 'Sara')).toEqual([]);
    expect(cut(['Sara Coughlin is a writer.'], null)).toEqual([]);
  });
});

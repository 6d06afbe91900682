import { describe, expect, it } from 'vitest';
import { bioAtEdges } from '../../src/structure/bio-at-edges.js';
import { BRIDGE_STORY, EN, linesOf } from '../helpers.js';

const ARTICLE = BRIDGE_STORY;

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

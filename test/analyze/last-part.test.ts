import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { lastPart } from '../../src/analyze/last-part.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

// WCXB 0466: a post on keeping a task log, its sharing and sign-up lines, then three other posts' teasers.
const ARTICLE = [
  'I kept a plain text log of every task I touched at work, with the date, the ticket and what I learned from it.',
  'When a new developer joined the team, I could hand them the log and they would find the history of every decision.',
  'Our company grew from four employees to thirty five, and the log kept the granular details of my tasks in one place.',
];
const BREAK = ['Join my newsletter', 'Follow me on Twitter, Spotify, or RSS Feed'];
const TEASERS = [
  'Why Developers Build Unfinished Calculators',
  'Every developer knows the rush of a life-altering idea in the middle of the night, and the blind spot that comes with it.',
  'When Solutions Get Fixed',
  'As a company grows, so do its processes, and the ones that made it fast begin to reduce its efficiency instead.',
];
const paragraph: LineScore = { score: 60, klass: 'good' };
const good: LineScore = { score: 20, klass: 'good' };
const bad: LineScore = { score: -12, klass: 'bad' };
const headline: LineScore = { score: 0, klass: 'short' };
const STOPWORDS = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'it', 'with', 'what', 'from', 'they', 'would', 'my']);
const social: Verdict = { kind: 'social', reason: 'social phrase' };
const repeat: Verdict = { kind: 'duplicate', reason: 'repeats a line' };

const lines = linesOf([...ARTICLE, ...BREAK, ...TEASERS].join('\n'));
const scores = [paragraph, paragraph, paragraph, bad, bad, headline, good, headline, good];
const extent = { start: 0, end: 8 };

describe('lastPart', () => {
  it('ends the article above a break of chrome over a small tail that shares few of its words', () => {
    const verdicts = [undefined, undefined, undefined, social, social, undefined, undefined, undefined, undefined];
    expect(lastPart(lines, scores, verdicts, extent, STOPWORDS)).toEqual({ start: 0, end: 2 });
  });

  it('keeps a tail with a single line of prose: a sign-off, left to later passes', () => {
    const verdicts = [undefined, undefined, undefined, social, social, undefined, undefined];
    expect(lastPart(lines, scores.slice(0, 7), verdicts, { start: 0, end: 6 }, STOPWORDS)).toBeNull();
  });

  it('makes no break of a line the page repeats, like a video placeholder between paragraphs', () => {
    const verdicts = [undefined, undefined, undefined, repeat, repeat, undefined, undefined, undefined, undefined];
    expect(lastPart(lines, scores, verdicts, extent, STOPWORDS)).toBeNull();
  });

  it('makes no break of a section label the page repeats between the article’s parts (multisite-dev, arstechnica 2013)', () => {
    const related: Verdict = { kind: 'related', reason: 'only related labels, repeated ×4 over sections of prose' };
    const verdicts = [undefined, undefined, undefined, related, related, undefined, undefined, undefined, undefined];
    const labels = new Map([
      [3, related],
      [4, related],
    ]);
    expect(lastPart(lines, scores, verdicts, extent, STOPWORDS)).toEqual({ start: 0, end: 2 });
    expect(lastPart(lines, scores, verdicts, extent, STOPWORDS, labels)).toBeNull();
  });

  it('keeps a tail that goes on with the article’s words', () => {
    const own = linesOf([...ARTICLE, ...BREAK, ...ARTICLE.slice(1)].join('\n'));
    const verdicts = [undefined, undefined, undefined, social, social];
    const ownScores = [paragraph, paragraph, paragraph, bad, bad, good, good];
    expect(lastPart(own, ownScores, verdicts, { start: 0, end: 6 }, STOPWORDS)).toBeNull();
  });
});

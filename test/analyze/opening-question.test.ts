import { describe, expect, it } from 'vitest';
import type { LineScore } from '../../src/analyze/extent.js';
import { openingQuestion } from '../../src/analyze/opening-question.js';
import { clean } from '../../src/clean.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

// WCXB 0138: the first section's heading asks a question right above the article's first paragraph.
const PARAGRAPH =
  'Academic tutoring is a form of teaching, one-on-one or in a small group, towards a specific goal. High-impact tutoring leads to substantial learning gains for students.';
const short: LineScore = { score: 0, klass: 'short' };
const good: LineScore = { score: 28, klass: 'good' };

describe('openingQuestion', () => {
  it('widens the body by a short question right above its first paragraph', () => {
    const lines = linesOf(['Resources', 'What is Academic Tutoring?', PARAGRAPH].join('\n'));
    expect(openingQuestion(lines, [], [short, short, good], { start: 2, end: 2 })).toEqual({ start: 1, end: 2 });
  });
  it('leaves a line that is no question, or one a detector named', () => {
    const lines = linesOf(['Academic Tutoring', PARAGRAPH].join('\n'));
    expect(openingQuestion(lines, [], [short, good], { start: 1, end: 1 })).toEqual({ start: 1, end: 1 });
    const asked = linesOf(['Was this page helpful?', PARAGRAPH].join('\n'));
    const verdict: Verdict = { kind: 'ui-prompt', reason: 'test' };
    expect(openingQuestion(asked, [verdict], [short, good], { start: 1, end: 1 })).toEqual({ start: 1, end: 1 });
  });
  it('leaves a headline that asks, written again elsewhere on the page (WCXB 4233)', () => {
    const lines = linesOf(['Blog › What is Mesh WiFi?', 'What is Mesh WiFi?', PARAGRAPH].join('\n'));
    expect(openingQuestion(lines, [], [short, short, good], { start: 2, end: 2 })).toEqual({ start: 2, end: 2 });
  });
  it('keeps the question in the cleaned text', () => {
    const text = [
      'Resources',
      'Learn More: Academic Tutoring',
      'What is Academic Tutoring?',
      PARAGRAPH,
      'Technical assistance for academic tutoring at PSS is led by Accelerate and the National Student Support Accelerator.',
    ];
    const article = clean(text.join('\n'));
    expect(article.title).toBe('Learn More: Academic Tutoring');
    expect(article.text).toMatch(/^What is Academic Tutoring\?/);
  });
});

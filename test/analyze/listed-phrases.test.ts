import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';

const review = (name: string, pros: string[], cons: string[]): string[] => [
  `${name}: Best for busy students`,
  `${name} matches students with tutors who have taught the subject for years, and every lesson is recorded so it can be watched again later.`,
  'Pros',
  ...pros,
  'Cons',
  ...cons,
];
const page = (
  cons: string[],
  closing = 'Whichever platform you choose, book a first lesson before you commit to a whole course of them.',
) =>
  [
    'The Best Online Tutoring Platforms',
    'I booked lessons on every platform on this list, and here is what I found after a month of tutoring sessions.',
    ...review('Preply', ['Affordable lessons', 'Tutors in every time zone'], cons),
    ...review('Wyzant', ['Tutors for many subjects', 'Transparent prices'], ['Not all tutors are available']),
    closing,
  ].join('\n\n');

describe('listedPhrases: an offer named among the pros and cons', () => {
  it('keeps "No free trial" under "Cons" (WCXB 0246)', () => {
    const article = clean(page(['No free trial', 'Lessons can be expensive']));
    expect(article.text).toContain('No free trial');
    expect(article.removed.some((r) => r.kind === 'paywall')).toBe(false);
  });

  it('keeps an offer among the items under "Pricing:" (WCXB 0375)', () => {
    const article = clean(
      page(['Lessons can be expensive', 'Pricing:', 'Free trial for one month', 'Few tutors at night']),
    );
    expect(article.text).toContain('Free trial for one month');
  });

  it('still removes the same phrase with no label over it', () => {
    const article = clean(page(['Lessons can be expensive'], 'Start your free trial'));
    expect(article.removed.find((r) => r.kind === 'paywall')?.text).toBe('Start your free trial');
  });
});

describe('listedPhrases: a link in a record of fields', () => {
  const agency = (name: string, industries: string): string[] => [
    name,
    `${name} is a social media agency that has run campaigns for brands in ${industries} for more than ten years.`,
    'Key Services: Social Media Marketing, Search Engine Optimization',
    `Industries Served: ${industries}`,
    'Case Studies: View all case studies.',
  ];
  const text = [
    'Top Social Media Agencies',
    'We reviewed dozens of agencies and picked these for the quality of their work and the range of their services.',
    ...agency('NoGood', 'SaaS, Healthcare, Fintech'),
    ...agency('Lyfe Marketing', 'Retail, Travel, Food'),
    ...agency('Disruptive Marketing', 'Automotive, Construction'),
    'Whichever agency you choose, ask for its case studies in your own industry before you sign a contract.',
    'A good agency will also tell you plainly which of its services you do not need, and what results to expect.',
  ].join('\n\n');

  it('keeps a field that holds a "view all" link, under the fields of its record (WCXB 0166)', () => {
    const article = clean(text);
    expect(article.text).toContain('Fintech\n\nCase Studies: View all case studies.');
    expect(article.removed.some((r) => r.kind === 'ui-prompt')).toBe(false);
  });

  it('removes the same line when no fields stand over it', () => {
    const article = clean(text.replace('Industries Served: SaaS, Healthcare, Fintech', 'It serves SaaS firms.'));
    expect(article.removed.some((r) => r.kind === 'ui-prompt')).toBe(true);
  });
});

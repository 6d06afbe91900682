import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';

const LAST_PARAGRAPH =
  'IoT devices can help insurers improve underwriting accuracy, enhance risk assessment, and offer personalized products.';
const QUESTION = 'What is the market share of the largest insurance companies in the U.S.?';
const ANSWER =
  'The ten largest insurers wrote more than half of all premiums last year, and their share keeps growing.';

describe('sectionLabels', () => {
  it('keeps a menu label that heads a FAQ between the last paragraph and its first question (WCXB 0286)', () => {
    const article = clean(`Insurance Market Trends\n\n${LAST_PARAGRAPH}\nFAQ\n${QUESTION}\n\n${ANSWER}`);
    expect(article.blocks).toContainEqual(expect.objectContaining({ text: 'FAQ' }));
    expect(article.text).toContain(QUESTION);
  });

  it('keeps a label whose paragraph repeats its word (WCXB 0245), not a button over other text (0164)', () => {
    const before =
      'A strong brand helps a franchise win customers quickly in a crowded local market every single year.';
    const after =
      'Proprietary technology is a competitive advantage in a successful franchise, and owners should ask about it.';
    expect(clean(`Franchise Guide\n\n${before}\n\nTechnology\n\n${after}`).text).toContain('Technology\n');
    const disclosure = 'Disclosure: investment products offered here are not insured and may lose value over time.';
    const call = 'Call us today to discuss your goals and needs with one of our friendly local bankers.';
    const removed = clean(`Financial Tips\n\n${call}\n\nContact Us\n${disclosure}`).removed;
    expect(removed.map((r) => r.text)).toContain('Contact Us');
  });

  it('leaves a teaser card: a question with a date under it, not an answer (WCXB 0110)', () => {
    const teaser = `${LAST_PARAGRAPH}\n\nBlog\n\nWhat Are the Best Video Editing Apps in 2025?\n\nNov 21, 2025\n\n${ANSWER}`;
    expect(clean(`Video Production Guide\n\n${teaser}`).removed.map((r) => r.text)).toContain('Blog');
  });
});

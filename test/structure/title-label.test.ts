import { describe, expect, it } from 'vitest';
import { trimTitleLabel } from '../../src/structure/title-label.js';

// Real headlines of the WCXB dev pages 3036, 0378, 0122 (labels) and 0284, 0464 (topics).
describe('trimTitleLabel', () => {
  const body = new Map([
    ['furniture', 2],
    ['yoga', 2],
    ['lunacal', 2],
  ]);
  it.each([
    [
      'Blog: Best Social Media Advertising Agencies in the U.S. in 2025',
      'Best Social Media Advertising Agencies in the U.S. in 2025',
    ],
    ['PROJECT: Weekend Coding Agent', 'Weekend Coding Agent'],
    ['Introduction: How to Make Furniture', 'How to Make Furniture'],
  ])('cuts a label the body never uses: %s', (title, headline) => {
    expect(trimTitleLabel(title, body)).toBe(headline);
  });
  it.each([
    ['Yoga: Body, Breath, & Mind Series', 'a word the body uses'],
    ['Lunacal: AI-Powered Appointment Scheduling System', 'a name the body uses'],
    ['Project: Coding Agent', 'fewer than three words left'],
    ['AI: What Comes Next for Schools', 'a word too short to be counted'],
    ['Mini-SGLang: Efficient Inference Engine in a Nutshell', 'more than one word'],
  ])('keeps %s (%s)', (title) => {
    expect(trimTitleLabel(title, body)).toBe(title);
  });
  it('cuts a label off a headline written without spaces', () => {
    expect(trimTitleLabel('ニュース: 政府が再生可能エネルギーの新法を閣議決定', new Map())).toBe(
      '政府が再生可能エネルギーの新法を閣議決定',
    );
  });
});

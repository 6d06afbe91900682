import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const BODY = [
  'Companies are always looking for photographers who can produce images that reflect the top photography trends.',
  'No matter what kind of photography you specialize in, it is likely that you will find a relevant trend for it.',
].join('\n\n');

describe('the headline keeps its own case', () => {
  it('takes the case from a breadcrumb when html-to-text upper-cased the h1', () => {
    const page = `Home » Top Photography Trends in 2025\n\nTOP PHOTOGRAPHY TRENDS IN 2025\n\n${BODY}`;
    expect(clean(page).title).toBe('Top Photography Trends in 2025');
  });
  it('keeps an upper-case headline that the page writes nowhere else', () => {
    expect(clean(`TOP PHOTOGRAPHY TRENDS IN 2025\n\n${BODY}`).title).toBe('TOP PHOTOGRAPHY TRENDS IN 2025');
  });
});

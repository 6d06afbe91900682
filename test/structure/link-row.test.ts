import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { isLinkRow, linkRowAtEnd } from '../../src/structure/link-row.js';
import { COUNCIL_ARTICLE, lineOf, linesOf } from '../helpers.js';

const at = (end: readonly string[]): number => linkRowAtEnd(linesOf([...COUNCIL_ARTICLE, ...end].join('\n')));

describe('isLinkRow', () => {
  it('reads short items joined by spaced separators as a row of links', () => {
    expect(isLinkRow(lineOf('Branding · Terms · Privacy · Twitter · Edit this page on GitHub'))).toBe(true);
    expect(isLinkRow(lineOf('« Council: Bridges :: Contents :: Council: Ferries »'))).toBe(true);
    expect(isLinkRow(lineOf('About | Contact | Privacy Policy'))).toBe(true);
  });

  it('keeps a sentence with a middle dot, two items, a pipeline, a table row and a quoted title', () => {
    expect(isLinkRow(lineOf('The score was 3 · 2 · 1 at half time, and the crowd went home early.'))).toBe(false);
    expect(isLinkRow(lineOf('Bridges · Ferries'))).toBe(false);
    expect(
      isLinkRow(lineOf('Rates · Council grants for the repair of old bridges and their approach roads · Fees')),
    ).toBe(false);
    expect(isLinkRow(lineOf('cat minutes.txt | grep bridge | wc -l'))).toBe(false);
    expect(isLinkRow(lineOf('| Lanes | Cost | Year |'))).toBe(false);
    expect(isLinkRow(lineOf("'Bridges | The Council Years | The Final Vote'"))).toBe(false);
  });
});

describe('linkRowAtEnd', () => {
  it('finds the only row of links among the body’s last lines', () => {
    expect(at(['Share this story!', 'About · Terms · Privacy · Contact'])).toBe(6);
  });

  it('keeps rows that recur in the body, and none when the body has none', () => {
    expect(at(['Two lanes • New railings • Wider footpath', 'Open design • Lit at night • Bike lane'])).toBe(-1);
    expect(at(['The council thanks the readers who wrote in.'])).toBe(-1);
  });

  it('takes the row, the licence under it and the short line above it out of the body', () => {
    const page = [
      'Council widens the bridge',
      ...COUNCIL_ARTICLE,
      'Share this story!',
      'About · Terms · Privacy · Contact',
      'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code samples under the MIT License.',
    ];
    const article = clean(page.join('\n'));
    expect(article.text).toContain('The council meets again next month');
    expect(article.text).not.toContain('Terms');
    expect(article.text).not.toContain('Creative Commons');
    expect(article.text).not.toContain('Share this story');
    const row = article.removed.find((r) => r.text.startsWith('About · Terms'));
    expect(row?.kind).toBe('nav');
    expect(row?.reason).toBe('at or after a row of links closing the body (words=4)');
  });
});

import { describe, expect, it } from 'vitest';
import { inGluedCardMenu } from '../../src/structure/glued-card.js';
import { linesOf } from '../helpers.js';

describe('inGluedCardMenu', () => {
  // WCXB 0253 innertext: a course catalogue's cards above the article, each title glued to its blurb.
  const menu = linesOf(
    [
      'HR Business Partner 2.0Become a truly strategic partner to the business',
      'Digital HRStrategically use data to enhance business impact',
      'Business PartneringExcel at HR strategy & Business Partnering',
      'People AnalyticsDrive business impact with data & analytics',
    ].join('\n'),
  );
  it('finds a card among glued cards', () => {
    expect(inGluedCardMenu(menu, 2)).toBe(true);
    expect(inGluedCardMenu(menu, 0)).toBe(true);
  });
  it('passes over a name spelled with an inner capital, alone or beside one other', () => {
    const lines = linesOf('Watch Our Interview on YouTube\nThe Best WordPress Themes of 2026\nA beginner’s guide');
    expect(inGluedCardMenu(lines, 0)).toBe(false);
    expect(inGluedCardMenu(lines, 1)).toBe(false);
  });
  it('reads "iPhone", "WiFi" and "GPUs" as no glue', () => {
    const lines = linesOf('Best iPhone Deals\nMesh WiFi Explained\nCheap GPUs for Gaming');
    expect(inGluedCardMenu(lines, 1)).toBe(false);
  });
  it('finds glue at letters beyond ASCII, astral ones too', () => {
    const lines = linesOf('Crème BrûléeÉtudes de cuisine\nTarte TatinÉcole de pâtisserie\nMath 𝑎𝑏Cdef of letters');
    expect(inGluedCardMenu(lines, 1)).toBe(true);
  });
});

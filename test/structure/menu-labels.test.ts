import { describe, expect, it } from 'vitest';
import { isMenuEntryElsewhere, menuLabelsAbove } from '../../src/structure/menu-labels.js';
import { linesOf } from '../helpers.js';

const PAGE = ['Netzpolitik', 'B2B', 'Digital Life', '', 'Tech Giants Face New Rules', '', 'B2B', 'May 2, 2025'];

describe('menuLabelsAbove', () => {
  it('gathers short labels written in a run above the body, not a headline standing alone', () => {
    const lines = linesOf(PAGE.join('\n'));
    const labels = menuLabelsAbove(lines, lines.length - 2);
    expect([...labels].sort()).toEqual(['b2b', 'digital life', 'netzpolitik']);
  });
});

describe('isMenuEntryElsewhere', () => {
  it('finds a kicker over the date among the menu’s entries, and not a label the menu lacks', () => {
    const lines = linesOf(PAGE.join('\n'));
    const kicker = lines.findIndex((line, i) => i > 2 && line.text === 'B2B');
    expect(isMenuEntryElsewhere(lines, 'B2B', kicker, lines.length - 2)).toBe(true);
    expect(isMenuEntryElsewhere(lines, 'Tech Giants Face New Rules', 3, lines.length - 2)).toBe(false);
  });
});

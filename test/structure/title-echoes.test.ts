import { describe, expect, it } from 'vitest';
import { copiedWithNeighbour, gatherEchoes, neighbourInBody, twinsOf } from '../../src/structure/title-echoes.js';
import { linesOf } from '../helpers.js';

const BODY = 'The minister said on Wednesday that talks with Russia had been useful for both sides of the dispute.';
const HEADLINE = 'russia talks were useful';
const WINDOW = { from: 0, to: 0 };

describe('gatherEchoes', () => {
  it('finds a headline at the end of a breadcrumb and of a page-title line', () => {
    const lines = linesOf(`Home / World / Russia Talks Were Useful\nRussia Talks Were Useful\n${BODY}`);
    const scope = { lines, firstProse: 2, bodyEnd: 2 };
    const echoes = gatherEchoes(scope, WINDOW, new Set([HEADLINE]), new Set());
    expect(twinsOf(HEADLINE, 1, scope, echoes).echoed).toBe(true);
    expect(twinsOf('somewhere else', 1, scope, echoes).echoed).toBe(false);
  });
  it('finds the tail of a crumb trail a browser glued without spaces', () => {
    // WCXB 0153 innertext: "HomeCybersecurity Best Practices" over the headline.
    const lines = linesOf(`HomeCybersecurity Best Practices\nCybersecurity Best Practices\n${BODY}`);
    const scope = { lines, firstProse: 2, bodyEnd: 2 };
    const echoes = gatherEchoes(scope, WINDOW, new Set(['cybersecurity best practices']), new Set());
    expect(twinsOf('cybersecurity best practices', 1, scope, echoes).echoed).toBe(true);
  });
  it('counts a line again inside the body, not the line itself', () => {
    const lines = linesOf(`${BODY}\nRussia Talks Were Useful\n${BODY}\nRussia Talks Were Useful\n${BODY}`);
    const scope = { lines, firstProse: 0, bodyEnd: 4 };
    const echoes = gatherEchoes(scope, WINDOW, new Set(), new Set([HEADLINE]));
    expect(twinsOf(HEADLINE, 1, scope, echoes).inBody).toBe(true);
    const once = linesOf(`${BODY}\nRussia Talks Were Useful\n${BODY}`);
    const onceScope = { lines: once, firstProse: 0, bodyEnd: 2 };
    expect(
      twinsOf(HEADLINE, 1, onceScope, gatherEchoes(onceScope, WINDOW, new Set(), new Set([HEADLINE]))).inBody,
    ).toBe(false);
  });
  it('tells a contents list (neighbours in the body too) from a headline the body repeats once', () => {
    const items = ['What The Minister Said', 'What Comes Next', 'Where Russia Stands'];
    const lines = linesOf(`${items.join('\n')}\n${BODY}\n${items.join(`\n${BODY}\n`)}\n${BODY}`);
    const lower = (j: number): string => (lines[j]?.text ?? '').toLowerCase();
    const scope = { lines, firstProse: 3, bodyEnd: lines.length - 1 };
    const echoes = gatherEchoes(scope, WINDOW, new Set(), new Set(items.map((t) => t.toLowerCase())));
    expect(neighbourInBody(1, scope, echoes, lower)).toBe(true);
  });
});

describe('gatherEchoes in the title window', () => {
  it('lists the lines of the window that read as each text, whatever their case', () => {
    const lines = linesOf('Share\nSHARE\nshare this\nShare\nShare');
    const scope = { lines, firstProse: 4, bodyEnd: 4 };
    const echoes = gatherEchoes(scope, { from: 0, to: 3 }, new Set(['share']), new Set(['share']));
    expect(echoes.inWindow.get('share')).toEqual([0, 1, 3]);
  });
});

describe('copiedWithNeighbour', () => {
  const lower = (lines: ReturnType<typeof linesOf>) => (j: number) => lines[j]?.text.toLowerCase() ?? '';
  it('finds a copy with the same line above or below it: a menu given twice', () => {
    const lines = linesOf('Home\nRussia Talks\nContact\nAbout\nHome\nRussia Talks\nNews');
    expect(copiedWithNeighbour(1, [1, 5], lines, lower(lines))).toBe(true);
    const below = linesOf('News\nRussia Talks\nContact\nAbout\nHome\nRussia Talks\nContact');
    expect(copiedWithNeighbour(5, [1, 5], below, lower(below))).toBe(true);
  });
  it('passes over a copy among other lines, a copy right beside it and blank neighbours', () => {
    const crumb = linesOf('Home\nRussia Talks\nMinister Says\nRussia Talks\nThe minister said so.');
    expect(copiedWithNeighbour(3, [1, 3], crumb, lower(crumb))).toBe(false);
    const twice = linesOf('Home\nRussia Talks\nRussia Talks\nContact');
    expect(copiedWithNeighbour(1, [1, 2], twice, lower(twice))).toBe(false);
    const blank = linesOf('Home\n\nRussia Talks\nContact\nAbout\n\nRussia Talks\nNews');
    expect(copiedWithNeighbour(2, [2, 6], blank, lower(blank))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { listTail } from '../../src/analyze/list-tail.js';
import { clean } from '../../src/clean.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import type { Verdict } from '../../src/types.js';
import { EN, linesOf } from '../helpers.js';

// Readability test page firefox-nightly-blog (html-to-text): weekly notes that end in a list, its last items closed by a
// bug number instead of a full stop.
const NOTES = [
  'Weekly notes on the browser, with the work of the search team over the last two weeks of the year.',
  ' * Work continued on the weather suggestion experiment, but its release has been moved to January.',
  ' * The region module now can use a location monitor to update without hitting the network (Bug 1663501)',
  ' * Fixed a bug where search engines were added again on startup after their removal, with a language pack (Bug 1675624)',
];
const settings = MODE_SETTINGS.balanced;

describe('listTail', () => {
  it('widens the body over the items that go on with the list it ends in', () => {
    const lines = linesOf([...NOTES, '', 'BLEEDING EDGE BROWSING', 'Download the Nightly'].join('\n'));
    const tail = listTail(lines, [], { start: 0, end: 1 }, EN.stopwords, settings);
    expect(tail?.extent).toEqual({ start: 0, end: 3 });
    expect([...(tail?.rescored.keys() ?? [])]).toEqual([2, 3]);
  });
  it('stops at a blank line, another marker, a verdict, or an item that reads as a headline', () => {
    const parted = linesOf([...NOTES.slice(0, 2), '', ...NOTES.slice(2)].join('\n'));
    expect(listTail(parted, [], { start: 0, end: 1 }, EN.stopwords, settings)).toBeNull();
    const numbered = linesOf([...NOTES.slice(0, 2), NOTES[2]?.replace(' * ', ' 1. ')].join('\n'));
    expect(listTail(numbered, [], { start: 0, end: 1 }, EN.stopwords, settings)).toBeNull();
    const verdicts: (Verdict | undefined)[] = [];
    verdicts[2] = { kind: 'related', reason: 'test' };
    expect(listTail(linesOf(NOTES.join('\n')), verdicts, { start: 0, end: 1 }, EN.stopwords, settings)).toBeNull();
    const headlines = linesOf(
      [
        ...NOTES.slice(0, 2),
        ' * Browser Maker Unveils Faster Engine, Redesigned Tabs And Better Privacy Tools (Video)',
      ].join('\n'),
    );
    expect(listTail(headlines, [], { start: 0, end: 1 }, EN.stopwords, settings)).toBeNull();
  });
  it('leaves a body that ends in no list item', () => {
    expect(listTail(linesOf(NOTES.join('\n')), [], { start: 0, end: 0 }, EN.stopwords, settings)).toBeNull();
  });
  it('keeps the last items in the cleaned text', () => {
    const text = [
      'THESE WEEKS IN THE BROWSER: ISSUE 85',
      '',
      'The search team spent the last two weeks of the year on fixes that users had asked for, and on a few experiments.',
      'Most of them will reach the release channel in January, after the holidays, when the team is back at work.',
      '',
      'SEARCH AND NAVIGATION',
      '',
      ...NOTES.slice(1),
      '',
      'BLEEDING EDGE BROWSING',
      'Download the Nightly',
      'Previous article These Weeks in the Browser: Issue 84',
      'Next article These Weeks in the Browser: Issue 86',
    ];
    expect(clean(text.join('\n')).text).toContain('with a language pack (Bug 1675624)');
  });
});

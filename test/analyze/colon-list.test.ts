import { describe, expect, it } from 'vitest';
import { listUnderColon } from '../../src/analyze/colon-list.js';
import { clean } from '../../src/clean.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

// WCXB 2645 (a release note): its last paragraph announces two links, each a short line with no full stop.
const CLOSING =
  'As usual, you can install the newest release and read more about what changed since the last post here:';
const LINKS = ['Merged changes 4.2.10...4.2.11', 'Full diff 4.2.10...4.2.11'];
const settings = MODE_SETTINGS.balanced;

describe('listUnderColon', () => {
  it('widens the body over the short lines under its last line that ends with a colon', () => {
    const lines = linesOf([CLOSING, '', ...LINKS, '', 'Article Tags'].join('\n'));
    const list = listUnderColon(lines, [], { start: 0, end: 0 }, settings);
    expect(list?.extent).toEqual({ start: 0, end: 2 });
    expect([...(list?.rescored.keys() ?? [])]).toEqual([1, 2]);
    expect(list?.rescored.get(1)).toMatchObject({ score: 0, item: true });
  });
  it('stops at a verdict, a blank line, another marker or a sentence-long line', () => {
    const verdicts: (Verdict | undefined)[] = [];
    verdicts[2] = { kind: 'nav', reason: 'test' };
    const three = [CLOSING, ...LINKS, 'Release notes 4.2.11'];
    expect(listUnderColon(linesOf(three.join('\n')), verdicts, { start: 0, end: 0 }, settings)).toBeNull();
    const parted = linesOf([CLOSING, LINKS[0], '', LINKS[1]].join('\n'));
    expect(listUnderColon(parted, [], { start: 0, end: 0 }, settings)).toBeNull();
    const marked = linesOf([CLOSING, LINKS[0], ` * ${LINKS[1]}`].join('\n'));
    expect(listUnderColon(marked, [], { start: 0, end: 0 }, settings)).toBeNull();
    const long = linesOf([CLOSING, LINKS[0], CLOSING].join('\n'));
    expect(listUnderColon(long, [], { start: 0, end: 0 }, settings)).toBeNull();
  });
  it('leaves a body whose last line ends with no colon, and a menu of more than twenty short lines', () => {
    const plain = linesOf([CLOSING.replace(/:$/, '.'), ...LINKS].join('\n'));
    expect(listUnderColon(plain, [], { start: 0, end: 0 }, settings)).toBeNull();
    const menu = Array.from({ length: 21 }, (_, k) => `Section ${k + 1}`);
    expect(listUnderColon(linesOf([CLOSING, ...menu].join('\n')), [], { start: 0, end: 0 }, settings)).toBeNull();
  });
  it('keeps the list in the cleaned text', () => {
    const text = [
      'Weekly Release Notes: Version 4.2.11',
      '',
      'This week the team added two modules and fixed a crash that users of the older installer had reported.',
      '',
      'The first module reads the settings of a remote service and reports every setting that is left open to the world.',
      '',
      'The second one checks whether the login page of a device still accepts the password it was shipped with.',
      '',
      CLOSING,
      '',
      ...LINKS,
      '',
      'Article Tags',
      'Related posts',
      'Weekly Release Notes: Version 4.2.10',
    ];
    const article = clean(text.join('\n'));
    for (const link of LINKS) expect(article.text).toContain(link);
    expect(article.text).not.toContain('Version 4.2.10');
  });
});

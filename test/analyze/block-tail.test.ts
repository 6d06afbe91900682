import { describe, expect, it } from 'vitest';
import { blockTail } from '../../src/analyze/block-tail.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

// After WCXB 4255 innertext: a feature's heading, its first sentence, then two short statements in the same block.
const FEATURE = [
  'A CRM keeps every conversation with a customer in one place, so the whole team can pick up where others left off.',
  'Mobile Access',
  'Enables access to CRM data and tasks from anywhere.',
  'Supports real-time updates and communication.',
  'Ensures productivity away from the office.',
];
const settings = MODE_SETTINGS.balanced;

describe('blockTail', () => {
  it("widens the body over the short statements under its last line, in that line's block", () => {
    const lines = linesOf([...FEATURE, '', 'Get In Touch with a CRM Expert'].join('\n'));
    const tail = blockTail(lines, [], { start: 0, end: 2 }, settings);
    expect(tail?.extent).toEqual({ start: 0, end: 4 });
    expect([...(tail?.rescored.keys() ?? [])]).toEqual([3, 4]);
  });

  it('stops at a question or an exclamation under the last line (WCXB 0301, 4164)', () => {
    const asked = linesOf([...FEATURE.slice(0, 3), 'Did you find the article helpful?'].join('\n'));
    expect(blockTail(asked, [], { start: 0, end: 2 }, settings)).toBeNull();
    const pinned = linesOf([...FEATURE.slice(0, 3), 'Pin this for later!'].join('\n'));
    expect(blockTail(pinned, [], { start: 0, end: 2 }, settings)).toBeNull();
  });

  it("stops at a blank line, a box's label, a verdict, or a line long enough for the body search to judge", () => {
    const parted = linesOf([...FEATURE.slice(0, 3), '', FEATURE[3]].join('\n'));
    expect(blockTail(parted, [], { start: 0, end: 2 }, settings)).toBeNull();
    const labelled = linesOf([...FEATURE.slice(0, 3), 'Written by:'].join('\n'));
    expect(blockTail(labelled, [], { start: 0, end: 2 }, settings)).toBeNull();
    const verdicts: (Verdict | undefined)[] = [];
    verdicts[3] = { kind: 'promo', reason: 'test' };
    expect(blockTail(linesOf(FEATURE.join('\n')), verdicts, { start: 0, end: 2 }, settings)).toBeNull();
    const long = linesOf(
      [...FEATURE.slice(0, 3), 'It keeps working when the office is closed and you are out.'].join('\n'),
    );
    expect(blockTail(long, [], { start: 0, end: 2 }, settings)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelledTail } from '../../src/analyze/labelled-tail.js';
import { clean } from '../../src/clean.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

// WCXB 4257: a checklist of labelled items closes the article; only its first item read as a sentence.
const ITEMS = [
  'Work style: office vs. field vs. remote vs. mixed teams',
  'Budget: what you can spend each month on licences',
  'Data: which records must move over from the old system',
  'Ownership: who keeps the settings and the data clean',
];

describe('labelledTail', () => {
  it('widens the body over the labelled items under its last one', () => {
    const lines = linesOf([...ITEMS, 'Related Articles'].join('\n'));
    const tail = labelledTail(lines, [], { start: 0, end: 0 });
    expect(tail?.extent).toEqual({ start: 0, end: 3 });
    expect([...(tail?.rescored.keys() ?? [])]).toEqual([1, 2, 3]);
    expect(tail?.rescored.get(1)).toMatchObject({ klass: 'medium' });
  });
  it('carries items set apart by blank lines, as the cleaned text sets them', () => {
    const parted = linesOf(ITEMS.join('\n\n'));
    expect(labelledTail(parted, [], { start: 0, end: 0 })?.extent).toEqual({ start: 0, end: 3 });
  });
  it('stops at a verdict, another marker or a line with no label', () => {
    const verdicts: (Verdict | undefined)[] = [];
    verdicts[1] = { kind: 'related', reason: 'test' };
    expect(labelledTail(linesOf(ITEMS.join('\n')), verdicts, { start: 0, end: 0 })).toBeNull();
    const marked = linesOf([ITEMS[0], ` * ${ITEMS[1]}`].join('\n'));
    expect(labelledTail(marked, [], { start: 0, end: 0 })).toBeNull();
    const plain = linesOf([ITEMS[0], 'Which plan fits your team best'].join('\n'));
    expect(labelledTail(plain, [], { start: 0, end: 0 })).toBeNull();
  });
  it("leaves a body whose last line opens with no label, a listing's quoted keys, and a run of more than twelve", () => {
    const unlabelled = linesOf(['Pick the plan that fits your team.', ...ITEMS].join('\n'));
    expect(labelledTail(unlabelled, [], { start: 0, end: 0 })).toBeNull();
    const keys = linesOf(['"name": "report",', '"url": "https://example.com/a",'].join('\n'));
    expect(labelledTail(keys, [], { start: 0, end: 0 })).toBeNull();
    const record = Array.from({ length: 14 }, (_, k) => `Field ${k + 1}: value number ${k + 1}`);
    expect(labelledTail(linesOf(record.join('\n')), [], { start: 0, end: 0 })).toBeNull();
  });
  it('widens the body by the items right under it, or not at all', () => {
    const piece = fc.constantFrom(...ITEMS, 'Related Articles', '"key": "value"');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.nat(7), (texts, end) => {
        const lines = linesOf(texts.join('\n'));
        const extent = { start: 0, end: Math.min(end, lines.length - 1) };
        const tail = labelledTail(lines, [], extent);
        if (tail === null) return;
        const keys = [...tail.rescored.keys()];
        expect(tail.extent).toEqual({ start: 0, end: extent.end + keys.length });
        expect(keys).toEqual(keys.map((_, n) => extent.end + 1 + n));
      }),
    );
  });
  it('keeps the items in the cleaned text', () => {
    const text = [
      'Choosing a Scheduling Tool for a Growing Team',
      '',
      'A scheduling tool saves a growing team hours every week, but only when it fits the way the team already works.',
      '',
      'Before you compare vendors, write down how your team books its work today and where that process breaks down.',
      '',
      'Then weigh each tool against the points below, and ask every vendor for a trial long enough to test them all.',
      '',
      'What to weigh',
      ITEMS[0],
      ...ITEMS.slice(1),
      '',
      'Related Articles',
      'Five ways to plan a calmer week',
    ];
    const article = clean(text.join('\n'));
    for (const item of ITEMS) expect(article.text).toContain(item);
    expect(article.text).not.toContain('calmer week');
  });
});

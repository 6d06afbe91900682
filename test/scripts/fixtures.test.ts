import { describe, expect, it } from 'vitest';
import { meanScore, scoreBody } from '../../bench/lib/metrics.js';
import { expectedJson, type QualityReport, raiseFloor } from '../../scripts/lib/fixtures.js';
import { clean, toJson } from '../../src/index.js';

describe('expectedJson', () => {
  const article = clean('Home | News\n\nA headline here\n\nThe first paragraph of the story says something.\n\nShare');

  it('parses back to the article', () => {
    expect(JSON.parse(expectedJson(article))).toEqual(JSON.parse(toJson(article)));
  });

  it('puts each block and removed span on a line of its own and ends in a newline', () => {
    const text = expectedJson(article);
    expect(text.endsWith('}\n')).toBe(true);
    for (const block of article.blocks) expect(text).toContain(`\n    ${JSON.stringify(block)}`);
    for (const span of article.removed) expect(text).toContain(`\n    ${JSON.stringify(span)}`);
  });
});

describe('meanScore', () => {
  it('averages per page', () => {
    expect(meanScore([scoreBody('a b', 'a b'), scoreBody('x', 'y')])).toEqual({
      pages: 2,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
  });

  it('scores no pages as 0', () => expect(meanScore([])).toEqual({ pages: 0, precision: 0, recall: 0, f1: 0 }));
});

describe('raiseFloor', () => {
  const score = (f1: number, precision: number, recall: number) => ({ pages: 1, f1, precision, recall });
  const report: QualityReport = {
    overall: score(0.8729, 0.95, 0.9),
    byRenderer: { innertext: score(0.8729, 0.95, 0.9) },
  };

  it('writes the measured scores rounded down to 3 decimals', () => {
    const floor = raiseFloor(null, report);
    expect([floor.f1, floor.precision, floor.recall]).toEqual([0.872, 0.95, 0.9]);
    expect(floor.byRenderer).toEqual({ innertext: { f1: 0.872, precision: 0.95, recall: 0.9 } });
  });

  it('never lowers a floor, and drops renderers no longer measured', () => {
    const old = {
      f1: 0.88,
      precision: 0.9,
      recall: 0.95,
      byRenderer: { other: { f1: 1, precision: 1, recall: 1 } },
      note: '',
    };
    const floor = raiseFloor(old, report);
    expect([floor.f1, floor.precision, floor.recall]).toEqual([0.88, 0.95, 0.95]);
    expect(Object.keys(floor.byRenderer)).toEqual(['innertext']);
  });
});

import { describe, expect, it } from 'vitest';
import { isoByNamedDate, isoByPageOrder } from '../../src/structure/numeric-date-order.js';
import { EN, linesOf } from '../helpers.js';

describe('isoByPageOrder', () => {
  it('reads the month first where another date on the page can only be month first', () => {
    expect(isoByPageOrder('8/1/2025', linesOf('Posted 8/1/2025\nA comment on 8/27/2025'))).toBe('2025-08-01');
    expect(isoByPageOrder('09.10.2024', linesOf('09.10.2024\nUpdated 11.24.2025'))).toBe('2024-09-10');
  });
  it('reads the day first where another date can only be day first', () => {
    expect(isoByPageOrder('09/10/2025', linesOf('09/10/2025\nSeen 19/02/2025'))).toBe('2025-10-09');
  });
  it('stays undecided without evidence, with evidence both ways, or across separators', () => {
    expect(isoByPageOrder('03/10/2023', linesOf('03/10/2023\nNothing else'))).toBeNull();
    expect(isoByPageOrder('03/10/2023', linesOf('03/10/2023\n8/27/2025 and 25/02/2025'))).toBeNull();
    expect(isoByPageOrder('03/10/2023', linesOf('03/10/2023\n8.27.2025'))).toBeNull();
    expect(isoByPageOrder('May 3, 2023', linesOf('8/27/2025'))).toBeNull();
  });
});

describe('isoByNamedDate', () => {
  it('reads the order that gives the day the page writes with its month name (WCXB 0429)', () => {
    const page = (named: string) => linesOf(`Headline\n02-12-2025\nText.\nRecent Posts\nHeadline\n${named}`);
    expect(isoByNamedDate('02-12-2025', page('December 02, 2025'), EN)).toBe('2025-12-02');
    expect(isoByNamedDate('02-12-2025', page('February 12, 2025'), EN)).toBe('2025-02-12');
    expect(isoByNamedDate('02.12.2025', page('2 December 2025'), EN)).toBe('2025-12-02');
  });
  it('stays undecided when no such day is written, or only in numbers', () => {
    const page = (other: string) => linesOf(`Headline\n02-12-2025\n${other}`);
    expect(isoByNamedDate('02-12-2025', page('December 03, 2025'), EN)).toBeNull();
    expect(isoByNamedDate('02-12-2025', page('Seen 2025-12-02'), EN)).toBeNull();
    expect(isoByNamedDate('May 3, 2023', page('May 3, 2023'), EN)).toBeNull();
  });
});

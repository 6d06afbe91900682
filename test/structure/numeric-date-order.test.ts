import { describe, expect, it } from 'vitest';
import { isoByPageOrder } from '../../src/structure/numeric-date-order.js';
import { linesOf } from '../helpers.js';

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

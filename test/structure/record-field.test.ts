import { describe, expect, it } from 'vitest';
import { isAmongFields, isFieldRow } from '../../src/structure/record-field.js';
import { linesOf } from '../helpers.js';

describe('isAmongFields', () => {
  const record = linesOf(
    [
      'Key Services: Social Media Campaigns, Search Engine Optimization, Content Marketing, Email and Video',
      'Industries Served: SaaS, Healthcare, Fintech',
      'Case Studies: View all case studies.',
    ].join('\n'),
  );
  it('finds a field between two fields', () => expect(isAmongFields(record, 1)).toBe(true));
  it('finds the first field of a record over two more', () => expect(isAmongFields(record, 0)).toBe(true));
  it('needs a field below', () => expect(isAmongFields(record, 2)).toBe(false));
  it('leaves a heading over a single field alone', () => {
    const lines = linesOf(
      [
        'Step 2: Preparation',
        'Fee: Free',
        'Preparation starts a week before the event, when the venue sends its floor plan.',
      ].join('\n'),
    );
    expect(isAmongFields(lines, 0)).toBe(false);
  });
  it('leaves a heading with a colon over prose alone', () => {
    const lines = linesOf(
      [
        'Trend #2: Sustainable Catering Practices',
        'Sustainability is more than just a buzzword in corporate catering, and clients ask for it.',
        'Benefits: Rich in healthy fats, fiber, and antioxidants.',
      ].join('\n'),
    );
    expect(isAmongFields(lines, 1)).toBe(false);
  });
});

describe('isFieldRow', () => {
  it('reads fields parted by bars, each a term and its value (WCXB 4042, 4835 innertext)', () => {
    expect(isFieldRow('Family: Rubiaceae | Place of Origin: Ethiopia')).toBe(true);
    expect(isFieldRow('Brushing Modes: 1 | # of Brush Heads: 11')).toBe(true);
  });
  it('reads no row in a headline with a label, a site name after a bar, or one field', () => {
    expect(isFieldRow('Review: The Best Toothbrushes | Gear Lab')).toBe(false);
    expect(isFieldRow('Family: Rubiaceae')).toBe(false);
    expect(isFieldRow('Coffee | Tropical Conservatory')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { opensWithCapsLeadIn } from '../../src/structure/caps-lead-in.js';

describe('opensWithCapsLeadIn', () => {
  it('reads words in capitals that go on in lower case as a lead-in (WCXB 0392)', () => {
    expect(opensWithCapsLeadIn('SPANISH LEARNING STUDENTS in an information-sharing session')).toBe(true);
  });
  it('is false for a headline in capitals, in headline case, or opening with two acronyms', () => {
    expect(opensWithCapsLeadIn('ENROLMENT NOW OPEN FOR SPANISH CLASSES')).toBe(false);
    expect(opensWithCapsLeadIn('Enrolment Now Open for Spanish Classes')).toBe(false);
    expect(opensWithCapsLeadIn('US FDA approves a new drug')).toBe(false);
  });
});

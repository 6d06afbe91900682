import { describe, expect, it } from 'vitest';
import { nameOverRole } from '../../src/structure/name-over-role.js';
import { EN, linesOf } from '../helpers.js';

describe('nameOverRole', () => {
  it('takes a name over a short line that holds a role (WCXB 4363, 0353, 1974)', () => {
    const lines = linesOf(
      'The Ten Best Tech Conferences to Attend\nRachel MacDonald\nWriter\n12/11/25\nThe year opens in Las Vegas.',
    );
    expect(nameOverRole(lines, [], 0, lines.length, EN)).toEqual({ name: 'Rachel MacDonald', index: 1 });
    const former = linesOf(
      'Pros and Cons of Consulting\nLiz Kenny\nFormer McKinsey Consultant\nAre you ready to dive in?',
    );
    expect(nameOverRole(former, [], 0, former.length, EN)).toEqual({ name: 'Liz Kenny', index: 1 });
    const later = linesOf('Short-Form Video Best Practices\nLiza Burke\nMarketing Director\nMay 14, 2025');
    expect(nameOverRole(later, [], 0, later.length, EN)).toEqual({ name: 'Liza Burke', index: 1 });
  });
  it('leaves a list of job titles: a name holds no role (WCXB 0362)', () => {
    const lines = linesOf('Office Manager\nProfessional\nVice President\nManager/Director\nRisk Manager');
    expect(nameOverRole(lines, [], 0, lines.length, EN)).toBeNull();
  });
  it('leaves a name over a sentence or a long bio, and looks only inside its window', () => {
    const bio = linesOf(
      'Headline of the Story Here\nJosh Fechter\nFounder of a school for people who work in HR today.',
    );
    expect(nameOverRole(bio, [], 0, bio.length, EN)).toBeNull();
    const lines = linesOf('Headline of the Story Here\nRachel MacDonald\nWriter');
    expect(nameOverRole(lines, [], 0, 1, EN)).toBeNull();
  });
});

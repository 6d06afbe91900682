import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { teamByline } from '../../src/structure/team-byline.js';
import { EN, linesOf } from '../helpers.js';

describe('teamByline', () => {
  it('takes a team that signs the post under the headline (WCXB 0439, 4243, 0293)', () => {
    const lines = linesOf('Why the Parser Crashed\nSecurity\nOrbitLink Team\nWe found the bug on a Monday.');
    expect(teamByline(lines, 0, 3, EN)).toEqual({ name: 'OrbitLink Team', index: 2 });
    const staff = linesOf('Ten Ways to Grow a Shop\nAcme Staff\nPlanning to hire help?\nMay 2, 2024\nThe body.');
    expect(teamByline(staff, 0, 4, EN)).toEqual({ name: 'Acme Staff', index: 1 });
    const blog = linesOf('Leave Policies That Work\nMarch 3, 2025\nShare\nAcme Blog Contributor\nThe body.');
    expect(teamByline(blog, 0, 4, EN)?.name).toBe('Acme Blog Contributor');
  });
  it('takes a staff word alone only beside a date (WCXB 0456; multisite forbes)', () => {
    const dated = linesOf('Robots Need People, Study Finds\n3 Mar, 2025\nNewsdesk\nThe body opens here.');
    expect(teamByline(dated, 0, 3, EN)).toEqual({ name: 'Newsdesk', index: 2 });
    const role = linesOf('Five Habits of Good Managers\nJane Roe\nContributor\nOpinions are the writer’s own.');
    expect(teamByline(role, 0, 3, EN)).toBeNull();
  });
  it('leaves links to the staff page, counts, a source in capitals and lines outside the header (WCXB 4255)', () => {
    for (const text of ['Meet the Team', 'Join Our Team', '100+ Team', 'Building Your Team', 'GREEN TEAM'])
      expect(teamByline(linesOf(`Headline of the Story\n${text}\nThe body.`), 0, 2, EN)).toBeNull();
    const late = linesOf('Headline of the Story\nThe body opens.\nAcme Team');
    expect(teamByline(late, 0, 1, EN)).toBeNull();
    expect(teamByline(late, -1, 3, EN)).toBeNull();
  });
  it('keeps the whole name when the Markdown, which writes it after "By", is cleaned again (WCXB 0293)', () => {
    const page = [
      'Leave Policies That Work: A Guide for Employers',
      'March 3, 2025',
      'Share',
      'Acme Blog Contributor',
      'Time off is a benefit that lets workers rest and helps firms keep the people they hired. This guide shows how.',
      'Start with the law in each state where you employ people, then decide how many days to grant each year.',
    ].join('\n\n');
    const article = clean(page);
    expect(article.byline).toBe('Acme Blog Contributor');
    expect(toMarkdown(article)).toContain('*By Acme Blog Contributor · March 3, 2025*');
    expect(clean(toMarkdown(article)).byline).toBe('Acme Blog Contributor');
  });
  test.prop([fc.array(fc.string({ maxLength: 40 }), { maxLength: 12 })])(
    'gives a line of the header, written as the page writes it',
    (texts) => {
      const lines = linesOf(['Headline', ...texts].join('\n'));
      const found = teamByline(lines, 0, lines.length, EN);
      if (found !== null) {
        expect(found.index).toBeGreaterThan(0);
        expect(lines[found.index]?.text.trim()).toBe(found.name);
      }
      expect(found === null || found.index < lines.length).toBe(true);
    },
  );
});

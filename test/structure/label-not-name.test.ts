import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { isLabelNotName } from '../../src/structure/label-not-name.js';
import { EN, linesOf } from '../helpers.js';

describe('isLabelNotName', () => {
  it('takes category labels glued together for no name (WCXB 4589)', () => {
    expect(isLabelNotName('Wedding ChecklistsJust EngagedWedding Planning', [], EN)).toBe(true);
  });
  it('keeps a name that runs a small letter into a capital once', () => {
    expect(isLabelNotName('Naoise McNally', [], EN)).toBe(false);
    expect(isLabelNotName('SolutionsHub Editorial Team', [], EN)).toBe(false);
  });
  it('takes a listing facet for no name ("By Industry", WCXB 0041)', () => {
    expect(isLabelNotName('Industry', [], EN)).toBe(true);
    expect(isLabelNotName('Company Size', [], EN)).toBe(true);
    expect(isLabelNotName('Industry Jones', [], EN)).toBe(false);
  });
  it('takes a comment counter beside the date for no name (WCXB 4070)', () => {
    expect(isLabelNotName('No Comments', [], EN)).toBe(true);
    expect(isLabelNotName('Leave a Reply', [], EN)).toBe(true);
    expect(isLabelNotName('Jane Commons', [], EN)).toBe(false);
  });
  it('takes a listing facet glued to the next facet for no name ("By CategoryBy Manufacturer", WCXB 4265)', () => {
    expect(isLabelNotName('CategoryBy Manufacturer', [], EN)).toBe(true);
  });
  it('takes a menu entry the page writes in lower case for no name (WCXB 0293)', () => {
    const lines = linesOf(
      'Topic\nCompliance\nDigital Transformation\nHR Strategy\nWorkforce Management\nWorkplace Culture\n\nA good strategy for paid time off.',
    );
    expect(isLabelNotName('HR Strategy', lines, EN)).toBe(true);
  });
  it('takes a menu entry that "&" joins for no name (WCXB 4576)', () => {
    const lines = linesOf('Your Visit\nPatient Testimonials\nPublications & Conferences\nContact Us\nCareers\n\nText.');
    expect(isLabelNotName('Publications & Conferences', lines, EN)).toBe(true);
    expect(isLabelNotName('Jane & John Doe', linesOf('Home\nJane & John Doe\n\nText.'), EN)).toBe(false);
  });
  it('keeps a name listed among other names the page never writes in lower case', () => {
    const lines = linesOf(
      'Authors\nGeoff Huston\nGeorge Michaelson\nJen Linkova\nContributors\n\nThe routing table grew.',
    );
    expect(isLabelNotName('George Michaelson', lines, EN)).toBe(false);
  });
  it('keeps a menu label a byline names out of the body as well as out of the byline', () => {
    const article = clean(
      'Wedding Planning Checklist: A Guide & Timeline\nBy\nWedding ChecklistsJust EngagedWedding Planning\n\nPlanning your wedding can be stressful, whether you have two years or three months to do it.\n\nStart with the budget and the guest list, then book the venue and the people who make the day.',
    );
    expect(article.byline).toBeNull();
    expect(article.text).not.toContain('ChecklistsJust');
  });
  it('lets the next byline name the author when the first names a label (WCXB 0304)', () => {
    const article = clean(
      'Tax Law Changes and Your Guide to Filing Taxes in 2026\nWritten by TurboTaxLisa\nPublished Oct 10, 2023\n\nOn July 4, 2025, a new tax law was signed, and it changes how many families will file their taxes next spring.\n\nThe standard deduction grows again, and several credits now phase out at higher incomes than before.\n\nThe child tax credit rises to $2,200 per child, and it will keep pace with inflation from next year on.\n\nTips are deductible up to $25,000 a year for workers in jobs that customarily received tips last year.\n\nOvertime pay is deductible too, up to $12,500 for single filers and twice that for joint filers.\n\nSeniors get an extra deduction of $6,000 each, which phases out for higher incomes as well.\n\nPrevious Post\n\nNext Post\n\nWritten by Lisa Greene-Lewis\n\nLisa has over 20 years of experience in tax preparation.',
    );
    expect(article.byline).toBe('Lisa Greene-Lewis');
    expect(article.text).not.toContain('TurboTaxLisa');
  });
});

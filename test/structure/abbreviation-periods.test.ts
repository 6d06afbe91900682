import { describe, expect, it } from 'vitest';
import { abbreviationPeriods, endsWithAbbreviation } from '../../src/structure/abbreviation-periods.js';
import { EN } from '../helpers.js';

const periods = (text: string) => abbreviationPeriods(text, EN.abbreviations);
const endsAbbreviated = (text: string) => endsWithAbbreviation(text, EN.abbreviations);

describe('abbreviationPeriods', () => {
  it('reads the periods of known abbreviations in an upper-cased headline as no sentence ends', () => {
    expect(periods('STORM WARNING ISSUED FOR WED. AFTER HEAVY RAIN TUES.')).toBe(2);
  });
  it('reads initials and a short capitalized word inside the line as abbreviations', () => {
    expect(periods('Top 10 U.S. Manufacturers of Household Appliances')).toBe(1);
    expect(periods('Gov. Newsom Signs the Budget')).toBe(1);
  });
  it('leaves a sentence end: a word in small letters, a long word, an unknown short one at the end', () => {
    expect(periods('They sat in the rain. Then they went home.')).toBe(0);
    expect(periods('They sat in the sun.')).toBe(0);
    expect(periods('The minister met Tom.')).toBe(0);
    expect(periods('Sterling Protective Services, Inc.')).toBe(0);
  });
});

describe('endsWithAbbreviation', () => {
  it('reads a known abbreviation not in small letters at the end, past closing quotes', () => {
    expect(endsAbbreviated('STORM WARNING ISSUED FOR WED. AFTER HEAVY RAIN TUES.')).toBe(true);
    expect(endsAbbreviated('Minister Says Talks Resume on "Tues."')).toBe(true);
  });
  it('leaves a full stop after a word in small letters, an initial or a word glued to a digit', () => {
    expect(endsAbbreviated('They sat in the sun.')).toBe(false);
    expect(endsAbbreviated('FOXNEWS.COM HOME > U.S.')).toBe(false);
    expect(endsAbbreviated('Meet us at Building 4Wed.')).toBe(false);
  });
});

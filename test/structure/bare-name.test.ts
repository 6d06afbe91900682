import { describe, expect, it } from 'vitest';
import { nameAsWrittenAlone, nameUnderHeadline } from '../../src/structure/bare-name.js';
import { EN, linesOf } from '../helpers.js';

const stopwords = EN.stopwords;

describe('nameUnderHeadline', () => {
  it('takes a name under the dek that the page writes once (WCXB 0422)', () => {
    const lines = linesOf(
      'Using Database Systems to Speed Up Reports\nHow we cut a nightly job from hours to minutes.\nChristian Winter\nThe job ran for hours.',
    );
    expect(nameUnderHeadline(lines, 0, stopwords)).toEqual({ name: 'Christian Winter', index: 2 });
  });
  it('leaves a subheading of a name’s shape under the lede: it opens with a function word', () => {
    const lines = linesOf(
      'In Moscow, Tillerson Says Ties With Russia at Low Point\nThe minister said on Wednesday that the talks had been useful.\nWhat Comes Next\nMany people in the village said they had never seen a flood like it.',
    );
    expect(nameUnderHeadline(lines, 0, stopwords)).toBeNull();
  });
});

describe('nameAsWrittenAlone', () => {
  const box = linesOf(['About The Author', 'Celeste Longacre', 'Gardener & Astrologer'].join('\n'));
  it('cuts the role off a name that the author box writes alone', () => {
    expect(nameAsWrittenAlone('Celeste Longacre Gardener & Astrologer', box)).toBe('Celeste Longacre');
  });
  it('keeps a list of names and a name the page never writes alone', () => {
    expect(nameAsWrittenAlone('Celeste Longacre and Jane Doe', box)).toBe('Celeste Longacre and Jane Doe');
    expect(nameAsWrittenAlone('Jane Doe Staff Writer', box)).toBe('Jane Doe Staff Writer');
  });
});

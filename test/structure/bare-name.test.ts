import { describe, expect, it } from 'vitest';
import { compiledPackFor } from '../../src/lang/index.js';
import { ko } from '../../src/lang/ko.js';
import { zh } from '../../src/lang/zh.js';
import {
  nameAsWrittenAlone,
  nameOverBarePrefix,
  nameUnderHeadline,
  readsAsName,
  writesAgain,
} from '../../src/structure/bare-name.js';
import { looksLikeDateLine } from '../../src/structure/date.js';
import { EN, linesOf } from '../helpers.js';

describe('readsAsName', () => {
  it('reads a name the page writes in lower case only inside its e-mail address (WCXB 4622)', () => {
    const lines = linesOf('Illinois Admissions\nMarch 31, 2023\nEmail: admissions@illinois.edu');
    expect(readsAsName('Illinois Admissions', lines, true)).toBe(true);
  });
  it('still reads a label the page writes in lower case in its prose as none', () => {
    const lines = linesOf('Case Studies\nRead two case studies at studies.example.com.');
    expect(readsAsName('Case Studies', lines)).toBe(false);
  });
});

describe('nameUnderHeadline', () => {
  it('takes a name under the dek that the page writes once (WCXB 0422)', () => {
    const lines = linesOf(
      'Using Database Systems to Speed Up Reports\nHow we cut a nightly job from hours to minutes.\nChristian Winter\nThe job ran for hours.',
    );
    expect(nameUnderHeadline(lines, 0, EN)).toEqual({ name: 'Christian Winter', index: 2 });
  });
  it('passes over a list item without words under the headline, an avatar (WCXB 1651 html-to-text)', () => {
    const lines = linesOf(
      'Why Music Lessons Are the Best Form of Self-Care\n * \n   Kalyn Keen\n * Jun 9\nLessons calm the mind, Keen says.\n-Kalyn Keen',
    );
    expect(nameUnderHeadline(lines, 0, EN)).toEqual({ name: 'Kalyn Keen', index: 2 });
  });
  it('takes the name before a role glued on or after it (WCXB 4524)', () => {
    const glued = linesOf(
      'Ergonomic Desk Step by Step: How to Set Up Your Monitor\nMateusz HabernyFounder at Oakywood\nA desk should fit the body.',
    );
    expect(nameUnderHeadline(glued, 0, EN)).toEqual({ name: 'Mateusz Haberny', index: 1 });
    const spaced = linesOf(
      'Ergonomic Desk Step by Step: How to Set Up Your Monitor\nMateusz Haberny, Founder at Oakywood\nA desk should fit the body.',
    );
    expect(nameUnderHeadline(spaced, 0, EN)).toEqual({ name: 'Mateusz Haberny', index: 1 });
  });
  it('leaves a subheading of a name’s shape under the lede: it opens with a function word', () => {
    const lines = linesOf(
      'In Moscow, Tillerson Says Ties With Russia at Low Point\nThe minister said on Wednesday that the talks had been useful.\nWhat Comes Next\nMany people in the village said they had never seen a flood like it.',
    );
    expect(nameUnderHeadline(lines, 0, EN)).toBeNull();
  });
  it('takes a name that opens a list with a date among its next items (WCXB 0336), not a menu entry', () => {
    const isDate = (line: Parameters<typeof looksLikeDateLine>[0]) => looksLikeDateLine(line, EN);
    const dated = linesOf(
      'Types of Restaurant Service Explained\n * Ridvika Arora\n * Marketing\n * August 26, 2025\nHow a restaurant serves its guests matters.',
    );
    expect(nameUnderHeadline(dated, 0, EN, isDate)).toEqual({ name: 'Ridvika Arora', index: 1 });
    const menu = linesOf(
      'Types of Restaurant Service Explained\n * Ridvika Arora\n * Marketing\n * Operations\nHow a restaurant serves its guests matters.',
    );
    expect(nameUnderHeadline(menu, 0, EN, isDate)).toBeNull();
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
  it('cuts where the box writes the name in capitals, keeping the byline’s case (WCXB 0214 html-to-text)', () => {
    const shouted = linesOf(['About The Author', 'CELESTE LONGACRE', 'Gardener & Astrologer'].join('\n'));
    expect(nameAsWrittenAlone('Celeste Longacre Gardener & Astrologer', shouted)).toBe('Celeste Longacre');
  });
  it('cuts nowhere inside a word: a line that opens the name but ends mid-word is not it', () => {
    const partial = linesOf(['About The Author', 'Celeste Longa', 'Gardener & Astrologer'].join('\n'));
    expect(nameAsWrittenAlone('Celeste Longacre Gardener & Astrologer', partial)).toBe(
      'Celeste Longacre Gardener & Astrologer',
    );
  });
  it('keeps a byline in capitals that a menu entry opens across case (WCXB 0146)', () => {
    const menu = linesOf(['Home', 'The Currency', 'Markets'].join('\n'));
    expect(nameAsWrittenAlone('THE CURRENCY EDITORS', menu)).toBe('THE CURRENCY EDITORS');
  });
});

describe('nameOverBarePrefix', () => {
  const BODY = 'The talks ended without an agreement, and both delegations said they would report back.';
  it("reads the name over an author box's label that stands alone", () => {
    expect(nameOverBarePrefix(linesOf([BODY, 'Share this article', 'Jane Doe', 'Author'].join('\n')), [], EN)).toBe(
      'Jane Doe',
    );
  });
  it('reads a Chinese or Korean name over the label by its characters', () => {
    const ZH = compiledPackFor(zh);
    const zhPage = ['市议会周一投票通过了明年的预算，反对派表示将继续要求公开更多细节。', '王芳', '作者'].join('\n');
    expect(nameOverBarePrefix(linesOf(zhPage, ZH), [], ZH)).toBe('王芳');
    const KO = compiledPackFor(ko);
    expect(
      nameOverBarePrefix(linesOf(['시의회가 예산안을 통과시켰다.', '김민수', '작성자'].join('\n'), KO), [], KO),
    ).toBe('김민수');
  });
  it("takes no button's label, no lone word and no line a detector claimed as something else", () => {
    const page = [BODY, 'Copy Link', 'Author', 'Copy the link to this page.'].join('\n');
    expect(nameOverBarePrefix(linesOf(page), [], EN)).toBeNull();
    expect(nameOverBarePrefix(linesOf([BODY, 'Admin', 'Author'].join('\n')), [], EN)).toBeNull();
    const lines = linesOf([BODY, 'Jane Doe', 'Author'].join('\n'));
    expect(nameOverBarePrefix(lines, [undefined, { kind: 'share', reason: 'test' }], EN)).toBeNull();
  });
});

describe('writesAgain', () => {
  it('finds the name alone on another line, not inside one nor on its own line', () => {
    const lines = linesOf('Headline\nJane Roe\nText by Jane Roe.\nJane Roe');
    expect(writesAgain('Jane Roe', 1, lines)).toBe(true);
    expect(writesAgain('Jane Roe', 1, lines.slice(0, 3))).toBe(false);
  });
});

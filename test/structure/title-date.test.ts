import { describe, expect, it } from 'vitest';
import { compiledPackFor } from '../../src/lang/index.js';
import { th } from '../../src/lang/th.js';
import { splitTitleDate } from '../../src/structure/title-date.js';
import { EN } from '../helpers.js';

describe('splitTitleDate', () => {
  it('cuts a date written after the headline and gives it', () => {
    expect(splitTitleDate('Advent of Code 2025 week 2 20 December 2025', EN)).toEqual({
      title: 'Advent of Code 2025 week 2',
      date: { text: '20 December 2025', iso: '2025-12-20' },
    });
  });
  it('cuts a date written before the headline, and the separator between them', () => {
    expect(splitTitleDate('DEC 18 2025 PREPARING A TRANSITION IN DEBUSINE', EN).title).toBe(
      'PREPARING A TRANSITION IN DEBUSINE',
    );
    expect(splitTitleDate('Porting an HTML5 parser | May 4, 2025', EN).title).toBe('Porting an HTML5 parser');
  });
  it('cuts a month and year after a slash, and gives no date (WCXB 0438)', () => {
    expect(splitTitleDate('Porting an HTML5 parser and its test suite / Dec 2025', EN)).toEqual({
      title: 'Porting an HTML5 parser and its test suite',
      date: null,
    });
  });
  it.each([
    ['Prosper Performance Update – January 2026', 'a month and year after a dash: the month reported on'],
    ['Parser / Dec 2025', 'a month and year with too little left'],
    ['Metasploit Wrap-Up 12/19/2025', 'a numeric date'],
    ['What Changed on 20 December 2025 for Renters', 'a date inside the headline'],
    ['Budget Day 20 December 2025', 'too little left'],
  ])('keeps %j (%s)', (title) => expect(splitTitleDate(title, EN)).toEqual({ title, date: null }));
  it('splits the date off a Thai headline, which has no space between its words', () => {
    expect(splitTitleDate('รัฐบาลอนุมัติกฎหมายพลังงานหมุนเวียนฉบับใหม่ | 12 เมษายน 2560', compiledPackFor(th))).toEqual({
      title: 'รัฐบาลอนุมัติกฎหมายพลังงานหมุนเวียนฉบับใหม่',
      date: { text: '12 เมษายน 2560', iso: '2017-04-12' },
    });
  });
});

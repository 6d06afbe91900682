import { describe, expect, it } from 'vitest';
import { ar } from '../../src/lang/ar.js';
import { cs } from '../../src/lang/cs.js';
import { de } from '../../src/lang/de.js';
import { es } from '../../src/lang/es.js';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ko } from '../../src/lang/ko.js';
import { nl } from '../../src/lang/nl.js';
import { pl } from '../../src/lang/pl.js';
import { ru } from '../../src/lang/ru.js';
import { sk } from '../../src/lang/sk.js';
import { th } from '../../src/lang/th.js';
import { tr } from '../../src/lang/tr.js';
import { uk } from '../../src/lang/uk.js';
import {
  earliestDate,
  findDate,
  holdsDateField,
  holdsLabelledDate,
  looksLikeDateLine,
  opensDateFields,
  opensWithDate,
  opensWithLabelledDate,
} from '../../src/structure/date.js';
import { EN, lineOf } from '../helpers.js';

const DE = compiledPackFor(de);
const FR = compiledPackFor(fr);
const ES = compiledPackFor(es);
const RU = compiledPackFor(ru);
const AR = compiledPackFor(ar);
const KO = compiledPackFor(ko);
const NL = compiledPackFor(nl);
const PL = compiledPackFor(pl);
const TR = compiledPackFor(tr);
const UK = compiledPackFor(uk);
const CS = compiledPackFor(cs);
const SK = compiledPackFor(sk);

describe('findDate', () => {
  it.each([
    ['Updated: April 12, 2017 5:50 am', 'April 12, 2017', '2017-04-12'],
    ['12 April 2017', '12 April 2017', '2017-04-12'],
    ['Apr. 12th, 2017', 'Apr. 12th, 2017', '2017-04-12'],
    ['Sept 9, 2021', 'Sept 9, 2021', '2021-09-09'],
    ['Published 2017-04-12T10:04:00Z', '2017-04-12T10:04:00Z', '2017-04-12'],
    ['2017-04-12', '2017-04-12', '2017-04-12'],
    ['13/05/2017', '13/05/2017', '2017-05-13'],
    ['05/13/2017', '05/13/2017', '2017-05-13'],
    ['29.02.2016', '29.02.2016', '2016-02-29'],
    ['12.12.2025', '12.12.2025', '2025-12-12'],
    ['By Jayesh Shinde | Updated on 19-Dec-2025', '19-Dec-2025', '2025-12-19'],
    ['Published on 25.Jun.2019 in Vol 7, No 6 (2019): June', '25.Jun.2019', '2019-06-25'],
    ['October 17, 20236:01 PM ET', 'October 17, 2023', '2023-10-17'],
    ['by Jeffrey ZeldmanNovember 20, 2007', 'November 20, 2007', '2007-11-20'],
    ['Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026', 'DECEMBER 22, 2022', '2022-12-22'],
    ['December 19. 2025', 'December 19. 2025', '2025-12-19'],
    ['Mar 27, 20255 mins', 'Mar 27, 2025', '2025-03-27'],
    ['May 2nd 202511 min read', 'May 2nd 2025', '2025-05-02'],
    ['2025年12月5日 10時30分', '2025年12月5日', '2025-12-05'],
    ['发布时间：2025年 3月 9日', '2025年 3月 9日', '2025-03-09'],
    ['2025년 12월 5일', '2025년 12월 5일', '2025-12-05'],
    ['2025/12/05 10:30', '2025/12/05', '2025-12-05'],
    ['EcoFlow- 2025/4/29', '2025/4/29', '2025-04-29'],
    ['2025.12.05', '2025.12.05', '2025-12-05'],
    ['2025•01•08', '2025•01•08', '2025-01-08'],
    ['2023. 2. 5. 11:40', '2023. 2. 5.', '2023-02-05'],
    ['Közzétéve: 2023. 02. 05.', '2023. 02. 05.', '2023-02-05'],
  ])('%j → %j (%s)', (text, written, iso) => expect(findDate(text, EN)).toEqual({ text: written, iso }));

  it.each([
    ['04/05/2017', 'day and month could be either way'],
    ['12.11.2017', 'day and month could be either way'],
    ['31.02.2017', 'no such day'],
    ['29.02.2017', 'not a leap year'],
    ['2017-13-45', 'no such month'],
  ])('keeps %j as written with iso null (%s)', (text) => {
    expect(findDate(text, EN)).toEqual({ text, iso: null });
  });

  it.each([
    [DE, '12. März 2017', '2017-03-12'],
    [FR, '12 mars 2017', '2017-03-12'],
    [ES, '12 de abril de 2017', '2017-04-12'],
    [RU, '12 апреля 2017', '2017-04-12'],
    [AR, '5 ديسمبر 2025', '2025-12-05'],
    [AR, '5 كانون الأول 2025', '2025-12-05'],
    [AR, '9 آب 2025', '2025-08-09'],
    [AR, '30 أبريل 2025', '2025-04-30'],
    [PL, '12 kwietnia 2017', '2017-04-12'],
    [PL, '1 października 2019', '2019-10-01'],
    [PL, '3 maja 2021', '2021-05-03'],
    [PL, '12 kwi 2017', '2017-04-12'],
    [TR, '12 Nisan 2017', '2017-04-12'],
    [TR, '5 Aralık 2025', '2025-12-05'],
    [TR, '14 Mayıs 2023', '2023-05-14'],
    [TR, '30 Ağustos 2021', '2021-08-30'],
    // In capitals, as CSS writes a date: "İ" and "I" are the months' "i" and "ı".
    [TR, '12 NİSAN 2017', '2017-04-12'],
    [TR, '5 ARALIK 2025', '2025-12-05'],
    [UK, '12 квітня 2017', '2017-04-12'],
    [UK, '1 жовтня 2019', '2019-10-01'],
    [UK, '5 грудня 2025', '2025-12-05'],
    [UK, '30 серпня 2021', '2021-08-30'],
    [CS, '12. dubna 2017', '2017-04-12'],
    [CS, '1. října 2019', '2019-10-01'],
    [CS, '5. prosince 2025', '2025-12-05'],
    [CS, '3. září 2021', '2021-09-03'],
  ])('reads month names of the %#th pack: %j', (pack, text, iso) => {
    expect(findDate(`x ${text} y`, pack)).toEqual({ text, iso });
  });

  it.each([
    'In 2017 things changed',
    'May 2017',
    'Room 12/05',
    '',
    'the dismay 5, 2025',
    'May 5, 20255 miles',
    '5.Mar2020',
  ])('finds no date in %j', (text) => {
    expect(findDate(text, EN)).toBeNull();
  });

  it('reads a day-first date glued to a second one, a hidden "updated" date (research set soundofscience)', () => {
    expect(findDate('Politique 20 janvier 202020 janvier 2020évaluation', FR)).toEqual({
      text: '20 janvier 2020',
      iso: '2020-01-20',
    });
    // Near miss: a year glued to a number that starts no date.
    expect(findDate('20 janvier 202020 personnes', FR)).toBeNull();
  });

  // Counterexample: French writes the first of the month as "1er"; the day pattern knows only st/nd/rd/th.
  it('reads the French first of the month', () => {
    expect(findDate('1er avril 2017', FR)).toEqual({ text: '1er avril 2017', iso: '2017-04-01' });
  });
});

describe('findDate, year first', () => {
  it('finds no day that does not exist', () => expect(findDate('2025年2月30日', EN)?.iso).toBeNull());
  it('reads no mixed separators or a longer run of numbers as a date', () => {
    expect(findDate('2025/12.05', EN)).toBeNull();
    expect(findDate('v2025.1.2.3', EN)).toBeNull();
    expect(findDate('12025/12/05', EN)).toBeNull();
    // A year closing a sentence, then numbered points: "2. 5" is no month and day without a period after each.
    expect(findDate('Founded in 2019. 2. 5 people joined.', EN)).toBeNull();
    expect(findDate('2023. 2. 51', EN)).toBeNull();
  });
});

describe('findDate, a year of two digits', () => {
  it('reads a numeric date with a two-digit year that is all of the line (WCXB 0257)', () => {
    expect(findDate('14.11.24', EN)).toEqual({ text: '14.11.24', iso: '2024-11-14' });
    expect(findDate('03/21/25', EN)?.iso).toBe('2025-03-21');
    expect(findDate('05.03.25', DE)?.iso).toBe('2025-03-05');
  });
  it('gives no ISO form when the order of day and month is unsure', () => {
    expect(findDate('05/03/25', EN)).toEqual({ text: '05/03/25', iso: null });
  });
  it('reads none among other words, nor with mixed separators or parts of one digit', () => {
    expect(findDate('Version 14.11.24 fixes the login bug', EN)).toBeNull();
    expect(findDate('14.11/24', EN)).toBeNull();
    expect(findDate('4.11.24', EN)).toBeNull();
    expect(findDate('14.11.24.1', EN)).toBeNull();
  });
});

describe('findDate, Arabic month names', () => {
  // Arabic has no case and glues prefixes to words: a month name is read only between a day and a year, whole.
  it('reads no month name inside a longer word', () => {
    expect(findDate('5 ديسمبرات 2025', AR)).toBeNull();
    expect(findDate('في 2025 أعلن 5 آبار', AR)).toBeNull();
  });
  it('reads a month named twice across a slash, Levantine and Egyptian (research set cnn-arabic)', () => {
    const line = 'الخميس، 11 تموز/يوليو 2019، آخر تحديث 09:30 (GMT+0300)';
    expect(findDate(line, AR)).toEqual({ text: '11 تموز/يوليو 2019', iso: '2019-07-11' });
    expect(findDate('12 كانون الثاني / يناير 2014', AR)?.iso).toBe('2014-01-12');
    // Near miss: a slash after the month that names no month is no date of this form.
    expect(findDate('28 آب/سوريا 2013', AR)).toBeNull();
  });
});

describe('earliestDate', () => {
  it.each([
    ['May 21, 2025April 24, 2025 by Jane Doe', '2025-04-24'],
    ['Published May 4, 2025 | Updated June 1, 2025', '2025-05-04'],
    ['Updated June 1, 2025 | Published May 4, 2025', '2025-05-04'],
    ['June 1, 2025', '2025-06-01'],
    // A date that is no day is passed over.
    ['Updated June 1, 2025 | 2025-13-01', '2025-06-01'],
  ])('%j is dated %j', (text, iso) => expect(earliestDate(text, EN)?.iso).toBe(iso));
  it('finds nothing where no date is written', () => expect(earliestDate('Jane Doe', EN)).toBeNull());
});

describe('looksLikeDateLine', () => {
  it.each(['Published: 12 April 2017, 10:04', 'Wednesday, April 12, 2017', 'Updated', 'April 12, 2017 5:50 am EDT'])(
    '%j is a date line',
    (text) => expect(looksLikeDateLine(lineOf(text), EN)).toBe(true),
  );
  it.each([
    'April 12, 2017 in Moscow the minister spoke to reporters',
    'Published 3 hours ago by the team',
    'He was born on April 12, 1990 in Moscow and moved to Berlin as a teenager.',
  ])('%j is not', (text) => expect(looksLikeDateLine(lineOf(text), EN)).toBe(false));
  it('reads the labels of Arabic and Korean date lines', () => {
    expect(looksLikeDateLine(lineOf('آخر تحديث: الجمعة 5 كانون الأول 2025 - 10:30', AR), AR)).toBe(true);
    expect(looksLikeDateLine(lineOf('입력 2025.12.05 10:30 수정 2025.12.05 11:02', KO), KO)).toBe(true);
    expect(looksLikeDateLine(lineOf('정부는 2025.12.05 발표에서 예산안을 확정했다', KO), KO)).toBe(false);
  });
});

describe('opensWithDate', () => {
  it.each([
    'Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Do you need 14 USB ports?',
    'December 20, 2025 by Jane Doe and John Roe in Reviews, Tutorials and Guides for the busy engineer',
    'Published: 2025-12-20 · Reviews',
  ])('true for %j', (text) => expect(opensWithDate(text, EN)).toBe(true));
  it.each([
    '[ November 28, 2025 ] Travel news: this month (November 2025) in luxury travel Uncategorized',
    'The board shipped on December 20, 2025 to the first buyers.',
    'No date here at all',
  ])('false for %j', (text) => expect(opensWithDate(text, EN)).toBe(false));
});

describe('opensWithLabelledDate', () => {
  it('is true for a date label, then the date, then a category list', () =>
    expect(
      opensWithLabelledDate('Posted on November 25, 2024December 3, 2024 in Health Sciences, General, Nutrition', EN),
    ).toBe(true));
  it.each([
    'November 25, 2024 — The council voted on Monday to close the old library for good.',
    'Last week the council, posted on November 25, 2024, voted to close it.',
  ])('is false without a label that opens the line: %j', (text) => expect(opensWithLabelledDate(text, EN)).toBe(false));
});

describe('holdsLabelledDate', () => {
  it('finds a labelled date among tags, not a bare date nor a label far from it', () => {
    expect(holdsLabelledDate('Essay - Published: 2025.12.17 | artificial-intelligence | create |', EN)).toBe(true);
    expect(holdsLabelledDate('Blog | December 17, 2025 | Projects', EN)).toBe(false);
    expect(holdsLabelledDate('Published work | Talks | December 17, 2025', EN)).toBe(false);
  });
});

describe('findDate: numeric dates in a language that writes the day first', () => {
  it.each([
    [FR, '04.05.2015 à 13h36', '04.05.2015', '2015-05-04'],
    [DE, 'Stand: 12.03.2024 14:30 Uhr', '12.03.2024', '2024-03-12'],
    [ES, 'Publicado el 03/02/2024', '03/02/2024', '2024-02-03'],
    [NL, 'Gepubliceerd op 03-02-2024 14:30', '03-02-2024', '2024-02-03'],
    [PL, 'Aktualizacja: 05.11.2017 14:30', '05.11.2017', '2017-11-05'],
    [TR, 'Giriş Tarihi: 05.11.2017 14:30', '05.11.2017', '2017-11-05'],
    [TR, 'Güncelleme: 05/11/2017', '05/11/2017', '2017-11-05'],
    [UK, 'Оновлено: 05.11.2017 14:30', '05.11.2017', '2017-11-05'],
    [CS, 'Aktualizováno: 05.11.2017 14:30', '05.11.2017', '2017-11-05'],
  ])('reads %j day first', (lang, text, written, iso) => expect(findDate(text, lang)).toEqual({ text: written, iso }));
  it.each([
    ['Aktualizováno: 12. 4. 2017 14:30', CS, '12. 4. 2017', '2017-04-12'],
    ['Publikováno 5. 11. 2017', CS, '5. 11. 2017', '2017-11-05'],
    ['12.4. 2017', CS, '12.4. 2017', '2017-04-12'],
    ['Aktualizované: 12. 4. 2017 14:30', SK, '12. 4. 2017', '2017-04-12'],
    ['5. 11. 2017, 9:05', SK, '5. 11. 2017', '2017-11-05'],
  ])('reads the spaced form in %j day first where the language writes it', (text, lang, written, iso) => {
    expect(findDate(text, lang)).toEqual({ text: written, iso });
  });
  it('reads a spaced date only in a language that writes it, and the first of two dates first', () => {
    // Near misses: English and Polish pages write no space after a date's periods.
    expect(findDate('12. 4. 2017', EN)).toBeNull();
    expect(findDate('12. 4. 2017', PL)).toBeNull();
    expect(findDate('31. 2. 2017', CS)).toEqual({ text: '31. 2. 2017', iso: null });
    expect(findDate('Vydáno 12. 4. 2017, aktualizováno 13.04.2017', CS)?.text).toBe('12. 4. 2017');
    expect(findDate('Vydáno 12.04.2017, aktualizováno 13. 4. 2017', CS)?.text).toBe('12.04.2017');
    expect(findDate('Vydáno 3.12. 4. 2017', CS)).toBeNull();
    expect(looksLikeDateLine(lineOf('12. 4. 2017 14:30'), CS)).toBe(true);
  });
  it('leaves a slash date ambiguous in German, where US-made pages write "05/08/2019" for 8 May', () => {
    expect(findDate('Stand: 05/08/2019, 5:30', DE)).toEqual({ text: '05/08/2019', iso: null });
  });
  it('still refuses a day past the month, and leaves English ambiguous', () => {
    expect(findDate('31.02.2017', FR)).toEqual({ text: '31.02.2017', iso: null });
    expect(findDate('04.05.2015', EN)).toEqual({ text: '04.05.2015', iso: null });
    expect(findDate('04-05-2015', EN)).toEqual({ text: '04-05-2015', iso: null });
    expect(findDate('25-12-2015', EN)).toEqual({ text: '25-12-2015', iso: '2015-12-25' });
  });
});

describe('holdsDateField', () => {
  it('finds a field that opens with a date among fields parted by bars or bullets', () => {
    expect(
      holdsDateField(
        'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 | Par Jean Dupont (avec Marie Durand)',
        FR,
      ),
    ).toBe(true);
    expect(holdsDateField('The Daily | March 4, 2025 | By Jane Doe and John Roe', EN)).toBe(true);
  });
  it('needs a separator and a field that a date opens', () => {
    expect(holdsDateField('Le Monde 04.05.2015 à 13h36', FR)).toBe(false);
    expect(holdsDateField('Politique | Le texte adopté le 04.05.2015 | Société', FR)).toBe(false);
  });
});

describe('opensDateFields', () => {
  // WCXB 0458 html-to-text.
  it('is true for a line that opens with a date, a bar or a bullet right after it', () => {
    expect(opensDateFields('12/19/2025 • Friday Philosophy • David Gordon', EN)).toBe(true);
    expect(opensDateFields('Posted on March 4, 2025 | News', EN)).toBe(true);
  });
  // WCXB 0482: a changelog's entry goes on after its date.
  it('is false where words follow the date, or where the date does not open the line', () => {
    expect(opensDateFields('2022-04-12 Link to Choosing Software · Gwern.net', EN)).toBe(false);
    expect(opensDateFields('The Daily | March 4, 2025 | By Jane Doe', EN)).toBe(false);
  });
});

describe('findDate: Thai dates in the Buddhist era', () => {
  const TH = compiledPackFor(th);
  it.each([
    ['12 เมษายน 2560', '2017-04-12'],
    ['21 ม.ค.2561', '2018-01-21'],
    ['อัปเดต 13 เมษายน 2560 เวลา 09:12 น.', '2017-04-13'],
    ['12 เมษายน 2017', '2017-04-12'],
  ])('reads %j as %j', (text, iso) => expect(findDate(text, TH)?.iso).toBe(iso));
  it('reads no year of that era in another language', () => expect(findDate('12 April 2560', EN)).toBeNull());
  // Why: the abbreviations' dots went into the expression unescaped, so any character in their place was read so.
  it("reads an abbreviation's dots only as dots", () => {
    expect(findDate('21 ม.ค. 2561', TH)?.iso).toBe('2018-01-21');
    expect(findDate('21 มxคx 2561', TH)).toBeNull();
    expect(findDate('5 ธ ค  2560', TH)).toBeNull();
  });
});

describe('findDate: Arabic-Indic digits', () => {
  it.each([
    ['١٢ أبريل ٢٠١٧', '١٢ أبريل ٢٠١٧', '2017-04-12'],
    ['آخر تحديث: ١٣ أبريل ٢٠١٧ - ٠٩:١٢', '١٣ أبريل ٢٠١٧', '2017-04-13'],
    ['١٢/٠٤/٢٠١٧', '١٢/٠٤/٢٠١٧', '2017-04-12'],
    ['۱۲/۰۴/۲۰۱۷', '۱۲/۰۴/۲۰۱۷', '2017-04-12'],
  ])('reads %j as written, %j, on %j', (text, written, iso) =>
    expect(findDate(text, AR)).toEqual({ text: written, iso }),
  );
  it('reads no date in digits alone', () => expect(findDate('الحساب ٢٠١٧ رقم', AR)).toBeNull());
});

describe('findDate, month first', () => {
  it('reads the day between the month and the year in every shape it is written', () => {
    expect(findDate('Dec. 5th, 2024', EN)?.iso).toBe('2024-12-05');
    expect(findDate('DECEMBER 5TH 2024', EN)?.iso).toBe('2024-12-05');
    expect(findDate('Jan\u00a05,\u00a02024 at noon', EN)?.iso).toBe('2024-01-05');
    expect(findDate('by Jeffrey ZeldmanNovember 20, 2007', EN)?.text).toBe('November 20, 2007');
  });
  it('reads a day-first date on a line with no day between a word and a year', () => {
    expect(findDate('A guide to Chianti classifications - 5 September 2024', EN)?.iso).toBe('2024-09-05');
    expect(findDate('© 2024 The Wine Society', EN)).toBeNull();
  });
});

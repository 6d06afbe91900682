import { describe, expect, it } from 'vitest';
import { ar } from '../../src/lang/ar.js';
import { de } from '../../src/lang/de.js';
import { es } from '../../src/lang/es.js';
import { fr } from '../../src/lang/fr.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { ko } from '../../src/lang/ko.js';
import { ru } from '../../src/lang/ru.js';
import { th } from '../../src/lang/th.js';
import { zh } from '../../src/lang/zh.js';
import {
  asName,
  bareName,
  bylineName,
  bylineNameAt,
  cutAtGluedEnd,
  isBareBylinePrefix,
  looksLikeByline,
  nameBesideDate,
  nameInByline,
  nameInBylineField,
  nameUnderBarePrefix,
  openingBylinePrefix,
  soleUserName,
  unspacedNameWithRole,
  unspacedSoleName,
} from '../../src/structure/byline.js';
import { EN, lineOf, linesOf } from '../helpers.js';

describe('bylineName', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By: Jane Doe', 'Jane Doe'],
    ['BY JANE DOE', 'JANE DOE'],
    ['Written by Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Posted by Jane Doe, Reuters', 'Jane Doe'],
    ['By David Kim • December 17, 2025 • 11 min read', 'David Kim'],
    ['By: Jessica Elliott , Contributor', 'Jessica Elliott'],
    // A staff word that closes the name signs for a team; a role before it is still cut.
    ['By Acme Garden Contributor · March 3, 2025', 'Acme Garden Contributor'],
    ['By Jane Doe Senior Contributor', 'Jane Doe'],
    ['By the Lavazza Team 2–3 minutes', 'the Lavazza Team'],
    ['By Paramita (Guha) Ghosh | 5 min read', 'Paramita (Guha) Ghosh'],
    ['By Jean-Luc Aufranc (CNXSoft) - 5 Comments', 'Jean-Luc Aufranc'],
    ['By Ann Baker (see all)', 'Ann Baker'],
    ['By Ask the Doctors', 'Ask the Doctors'],
    ['ByNina Pineda', 'Nina Pineda'],
    // A prefix of several words in capitals glued to a name in capitals (WCXB 4685 html-to-text).
    ['WRITTEN BYMADELINE PUCKETTE', 'MADELINE PUCKETTE'],
    ['BY KORIN MILLERPUBLISHED: JAN 29, 2025', 'KORIN MILLER'],
    ['By Jane Doe ● December 23, 2025 ● 6 min read', 'Jane Doe'],
    ['Text by Jane Doe', 'Jane Doe'],
    ['ByKathryn GiuffridaMar 5, 2025 | 6 comments', 'Kathryn Giuffrida'],
    ['BySarah July 30, 2019', 'Sarah'],
    ['by JILL BARSHAY August 25, 2025August 29, 2025', 'JILL BARSHAY'],
    ['By April Jones', 'April Jones'],
    ['By Bhaval Patel Last Updated: December 6, 2024', 'Bhaval Patel'],
    ['By Jeff Cobb.  Last Updated on December 11, 2025', 'Jeff Cobb'],
    ['By Scott Levine – Updated Sep 9, 2025', 'Scott Levine'],
    ['By BBK Web on February 11, 2025', 'BBK Web'],
    // A label before the byline's own prefix.
    ['Author Posted by Soliant on December 20, 2024September 26, 2025', 'Soliant'],
    ['Author: By Jane Doe', 'Jane Doe'],
    ['By Jane Doe In', 'Jane Doe'],
    ['By Jane Doe in Project Management', 'Jane Doe'],
    // A user name in lower case, where a date on the line vouches for the byline.
    ['by janedoe | Apr 21, 2025', 'janedoe'],
    ['Written by Rebecca Lake, CEPF®', 'Rebecca Lake, CEPF®'],
    ['By Matthew Frankel, CFP – Updated Mar 5, 2026 at 4:28 PM EST', 'Matthew Frankel, CFP'],
    ['By Shelby Loos, DVM. Reviewed by Molly Price, DVM', 'Shelby Loos, DVM'],
    [
      'Written by Danielle DeSiato, Donna Enzmann, and Natalie Nguyen',
      'Danielle DeSiato, Donna Enzmann, and Natalie Nguyen',
    ],
    // A role, a second role with "&", a list that no "and" closes: the first name only.
    ['By Claire Wilson, Co-Founder & COO', 'Claire Wilson'],
    ['By Charles Patterson, WCI Columnist', 'Charles Patterson'],
    ['By Brett Cruz, Privacy and Digital Security Expert & Gene Petrino, Home Security Expert', 'Brett Cruz'],
    ['By Craig Randall , Alli Miles , Eszter Horanyi on March 12, 2026', 'Craig Randall'],
    // A role after the name with no comma; a credential before a role in lower case stays.
    ['Guide by Will Judd Former Deputy Tech Editor', 'Will Judd'],
    ['This post was written by Danielle Padula, Head of Marketing and Community Development', 'Danielle Padula'],
    ['This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.', 'Vanessa Mendez, MD'],
  ])('%j names %j', (text, name) => expect(bylineName(lineOf(text), EN)).toBe(name));

  it.each([
    ['de', 'Von Hans Müller', 'Hans Müller'],
    ['fr', 'Par Jean Dupont', 'Jean Dupont'],
    ['es', 'Por María García', 'María García'],
    ['ru', 'Автор: Иван Петров', 'Иван Петров'],
  ])('reads a %s byline %j', (_code, text, name) => {
    const pack = compiledPackFor({ de, fr, es, ru }[_code] ?? null);
    expect(bylineName(lineOf(text, pack), pack)).toBe(name);
  });

  it.each([
    'By the way, the meeting was postponed.',
    'By the Numbers',
    'By the end of 2025',
    'by jane doe',
    'By Jane Doe. She writes. A lot.',
    `By ${'Name '.repeat(11)}`,
    'Jane Doe',
    'Reported on by Jane Doe',
  ])('finds no byline in %j', (text) => {
    expect(bylineName(lineOf(text), EN)).toBeNull();
    expect(looksLikeByline(lineOf(text), EN)).toBe(false);
  });
});

describe('bylineNameAt', () => {
  it('reads a byline that stands alone', () => {
    const lines = linesOf('Home\nNews\nBy Jane Doe\nThe council met on Monday to vote on the budget.');
    expect(bylineNameAt(lines, 2, EN)).toBe('Jane Doe');
  });

  it('reads a byline repeated with its own name', () => {
    const lines = linesOf('By Chris Radich,\nMay 4, 2025\nBy Chris Radich');
    expect(bylineNameAt(lines, 0, EN)).toBe('Chris Radich');
  });

  it('reads a byline repeated with more glued to its name', () => {
    const lines = linesOf('By JaneDoe in Workshop\n51,967\nBy JaneDoejardin Jane DoeFollow');
    expect(bylineNameAt(lines, 0, EN)).toBe('JaneDoe');
  });

  it("takes a menu's facets for no byline", () => {
    const lines = linesOf('Solutions\nBy Event Type\nConferences\nWebinars\nBy Industry\nAgencies');
    expect(bylineNameAt(lines, 1, EN)).toBeNull();
    expect(bylineNameAt(lines, 4, EN)).toBeNull();
  });

  it("takes a one-word name between a menu's labels for its entry", () => {
    const lines = linesOf('Resource Centre\nAuthor Hub\nEditor Hub');
    expect(bylineNameAt(lines, 1, EN)).toBeNull();
  });

  it("reads a Chinese name of two characters between a menu's labels: a family and a given name", () => {
    const ZH = compiledPackFor(zh);
    expect(bylineNameAt(linesOf('首页\n作者：王芳\n国际新闻', ZH), 1, ZH)).toBe('王芳');
  });

  it('reads a one-word name beside prose or a rule', () => {
    expect(bylineNameAt(linesOf('Pin this for later!\n----\nPosted By: Kiersten\nYou Will Also Love'), 2, EN)).toBe(
      'Kiersten',
    );
    expect(bylineNameAt(linesOf('Resource Centre\nBy Jane Doe\nEditor Hub'), 1, EN)).toBe('Jane Doe');
  });
});

describe('bylineName: near misses', () => {
  it.each([
    'Bypass Road Closed',
    'Byzantine Art Today',
    'Written By Feb 11, 2019 · 3 min read',
    'by janedoe',
    'By the way, May 4, 2025 was a Sunday',
    // A name in capitals that opens with a one-word prefix: no prefix is glued to it.
    'BYRON DAVIS',
  ])('%j names no one', (text) => expect(bylineName(lineOf(text), EN)).toBeNull());
});

describe('asName: credentials', () => {
  it.each([
    ['Dylan Bailey, MS, RD, FAND', 'Dylan Bailey, MS, RD, FAND'],
    ['Genevieve Carlton, Ph.D.', 'Genevieve Carlton, Ph.D.'],
    ['Jeffrey A. Slotnick CPP, PSP', 'Jeffrey A. Slotnick CPP, PSP'],
    // Three names or more that commas part are a list of authors, however many words they take.
    ['Naftali Tishby, Fernando C. Pereira, William Bialek', 'Naftali Tishby, Fernando C. Pereira, William Bialek'],
    [
      'Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen',
      'Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen',
    ],
  ])('%j is a name', (text, name) => expect(asName(text)).toBe(name));
  it.each([
    'Mike Marshall, Shipping Expert',
    'Jane Doe, Dr',
    'Jane Doe, Reuters',
    'Jane Doe Jane Doe Jane Doe Jane Doe Jane',
  ])('%j is no name', (text) => expect(asName(text)).toBeNull());
});

describe('asName: a name written twice', () => {
  it('gives the name once', () => expect(asName('Colin Gray Colin Gray')).toBe('Colin Gray'));
  it('keeps a name of an even length whole', () => expect(asName('Ann Lee Ann Le')).toBe('Ann Lee Ann Le'));
  it('keeps a name whose halves differ', () => expect(asName('Colin Gray Colin Grey')).toBe('Colin Gray Colin Grey'));
});

describe('bareName', () => {
  it('counts the name without its credentials', () => {
    expect(bareName(lineOf('Dylan Bailey, MS, RD, FAND'), EN)).toBe('Dylan Bailey, MS, RD, FAND');
    expect(bareName(lineOf('Search Engine Optimization Tips For Beginners'), EN)).toBeNull();
  });
  it('takes a list of names that runs past one name, and no longer run of capitalized words', () => {
    const list = 'Ann Baker, Jane Doe, Maria Cruz Mendez & John Roe';
    expect(bareName(lineOf(list), EN)).toBe(list);
    expect(bareName(lineOf('The Best Budget Wireless Earbuds For Running And Gym Workouts'), EN)).toBeNull();
  });
  it('reads the name without the role after it, and keeps a role after one word', () => {
    expect(bareName(lineOf('Rasmus Barslund Founder & Lead Reviewer'), EN)).toBe('Rasmus Barslund');
    expect(bareName(lineOf('Mateusz HabernyFounder at Oakywood'), EN)).toBe('Mateusz Haberny');
    expect(bareName(lineOf('Audrey Huang, Print Managing Editor'), EN)).toBe('Audrey Huang');
    expect(bareName(lineOf('Podium Editor'), EN)).toBe('Podium Editor');
  });
});

describe('isBareBylinePrefix', () => {
  it.each([
    ['By', true],
    ['By:', true],
    ['Written by', true],
    ['By Jane Doe', false],
    ['Bypass', false],
    // A menu's entry: the label names writers only with its colon and a name after it.
    ['Contributors', false],
  ])('%j → %j', (text, bare) => expect(isBareBylinePrefix(text, EN)).toBe(bare));

  it('reads a contributors label with its colon as a byline', () => {
    expect(nameInByline('Contributors: Ann Baker', EN)).toBe('Ann Baker');
    expect(nameInByline('Contributors Ann Baker', EN)).toBeNull();
  });
  it("reads the other packs' credits for those who helped as a byline", () => {
    expect(nameInByline('Mitarbeit: Lena Vogt', compiledPackFor(de))).toBe('Lena Vogt');
    expect(nameInByline('Mitarbeit Lena Vogt', compiledPackFor(de))).toBeNull();
    expect(nameInByline('Avec la collaboration de Claire Morel', compiledPackFor(fr))).toBe('Claire Morel');
    expect(nameInByline('Colaboradores: Lucía Ortega', compiledPackFor(es))).toBe('Lucía Ortega');
  });
});

describe('nameBesideDate', () => {
  it.each([
    ['Ann Baker 4 June 2024 gardening, soil, compost', '4 June 2024', 'Ann Baker'],
    ['June 4, 2024 • Ann Baker', 'June 4, 2024', 'Ann Baker'],
    ['12 Comments | Ann Baker | Last Updated: June 4, 2024', 'June 4, 2024', 'Ann Baker'],
    ['Ann BakerPublished: June 4, 2024', 'June 4, 2024', 'Ann Baker'],
    ['ANN BAKERUPDATED JUNE 4, 2024', 'JUNE 4, 2024', 'ANN BAKER'],
    ['Posted on June 4, 2024 Posted by Ann Baker 12 Comments', 'June 4, 2024', 'Ann Baker'],
    ['Ann Baker on June 4, 2024', 'June 4, 2024', 'Ann Baker'],
    ['Posted on June 4, 2024 by annbaker', 'June 4, 2024', 'annbaker'],
    ['Ann Baker Published: June 4, 2024', 'June 4, 2024', 'Ann Baker'],
    // The day it was updated after the day it was published, the name glued on.
    ['June 4, 2024June 9, 2024Ann Baker', 'June 4, 2024', 'Ann Baker'],
    ['June 4, 2024 June 9, 2024 by Ann Baker', 'June 4, 2024', 'Ann Baker'],
    // A preposition alone before the date; the section the post was filed in glued to the name (WCXB 0071).
    ['On June 4, 2024 By Ann Baker', 'June 4, 2024', 'Ann Baker'],
    ['On June 4, 2024June 9, 2024 By Ann BakerIn Home Gardens, Soil, Compost Tips', 'June 4, 2024', 'Ann Baker'],
  ])('%s', (text, date, name) => {
    expect(nameBesideDate(text, date, EN)).toBe(name);
  });
  it.each([
    // A label, a lone word, a category after something that is no name, a numeric date.
    ['Last Modified: June 4, 2024', 'June 4, 2024'],
    ['Tuesday June 4, 2024', 'June 4, 2024'],
    ['On behalf of the Smith firm | June 4, 2024 | Product Liability', 'June 4, 2024'],
    ['Special Offer 6/4/2024', '6/4/2024'],
    ['Published: Jun 4, 2024 · Modified: Jul 9, 2024 by Ann Baker', 'Jun 4, 2024'],
    // A byline's prefix the page left without a name.
    ['Written By Jun 4, 2024 · 3 min read', 'Jun 4, 2024'],
    // A verb and the weekday of the date.
    ['Released Wednesday, June 4, 2024', 'June 4, 2024'],
    // Words that are no name, the preposition passed over.
    ['On sale June 4, 2024', 'June 4, 2024'],
  ])('finds no name in %s', (text, date) => {
    expect(nameBesideDate(text, date, EN)).toBeNull();
  });
});

describe('cutAtGluedEnd', () => {
  it('cuts at a date label, a month and day, or a short function word glued to the name (WCXB 0004, 0098, 0071)', () => {
    expect(cutAtGluedEnd('ANN BAKERPUBLISHED: JUN 4, 2024', EN)).toBe('ANN BAKER');
    expect(cutAtGluedEnd('Ann BakerJun 4, 2024', EN)).toBe('Ann Baker');
    expect(cutAtGluedEnd('Ann BakerIn Home Gardens, Soil', EN)).toBe('Ann Baker');
  });
  it.each([
    'DeAnna Lee',
    'McKay Coppins',
    // A longer word glued on joins menu entries (WCXB 4589), and a short one with no capital after it is a word's end.
    'Wedding ChecklistsJust Engaged',
    'Ann BakerIn',
  ])('keeps %j', (text) => expect(cutAtGluedEnd(text, EN)).toBe(text));
});

describe('nameUnderBarePrefix', () => {
  const BODY = 'The talks ended without an agreement, and both delegations said they would report back.';
  it('reads the name under a byline label that stands alone, after the body too', () => {
    expect(
      nameUnderBarePrefix(linesOf([BODY, 'Written by', 'Jane Doe', 'Jane covers trade.'].join('\n')), [], EN),
    ).toBe('Jane Doe');
    expect(nameUnderBarePrefix(linesOf([BODY, 'Article by:', 'Jane Doe, Trade Editor'].join('\n')), [], EN)).toBe(
      'Jane Doe',
    );
    expect(nameUnderBarePrefix(linesOf([BODY, 'Article written by:', 'Jane Doe, MD, FACP'].join('\n')), [], EN)).toBe(
      'Jane Doe, MD, FACP',
    );
  });
  it('reads a Chinese, Japanese or Korean name under the label by its characters', () => {
    const body = '市议会周一投票通过了明年的预算，反对派表示将继续要求公开更多细节。';
    const ZH = compiledPackFor(zh);
    expect(nameUnderBarePrefix(linesOf([body, '作者', '王芳'].join('\n'), ZH), [], ZH)).toBe('王芳');
    const JA = compiledPackFor(ja);
    expect(
      nameUnderBarePrefix(linesOf(['市議会は予算案を可決した。', '執筆者', '佐藤花子'].join('\n'), JA), [], JA),
    ).toBe('佐藤花子');
    const KO = compiledPackFor(ko);
    expect(
      nameUnderBarePrefix(linesOf(['시의회가 예산안을 통과시켰다.', '작성자', '김민수'].join('\n'), KO), [], KO),
    ).toBe('김민수');
  });
  it('reads a one-word name when a spaced dash parts it from a role (WCXB 0113)', () => {
    expect(nameUnderBarePrefix(linesOf([BODY, 'Written by', 'Marta - Content lead'].join('\n')), [], EN)).toBe('Marta');
    expect(nameUnderBarePrefix(linesOf([BODY, 'Written by', 'Marta – Content lead'].join('\n')), [], EN)).toBe('Marta');
  });
  it('takes no lone word, no sentence and no line another detector claimed', () => {
    expect(nameUnderBarePrefix(linesOf([BODY, 'Author', 'Admin'].join('\n')), [], EN)).toBeNull();
    expect(nameUnderBarePrefix(linesOf([BODY, 'Author', 'Admin-panel login'].join('\n')), [], EN)).toBeNull();
    expect(nameUnderBarePrefix(linesOf([BODY, 'By', BODY].join('\n')), [], EN)).toBeNull();
    const lines = linesOf([BODY, 'Author', 'Recent Posts'].join('\n'));
    expect(nameUnderBarePrefix(lines, [undefined, undefined, { kind: 'related', reason: 'test' }], EN)).toBeNull();
  });
});

describe('openingBylinePrefix', () => {
  it('gives the longest prefix that opens the text as a whole word, lower-cased', () => {
    expect(openingBylinePrefix('Written by Jane Doe', EN)).toBe('written by');
    expect(openingBylinePrefix('By Jane Doe', EN)).toBe('by');
  });
  it('gives none inside a word or where no prefix opens the text', () => {
    expect(openingBylinePrefix('Bypass the ring road', EN)).toBeUndefined();
    expect(openingBylinePrefix('Jane Doe', EN)).toBeUndefined();
  });
  it('reads a text that opens beyond ASCII, and an empty one', () => {
    expect(openingBylinePrefix('Écrit par Jean Dupont', compiledPackFor(fr))).toBe('écrit par');
    expect(openingBylinePrefix('', EN)).toBeUndefined();
  });
});

describe('nameInBylineField', () => {
  const FR = compiledPackFor(fr);
  it('reads the name from a later field that a byline prefix opens', () => {
    expect(nameInBylineField('Le Monde | 04.05.2015 à 13h36 | Par Jean Dupont (avec Marie Durand)', FR)).toBe(
      'Jean Dupont',
    );
    expect(nameInBylineField('Daily Herald | March 4, 2025 | By Jane Doe', EN)).toBe('Jane Doe');
  });
  it('ignores the first field and fields without a prefix', () => {
    expect(nameInBylineField('Par Jean Dupont | 04.05.2015', FR)).toBeNull();
    expect(nameInBylineField('Le Monde | 04.05.2015 | Politique', FR)).toBeNull();
  });
});

describe('nameInByline: names in Chinese characters', () => {
  const ZH = compiledPackFor(zh);
  it.each([
    ['作者：张伟', '张伟'],
    ['作者︱春春', '春春'],
    ['记者 张伟 王芳', '张伟'],
  ])('reads %j as %j', (text, name) => expect(nameInByline(text, ZH)).toBe(name));
  it('takes no name where nothing parts it from the prefix ("编辑推荐", editor\'s picks)', () => {
    expect(nameInByline('编辑推荐', ZH)).toBeNull();
  });
});

describe('nameInByline: names in a script without capitals', () => {
  const AR = compiledPackFor(ar);
  const TH = compiledPackFor(th);
  it.each([
    [AR, 'بقلم أحمد محمد', 'أحمد محمد'],
    [AR, 'بقلم: أحمد محمد، القاهرة', 'أحمد محمد'],
    [TH, 'โดย สมชาย ใจดี', 'สมชาย ใจดี'],
  ])('reads %#: %j as %j', (lang, text, name) => expect(nameInByline(text, lang)).toBe(name));
  it('takes no phrase after the prefix for a name', () => {
    // "by means of artificial intelligence": a noun with the article, no given name.
    expect(nameInByline('بواسطة الذكاء الاصطناعي', AR)).toBeNull();
    // One word is a desk or a role, not a name ("by the editor").
    expect(nameInByline('بقلم المحرر', AR)).toBeNull();
    // A function word is no word of a name.
    expect(nameInByline('بقلم أحمد في القاهرة', AR)).toBeNull();
  });
});

describe('soleUserName', () => {
  it.each(['inikosoftseo', '3d23d65-ddc6-4ce5', 'jane.doe'])('reads %j as a user name', (text) =>
    expect(soleUserName(lineOf(text), EN)).toBe(text),
  );
  it.each(['Jane', 'jane doe', 'the', 'ab', 'news!'])('reads %j as no user name', (text) =>
    expect(soleUserName(lineOf(text), EN)).toBeNull(),
  );
});

describe('unspacedSoleName', () => {
  const ZH = compiledPackFor(zh);
  it.each(['田中太郎', '张伟', '田中 太郎', '홍길동'])('reads %j as a name', (text) =>
    expect(unspacedSoleName(lineOf(text, ZH))).toBe(text),
  );
  it.each(['再生可能エネルギー', '政府批准可再生能源新法案', 'Anna Miller', '张'])('reads %j as no name', (text) =>
    expect(unspacedSoleName(lineOf(text, ZH))).toBeNull(),
  );
});

describe("nameInByline: two writers joined by the language's word for and", () => {
  it.each([
    [compiledPackFor(fr), 'Par Marie Dupont et Jean Martin', 'Marie Dupont et Jean Martin'],
    [compiledPackFor(de), 'Von Anna Müller und Peter Schmidt, Berlin', 'Anna Müller und Peter Schmidt'],
    [compiledPackFor(ru), 'Авторы: Анна Иванова и Пётр Смирнов', 'Анна Иванова и Пётр Смирнов'],
  ])('%#: reads %j as %j', (lang, text, name) => expect(nameInByline(text, lang)).toBe(name));
  it('takes single words joined so for no names', () => {
    expect(nameInByline('Par Monts et Vallées', compiledPackFor(fr))).toBeNull();
  });
});

describe('unspacedNameWithRole', () => {
  const KO = compiledPackFor(ko);
  it('reads a Korean name before the title a byline gives it', () => {
    expect(unspacedNameWithRole('홍길동 기자', KO)).toBe('홍길동');
    expect(unspacedNameWithRole('김철수 특파원', KO)).toBe('김철수');
  });
  it('reads no name before another word, nor before the title inside a sentence', () => {
    expect(unspacedNameWithRole('홍길동 회장', KO)).toBeNull();
    expect(unspacedNameWithRole('홍길동 기자 gildong@example.co.kr', KO)).toBeNull();
    expect(unspacedNameWithRole('정부는 기자 회견을 열었다', KO)).toBeNull();
  });
  it('reads a Chinese or Japanese name before the title a byline gives it', () => {
    const ZH = compiledPackFor(zh);
    const JA = compiledPackFor(ja);
    expect(unspacedNameWithRole('张伟 记者', ZH)).toBe('张伟');
    expect(unspacedNameWithRole('田中太郎 記者', JA)).toBe('田中太郎');
    expect(unspacedNameWithRole('张伟 编辑部', ZH)).toBeNull();
  });
});

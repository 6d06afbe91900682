import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/lang/de.js';
import { en } from '../../src/lang/en.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ko as koPack } from '../../src/lang/ko.js';
import { compilePack, compilePhrases, mergePacks, openingPhrase } from '../../src/lang/matcher.js';

describe('compilePhrases', () => {
  const m = compilePhrases(['read more', 'share', 'e-mail', 'more']);

  it('matches case-insensitively on word boundaries', () => {
    expect(m.test('READ MORE: the story')).toBe(true);
    expect(m.test('shared')).toBe(false);
    expect(m.test('reshare')).toBe(false);
    expect(m.test('share2')).toBe(false);
  });
  it('prefers the longest phrase and counts without overlap', () => {
    expect(m.find('Read more | Share | more')).toEqual(['Read more', 'Share', 'more']);
    expect(m.count('Read more | Share | more')).toBe(3);
  });
  it('lets any whitespace stand for a space and makes hyphens optional', () => {
    expect(m.find('read   more, email, e-mail, e‐mail')).toEqual(['read   more', 'email', 'e-mail', 'e‐mail']);
  });
  it('cuts occurrences out with strip', () => expect(m.strip('Share | Read more')).toBe('  |  '));
  it('escapes regular-expression characters in phrases', () => {
    const special = compilePhrases(['c++ (beta)', 'a.b']);
    expect(special.test('c++ (beta)')).toBe(true);
    expect(special.test('axb')).toBe(false);
  });
  it('matches across scripts with Unicode letters as boundaries', () => {
    const ru = compilePhrases(['поделиться']);
    expect(ru.test('Поделиться')).toBe(true);
    expect(ru.test('поделитьсяX')).toBe(false);
  });
  it('never matches with an empty list', () => {
    const none = compilePhrases([]);
    expect([none.test('x'), none.count('x'), none.strip('x'), none.find('x')]).toEqual([false, 0, 'x', []]);
  });
});

describe('compilePhrases, phrases written without spaces', () => {
  const m = compilePhrases(['会員限定', '続きを読む', 'cookieを使用', 'cookie', 'read more']);

  it('finds a phrase inside a run of letters: Chinese and Japanese put no space between words', () => {
    expect(m.find('この記事は会員限定です。続きを読むには')).toEqual(['会員限定', '続きを読む']);
  });
  it('keeps a boundary at an end in a spaced script', () => {
    expect(m.test('当サイトではCookieを使用しています')).toBe(true);
    expect(m.test('Xcookieを使用')).toBe(false);
    expect(m.test('cookies')).toBe(false);
  });
  it('cuts out a phrase that holds a spaced one whole, then the spaced ones', () => {
    expect(m.strip('Cookieを使用 | cookie | Read more')).toBe('  |   |  ');
    expect(m.count('Cookieを使用 | cookie | Read more')).toBe(3);
  });
  it('finds the phrases in the order of the text, whichever expression matches them', () => {
    expect(m.find('read more 会員限定')).toEqual(['read more', '会員限定']);
    expect(m.find('Cookie | 続きを読む | cookieを使用 | read more')).toEqual([
      'Cookie',
      '続きを読む',
      'cookieを使用',
      'read more',
    ]);
  });
  it('finds a line made of phrases in its order, phrase by phrase', () => {
    const phrases = ['会員限定', '続きを読む', 'cookieを使用', 'cookie', 'read more', 'share'];
    const matcher = compilePhrases(phrases);
    const line = fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(line, (words) => {
        expect(matcher.find(words.join(' | '))).toEqual(words);
      }),
      { seed: 7 },
    );
  });
  it('matches a list of such phrases alone', () => {
    const only = compilePhrases(['関連記事']);
    expect([only.test('関連記事'), only.count('関連記事一覧と関連記事'), only.strip('関連記事')]).toEqual([
      true,
      2,
      ' ',
    ]);
  });
});

describe('openingPhrase', () => {
  const labels = compilePhrases(['posted on', 'updated']);
  it('gives the phrase the text opens with, as written', () => {
    expect(openingPhrase(labels, 'Posted  on June 4, 2024')).toBe('Posted  on');
  });
  it('gives none when a phrase stands later in the text, or none at all', () => {
    expect(openingPhrase(labels, 'Last updated June 4')).toBeUndefined();
    expect(openingPhrase(labels, 'June 4, 2024')).toBeUndefined();
  });
  it('gives the opening phrase when a phrase of a script without spaces or one glued to a number stands later', () => {
    const ko = compiledPackFor(koPack);
    expect(openingPhrase(ko.match.comments, '댓글 정책 · 12개의 댓글')).toBe('댓글');
    expect(openingPhrase(compilePhrases(['posted on', '投稿日']), 'Posted on 6/4 · 投稿日 6/4')).toBe('Posted on');
  });
});

describe('compilePack', () => {
  const compiled = compilePack(en);
  it('maps month names and abbreviations to their number', () => {
    expect([compiled.months.get('january'), compiled.months.get('sept'), compiled.months.get('dec')]).toEqual([
      1, 9, 12,
    ]);
  });
  it('puts the stopwords in a set', () => expect(compiled.stopwords.has('the')).toBe(true));
  it('compiles every phrase category', () => expect(compiled.match.paywall.test('Already signed up?')).toBe(true));
});

describe('compilePack, phrases glued to a number', () => {
  const ko = compiledPackFor(koPack);
  it('finds a phrase the pack lets follow a digit right after one', () => {
    expect(ko.match.uiPrompt.find('3분 읽기')).toEqual(['분 읽기']);
    expect(ko.match.comments.strip('12개의 댓글')).toBe('12 ');
    expect(ko.match.uiPrompt.count('예상 읽기 시간 5분 · 10분 읽기')).toBe(2);
  });
  it('keeps the boundary after a letter, and at the phrase’s end', () => {
    expect(ko.match.uiPrompt.test('삼분 읽기')).toBe(false);
    expect(ko.match.uiPrompt.test('10분 읽기로 하루를 시작한다')).toBe(false);
  });
  it('lets no other phrase follow a digit', () => {
    // "위로" (to the top) is a menu's label; "1위로" is "to first place".
    expect(ko.match.nav.test('1위로')).toBe(false);
    expect(compilePack({ ...en, gluedToNumber: [] }).match.uiPrompt.test('3min read')).toBe(false);
  });
  it('lets an English phrase the pack names follow a digit', () => {
    expect(compilePack({ ...en, gluedToNumber: ['min read'] }).match.uiPrompt.find('3min read')).toEqual(['min read']);
  });
});

describe('mergePacks', () => {
  const merged = mergePacks('de', [de, en]);
  it('takes the code given and joins the names', () =>
    expect([merged.code, merged.name]).toEqual(['de', 'German+English']));
  it('keeps only the first pack’s stopwords', () => expect(merged.stopwords).toBe(de.stopwords));
  it('joins the phrases of every category without duplicates', () => {
    expect(merged.shareLabels).toContain('teilen');
    expect(merged.shareLabels).toContain('tweet');
    expect(new Set(merged.shareLabels).size).toBe(merged.shareLabels.length);
  });
  it('joins month names month by month', () => {
    expect(merged.months[2]).toEqual(expect.arrayContaining(['märz', 'march']));
  });
  it('keeps a category only a later pack fills', () => {
    expect('linkLabels' in de).toBe(false);
    expect(merged.linkLabels).toEqual(en.linkLabels);
  });
  it('needs at least one pack', () => expect(() => mergePacks('x', [])).toThrow(TypeError));
});

describe('compiledPackFor', () => {
  it('compiles English alone for English or no pack', () => {
    expect(compiledPackFor(null)).toBe(compiledPackFor(en));
    expect(compiledPackFor(null).code).toBe('en');
  });
  it('joins another language with English, once', () => {
    const compiled = compiledPackFor(de);
    expect(compiled).toBe(compiledPackFor(de));
    expect(compiled.code).toBe('de');
    expect(compiled.match.shareLabels.test('Teilen')).toBe(true);
    expect(compiled.match.shareLabels.test('Tweet')).toBe(true);
    expect(compiled.stopwords.has('und')).toBe(true);
    expect(compiled.stopwords.has('the')).toBe(false);
  });
});

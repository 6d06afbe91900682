import { describe, expect, it } from 'vitest';
import {
  hasUnspacedCode,
  isUnspacedCode,
  SCRIPTS,
  type Script,
  sameWriting,
  scriptIds,
  scriptOf,
  UNSPACED_CLASS,
  UNSPACED_SCRIPTS,
} from '../../src/segment/script.js';

describe('scriptOf', () => {
  it.each<[string, Script]>([
    ['a', 'latin'],
    ['Z', 'latin'],
    ['é', 'latin'],
    ['ẞ', 'latin'],
    ['ж', 'cyrillic'],
    ['λ', 'greek'],
    ['ש', 'hebrew'],
    ['ع', 'arabic'],
    ['क', 'devanagari'],
    ['ก', 'thai'],
    ['한', 'hangul'],
    ['か', 'kana'],
    ['カ', 'kana'],
    ['東', 'han'],
    ['ა', 'other'],
    ['1', 'none'],
    [' ', 'none'],
    ['×', 'none'],
    ['—', 'none'],
    ['。', 'none'],
    ['！', 'none'],
  ])('%j is %s', (ch, script) => expect(scriptOf(ch.charCodeAt(0))).toBe(script));

  it('counts a lone surrogate half as other', () => expect(scriptOf(0xd83d)).toBe('other'));
  it('is what scriptIds holds for every BMP code unit', () => {
    const ids = scriptIds();
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (SCRIPTS[ids[code] ?? -1] !== scriptOf(code)) differ.push(code);
    expect(differ).toEqual([]);
  });
  it('lists the scripts written without spaces', () => {
    expect([...UNSPACED_SCRIPTS].sort()).toEqual(['han', 'kana', 'thai']);
  });
});

describe('isUnspacedCode and hasUnspacedCode', () => {
  it('know the letters of scripts written without spaces', () => {
    expect(['記', 'か', 'カ', 'ก'].map((c) => isUnspacedCode(c.charCodeAt(0)))).toEqual([true, true, true, true]);
    expect(['a', 'ж', '한', '。', '1'].map((c) => isUnspacedCode(c.charCodeAt(0)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('are the code units the character class names, every one of the BMP', () => {
    const inClass = new RegExp(`^${UNSPACED_CLASS}$`, 'u');
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (inClass.test(String.fromCharCode(code)) !== isUnspacedCode(code)) differ.push(code);
    expect(differ).toEqual([]);
  });
  it('find one in a text', () => {
    expect(hasUnspacedCode('cookieを使用')).toBe(true);
    expect(hasUnspacedCode('Cookie policy 한국')).toBe(false);
  });
});

describe('sameWriting', () => {
  it('reads kana and han as one writing, which Japanese mixes', () => {
    expect(sameWriting('kana', 'han')).toBe(true);
    expect(sameWriting('han', 'kana')).toBe(true);
  });
  it('tells other scripts apart', () => {
    expect(sameWriting('latin', 'latin')).toBe(true);
    expect(sameWriting('hangul', 'han')).toBe(false);
    expect(sameWriting('hebrew', 'latin')).toBe(false);
  });
});

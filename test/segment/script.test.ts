import { describe, expect, it } from 'vitest';
import { type Script, scriptOf, UNSPACED_SCRIPTS } from '../../src/segment/script.js';

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
  it('lists the scripts written without spaces', () => {
    expect([...UNSPACED_SCRIPTS].sort()).toEqual(['han', 'kana', 'thai']);
  });
});

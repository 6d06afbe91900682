import { describe, expect, it } from 'vitest';
import { compiledPackFor } from '../../src/lang/index.js';
import { ko } from '../../src/lang/ko.js';
import type { CompiledPack } from '../../src/lang/matcher.js';
import { zh } from '../../src/lang/zh.js';
import type { Line } from '../../src/segment/segment.js';
import { soleNameOpeningDateline } from '../../src/structure/dateline-name.js';
import { EN, linesOf } from '../helpers.js';

const nameIn = (text: string, date: string, lang: CompiledPack = EN): string | null => {
  const lines = linesOf(text, lang);
  const line = lines.find((l) => l.text.includes(date)) as Line;
  return soleNameOpeningDateline(line, date, lines, lang);
};

describe('soleNameOpeningDateline', () => {
  it("reads a first name before the date under the headline as the writer's", () => {
    expect(nameIn('Caterer Comparison Sheet\nSusan May 4, 2025 0 Comments\nPlan the food first.', 'May 4, 2025')).toBe(
      'Susan',
    );
  });

  it('reads the name before a dash that parts it from the date', () => {
    expect(nameIn('How Many Watts Does a Laptop Use?\nEcoFlow- 2025/4/29\nLaptops use less.', '2025/4/29')).toBe(
      'EcoFlow',
    );
  });

  it('reads no name in a date label, a weekday or a byline prefix', () => {
    expect(nameIn('Caterer Comparison Sheet\nUpdated May 4, 2025\nPlan the food first.', 'May 4, 2025')).toBeNull();
    expect(nameIn('Caterer Comparison Sheet\nSunday May 4, 2025\nPlan the food first.', 'May 4, 2025')).toBeNull();
    expect(nameIn('Caterer Comparison Sheet\nBy May 4, 2025\nPlan the food first.', 'May 4, 2025')).toBeNull();
    expect(nameIn('Caterer Comparison Sheet\nSun, 4th May 2025\nPlan the food first.', '4th May 2025')).toBeNull();
  });

  it('takes a capitalized word the page writes no other way, and none it also writes in lower case', () => {
    const text = 'Caterer Comparison Sheet\nPlanning May 4, 2025\nPlanning the food comes first.';
    expect(nameIn(text, 'May 4, 2025')).toBe('Planning');
    expect(nameIn(`${text}\nGood planning saves money.`, 'May 4, 2025')).toBeNull();
  });

  it('reads no name in a word the page also writes with a plural s', () => {
    const text = 'Ten Easy Projects\nVideo - May 4, 2025\nBuild a stool first.\nVideos';
    expect(nameIn(text, 'May 4, 2025')).toBeNull();
  });

  it('reads no name when two words or none stand before the date', () => {
    expect(nameIn('Caterer Comparison Sheet\nSusan Lee May 4, 2025\nPlan the food.', 'May 4, 2025')).toBeNull();
    expect(nameIn('Caterer Comparison Sheet\nMay 4, 2025 Susan\nPlan the food.', 'May 4, 2025')).toBeNull();
  });
});

describe('soleNameOpeningDateline of a Chinese, Japanese or Korean name', () => {
  const ZH = compiledPackFor(zh);
  const KO = compiledPackFor(ko);
  const zhPage = (dateline: string): string => `政府批准新法案\n${dateline}\n政府周三批准了一项法案。`;

  it('reads the name before the date, with no capital to read it by', () => {
    expect(nameIn(zhPage('张伟 2024年4月12日'), '2024年4月12日', ZH)).toBe('张伟');
    expect(nameIn(zhPage('张伟 2024年4月12日 10:30'), '2024年4月12日', ZH)).toBe('张伟');
  });

  it("reads the name without the writer's title after it", () => {
    expect(nameIn(zhPage('张伟 记者 2024年4月12日'), '2024年4月12日', ZH)).toBe('张伟');
    const koPage = '정부, 재생에너지 신법 의결\n홍길동 기자 2024.04.12 10:30\n정부는 법안을 의결했다.';
    expect(nameIn(koPage, '2024.04.12', KO)).toBe('홍길동');
  });

  it('reads no name in a date label, nor in a section the page also gives a line of its own', () => {
    expect(nameIn(zhPage('时间 2024年4月12日'), '2024年4月12日', ZH)).toBeNull();
    expect(nameIn(`首页\n政治\n${zhPage('政治 2024年4月12日')}`, '2024年4月12日', ZH)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { countedNumbers } from '../../src/lang/counted-numbers.js';
import { en } from '../../src/lang/en.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { zh } from '../../src/lang/zh.js';

describe('countedNumbers', () => {
  it('cuts a number’s last digit out with the counter word after it, glued or after a space', () => {
    const counted = countedNumbers(compiledPackFor(ja)) as RegExp;
    expect('コメント12件'.replace(counted, ' ')).toBe('コメント1 ');
    expect('コメント 4 件 · いいね 9 件'.replace(counted, ' ')).toBe('コメント   · いいね  ');
  });
  it('leaves a counter word with no number before it', () => {
    expect('条件'.replace(countedNumbers(compiledPackFor(zh)) as RegExp, ' ')).toBe('条件');
  });
  it('is built once per pack, and is null for a pack without counter words', () => {
    const pack = compiledPackFor(zh);
    expect(countedNumbers(pack)).toBe(countedNumbers(pack));
    expect(countedNumbers(compiledPackFor(en))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { closingCredit } from '../../src/structure/closing-credit.js';
import type { Verdict } from '../../src/types.js';
import { linesOf } from '../helpers.js';

const BODY = 'The ministry said the bill would pass before the summer.';

describe('closingCredit', () => {
  it('makes a figure of a credit on its own line right under the body', () => {
    const lines = linesOf(`${BODY}\nPhoto: Michael Kappeler/Reuters`);
    expect(closingCredit(lines, [], new Uint8Array(lines.length), 0)).toEqual({
      type: 'figure',
      caption: '',
      credit: 'Michael Kappeler/Reuters',
    });
  });
  it('leaves a line that is no credit, a credit with a caption, or one a detector removed', () => {
    const plain = linesOf(`${BODY}\nShare`);
    expect(closingCredit(plain, [], new Uint8Array(plain.length), 0)).toBeNull();
    const captioned = linesOf(`${BODY}\nThe minister in Berlin.Credit: SERGEI KARPUKHIN/REUTERS`);
    expect(closingCredit(captioned, [], new Uint8Array(captioned.length), 0)).toBeNull();
    const lines = linesOf(`${BODY}\nPhoto: Michael Kappeler/Reuters`);
    const verdicts: (Verdict | undefined)[] = [undefined, { kind: 'nav', reason: 'test' }];
    expect(closingCredit(lines, verdicts, new Uint8Array(lines.length), 0)).toBeNull();
  });
  it('looks only at the line right under the body', () => {
    const lines = linesOf(`${BODY}\nShare\nPhoto: Michael Kappeler/Reuters`);
    expect(closingCredit(lines, [], new Uint8Array(lines.length), 0)).toBeNull();
  });
});

describe('clean: a closing credit', () => {
  it('closes an article as its last figure', () => {
    const article = clean(
      ['Headline of the story here', BODY, BODY.replace('bill', 'law'), 'Photo: Jane Roe/Reuters'].join('\n'),
    );
    expect(article.blocks.at(-1)).toEqual({ type: 'figure', caption: '', credit: 'Jane Roe/Reuters' });
  });
  it('is no figure on a page without text', () => {
    expect(clean('Photo: Jane Roe/Reuters').blocks).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { topicTokens, unspacedGrams } from '../../src/structure/topic-tokens.js';
import { lineOf } from '../helpers.js';

describe('topicTokens', () => {
  it("gives a spaced line's word tokens", () => {
    expect(topicTokens(lineOf('Central bank holds rates'))).toEqual(['central', 'bank', 'holds', 'rates']);
  });
  it('cuts a Chinese line into the runs of three characters a headline and its story share', () => {
    const headline = topicTokens(lineOf('居民消费价格上涨'));
    expect(headline).toEqual(['居民消', '民消费', '消费价', '费价格', '价格上', '格上涨']);
    const body = new Set(topicTokens(lineOf('国家统计局发布数据显示，全国居民消费价格同比上涨0.4%。')));
    expect(headline.filter((gram) => body.has(gram))).toEqual(['居民消', '民消费', '消费价', '费价格']);
  });
});

describe('unspacedGrams', () => {
  it('leaves short tokens and tokens of spaced scripts whole', () => {
    expect(unspacedGrams(['日銀', 'iphone', '0', '円安'])).toEqual(['日銀', 'iphone', '0', '円安']);
  });
  it('cuts a mixed token at every character', () => {
    expect(unspacedGrams(['11月居民'])).toEqual(['11月', '1月居', '月居民']);
  });
});

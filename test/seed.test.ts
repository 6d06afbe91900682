import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const dir = new URL('../fixtures/haaretz-tillerson/', import.meta.url);
const input = readFileSync(new URL('input.txt', dir), 'utf8');
const gold = JSON.parse(readFileSync(new URL('annotation.json', dir), 'utf8'));
const article = clean(input);
const lineAt = (offset: number): number => input.slice(0, offset).split('\n').length;
const withoutLine = ({ line: _line, ...rest }: Record<string, unknown>) => rest;

describe('the seed page matches its hand annotation exactly', () => {
  it('title', () => expect(article.title).toBe(gold.title));
  it('highlights', () => expect(article.highlights).toEqual(gold.highlights));
  it('body blocks, in order', () => expect(article.blocks).toEqual(gold.body.map(withoutLine)));
  it('attributions', () => expect(article.attributions).toEqual(gold.attributions));
  it('every removed line, with its kind and line number', () => {
    const removed = article.removed.map((r) => ({ line: lineAt(r.start), text: r.text, kind: r.kind }));
    expect(removed).toEqual(gold.removed);
  });
  it('has no byline or date to find', () => {
    expect([article.byline, article.published]).toEqual([null, null]);
  });
  it('says it is English', () => expect(article.lang).toBe('en'));
});

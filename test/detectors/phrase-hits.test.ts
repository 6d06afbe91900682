import { describe, expect, it } from 'vitest';
import { labelHits, phrasesIn } from '../../src/detectors/phrase-hits.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { EN, lineOf } from '../helpers.js';

describe('labelHits', () => {
  it('counts labels on a line made only of them', () => {
    expect(labelHits(lineOf('Share | Tweet | Email'), EN.match.shareLabels)).toBe(3);
  });
  it('allows digits, punctuation and emoji between labels', () => {
    expect(labelHits(lineOf('Share (12) · Tweet 👍'), EN.match.shareLabels)).toBe(2);
  });
  it('is 0 when other words remain', () => {
    expect(labelHits(lineOf('Share the news'), EN.match.shareLabels)).toBe(0);
  });
  it('reads the repaired text of a glued line', () => {
    expect(labelHits(lineOf('FacebookTwitter'), EN.match.shareLabels)).toBe(2);
  });
  it('reads a name in camel case as written when the repair split it', () => {
    expect(labelHits(lineOf('Share Tweet LinkedIn'), EN.match.shareLabels)).toBe(3);
  });
  it('is 0 for a camel-case name beside a number, a table row rather than a share bar', () => {
    expect(labelHits(lineOf('LinkedIn $2.50 – $7.00'), EN.match.shareLabels)).toBe(0);
  });
  it('is 0 for a camel-case name that is no label, whichever way it is read', () => {
    expect(labelHits(lineOf('Share on GitHub'), EN.match.shareLabels)).toBe(0);
  });
});

describe('phrasesIn', () => {
  it('finds multi-word phrases as written', () => {
    expect(phrasesIn(lineOf('Already signed up? LOG IN'), EN.match.paywall)).toEqual(['Already signed up']);
  });
  it('finds a phrase with a name in camel case as written, though the repair split the name', () => {
    const line = lineOf('Notice: JavaScript is required for this content.');
    expect(line.labelText).toBe('Notice: Java Script is required for this content.');
    expect(phrasesIn(line, EN.match.uiPrompt)).toEqual(['JavaScript is required']);
  });
  it('skips single-word phrases', () => {
    expect(phrasesIn(lineOf('Subscribe to our newsletter'), EN.match.subscribe)).toEqual([]);
  });
  it('counts four characters of a script written without spaces as two words, and two as one', () => {
    const JA = compiledPackFor(ja);
    expect(phrasesIn(lineOf('この記事は会員限定です', JA), JA.match.paywall)).toEqual(['会員限定']);
    expect(phrasesIn(lineOf('新しい広告の規制が始まった', JA), JA.match.ad)).toEqual([]);
  });
  it('skips a phrase of four characters or more that the pack lists as a common word', () => {
    const JA = compiledPackFor(ja);
    const line = lineOf('首相は記者団に対し、詳しいコメントを控えた。', JA);
    expect(JA.match.comments.find(line.text)).toEqual(['コメント']);
    expect(phrasesIn(line, JA.match.comments)).toEqual([]);
    expect(phrasesIn(lineOf('コメントを書く', JA), JA.match.comments)).toEqual(['コメントを書く']);
  });
  it('skips a common phrase of several spaced words inside a sentence', () => {
    expect(phrasesIn(lineOf('He refused to accept all the blame.'), EN.match.cookie)).toEqual([]);
    expect(phrasesIn(lineOf('Easy to use; tap to go live in seconds.'), EN.match.uiPrompt)).toEqual([]);
  });
  it('finds a common phrase that opens a short line that is no sentence, a label and what it names', () => {
    expect(phrasesIn(lineOf('Liked by Jane Doe'), EN.match.comments)).toEqual(['Liked by']);
    expect(phrasesIn(lineOf('See all  business services'), EN.match.uiPrompt)).toEqual(['See all']);
  });
  it('skips a common phrase that opens a sentence or a long line', () => {
    expect(phrasesIn(lineOf('Tap to pay, or not.'), EN.match.uiPrompt)).toEqual([]);
    expect(phrasesIn(lineOf('See all the ways a small garden can feed a family of four'), EN.match.uiPrompt)).toEqual(
      [],
    );
  });
  it('finds a common phrase however its case and spaces are written', () => {
    expect(phrasesIn(lineOf('ACCEPT  ALL →'), EN.match.cookie)).toEqual(['ACCEPT ALL']);
  });
  it('knows the common words of every category of the pack, whoever asks', () => {
    const JA = compiledPackFor(ja);
    expect(phrasesIn(lineOf('政府は同日、利用規約の改定を発表した。', JA), JA.match.legal)).toEqual([]);
  });
});

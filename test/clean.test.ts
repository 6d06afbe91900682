import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import type { Detector } from '../src/types.js';
import { expectWellFormedRemovals } from './helpers.js';
import { EMPTY } from './render/fixtures.js';

const P1 = 'The minister said on Wednesday that the talks with Russia had been useful for both sides of the dispute.';
const P2 =
  'Officials in Moscow said the next round of talks would take place in Geneva later this month, after the holidays.';
const DOC = `Home\r\n\r\nMinister Says Talks Were&nbsp;Useful\r\n\r\nShare\r\n\r\n${P1}\r\n\r\nAdvertisement\r\n\r\n${P2}\r\n\r\nAbout the author`;

describe('clean', () => {
  const article = clean(DOC);

  it('returns the article and what it removed', () => {
    expect(article.title).toBe('Minister Says Talks Were Useful');
    expect(article.text).toBe(`${P1}\n\n${P2}`);
    expect(article.removed.map((r) => [r.kind, r.text])).toEqual([
      ['nav', 'Home'],
      ['share', 'Share'],
      ['ad', 'Advertisement'],
      ['author-bio', 'About the author'],
    ]);
    expect(article.lang).toBe('en');
  });
  it('reports offsets into the original input, across CRLF and entities', () => {
    expectWellFormedRemovals(DOC, article);
    expect(article.removed[1]).toMatchObject({ start: 48, end: 53, text: 'Share' });
  });
  it('is a plain object that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });
  it('returns an empty article for empty input', () => {
    expect(clean('')).toEqual(EMPTY);
  });
  it('dates the post by the day in its URL, over an update date in the text', () => {
    const updated = `Home\n\nMinister Says Talks Were Useful\n\nUpdated November 11, 2022\n\n${P1}\n\n${P2}`;
    expect(clean(updated).publishedIso).toBe('2022-11-11');
    const dated = clean(updated, { url: 'https://example.com/2022/11/09/minister-says-talks-were-useful' });
    expect([dated.published, dated.publishedIso]).toEqual([null, '2022-11-09']);
    const undated = clean(updated, { url: 'https://example.com/news/minister-says-talks-were-useful' });
    expect(undated.publishedIso).toBe('2022-11-11');
  });
});

describe('clean: other languages with the built-in packs', () => {
  const D1 = 'Der Minister sagte am Mittwoch, dass die Gespräche mit Russland für beide Seiten nützlich gewesen seien.';
  const D2 = 'Die nächste Runde der Gespräche soll noch in diesem Monat in Genf stattfinden, sagten Beamte in Moskau.';
  const input = `Startseite\n\nMinister nennt Gespräche mit Russland nützlich\n\nTeilen\n\n${D1}\n\nAnzeige\n\n${D2}\n\nMit Material von dpa`;
  const article = clean(input);

  it('detects German and uses its phrases', () => {
    expect(article.lang).toBe('de');
    expect(article.removed.map((r) => [r.kind, r.text])).toEqual([
      ['nav', 'Startseite'],
      ['share', 'Teilen'],
      ['ad', 'Anzeige'],
    ]);
    expect(article.attributions).toEqual(['Mit Material von dpa']);
    expect(article.text).toBe(`${D1}\n\n${D2}`);
  });
  it('takes a forced language', () => expect(clean(input, { lang: 'fr' }).lang).toBe('fr'));
});

describe('clean: options', () => {
  it('keeps a kind in the body when asked', () => {
    const kept = clean(DOC, { keep: { ad: true } });
    expect(kept.removed.map((r) => r.kind)).not.toContain('ad');
    expect(kept.text).toContain('Advertisement');
  });
  it('puts captions into the text when asked', () => {
    const input = `Title Of The Talks\n\nThe minister in Moscow.Credit: JANE ROE/REUTERS\n\n${P1}\n\n${P2}`;
    expect(clean(input).text).not.toContain('The minister in Moscow.');
    expect(clean(input, { captionsInText: true }).text).toContain('The minister in Moscow.');
  });
  it('asks only the detectors given', () => {
    const shouty: Detector = {
      id: 'shouty',
      detect: (line) => (line.text === 'Share' ? { kind: 'other', reason: 'shouty (words=1)' } : undefined),
    };
    const removed = clean(DOC, { detectors: [shouty] }).removed.find((r) => r.text === 'Share');
    expect(removed).toMatchObject({ kind: 'other', reason: 'shouty (words=1)' });
  });
  it('runs in every mode', () => {
    for (const mode of ['balanced', 'precision', 'recall'] as const) {
      const a = clean(DOC, { mode });
      expectWellFormedRemovals(DOC, a);
      expect(a.text).toContain(P1);
    }
  });
});

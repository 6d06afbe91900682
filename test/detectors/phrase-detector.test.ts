import { describe, expect, it } from 'vitest';
import { phraseDetector } from '../../src/detectors/phrase-detector.js';
import { MODE_SETTINGS, type Mode } from '../../src/settings.js';
import { docOf, verdictOf } from '../helpers.js';

const labelsOnly = phraseDetector({ id: 'x', kind: 'promo', category: 'related' });
const withPhrases = phraseDetector({ id: 'y', kind: 'promo', category: 'paywall', containsMaxWords: 30 });

describe('phraseDetector', () => {
  it('takes its id and kind from the spec', () => {
    expect(labelsOnly.id).toBe('x');
    expect(verdictOf(labelsOnly, 'Most read')?.kind).toBe('promo');
  });
  it('fires only on label lines without containsMaxWords', () => {
    expect(verdictOf(labelsOnly, 'Most read stories of the week are here for you')).toBeUndefined();
  });
  it('finds multi-word phrases inside a line, not single words', () => {
    expect(verdictOf(withPhrases, 'We used a free trial')?.reason).toMatch(/"free trial"/);
    expect(verdictOf(withPhrases, 'Subscribe early')).toBeUndefined();
  });
  it('scales the length guard with the mode (containsMaxWords × phraseMaxWords / 30)', () => {
    const { line, ctx } = docOf(`Already signed up? ${'word '.repeat(30)}`);
    const inMode = (mode: Mode) => withPhrases.detect(line, { ...ctx, settings: MODE_SETTINGS[mode] });
    expect(line.words).toBe(33);
    expect(inMode('balanced')).toBeUndefined();
    expect(inMode('precision')?.reason).toMatch(/\(words=33 ≤ 40\)$/);
    expect(inMode('recall')).toBeUndefined();
  });
  it('does not mutate the line or the document', () => {
    const { lines, line, ctx } = docOf('Already signed up? LOG IN');
    const before = JSON.stringify(lines);
    withPhrases.detect(line, ctx);
    expect(JSON.stringify(lines)).toBe(before);
  });
});

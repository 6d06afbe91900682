import { describe, expect, it } from 'vitest';
import { codeFences } from '../../src/analyze/code-fences.js';
import { detect } from '../../src/analyze/detect.js';
import { scoreLine } from '../../src/analyze/extent.js';
import { scoreLines } from '../../src/analyze/line-scores.js';
import { REPEAT_SCORE } from '../../src/analyze/repeated-sentences.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { contextOf, EN, linesOf } from '../helpers.js';

const OPENING =
  'The city council agreed on Monday to rebuild the old footbridge over the river before the end of next summer, after a long campaign by the people who live on both of its banks.';
const PROSE = [
  'Engineers found last year that the bridge had rusted through in several places and closed it to walkers at once.',
  'The new crossing will be wider than the old one, so that cyclists and people with prams can pass each other safely.',
];

/** The lines of `texts`, their verdicts and scores as `scoreLines` gives them. */
function scored(texts: readonly string[]) {
  const lines = linesOf(texts.join('\n'));
  const verdicts = detect(lines, contextOf(lines), DEFAULT_DETECTORS, {});
  const settings = MODE_SETTINGS.balanced;
  const scores = scoreLines(lines, verdicts, codeFences(lines), EN.stopwords, EN, settings);
  const alone = lines.map((line, i) => scoreLine(line, verdicts[i], EN.stopwords, settings));
  return { scores, alone };
}

describe('scoreLines', () => {
  it('gives each line its own score where no neighbour changes it', () => {
    const { scores, alone } = scored([OPENING, ...PROSE, 'Share', 'Bridge works']);
    expect(scores).toEqual(alone);
    expect(scores.map((s) => s.klass)).toEqual(['good', 'good', 'good', 'bad', 'short']);
  });

  it('lets the first copy of an opening paragraph written twice in a row cost nothing (WCXB 0781)', () => {
    const { scores, alone } = scored([OPENING, OPENING, ...PROSE]);
    expect(alone[1]?.klass).toBe('bad');
    expect(scores[1]).toBe(REPEAT_SCORE);
    expect(scores.filter((s) => s === REPEAT_SCORE)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { detect } from '../../src/analyze/detect.js';
import { reviseWalls } from '../../src/analyze/walls.js';
import { DEFAULT_DETECTORS } from '../../src/detectors/index.js';
import { MODE_SETTINGS } from '../../src/settings.js';
import { contextOf, linesOf } from '../helpers.js';

const PROSE = (topic: string): string[] => [
  `Our ${topic} workshop meets every Tuesday evening and covers one new technique each session, step by step.`,
  `People who join the ${topic} workshop bring their own tools, and the studio lends out anything they lack.`,
  `At the end of the ${topic} workshop each member shows one finished piece to the group and explains the process.`,
  `The ${topic} workshop fee covers materials, so nobody has to buy supplies before the first evening.`,
  `Groups in the ${topic} workshop stay small, and the teacher spends time with every member each week.`,
  `Members of the ${topic} workshop may also book the studio on weekends to finish work they started in class.`,
];
const SECTION = (topic: string): string[] => [`${topic} Studio`, 'Recommended workshops:', ...PROSE(topic)];

/** The lines of `text`, the default detectors' verdicts, and the walls revised in place. */
function revised(text: string) {
  const lines = linesOf(text);
  const verdicts = detect(lines, contextOf(lines), DEFAULT_DETECTORS, {});
  const before = [...verdicts];
  const repeatedLabels = reviseWalls(lines, verdicts, new Set(), contextOf(lines).lang, MODE_SETTINGS.balanced);
  return { lines, before, verdicts, repeatedLabels };
}

describe('reviseWalls', () => {
  it('takes the wall down from a header repeated over sections of prose, returns it, and keeps its kind', () => {
    const { lines, before, verdicts, repeatedLabels } = revised(
      ['Craft Studios', ...['Pottery', 'Weaving', 'Carving', 'Printing'].flatMap(SECTION)].join('\n'),
    );
    const labels = lines.filter((l) => l.text === 'Recommended workshops:').map((l) => l.index);
    expect([...repeatedLabels.keys()]).toEqual(labels);
    for (const i of labels) {
      expect(before[i]?.barrier).toBe(true);
      expect(verdicts[i]).toBe(repeatedLabels.get(i));
      expect(verdicts[i]?.kind).toBe(before[i]?.kind);
      expect(verdicts[i]?.barrier).toBeUndefined();
    }
  });

  it('raises a wall over a feed of the latest stories, its first item closing the article', () => {
    const feed = [
      '* 18:20 Council approves the new cycle lanes on the high street',
      '* 18:05 Storm warning issued for the coast tonight',
      '* 17:48 Local bakery wins the regional bread prize',
      '* 17:30 Museum extends its opening hours over the summer',
      '* 17:12 Rail works close the northern line this weekend',
    ];
    const { lines, verdicts, repeatedLabels } = revised([...PROSE('Glass'), ...feed].join('\n'));
    const first = lines.findIndex((l) => l.text.includes('18:20'));
    expect(verdicts[first]).toMatchObject({ kind: 'related', barrier: true, closes: true });
    expect(repeatedLabels.size).toBe(0);
  });

  it('leaves prose without walls as it was', () => {
    const { before, verdicts, repeatedLabels } = revised(PROSE('Paper').join('\n'));
    expect(verdicts).toEqual(before);
    expect(repeatedLabels.size).toBe(0);
  });
});

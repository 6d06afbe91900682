import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingPitch } from '../../src/structure/closing-pitch.js';
import { BRIDGE_STORY, linesOf } from '../helpers.js';

const PITCH = 'Get every story about your city first, with no ads, for a month free.';

/** The lines the cut takes from the bridge story closed by `closing`, as texts. */
const cutOf = (closing: readonly string[], host: string | null): string[] =>
  closingPitch(linesOf([...BRIDGE_STORY, ...closing].join('\n')), host).map((line) => line.text);

describe('closingPitch', () => {
  // why: wcxb 0433 — "See Spice in action" over "Get a guided walkthrough of how development teams use Spice …".
  it('takes a title over a one-sentence pitch that names the site', () => {
    expect(cutOf(['Try Planet Plus', PITCH], 'planetplus')).toEqual(['Try Planet Plus', PITCH]);
  });
  // why: wcxb 0005 — "Take the next step" over "Start building on Google Cloud …" on cloud.google.com.
  it('reads the name in the pitch, and at the host’s end', () => {
    expect(cutOf(['Take the next step', 'Start reading Planet today, with a month free.'], 'newsplanet')).toEqual([
      'Take the next step',
      'Start reading Planet today, with a month free.',
    ]);
  });
  it('needs a URL: without a host nothing names the site', () => {
    expect(cutOf(['Try Planet Plus', PITCH], null)).toEqual([]);
  });
  // why: wcxb 0138 — "Student" in partnershipstudentsuccess: a partner's resources that close the article.
  it('keeps a box whose name stands only inside the host', () => {
    expect(cutOf(['See Student Tutoring In Action', PITCH], 'partnershipstudentsuccess')).toEqual([]);
  });
  // why: wcxb 0142 — "At Kneib Dentistry, our patients receive …" under its heading: the article's last section.
  it('keeps a closing section whose paragraph says more than a pitch', () => {
    const section = `${PITCH} Our reporters cover the council, the bridge and the budget every week of the year, and they answer readers' mail.`;
    expect(cutOf(['Why Planet Plus', section], 'planetplus')).toEqual([]);
  });
  it('keeps a question over its answer, an FAQ’s last entry', () => {
    expect(cutOf(['Is Planet Plus free?', PITCH], 'planetplus')).toEqual([]);
  });
  it('keeps a link written out over the line under it', () => {
    expect(cutOf(['https://planetplus.example/code', PITCH], 'planetplus')).toEqual([]);
  });
  it('cuts at most the body’s last two lines, and only body lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
        fc.string({ maxLength: 12 }),
        (tail, host) => {
          const lines = linesOf([...BRIDGE_STORY, ...tail].join('\n'));
          const cut = closingPitch(lines, host);
          expect(cut.length === 0 || cut.length === 2).toBe(true);
          expect(cut).toEqual(cut.length === 0 ? [] : lines.slice(-2));
        },
      ),
    );
  });
});

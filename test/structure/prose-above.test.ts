import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { opensArticleAbove } from '../../src/structure/prose-above.js';
import { linesOf } from '../helpers.js';

const PARAGRAPH =
  'Modern applications frequently communicate with external services over HTTP, making the observability of these interactions critical for development and for debugging them later, when a request fails in a way that nobody had expected at all.';
const SHORT_PARAGRAPH = 'It keeps the messages in the format that the documentation of the service uses.';

/**
 * Whether the lines above the last line of `text` open the article, every line being prose unless it is short;
 * `dated` says a byline or date stands under that line.
 */
function opensAboveLast(text: string, dated = true): boolean {
  const lines = linesOf(text);
  const isProse = (i: number): boolean => (lines[i]?.words ?? 0) >= 10;
  return opensArticleAbove(lines, [], isProse, 0, lines.length - 1, dated);
}

describe('opensArticleAbove', () => {
  it('reads three paragraphs above a heading as the opening of the article (WCXB 0443 cleaned again)', () => {
    expect(opensAboveLast(`${PARAGRAPH}\n${PARAGRAPH}\n${PARAGRAPH}\nThe Solution: A Delegating Handler`)).toBe(true);
  });
  it('wants three paragraphs over a line with a byline under it: two are a notice over the headline (WCXB 0268)', () => {
    const longer = `${PARAGRAPH} ${SHORT_PARAGRAPH}`;
    expect(opensAboveLast(`${longer}\n${longer}\nThe Solution: A Delegating Handler`)).toBe(false);
  });
  it('wants two paragraphs over a line with no byline or date under it (WCXB 4835 cleaned again)', () => {
    const longer = `${PARAGRAPH} ${SHORT_PARAGRAPH}`;
    expect(opensAboveLast(`${longer}\n${longer}\nThe Solution: A Delegating Handler`, false)).toBe(true);
  });
  it('wants more than one paragraph, even with no byline under the line: one is a notice (WCXB 0043)', () => {
    expect(opensAboveLast(`${PARAGRAPH} ${PARAGRAPH} ${PARAGRAPH}\nThe Solution: A Delegating Handler`, false)).toBe(
      false,
    );
  });
  it('wants a hundred words in them', () => {
    expect(opensAboveLast(`${SHORT_PARAGRAPH}\n${SHORT_PARAGRAPH}\n${SHORT_PARAGRAPH}\nThe Solution`)).toBe(false);
  });
  it('counts a paragraph that ends in a colon before a list (WCXB 0494)', () => {
    const leadIn = `${PARAGRAPH.slice(0, -1)}, in these steps:`;
    expect(opensAboveLast(`${PARAGRAPH}\n${PARAGRAPH}\n${leadIn}\nAST: checks that the syntax is valid`)).toBe(true);
  });
  it('does not count teasers cut short with an ellipsis (WCXB 0109)', () => {
    const teaser = `${PARAGRAPH.slice(0, -1)} and find […]`;
    expect(opensAboveLast(`${teaser}\n${teaser}\n${teaser}\nVideo Production Process: Complete Guide`)).toBe(false);
  });
  it('does not read a menu with a few blurbs in it as the opening (WCXB 0253)', () => {
    const menu = Array.from({ length: 40 }, (_, i) => `Courses and programs ${i}`).join('\n');
    expect(opensAboveLast(`${menu}\n${PARAGRAPH}\n${PARAGRAPH}\n${PARAGRAPH}\nTop 11 HR Trends for 2026`)).toBe(false);
  });
  it('reads a dozen paragraphs as the opening whatever fields stand among them (WCXB 4367 cleaned again)', () => {
    const entry = (n: number): string =>
      `Event ${n}\nDate: March ${n}, 2026\nLocation: Barcelona, Spain and online\nFocus: telecom, networks, devices, edge computing\n${SHORT_PARAGRAPH}`;
    const listing = Array.from({ length: 12 }, (_, n) => entry(n + 1)).join('\n');
    expect(opensAboveLast(`${listing}\nEvent 13`)).toBe(true);
    const fewer = Array.from({ length: 11 }, (_, n) => entry(n + 1)).join('\n');
    expect(opensAboveLast(`${fewer}\nEvent 12`)).toBe(false);
  });
  it('skips lines a detector removed', () => {
    const lines = linesOf(`${PARAGRAPH}\n${PARAGRAPH}\n${PARAGRAPH}\nHeading of a section`);
    const removed = [{ kind: 'legal', reason: 'consent' }];
    expect(opensArticleAbove(lines, removed, () => true, 0, 3, true)).toBe(false);
  });
});

describe('clean() on an article whose headline is gone', () => {
  it('keeps the paragraphs above its first heading, which is no headline', () => {
    const text = [
      PARAGRAPH,
      'Debugging integrations often requires seeing the exact messages being sent and received over the wire, and the built-in logging only shows them as pairs of keys and values.',
      'High-level observability tools provide comprehensive telemetry, but they need collectors, exporters and dashboards before a single message can be read by the developer.',
      'The Solution: A Delegating Handler',
      'A delegating handler sits in the pipeline of the client and sees every request and every response, so it can write both out in the format of the protocol before passing them on.',
      'Registering it takes one line in the setup of the services, and it can be switched off in production with a single setting in the configuration file of the application.',
    ].join('\n\n');
    const article = clean(text);
    expect(article.title).toBeNull();
    expect(article.text.startsWith(PARAGRAPH)).toBe(true);
    expect(article.text).toContain('The Solution: A Delegating Handler');
  });
});

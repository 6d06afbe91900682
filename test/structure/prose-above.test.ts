import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { opensArticleAbove, opensWithProse } from '../../src/structure/prose-above.js';
import { linesOf } from '../helpers.js';

const PARAGRAPH =
  'Modern applications frequently communicate with external services over HTTP, making the observability of these interactions critical for development and for debugging them later, when a request fails in a way that nobody had expected at all.';
const SHORT_PARAGRAPH = 'It keeps the messages in the format that the documentation of the service uses.';

/** Whether the lines above the last line of `text` open the article, every line being prose unless it is short. */
function opensAboveLast(text: string): boolean {
  const lines = linesOf(text);
  const isProse = (i: number): boolean => (lines[i]?.words ?? 0) >= 10;
  return opensArticleAbove(lines, [], isProse, 0, lines.length - 1);
}

describe('opensArticleAbove', () => {
  it('reads three paragraphs above a heading as the opening of the article (WCXB 0443 cleaned again)', () => {
    expect(opensAboveLast(`${PARAGRAPH}\n${PARAGRAPH}\n${PARAGRAPH}\nThe Solution: A Delegating Handler`)).toBe(true);
  });
  it('wants three paragraphs: one or two are a notice or a dek over the headline (WCXB 0043)', () => {
    expect(opensAboveLast(`${PARAGRAPH}\n${PARAGRAPH}\nThe Solution: A Delegating Handler`)).toBe(false);
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
  it('skips lines a detector removed', () => {
    const lines = linesOf(`${PARAGRAPH}\n${PARAGRAPH}\n${PARAGRAPH}\nHeading of a section`);
    const removed = [{ kind: 'legal', reason: 'consent' }];
    expect(opensArticleAbove(lines, removed, () => true, 0, 3)).toBe(false);
  });
});

describe('opensWithProse', () => {
  const opensWith = (text: string, firstProse: number): boolean => {
    const lines = linesOf(text);
    return opensWithProse(lines, (i) => (lines[i]?.words ?? 0) >= 10, firstProse);
  };
  it('reads a text whose first line is a paragraph as opening with its prose (WCXB 0294 cleaned again)', () => {
    expect(opensWith(`${PARAGRAPH}\nBest Practices for PTO Benefits`, 0)).toBe(true);
  });
  it('lets sentences too short for prose stand over it (WCXB 4615 cleaned again: "Know what that means?")', () => {
    expect(opensWith(`Know what that means?\n${PARAGRAPH}\nA Heading`, 1)).toBe(true);
  });
  it('does not when a menu entry or a headline stands over the prose', () => {
    expect(opensWith(`Daily Planet\n${PARAGRAPH}\nA Heading`, 1)).toBe(false);
    expect(opensWith(`Know what that means?\nA Heading`, 1)).toBe(false);
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

  it('keeps the paragraph its text opens with above its first heading (WCXB 0294 cleaned again)', () => {
    const opening =
      'One of the best ways to keep employees engaged is to offer a competitive benefits package. A strong paid time off policy shows your employees that you value their time outside of work as much as their work.';
    const text = [
      opening,
      'Best Practices for PTO Benefits',
      'Here are the areas to focus on for the paid time off policies of your company.',
      'Choose how much and what kinds of PTO you would like to offer to your employees',
      'Decide on how and when your PTO will be given out to your employees',
      'Think about how your employees will request and use their PTO',
      'Paid time off is one of the benefits employees value most, and a clear policy on it helps your company hire and keep the best people while it keeps the costs of the benefit under control.',
      'A policy that employees understand also saves your managers time, because they answer fewer questions about PTO balances, rollovers and pay outs at the end of the year.',
    ].join('\n\n');
    const article = clean(text);
    expect(article.title).toBeNull();
    expect(article.text.startsWith(opening)).toBe(true);
  });
  it('still finds the headline under a notice when a line stands above the notice, as on a page (WCXB 0043)', () => {
    const text = [
      'Daily Planet',
      'Sign up for our newsletter to get the best stories of the week in your inbox every Friday morning, with no spam and one click to leave.',
      'How Paid Time Off Keeps Employees Engaged',
      'By Jane Doe',
      'March 3, 2025',
      'A strong paid time off policy shows your employees that you value their time outside of work as much as their work, and it helps your company hire and keep the best people.',
      'A policy that employees understand also saves your managers time, because they answer fewer questions about balances, rollovers and pay outs at the end of the year.',
    ].join('\n\n');
    expect(clean(text).title).toBe('How Paid Time Off Keeps Employees Engaged');
  });
});

import { describe, expect, it } from 'vitest';
import { replyThreads } from '../../src/analyze/reply-threads.js';
import { clean } from '../../src/clean.js';
import { EN, linesOf } from '../helpers.js';

const ARTICLE = [
  'The city council approved a plan on Tuesday to renovate every primary school before the start of the next school year.',
  'The work covers roofs, heating and canteens, for a budget of twelve million dollars spread over three years.',
  'Parents welcomed an announcement they had awaited for years, but asked the council for a precise timetable.',
].join('\n\n');

/** A thread as a news site's comment widget writes it: a subject line, the writer, the text, a reply button. */
const COMMENT_TEXTS = [
  'The roofs of our school have leaked every winter for a decade, and nobody on the council ever listened to us.',
  'Twelve million sounds like a lot until you divide it by the number of schools in this city and the years it takes.',
  'My daughter has been eating lunch in a gym for two years because the canteen was closed for repairs that never came.',
  'Good news at last, although I will believe it when the builders actually show up on the first day of the summer.',
  'The heating in the old building on Main Street failed three times last January, and the children wore their coats.',
];
const THREAD = [
  'Load All Comments',
  'Sort by: Newest',
  ...COMMENT_TEXTS.flatMap((text, i) => [
    `Re: the budget (Score:${i + 1})`,
    `by reader${i} ( 10${i}23 )`,
    text,
    'Reply to This Share',
  ]),
].join('\n');

describe('replyThreads', () => {
  it('removes a thread whose comments each stand over a reply button, from its header on (WCXB 0396)', () => {
    const article = clean(`Schools to be renovated\n\n${ARTICLE}\n\n${THREAD}\n`);
    expect(article.text).toContain('precise timetable');
    expect(article.text).not.toContain('canteen was closed');
    expect(article.text).not.toContain('Load All Comments');
    const header = article.removed.find((r) => r.text === 'Load All Comments');
    expect(header?.kind).toBe('comments');
    expect(header?.reason).toMatch(/^heads a comment thread: in a comment thread, lines \d+–\d+, over 5 reply buttons/);
    const comment = article.removed.find((r) => r.text.startsWith('Twelve million'));
    expect(comment?.kind).toBe('comments');
  });

  it('closes the thread at an existing wall above its buttons', () => {
    const lines = linesOf(`${ARTICLE}\n\n12 Comments\n\n${THREAD}`);
    const verdicts = lines.map((line) =>
      line.text === '12 Comments' ? { kind: 'comments' as const, reason: 'label', barrier: true } : undefined,
    );
    const found = replyThreads(lines, verdicts, EN.match.replyButtons, EN.match.comments);
    const header = [...found].find(([, verdict]) => verdict.closes)?.[0];
    expect(lines[header ?? -1]?.text).toBe('Load All Comments');
    expect(found.has(lines.findIndex((line) => line.text === '12 Comments'))).toBe(false);
  });

  it('needs three buttons with a comment between each two', () => {
    const two = COMMENT_TEXTS.slice(0, 2)
      .map((text) => `${text}\nReply to This Share`)
      .join('\n');
    expect(replyThreads(linesOf(two), [], EN.match.replyButtons, EN.match.comments).size).toBe(0);
    // A toolbar's buttons, one under another, with no comment between them.
    const toolbar = `${ARTICLE}\n\nReply to the editor\nReply to the author\nReply to the council`;
    expect(replyThreads(linesOf(toolbar), [], EN.match.replyButtons, EN.match.comments).size).toBe(0);
  });

  it('leaves a comments link under each story of a front page (not a reply button)', () => {
    const front = COMMENT_TEXTS.map((text, i) => `${text}\nComments (${i + 2} posted)`).join('\n\n');
    expect(replyThreads(linesOf(front), [], EN.match.replyButtons, EN.match.comments).size).toBe(0);
  });
});

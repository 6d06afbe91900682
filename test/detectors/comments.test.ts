import { describe, expect, it } from 'vitest';
import { comments } from '../../src/detectors/comments.js';
import { es } from '../../src/lang/es.js';
import { compiledPackFor } from '../../src/lang/index.js';
import { ja } from '../../src/lang/ja.js';
import { ko } from '../../src/lang/ko.js';
import { zh } from '../../src/lang/zh.js';
import { verdictOf } from '../helpers.js';

describe('comments', () => {
  it.each([
    'Automatic approval of subscriber comments.',
    '12 Comments',
    'Leave a Reply',
    'Join the conversation',
    'Comments are closed.',
    'Add Your Comment →',
    'Reader comments 191',
    'You must login or create an account to comment.',
    'Be the first to comment',
    'Add a new comment',
  ])('removes the comment widget line %j', (text) => expect(verdictOf(comments, text)?.kind).toBe('comments'));

  it.each([
    'The minister declined to comment on the report, saying that the investigation was still ongoing.',
    'Comments were made.',
    'His reply came a week later.',
    'We asked readers to add your comment to the petition, and more than two thousand of them did so that week.',
  ])('keeps the sentence %j', (text) => expect(verdictOf(comments, text)).toBeUndefined());

  it('names the phrase and the length guard', () => {
    expect(verdictOf(comments, 'Automatic approval of subscriber comments.')?.reason).toBe(
      'comments phrase "subscriber comments" in a short line (words=5 ≤ 12)',
    );
  });
  it('takes a counted header that names the post for the thread header', () => {
    const verdict = verdictOf(
      comments,
      '59 Comments on “The December Comfort Watches 2025, Day Eighteen: Starship Troopers and the long war”',
    );
    expect(verdict?.barrier).toBe(true);
    expect(verdict?.reason).toBe('header with a count and "comments" (words=16)');
  });
  it.each([
    ['3 thoughts on “10 Things I Wish I Knew Before Learning Embedded Systems”', 'thoughts', 13],
    ['2 RESPONSES TO “THE BEST STRATEGY GAMES OF 2025 SO FAR”', 'responses', 11],
  ])('takes a count in a noun that is no label alone for the header naming the post %j', (text, noun, words) => {
    const verdict = verdictOf(comments, text);
    expect(verdict?.barrier).toBe(true);
    expect(verdict?.reason).toBe(`header with a count and "${noun}" (words=${words})`);
  });
  it.each(['3 thoughts', '3 thoughts on the new release and what it means for us', '2 responses to the survey'])(
    'keeps a counted noun without the quoted title %j',
    (text) => expect(verdictOf(comments, text)).toBeUndefined(),
  );
  it.each([
    '109 Comments | Jill Winger | Last Updated: March 3, 2023 and more text to make it long enough here',
    '12 comments were deleted by the moderators last year after the newspaper changed its policy on abuse',
  ])('keeps the byline meta line or sentence %j', (text) => expect(verdictOf(comments, text)).toBeUndefined());
  it('takes the counted reader comments for a header the body does not run across', () => {
    expect(verdictOf(comments, 'Reader comments 191')).toMatchObject({
      barrier: true,
      reason: 'only comments labels (hits=1, words=3)',
    });
  });
  it.each(['Read All Comments', 'Comment On This Story'])('leaves the toolbar link %j to no header', (text) =>
    expect(verdictOf(comments, text)?.barrier).toBeUndefined(),
  );
  it('gives the label hits for a counter line', () => {
    expect(verdictOf(comments, '12 Comments')?.reason).toBe('only comments labels (hits=1, words=2)');
  });
});

describe('comments in Spanish', () => {
  const ES = compiledPackFor(es);
  it.each(['Enviá tu comentario', 'Deja tu comentario'])('takes the comment form header %j for a barrier', (text) => {
    expect(verdictOf(comments, text, ES)?.barrier).toBe(true);
  });
  it('removes the prompt to log in before commenting', () => {
    expect(verdictOf(comments, 'Para poder comentar tenés que ingresar con tu usuario.', ES)?.kind).toBe('comments');
  });
  it('keeps a sentence about a reader who sent a comment', () => {
    const text =
      'Una lectora nos escribió para enviarnos un comentario sobre la columna de la semana pasada y sus datos.';
    expect(verdictOf(comments, text, ES)).toBeUndefined();
  });
});

describe('comments in Korean, Japanese and Chinese', () => {
  const KO = compiledPackFor(ko);
  const JA = compiledPackFor(ja);
  const ZH = compiledPackFor(zh);
  it.each([
    ['댓글 7개', KO],
    ['댓글 2건', KO],
    ['コメント31件', JA],
    ['コメント 4 件', JA],
    ['评论 56 条', ZH],
    ['留言 3 則', ZH],
  ] as const)('takes a count written after its label with a counter word, %j, for the thread header', (text, lang) => {
    expect(verdictOf(comments, text, lang)).toMatchObject({
      barrier: true,
      reason: expect.stringMatching(/^only comments labels \(hits=1, /),
    });
  });
  it.each([
    ['댓글 7개월 만에 답이 왔다', KO],
    ['コメント5件目', JA],
    ['评论 8 条规则', ZH],
  ] as const)('keeps a line where the counter opens a longer word, %j', (text, lang) => {
    expect(verdictOf(comments, text, lang)).toBeUndefined();
  });
});

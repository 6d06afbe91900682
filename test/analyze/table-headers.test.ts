import { describe, expect, it } from 'vitest';
import { headersInTables } from '../../src/analyze/table-headers.js';
import { clean } from '../../src/clean.js';
import type { Verdict } from '../../src/types.js';

const HEADER: Verdict = { kind: 'related', reason: 'header opening with "recommended" (words=2)', barrier: true };
const NAV: Verdict = { kind: 'nav', reason: 'only nav labels' };

describe('headersInTables', () => {
  it('names a section header with a table cell on either side', () => {
    expect(headersInTables([undefined, HEADER, undefined], new Set([0, 2]))).toEqual([1]);
  });

  it('leaves a header at a table edge, and a verdict that is no header', () => {
    expect(headersInTables([undefined, HEADER, undefined], new Set([0]))).toEqual([]);
    expect(headersInTables([undefined, NAV, undefined], new Set([0, 2]))).toEqual([]);
  });

  it('keeps the table whose column head reads like a related header in the article (WCXB 0467)', () => {
    const prose = [
      'Gemini is a strong general model, but an enterprise must still decide where its answers can be trusted.',
      'The table below sets the tasks it suits against those where a person or a smaller model should decide.',
    ].join('\n');
    const table =
      'Enterprise Use Case\n\n\t\n\nGemini Suitability\n\n\t\n\nRecommended Approach\n\n\n\n\n' +
      'Ideation and brainstorming\n\n\t\n\n\u00a0Strong fit\n\n\t\n\nGemini Flash or Pro\n\n\n\n\n' +
      'General summarization\n\n\t\n\n\u00a0Suitable\n\n\t\n\nGemini with human validation\n';
    const after = [
      'For regulated work, a smaller model that runs on the company’s own servers is usually the safer choice.',
      'Whichever model a team picks, a person should check its answers before they reach a customer or a regulator.',
    ].join('\n');
    const article = clean(`Gemini for Enterprises\n\n${prose}\n${table}\n${after}`);
    expect(article.text).toContain('Recommended Approach');
    expect(article.text).toContain('Gemini Flash or Pro');
    expect(article.text).toContain('can be trusted');
    expect(article.text).toContain('safer choice');
  });
});

describe('headersUnderColons', () => {
  const post = (head: string, tail: string[]): string =>
    [
      'ATF Task States',
      '',
      'Every state update in the lifecycle of a task is accompanied by an update to the next trigger timestamp in the assoc. This ensures that the Store Consumer pulls the task again if its state does not change in time.',
      '',
      'Following are the task entity and association states in ATF and their corresponding timestamp updates:',
      '',
      'Entity status',
      '',
      'Assoc status',
      '',
      'next trigger timestamp in Assoc',
      '',
      head,
      '',
      ...tail,
    ].join('\n');
  const rows = [
    'new',
    '',
    'new',
    '',
    'scheduled_timestamp of the task',
    '',
    'Pick up new tasks that are ready.',
    '',
    'At-least-once execution is guaranteed in ATF by retrying a task until it completes execution, which is signaled by a success or a fatal failure state, so that no task is ever dropped on the way.',
    '',
    'Concurrent task execution is avoided through a combination of two methods in ATF: tasks are claimed through an exclusive state before execution, and an executor stops itself when its heartbeats fail.',
  ];

  it('keeps a table whose column head is a comments label, written one cell a line (readability test page dropbox-blog)', () => {
    const article = clean(post('Comment', rows));
    expect(article.text).toContain('At-least-once execution is guaranteed');
    expect(article.text).toContain('Concurrent task execution is avoided');
  });

  it('still ends the article at a comments header right under the sentence that invites the thread', () => {
    const thread = [
      'Jane Doe',
      '',
      'March 3, 2021 at 10:12 am',
      '',
      'Great write-up, thanks! We built something very similar on top of our own queue and ran into the same retry storms you describe here.',
    ];
    const invited = clean(
      [
        'ATF Task States',
        '',
        'Every state update in the lifecycle of a task is accompanied by an update to the next trigger timestamp in the assoc. This ensures that the Store Consumer pulls the task again if its state does not change in time.',
        '',
        'We would love to hear how you schedule tasks at your company, so tell us about it below:',
        '',
        'Comments',
        '',
        ...thread,
      ].join('\n'),
    );
    expect(invited.text).not.toContain('Great write-up');
  });
});

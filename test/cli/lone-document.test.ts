import { describe, expect, it } from 'vitest';
import { byDocumentSize, INLINE_MAX_BYTES } from '../../src/cli/lone-document.js';
import type { TaskRunner } from '../../src/cli/pool.js';
import type { Task, TaskResult } from '../../src/cli/work.js';

/** A runner that answers each task with its own name, and lists the tasks' kinds it ran. */
function named(name: string): TaskRunner<Task, TaskResult> & { ran: string[] } {
  const ran: string[] = [];
  const result = (task: Task): TaskResult => {
    ran.push(task.kind);
    return { outputs: [name], failures: [], records: 1 };
  };
  return { ran, run: async (task) => result(task), runOnEach: async (task) => [result(task)], close: async () => {} };
}

const docs = (text: string): Task => ({ kind: 'clean-docs', items: [text] });

describe('byDocumentSize', () => {
  it('cleans a document of a megabyte or less on this thread, a larger one on a worker thread', async () => {
    const inline = named('inline');
    const threads = named('threads');
    const runner = byDocumentSize(inline, threads);
    const where = async (task: Task) => (await runner.run(task)).outputs[0];
    expect(await where(docs('Some text. '.repeat(1000)))).toBe('inline');
    expect(await where(docs('a'.repeat(INLINE_MAX_BYTES)))).toBe('inline');
    expect(await where(docs('a'.repeat(INLINE_MAX_BYTES + 1)))).toBe('threads');
    expect(await where({ kind: 'learn-docs', items: ['a'.repeat(INLINE_MAX_BYTES + 1)] })).toBe('threads');
    expect(await where(docs(''))).toBe('inline');
    expect(await where({ kind: 'clean-docs', items: [null] })).toBe('inline');
  });

  it('measures the document in UTF-8, as it was read: 400,000 euro signs are 1.2 MB', async () => {
    const runner = byDocumentSize(named('inline'), named('threads'));
    expect((await runner.run(docs('€'.repeat(400_000)))).outputs[0]).toBe('threads');
  });

  it('asks both for what each learned', async () => {
    const runner = byDocumentSize(named('inline'), named('threads'));
    const answers = await runner.runOnEach({ kind: 'learned' });
    expect(answers.map((a) => a.outputs[0])).toEqual(['inline', 'threads']);
  });
});
